#pragma once

#include "ProviderClient.h"

#include <QHash>

namespace Pygen {

class ModelPullReply;

// Ollama's native API: /api/chat (NDJSON), /api/tags, /api/show, /api/version, /api/pull.
class OllamaClient final : public ProviderClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OllamaClient)

public:
    OllamaClient(ProviderConfiguration configuration, QNetworkAccessManager *network, QObject *parent = nullptr);

    ModelListReply *listModels() override;
    ModelPullReply *pullModel(const QString &model);

    // The context size to ask for: enough for the prompt and the reply, in powers of two so that
    // Ollama does not reload the model for every request, and never above what the model has.
    static int contextTokensFor(int neededTokens, int modelContextLength);

protected:
    void prepareChat(const ChatRequest &request, QObject *context, PreparationHandler ready) override;
    QNetworkRequest chatNetworkRequest(const ChatRequest &request) const override;
    QByteArray chatBody(const ChatRequest &request, const ChatPreparation &preparation) const override;
    std::unique_ptr<ChatStreamParser> createStreamParser() const override;
    QStringList warningsAfterReply(const ChatRequest &request, const ChatPreparation &preparation,
                                   const ChatReply &reply) const override;

private:
    ChatPreparation preparationFor(const ChatRequest &request, int modelContextLength) const;
    ProviderError pullError(const QString &model, const QString &serverMessage) const;
    static std::optional<int> contextLengthFromShow(const QJsonObject &show);

    // Context lengths from /api/show, per model: they do not change while the app runs.
    QHash<QString, int> m_contextLengths;
};

} // namespace Pygen
