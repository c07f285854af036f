#include "llm/RetryPolicy.h"

#include "LoggingCategories.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace Pygen {

using std::chrono::milliseconds;

namespace {

// About 24 days: QTimer's limit, and far beyond any wait worth making for a model reply.
constexpr milliseconds longestDelay{std::numeric_limits<int>::max()};
// Waits read from servers are clamped here so arithmetic on them cannot overflow; anything this
// long is refused as "too long" anyway.
constexpr double longestParsedWaitMs = 365.0 * 24 * 3600 * 1000;

std::optional<milliseconds> waitFromMilliseconds(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    if (value <= 0)
        return milliseconds::zero();
    // Rounded up: waking a fraction of a millisecond early would meet the same limit.
    return milliseconds(static_cast<qint64>(std::ceil(std::min(value, longestParsedWaitMs))));
}

// A plain decimal number, optionally negative; no exponents, "inf" or hex, which no server sends.
std::optional<double> decimalNumber(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A-?\d+(?:\.\d+)?\z)"));
    if (!pattern.matchView(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

int monthFromName(QStringView name)
{
    static constexpr std::array<QStringView, 12> names{u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                       u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    for (size_t i = 0; i < names.size(); ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

QDateTime utcDateTime(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::UTC);
}

// An HTTP date (RFC 9110 §5.6.7): the IMF-fixdate everyone should send, and the obsolete RFC 850
// and asctime forms that recipients must still accept.
QDateTime httpDate(QStringView text, const QDateTime &now)
{
    const auto number = [](const QRegularExpressionMatch &match, int group) {
        return match.capturedView(group).toInt();
    };
    static const QRegularExpression imfFixdate(
        QStringLiteral(
            R"(\A(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+(?:GMT|UTC|\+0000)\z)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = imfFixdate.matchView(text); match.hasMatch()) {
        return utcDateTime(number(match, 3), monthFromName(match.capturedView(2)), number(match, 1), number(match, 4),
                           number(match, 5), number(match, 6));
    }
    static const QRegularExpression rfc850(
        QStringLiteral(R"(\A[a-z]+,\s*(\d{1,2})-([a-z]{3})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT\z)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = rfc850.matchView(text); match.hasMatch()) {
        // A two-digit year more than 50 years ahead means the most recent such year in the past.
        const int thisYear = now.date().year();
        int year = thisYear / 100 * 100 + number(match, 3);
        if (year > thisYear + 50)
            year -= 100;
        return utcDateTime(year, monthFromName(match.capturedView(2)), number(match, 1), number(match, 4),
                           number(match, 5), number(match, 6));
    }
    static const QRegularExpression asctime(
        QStringLiteral(R"(\A[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})\z)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = asctime.matchView(text); match.hasMatch()) {
        return utcDateTime(number(match, 6), monthFromName(match.capturedView(1)), number(match, 2), number(match, 3),
                           number(match, 4), number(match, 5));
    }
    return {};
}

std::optional<QByteArray> headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

RetrySettings broughtIntoRange(RetrySettings settings)
{
    const RetrySettings given = settings;
    settings.initialDelay = std::clamp(settings.initialDelay, milliseconds::zero(), longestDelay);
    settings.maximumDelay = std::clamp(settings.maximumDelay, milliseconds::zero(), longestDelay);
    if (!(settings.factor >= 1.0)) // also catches NaN
        settings.factor = 1.0;
    settings.maximumAttempts = std::max(settings.maximumAttempts, 1);
    settings.jitter = std::isnan(settings.jitter) ? 0.0 : std::clamp(settings.jitter, 0.0, 1.0);
    if (settings.initialDelay != given.initialDelay || settings.maximumDelay != given.maximumDelay
        || settings.factor != given.factor || settings.maximumAttempts != given.maximumAttempts
        || !(settings.jitter == given.jitter)) {
        qCWarning(logLlm) << "Retry settings out of range were adjusted";
    }
    return settings;
}

} // namespace

RetryPolicy::RetryPolicy(RetrySettings settings, quint32 jitterSeed)
    : m_settings(broughtIntoRange(settings))
    , m_random(jitterSeed != 0 ? jitterSeed : QRandomGenerator::system()->generate())
{
}

RetryPolicy::Decision RetryPolicy::decide(const ProviderError &error, int attemptsMade, bool textAlreadyReceived)
{
    Decision decision;
    if (!error.isTransient())
        return decision;
    attemptsMade = std::max(attemptsMade, 1);

    // Restarting would show the user the beginning of the reply a second time, or a different one.
    if (textAlreadyReceived) {
        decision.reasonNotRetried = tr("The reply broke off after part of it had arrived, so it was not restarted "
                                       "automatically. Start it again when you are ready.");
        return decision;
    }
    if (attemptsMade >= m_settings.maximumAttempts) {
        decision.reasonNotRetried = m_settings.maximumAttempts == 1
            ? tr("Automatic retries are turned off.")
            : tr("Gave up after %1 attempts.").arg(attemptsMade);
        return decision;
    }

    RetryWait wait;
    wait.reason = error.kind;
    wait.httpStatus = error.httpStatus;
    wait.nextAttempt = attemptsMade + 1;
    wait.maximumAttempts = m_settings.maximumAttempts;
    if (error.retryAfter) {
        // The server knows when its limit resets: its figure is used as given, without jitter.
        wait.delay = std::max(*error.retryAfter, milliseconds::zero());
        wait.delayFromProvider = true;
        if (wait.delay > m_settings.maximumDelay) {
            const QString asked = RetryWait::formatDelay(wait.delay);
            decision.reasonNotRetried = tr("The provider asks to wait %1, longer than the %2 Pygen waits on its own. "
                                           "Try again in %1.")
                                            .arg(asked, RetryWait::formatDelay(m_settings.maximumDelay));
            return decision;
        }
    } else {
        wait.delay = backoffDelay(attemptsMade);
    }
    qCDebug(logLlm) << "Retrying after" << wait.delay.count() << "ms, attempt" << wait.nextAttempt << "of"
                    << wait.maximumAttempts << (wait.delayFromProvider ? "(as the provider asked)" : "");
    decision.retry = true;
    decision.wait = wait;
    return decision;
}

milliseconds RetryPolicy::backoffDelay(int retryNumber)
{
    const qint64 initial = m_settings.initialDelay.count();
    const qint64 maximum = m_settings.maximumDelay.count();
    if (initial == 0 || maximum == 0)
        return milliseconds::zero();
    // In floating point, where a huge exponent becomes infinity instead of overflowing.
    const double exponent = std::max(retryNumber, 1) - 1;
    const double raw = static_cast<double>(initial) * std::pow(m_settings.factor, exponent);
    const qint64 base = raw < static_cast<double>(maximum) ? std::llround(raw) : maximum;
    if (m_settings.jitter <= 0.0)
        return milliseconds(base);
    // "Equal jitter" style: somewhere in [base·(1 − jitter), base], never above the cap.
    const double jittered =
        std::ceil(static_cast<double>(base) * (1.0 - m_settings.jitter * m_random.generateDouble()));
    return milliseconds(std::min(base, static_cast<qint64>(jittered)));
}

std::optional<milliseconds> RetryPolicy::retryAfterFromHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers,
                                                               const QDateTime &now)
{
    if (const auto value = headerValue(headers, "retry-after-ms")) {
        if (const auto number = decimalNumber(QString::fromLatin1(value->trimmed())))
            return waitFromMilliseconds(*number);
        qCDebug(logLlm) << "Ignoring an unreadable retry-after-ms header:" << *value;
    }
    const auto value = headerValue(headers, "retry-after");
    if (!value)
        return std::nullopt;
    const QString text = QString::fromLatin1(value->trimmed());
    if (const auto seconds = decimalNumber(text))
        return waitFromMilliseconds(*seconds * 1000.0);
    if (now.isValid()) {
        if (const QDateTime date = httpDate(text, now); date.isValid())
            return std::max(milliseconds(now.msecsTo(date)), milliseconds::zero());
    }
    qCDebug(logLlm) << "Ignoring an unreadable retry-after header:" << *value;
    return std::nullopt;
}

std::optional<milliseconds> RetryPolicy::retryAfterFromMessage(QStringView message)
{
    // Go's time.Duration notation, which Groq and OpenAI print: "7.66s", "1m2.5s", "20ms", "2h1m3s".
    // The lookahead keeps "1 minute" or "5mb" from reading as a duration.
    static const QRegularExpression phrase(
        QStringLiteral(R"(try again in\s+((?:\d+(?:\.\d+)?(?:ms|us|µs|μs|ns|h|m|s))+)(?![a-z\d]))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression part(QStringLiteral(R"((\d+(?:\.\d+)?)(ms|us|µs|μs|ns|h|m|s))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = phrase.matchView(message);
    if (!match.hasMatch())
        return std::nullopt;
    double totalMs = 0;
    for (const QRegularExpressionMatch &piece : part.globalMatchView(match.capturedView(1))) {
        const double value = piece.capturedView(1).toDouble();
        const QString unit = piece.captured(2).toLower();
        if (unit == u"h")
            totalMs += value * 3'600'000;
        else if (unit == u"m")
            totalMs += value * 60'000;
        else if (unit == u"s")
            totalMs += value * 1000;
        else if (unit == u"ms")
            totalMs += value;
        else if (unit == u"ns")
            totalMs += value / 1'000'000;
        else // microseconds, however spelled
            totalMs += value / 1000;
    }
    return waitFromMilliseconds(totalMs);
}

std::optional<milliseconds> RetryPolicy::durationFromProtobuf(QStringView text)
{
    // JSON mapping of google.protobuf.Duration: seconds with up to nine fractional digits and "s".
    static const QRegularExpression pattern(QStringLiteral(R"(\A\s*(-?\d+(?:\.\d{1,9})?)s\s*\z)"));
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    return waitFromMilliseconds(match.capturedView(1).toDouble() * 1000.0);
}

} // namespace Pygen
