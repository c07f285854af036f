#pragma once

#include "ChatStreamParser.h"
#include "ProviderConfiguration.h"
#include "ServerSentEventDecoder.h"

class QJsonObject;

namespace Pygen {

// The OpenAI chat-completions stream as OpenAI, Groq, OpenRouter and the local servers send it:
// SSE events with `choices[0].delta.content`, a chunk with `finish_reason`, usage in a usage-only
// chunk or Groq's `x_groq.usage`, then `data: [DONE]`.
class OpenAiChatStreamParser final : public ChatStreamParser
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::OpenAiChatStreamParser)

public:
    explicit OpenAiChatStreamParser(ProviderConfiguration configuration);

    void feed(QByteArrayView bytes, ChatStreamUpdate &update) override;
    void finish(ChatStreamUpdate &update) override;
    bool isComplete() const override { return m_complete; }
    const ChatUsage &usage() const override { return m_usage; }
    qsizetype peakBufferedBytes() const override { return m_decoder.peakBufferedBytes(); }

    // The error object of an OpenAI-style error body or event, as a specific error.
    static ProviderError errorFromObject(const QJsonObject &error, int httpStatus,
                                         const ProviderConfiguration &configuration, const QString &model);

private:
    void handleEvents(const QList<ServerSentEvent> &events, ChatStreamUpdate &update);
    void readUsage(const QJsonObject &usage, ChatStreamUpdate &update);

    ProviderConfiguration m_configuration;
    ServerSentEventDecoder m_decoder;
    ChatUsage m_usage;
    bool m_complete = false;
};

} // namespace Pygen
