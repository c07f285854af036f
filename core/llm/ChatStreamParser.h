#pragma once

#include "ChatUsage.h"
#include "FinishReason.h"
#include "ProviderError.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pygen {

// What a piece of a streamed reply said. A parser appends to it; the caller consumes it.
struct ChatStreamUpdate
{
    QString text;
    std::optional<FinishReason> finishReason;
    ProviderError error;
    QStringList warnings;
    bool usageChanged = false;
};

// Turns the bytes of one provider's streamed chat reply into text, usage and an ending. Bytes may
// arrive in any fragmentation; the parser owns the framing (NDJSON or SSE).
class ChatStreamParser
{
public:
    virtual ~ChatStreamParser() = default;

    virtual void feed(QByteArrayView bytes, ChatStreamUpdate &update) = 0;
    // The connection ended cleanly: flush what is buffered.
    virtual void finish(ChatStreamUpdate &update) = 0;
    // True once the provider said the reply is complete (a final line, [DONE], a finish reason).
    virtual bool isComplete() const = 0;
    virtual const ChatUsage &usage() const = 0;
    virtual qsizetype peakBufferedBytes() const = 0;
};

} // namespace Pygen
