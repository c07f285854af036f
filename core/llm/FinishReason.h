#pragma once

#include <QString>

namespace Pygen {

// How a reply ended. Only Stop is a complete answer; everything else keeps the partial text.
enum class FinishReason { Stop, Length, Filtered, Cancelled, Error };

inline QString finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return QStringLiteral("stop");
    case FinishReason::Length:
        return QStringLiteral("length");
    case FinishReason::Filtered:
        return QStringLiteral("filtered");
    case FinishReason::Cancelled:
        return QStringLiteral("cancelled");
    case FinishReason::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace Pygen
