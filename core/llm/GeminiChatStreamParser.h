#pragma once

#include "ChatStreamParser.h"
#include "ProviderConfiguration.h"
#include "ServerSentEventDecoder.h"

class QJsonObject;

namespace Pygen {

// Gemini's streamGenerateContent?alt=sse: every event is a whole GenerateContentResponse with a
// text delta; the last carries finishReason and usageMetadata; there is no [DONE]. A blocked
// prompt has no candidates, only promptFeedback.blockReason.
class GeminiChatStreamParser final : public ChatStreamParser
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::GeminiChatStreamParser)

public:
    explicit GeminiChatStreamParser(ProviderConfiguration configuration);

    void feed(QByteArrayView bytes, ChatStreamUpdate &update) override;
    void finish(ChatStreamUpdate &update) override;
    bool isComplete() const override { return m_complete; }
    const ChatUsage &usage() const override { return m_usage; }
    qsizetype peakBufferedBytes() const override { return m_decoder.peakBufferedBytes(); }

    // A Gemini error object ({code, message, status, details}) as a specific error.
    static ProviderError errorFromObject(const QJsonObject &error, int httpStatus,
                                         const ProviderConfiguration &configuration, const QString &model);

private:
    void handleEvents(const QList<ServerSentEvent> &events, ChatStreamUpdate &update);

    ProviderConfiguration m_configuration;
    ServerSentEventDecoder m_decoder;
    ChatUsage m_usage;
    bool m_complete = false;
};

} // namespace Pygen
