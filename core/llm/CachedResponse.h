#pragma once

#include "llm/ChatUsage.h"

#include <QDateTime>
#include <QString>

namespace Pygen {

// A complete model reply as the response cache keeps it.
struct CachedResponse
{
    QString text;
    // What the reply cost when it was first generated; only the figures that were set are kept.
    ChatUsage usage;
    // UTC. ResponseCache::store() fills in the current time when this is unset.
    QDateTime storedAt;
};

} // namespace Pygen
