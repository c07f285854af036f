#pragma once

#include "ChatStreamParser.h"
#include "NdjsonDecoder.h"
#include "ProviderConfiguration.h"

namespace Pygen {

// Ollama's /api/chat stream: one JSON object per line, a final one with "done": true and the
// counts, or an {"error"} line when generation fails after the stream started.
class OllamaChatStreamParser final : public ChatStreamParser
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::OllamaChatStreamParser)

public:
    explicit OllamaChatStreamParser(ProviderConfiguration configuration);

    void feed(QByteArrayView bytes, ChatStreamUpdate &update) override;
    void finish(ChatStreamUpdate &update) override;
    bool isComplete() const override { return m_complete; }
    const ChatUsage &usage() const override { return m_usage; }
    qsizetype peakBufferedBytes() const override { return m_decoder.peakBufferedBytes(); }

private:
    void handleLine(const QByteArray &line, ChatStreamUpdate &update);
    void checkOverflow(ChatStreamUpdate &update);

    ProviderConfiguration m_configuration;
    NdjsonDecoder m_decoder;
    ChatUsage m_usage;
    bool m_complete = false;
};

} // namespace Pygen
