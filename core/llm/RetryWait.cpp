#include "llm/RetryWait.h"

namespace Pygen {

QString RetryWait::message() const
{
    const QString in = formatDelay(delay);
    switch (reason) {
    case ProviderError::Kind::RateLimited:
        return tr("Rate limited by the provider; retrying in %1 (attempt %2 of %3).")
            .arg(in)
            .arg(nextAttempt)
            .arg(maximumAttempts);
    case ProviderError::Kind::ServerError:
        if (httpStatus > 0)
            return tr("The server failed (HTTP %1); retrying in %2 (attempt %3 of %4).")
                .arg(httpStatus)
                .arg(in)
                .arg(nextAttempt)
                .arg(maximumAttempts);
        return tr("The server failed; retrying in %1 (attempt %2 of %3).")
            .arg(in)
            .arg(nextAttempt)
            .arg(maximumAttempts);
    case ProviderError::Kind::NetworkInterrupted:
        return tr("The connection broke; retrying in %1 (attempt %2 of %3).")
            .arg(in)
            .arg(nextAttempt)
            .arg(maximumAttempts);
    case ProviderError::Kind::Timeout:
        return tr("The server did not answer in time; retrying in %1 (attempt %2 of %3).")
            .arg(in)
            .arg(nextAttempt)
            .arg(maximumAttempts);
    default:
        // Only transient failures are retried, but the message must still read well.
        return tr("The request failed; retrying in %1 (attempt %2 of %3).")
            .arg(in)
            .arg(nextAttempt)
            .arg(maximumAttempts);
    }
}

QString RetryWait::formatDelay(std::chrono::milliseconds delay)
{
    using namespace std::chrono;
    if (delay < 1s)
        return tr("less than a second");
    // Rounded up: telling someone a wait is shorter than it is makes them retry too early.
    const qint64 totalSeconds = ceil<seconds>(delay).count();
    if (totalSeconds < 120)
        return tr("%1 s").arg(totalSeconds);
    if (totalSeconds < 3600) {
        const qint64 minutes = totalSeconds / 60;
        const qint64 rest = totalSeconds % 60;
        return rest == 0 ? tr("%1 min").arg(minutes) : tr("%1 min %2 s").arg(minutes).arg(rest);
    }
    const qint64 totalMinutes = (totalSeconds + 59) / 60;
    const qint64 hours = totalMinutes / 60;
    const qint64 minutes = totalMinutes % 60;
    return minutes == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes);
}

} // namespace Pygen
