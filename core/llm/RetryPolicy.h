#pragma once

#include "llm/ProviderError.h"
#include "llm/RetryWait.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>
#include <utility>

namespace Pygen {

// Capped exponential backoff: retry n waits min(maximumDelay, initialDelay · factor^(n−1)).
struct RetrySettings
{
    std::chrono::milliseconds initialDelay{1000};
    double factor = 2.0;
    std::chrono::milliseconds maximumDelay{60000};
    // Attempts, not retries: 5 is the first try and four retries.
    int maximumAttempts = 5;
    // The share of a computed delay that is randomised, so that clients failing together do not
    // retry together; 0 for none. Never applied to a wait the server asked for.
    double jitter = 0.2;
};

// Decides whether a failed model request is tried again, and after how long. Only transient
// failures are retried, never a request whose reply had already started to arrive, and never
// sooner than the provider asked.
class RetryPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::RetryPolicy)

public:
    struct Decision
    {
        bool retry = false;
        // Valid when `retry`.
        RetryWait wait;
        // Translated, when a transient failure is not retried (attempts used up, text already
        // received, the provider asks for a longer wait than we make); empty otherwise.
        QString reasonNotRetried;
    };

    // Out-of-range settings are brought into range (negative delays to 0, a factor below 1 to 1,
    // fewer than 1 attempt to 1, jitter into [0, 1], delays to at most about 24 days).
    // `jitterSeed` makes the jitter repeatable for tests; 0 picks a random seed.
    explicit RetryPolicy(RetrySettings settings = {}, quint32 jitterSeed = 0);

    const RetrySettings &settings() const { return m_settings; }

    // `attemptsMade` counts the finished attempts including the one that failed (1 after the
    // first try); `textAlreadyReceived` says whether any of the reply reached the user.
    Decision decide(const ProviderError &error, int attemptsMade, bool textAlreadyReceived);

    // The wait before retry `retryNumber` (1 for the first), capped and with jitter applied.
    std::chrono::milliseconds backoffDelay(int retryNumber);

    // From response headers, names in any case: retry-after-ms (milliseconds, OpenAI) first,
    // then retry-after (seconds, possibly fractional, or an HTTP date measured from `now`).
    // Unset when absent or unparseable; a negative wait or a date in the past gives 0.
    static std::optional<std::chrono::milliseconds>
    retryAfterFromHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers, const QDateTime &now);

    // The "try again in 7.66s" / "1m2.5s" / "20ms" / "2h1m3s" in Groq's and OpenAI's error
    // messages. Unset when the message has none.
    static std::optional<std::chrono::milliseconds> retryAfterFromMessage(QStringView message);

    // A protobuf Duration as JSON writes it ("37s", "0.5s"), as in Gemini's RetryInfo.retryDelay.
    static std::optional<std::chrono::milliseconds> durationFromProtobuf(QStringView text);

private:
    RetrySettings m_settings;
    QRandomGenerator m_random;
};

} // namespace Pygen
