#pragma once

#include "ModelInfo.h"
#include "ProviderClient.h"

namespace Pygen {

// Google's Gemini API (generativelanguage v1beta). The key travels in the x-goog-api-key header
// only: a ?key= query would end up in proxy and server logs.
class GeminiClient final : public ProviderClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeminiClient)

public:
    GeminiClient(ProviderConfiguration configuration, QNetworkAccessManager *network, QObject *parent = nullptr);

    ModelListReply *listModels() override;

    // Gemini's responseSchema takes an OpenAPI subset of JSON Schema; keywords outside it are
    // rejected with 400, so they are dropped.
    static QJsonObject schemaForGemini(const QJsonObject &schema);

protected:
    QNetworkRequest chatNetworkRequest(const ChatRequest &request) const override;
    QByteArray chatBody(const ChatRequest &request, const ChatPreparation &preparation) const override;
    std::unique_ptr<ChatStreamParser> createStreamParser() const override;
    ProviderError errorFromResponse(int httpStatus, const QByteArray &body, const QString &model) const override;
    void addAuthentication(QNetworkRequest &request) const override;

private:
    void fetchModelPage(ModelListReply *reply, const QString &pageToken, QList<ModelInfo> models);
};

} // namespace Pygen
