#pragma once

#include "ProviderClient.h"

namespace Pygen {

// Any server speaking OpenAI's chat-completions API: OpenAI, Groq, OpenRouter, LM Studio,
// llama.cpp's server, vLLM, Ollama's /v1, or a custom address. The preset picks the dialect.
class OpenAiCompatibleClient final : public ProviderClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAiCompatibleClient)

public:
    OpenAiCompatibleClient(ProviderConfiguration configuration, QNetworkAccessManager *network,
                           QObject *parent = nullptr);

    ModelListReply *listModels() override;

protected:
    QNetworkRequest chatNetworkRequest(const ChatRequest &request) const override;
    QByteArray chatBody(const ChatRequest &request, const ChatPreparation &preparation) const override;
    std::unique_ptr<ChatStreamParser> createStreamParser() const override;
    ProviderError errorFromResponse(int httpStatus, const QByteArray &body, const QString &model) const override;
};

} // namespace Pygen
