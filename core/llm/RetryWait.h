#pragma once

#include "llm/ProviderError.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace Pygen {

// One announced wait before a retry, so the UI can say "Rate limited; retrying in 8 s
// (attempt 2 of 5)." instead of going quiet.
struct RetryWait
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::RetryWait)

public:
    ProviderError::Kind reason = ProviderError::Kind::None;
    // The HTTP status of the failure, 0 when there was none; shown for server errors.
    int httpStatus = 0;
    // The attempt that runs after the wait: 2 for the first retry.
    int nextAttempt = 0;
    int maximumAttempts = 0;
    std::chrono::milliseconds delay{0};
    // The server said how long to wait, rather than our own backoff.
    bool delayFromProvider = false;

    // Translated, one sentence.
    QString message() const;

    // A wait as a person reads it, rounded up to the second: "less than a second", "8 s",
    // "2 min 5 s", "3 h 20 min". Translated.
    static QString formatDelay(std::chrono::milliseconds delay);

    friend bool operator==(const RetryWait &, const RetryWait &) = default;
};

} // namespace Pygen
