#include "llm/RetryPolicy.h"

#include <QTimeZone>
#include <QtTest/QTest>

#include <limits>

using namespace std::chrono_literals;
using Pygen::ProviderError;
using Pygen::RetryPolicy;
using Pygen::RetrySettings;
using Pygen::RetryWait;
using Kind = Pygen::ProviderError::Kind;

namespace {

RetrySettings withoutJitter()
{
    RetrySettings settings;
    settings.jitter = 0;
    return settings;
}

ProviderError errorOf(Kind kind, int httpStatus = 0, std::optional<std::chrono::milliseconds> retryAfter = {})
{
    ProviderError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.message = QStringLiteral("failed");
    error.retryAfter = retryAfter;
    return error;
}

// -1 stands for "unset" in the tables.
qint64 orUnset(std::optional<std::chrono::milliseconds> value)
{
    return value ? value->count() : -1;
}

const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC); // a Saturday

} // namespace

class RetryPolicyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("retryNumber");
        QTest::addColumn<qint64>("expectedMs");
        const QList<qint64> seconds{1, 2, 4, 8, 16, 32, 60, 60};
        for (int n = 1; n <= seconds.size(); ++n)
            QTest::addRow("retry %d", n) << n << seconds[n - 1] * 1000;
        QTest::newRow("retry 0 counts as the first") << 0 << qint64(1000);
        QTest::newRow("negative counts as the first") << -3 << qint64(1000);
        QTest::newRow("retry 64") << 64 << qint64(60000);
        QTest::newRow("retry 1100 (2^1099 is not a double)") << 1100 << qint64(60000);
        QTest::newRow("largest int") << std::numeric_limits<int>::max() << qint64(60000);
    }

    void backoffDoublesUpToTheCap()
    {
        QFETCH(int, retryNumber);
        QFETCH(qint64, expectedMs);
        RetryPolicy policy(withoutJitter());
        QCOMPARE(policy.backoffDelay(retryNumber).count(), expectedMs);
    }

    void backoffFollowsOtherSettings()
    {
        RetrySettings settings = withoutJitter();
        settings.initialDelay = 250ms;
        settings.factor = 3;
        settings.maximumDelay = 5s;
        RetryPolicy policy(settings);
        QCOMPARE(policy.backoffDelay(1), 250ms);
        QCOMPARE(policy.backoffDelay(2), 750ms);
        QCOMPARE(policy.backoffDelay(3), 2250ms);
        QCOMPARE(policy.backoffDelay(4), 5s);
        // A huge cap is reached without overflow.
        settings.maximumDelay = std::chrono::milliseconds(std::numeric_limits<qint64>::max());
        RetryPolicy uncapped(settings);
        QCOMPARE(uncapped.backoffDelay(std::numeric_limits<int>::max()).count(), std::numeric_limits<int>::max());
    }

    void jitterStaysBelowTheComputedDelay_data()
    {
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("retryNumber");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("0.2, first retry") << 0.2 << 1 << 1u;
        QTest::newRow("0.2, capped") << 0.2 << 9 << 2u;
        QTest::newRow("0.5, third retry") << 0.5 << 3 << 3u;
        QTest::newRow("1.0, fourth retry") << 1.0 << 4 << 4u;
        QTest::newRow("random seed") << 0.3 << 2 << 0u;
    }

    void jitterStaysBelowTheComputedDelay()
    {
        QFETCH(double, jitter);
        QFETCH(int, retryNumber);
        QFETCH(quint32, seed);
        RetrySettings settings;
        settings.jitter = jitter;
        RetryPolicy policy(settings, seed);
        const qint64 full = RetryPolicy(withoutJitter()).backoffDelay(retryNumber).count();
        const double lowest = static_cast<double>(full) * (1.0 - jitter);
        qint64 smallest = full;
        qint64 largest = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 delay = policy.backoffDelay(retryNumber).count();
            QVERIFY2(delay >= lowest && delay <= full, qPrintable(QString::number(delay)));
            smallest = std::min(smallest, delay);
            largest = std::max(largest, delay);
        }
        // The delays spread over most of the range instead of sticking to one value.
        QVERIFY(static_cast<double>(largest - smallest) > 0.8 * (static_cast<double>(full) - lowest));
    }

    void jitterIsRepeatableWithASeed()
    {
        RetryPolicy first({}, 42);
        RetryPolicy second({}, 42);
        RetryPolicy other({}, 43);
        QList<qint64> a, b, c;
        for (int n = 1; n <= 10; ++n) {
            a.append(first.backoffDelay(n).count());
            b.append(second.backoffDelay(n).count());
            c.append(other.backoffDelay(n).count());
        }
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void settingsAreBroughtIntoRange()
    {
        RetrySettings settings;
        settings.initialDelay = -5s;
        settings.factor = std::numeric_limits<double>::quiet_NaN();
        settings.maximumDelay = -1s;
        settings.maximumAttempts = -2;
        settings.jitter = 7;
        RetryPolicy policy(settings);
        QCOMPARE(policy.settings().initialDelay, 0ms);
        QCOMPARE(policy.settings().factor, 1.0);
        QCOMPARE(policy.settings().maximumDelay, 0ms);
        QCOMPARE(policy.settings().maximumAttempts, 1);
        QCOMPARE(policy.settings().jitter, 1.0);
        QCOMPARE(policy.backoffDelay(3), 0ms);

        RetrySettings shrinking = withoutJitter();
        shrinking.factor = 0.5;
        RetryPolicy notShrinking(shrinking);
        QCOMPARE(notShrinking.settings().factor, 1.0);
        QCOMPARE(notShrinking.backoffDelay(5), 1s);
    }

    void retriesOnlyTransientFailures_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("retried");
        QTest::newRow("authentication") << Kind::Authentication << false;
        QTest::newRow("model not found") << Kind::ModelNotFound << false;
        QTest::newRow("bad request") << Kind::BadRequest << false;
        QTest::newRow("request too large") << Kind::RequestTooLarge << false;
        QTest::newRow("quota exhausted") << Kind::QuotaExhausted << false;
        QTest::newRow("content blocked") << Kind::ContentBlocked << false;
        QTest::newRow("missing key") << Kind::MissingKey << false;
        QTest::newRow("insecure transport") << Kind::InsecureTransport << false;
        QTest::newRow("service unreachable") << Kind::ServiceUnreachable << false;
        QTest::newRow("invalid response") << Kind::InvalidResponse << false;
        QTest::newRow("reply too large") << Kind::ReplyTooLarge << false;
        QTest::newRow("no error") << Kind::None << false;
        QTest::newRow("network interrupted") << Kind::NetworkInterrupted << true;
        QTest::newRow("timeout") << Kind::Timeout << true;
        QTest::newRow("rate limited") << Kind::RateLimited << true;
        QTest::newRow("server error") << Kind::ServerError << true;
    }

    void retriesOnlyTransientFailures()
    {
        QFETCH(Kind, kind);
        QFETCH(bool, retried);
        RetryPolicy policy(withoutJitter());
        const RetryPolicy::Decision decision = policy.decide(errorOf(kind, 503), 1, false);
        QCOMPARE(decision.retry, retried);
        // Permanent failures need no extra explanation: the error's own message says it all.
        QVERIFY(decision.reasonNotRetried.isEmpty());
        if (retried) {
            QCOMPARE(decision.wait.reason, kind);
            QCOMPARE(decision.wait.httpStatus, 503);
            QCOMPARE(decision.wait.nextAttempt, 2);
            QCOMPARE(decision.wait.maximumAttempts, 5);
            QCOMPARE(decision.wait.delay, 1s);
            QVERIFY(!decision.wait.delayFromProvider);
        }
    }

    void stopsWhenTheAttemptsAreUsedUp_data()
    {
        QTest::addColumn<int>("maximumAttempts");
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<bool>("retried");
        QTest::addColumn<qint64>("expectedDelayMs");
        QTest::addColumn<QString>("expectedReason");
        for (int made = 1; made <= 4; ++made)
            QTest::addRow("5 attempts, %d made", made)
                << 5 << made << true << (qint64(1000) << (made - 1)) << QString();
        QTest::newRow("5 attempts, 5 made")
            << 5 << 5 << false << qint64(0) << QStringLiteral("Gave up after 5 attempts.");
        QTest::newRow("5 attempts, 9 made")
            << 5 << 9 << false << qint64(0) << QStringLiteral("Gave up after 9 attempts.");
        QTest::newRow("0 made counts as 1") << 5 << 0 << true << qint64(1000) << QString();
        QTest::newRow("2 attempts, 2 made")
            << 2 << 2 << false << qint64(0) << QStringLiteral("Gave up after 2 attempts.");
        QTest::newRow("1 attempt") << 1 << 1 << false << qint64(0)
                                   << QStringLiteral("Automatic retries are turned off.");
    }

    void stopsWhenTheAttemptsAreUsedUp()
    {
        QFETCH(int, maximumAttempts);
        QFETCH(int, attemptsMade);
        QFETCH(bool, retried);
        QFETCH(qint64, expectedDelayMs);
        QFETCH(QString, expectedReason);
        RetrySettings settings = withoutJitter();
        settings.maximumAttempts = maximumAttempts;
        RetryPolicy policy(settings);
        const RetryPolicy::Decision decision = policy.decide(errorOf(Kind::NetworkInterrupted), attemptsMade, false);
        QCOMPARE(decision.retry, retried);
        QCOMPARE(decision.reasonNotRetried, expectedReason);
        if (retried) {
            QCOMPARE(decision.wait.delay.count(), expectedDelayMs);
            QCOMPARE(decision.wait.nextAttempt, std::max(attemptsMade, 1) + 1);
            QCOMPARE(decision.wait.maximumAttempts, maximumAttempts);
        }
    }

    void neverRestartsAReplyThatStarted_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("network interrupted") << Kind::NetworkInterrupted;
        QTest::newRow("timeout between chunks") << Kind::Timeout;
        QTest::newRow("server error") << Kind::ServerError;
    }

    void neverRestartsAReplyThatStarted()
    {
        QFETCH(Kind, kind);
        RetryPolicy policy;
        const RetryPolicy::Decision decision = policy.decide(errorOf(kind, 0, 1s), 1, true);
        QVERIFY(!decision.retry);
        QVERIFY2(decision.reasonNotRetried.contains(QStringLiteral("not restarted automatically")),
                 qPrintable(decision.reasonNotRetried));
        // Without text, the same failure is retried.
        QVERIFY(policy.decide(errorOf(kind, 0, 1s), 1, false).retry);
    }

    void usesTheProvidersWaitAsGiven_data()
    {
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<bool>("retried");
        QTest::addColumn<qint64>("expectedDelayMs");
        QTest::addColumn<QString>("expectedReasonPart");
        QTest::newRow("7.66 s") << qint64(7660) << true << qint64(7660) << QString();
        QTest::newRow("shorter than our backoff") << qint64(20) << true << qint64(20) << QString();
        QTest::newRow("zero") << qint64(0) << true << qint64(0) << QString();
        QTest::newRow("negative is zero") << qint64(-500) << true << qint64(0) << QString();
        QTest::newRow("exactly the maximum") << qint64(60000) << true << qint64(60000) << QString();
        QTest::newRow("just over the maximum")
            << qint64(60001) << false << qint64(0)
            << QStringLiteral("The provider asks to wait 61 s, longer than the 60 s Pygen waits on its own. "
                              "Try again in 61 s.");
        QTest::newRow("an hour") << qint64(3'600'000) << false << qint64(0) << QStringLiteral("Try again in 1 h.");
    }

    void usesTheProvidersWaitAsGiven()
    {
        QFETCH(qint64, retryAfterMs);
        QFETCH(bool, retried);
        QFETCH(qint64, expectedDelayMs);
        QFETCH(QString, expectedReasonPart);
        RetrySettings settings;
        settings.jitter = 1.0; // would move any delay it touched
        RetryPolicy policy(settings, 7);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const RetryPolicy::Decision decision =
                policy.decide(errorOf(Kind::RateLimited, 429, std::chrono::milliseconds(retryAfterMs)), attempt, false);
            QCOMPARE(decision.retry, retried);
            if (retried) {
                QCOMPARE(decision.wait.delay.count(), expectedDelayMs);
                QVERIFY(decision.wait.delayFromProvider);
                QVERIFY(decision.reasonNotRetried.isEmpty());
            } else {
                QVERIFY2(decision.reasonNotRetried.contains(expectedReasonPart), qPrintable(decision.reasonNotRetried));
            }
        }
    }

    void readsRetryAfterHeaders_data()
    {
        QTest::addColumn<QByteArrayList>("headerLines");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("none") << QByteArrayList{"content-type: application/json"} << qint64(-1);
        QTest::newRow("retry-after-ms") << QByteArrayList{"retry-after-ms: 1500"} << qint64(1500);
        QTest::newRow("retry-after-ms fractional") << QByteArrayList{"retry-after-ms: 19.2"} << qint64(20);
        QTest::newRow("retry-after seconds") << QByteArrayList{"retry-after: 7"} << qint64(7000);
        QTest::newRow("retry-after fractional") << QByteArrayList{"retry-after: 2.5"} << qint64(2500);
        QTest::newRow("retry-after zero") << QByteArrayList{"retry-after: 0"} << qint64(0);
        QTest::newRow("retry-after negative") << QByteArrayList{"retry-after: -3"} << qint64(0);
        QTest::newRow("retry-after-ms negative") << QByteArrayList{"retry-after-ms: -10"} << qint64(0);
        QTest::newRow("spaces around") << QByteArrayList{"retry-after:   12  "} << qint64(12000);
        QTest::newRow("IMF-fixdate 30 s ahead")
            << QByteArrayList{"retry-after: Sat, 21 Nov 2026 12:00:30 GMT"} << qint64(30000);
        QTest::newRow("IMF-fixdate, lower case")
            << QByteArrayList{"retry-after: sat, 21 nov 2026 12:01:00 gmt"} << qint64(60000);
        QTest::newRow("RFC 850 date") << QByteArrayList{"retry-after: Saturday, 21-Nov-26 12:00:30 GMT"}
                                      << qint64(30000);
        QTest::newRow("asctime date") << QByteArrayList{"retry-after: Sat Nov 21 12:00:30 2026"} << qint64(30000);
        QTest::newRow("asctime, one-digit day") << QByteArrayList{"retry-after: Sun Nov  6 08:49:37 1994"} << qint64(0);
        QTest::newRow("date in the past") << QByteArrayList{"retry-after: Sun, 06 Nov 1994 08:49:37 GMT"} << qint64(0);
        QTest::newRow("date now") << QByteArrayList{"retry-after: Sat, 21 Nov 2026 12:00:00 GMT"} << qint64(0);
        QTest::newRow("impossible date") << QByteArrayList{"retry-after: Sat, 31 Feb 2026 12:00:30 GMT"} << qint64(-1);
        QTest::newRow("unknown month") << QByteArrayList{"retry-after: Sat, 21 Foo 2026 12:00:30 GMT"} << qint64(-1);
        QTest::newRow("garbage") << QByteArrayList{"retry-after: soon"} << qint64(-1);
        QTest::newRow("empty") << QByteArrayList{"retry-after: "} << qint64(-1);
        QTest::newRow("exponent") << QByteArrayList{"retry-after: 1e3"} << qint64(-1);
        QTest::newRow("infinity") << QByteArrayList{"retry-after: inf"} << qint64(-1);
        QTest::newRow("huge is clamped, not overflowed")
            << QByteArrayList{"retry-after: 99999999999999999999999"} << qint64(365LL * 24 * 3600 * 1000);
        QTest::newRow("both: ms wins") << QByteArrayList{"retry-after: 7", "retry-after-ms: 1500"} << qint64(1500);
        QTest::newRow("unreadable ms falls back")
            << QByteArrayList{"retry-after-ms: x", "retry-after: 7"} << qint64(7000);
        QTest::newRow("mixed-case names") << QByteArrayList{"Retry-After-Ms: 250", "RETRY-AFTER: 9"} << qint64(250);
        QTest::newRow("mixed-case retry-after") << QByteArrayList{"Retry-After: 9"} << qint64(9000);
        QTest::newRow("similar name ignored") << QByteArrayList{"x-retry-after: 9"} << qint64(-1);
    }

    void readsRetryAfterHeaders()
    {
        QFETCH(QByteArrayList, headerLines);
        QFETCH(qint64, expectedMs);
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (const QByteArray &line : std::as_const(headerLines)) {
            const qsizetype colon = line.indexOf(':');
            headers.append({line.first(colon), line.sliced(colon + 1)});
        }
        QCOMPARE(orUnset(RetryPolicy::retryAfterFromHeaders(headers, now)), expectedMs);
    }

    void aDateNeedsToKnowTheTime()
    {
        const QList<std::pair<QByteArray, QByteArray>> headers{{"retry-after", "Sat, 21 Nov 2026 12:00:30 GMT"}};
        QCOMPARE(orUnset(RetryPolicy::retryAfterFromHeaders(headers, QDateTime())), -1);
        // Seconds do not.
        const QList<std::pair<QByteArray, QByteArray>> seconds{{"retry-after", "3"}};
        QCOMPARE(orUnset(RetryPolicy::retryAfterFromHeaders(seconds, QDateTime())), 3000);
    }

    void readsTheWaitInAMessage_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("Groq seconds") << QStringLiteral(
            "Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_1` on "
            "tokens per minute (TPM): Limit 6000, Used 5521, Requested 2187. Please try again in "
            "7.66s. Visit https://console.groq.com/docs/rate-limits for more information.")
                                      << qint64(7660);
        QTest::newRow("minutes and seconds") << QStringLiteral("Please try again in 1m2.5s.") << qint64(62500);
        QTest::newRow("milliseconds") << QStringLiteral("Please try again in 20ms.") << qint64(20);
        QTest::newRow("hours") << QStringLiteral("Please try again in 2h1m3s.") << qint64(7'263'000);
        QTest::newRow("at the end, no full stop") << QStringLiteral("try again in 5s") << qint64(5000);
        QTest::newRow("capital T") << QStringLiteral("Try again in 3s.") << qint64(3000);
        QTest::newRow("microseconds") << QStringLiteral("Please try again in 1500us.") << qint64(2);
        QTest::newRow("micro sign") << QStringLiteral("Please try again in 250µs.") << qint64(1);
        QTest::newRow("no wait") << QStringLiteral("You exceeded your current quota, please check your plan.")
                                 << qint64(-1);
        QTest::newRow("words, not a duration") << QStringLiteral("Please try again in a few minutes.") << qint64(-1);
        QTest::newRow("1 minute is not 1m") << QStringLiteral("Please try again in 1 minute.") << qint64(-1);
        QTest::newRow("5mb is not a duration") << QStringLiteral("try again in 5mb chunks") << qint64(-1);
        QTest::newRow("number without unit") << QStringLiteral("try again in 30") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void readsTheWaitInAMessage()
    {
        QFETCH(QString, message);
        QFETCH(qint64, expectedMs);
        QCOMPARE(orUnset(RetryPolicy::retryAfterFromMessage(message)), expectedMs);
    }

    void readsProtobufDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("37s") << QStringLiteral("37s") << qint64(37000);
        QTest::newRow("0.5s") << QStringLiteral("0.5s") << qint64(500);
        QTest::newRow("nanoseconds") << QStringLiteral("1.000000001s") << qint64(1001);
        QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-2s") << qint64(0);
        QTest::newRow("spaces") << QStringLiteral(" 3s ") << qint64(3000);
        QTest::newRow("no unit") << QStringLiteral("37") << qint64(-1);
        QTest::newRow("other unit") << QStringLiteral("37ms") << qint64(-1);
        QTest::newRow("ten fractional digits") << QStringLiteral("1.0000000001s") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("text") << QStringLiteral("soon") << qint64(-1);
    }

    void readsProtobufDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedMs);
        QCOMPARE(orUnset(RetryPolicy::durationFromProtobuf(text)), expectedMs);
    }

    void announcesEachWait_data()
    {
        QTest::addColumn<Kind>("reason");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rate limited") << Kind::RateLimited << 429 << qint64(7660)
                                      << QStringLiteral(
                                             "Rate limited by the provider; retrying in 8 s (attempt 2 of 5).");
        QTest::newRow("server error") << Kind::ServerError << 503 << qint64(2000)
                                      << QStringLiteral(
                                             "The server failed (HTTP 503); retrying in 2 s (attempt 2 of 5).");
        QTest::newRow("server error, no status")
            << Kind::ServerError << 0 << qint64(2000)
            << QStringLiteral("The server failed; retrying in 2 s (attempt 2 of 5).");
        QTest::newRow("network") << Kind::NetworkInterrupted << 0 << qint64(4000)
                                 << QStringLiteral("The connection broke; retrying in 4 s (attempt 2 of 5).");
        QTest::newRow("timeout") << Kind::Timeout << 0 << qint64(60000)
                                 << QStringLiteral(
                                        "The server did not answer in time; retrying in 60 s (attempt 2 of 5).");
        QTest::newRow("under a second")
            << Kind::RateLimited << 429 << qint64(20)
            << QStringLiteral("Rate limited by the provider; retrying in less than a second (attempt 2 of 5).");
        QTest::newRow("other kind") << Kind::BadRequest << 400 << qint64(1000)
                                    << QStringLiteral("The request failed; retrying in 1 s (attempt 2 of 5).");
    }

    void announcesEachWait()
    {
        QFETCH(Kind, reason);
        QFETCH(int, httpStatus);
        QFETCH(qint64, delayMs);
        QFETCH(QString, expected);
        RetryWait wait;
        wait.reason = reason;
        wait.httpStatus = httpStatus;
        wait.nextAttempt = 2;
        wait.maximumAttempts = 5;
        wait.delay = std::chrono::milliseconds(delayMs);
        QCOMPARE(wait.message(), expected);
    }

    void formatsDelays_data()
    {
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("less than a second");
        QTest::newRow("999 ms") << qint64(999) << QStringLiteral("less than a second");
        QTest::newRow("1 s") << qint64(1000) << QStringLiteral("1 s");
        QTest::newRow("rounded up") << qint64(1001) << QStringLiteral("2 s");
        QTest::newRow("119 s") << qint64(119'000) << QStringLiteral("119 s");
        QTest::newRow("2 min") << qint64(120'000) << QStringLiteral("2 min");
        QTest::newRow("2 min 5 s") << qint64(125'000) << QStringLiteral("2 min 5 s");
        QTest::newRow("59 min 59 s") << qint64(3'599'000) << QStringLiteral("59 min 59 s");
        QTest::newRow("1 h") << qint64(3'600'000) << QStringLiteral("1 h");
        QTest::newRow("2 h 2 min, rounded up") << qint64(7'263'000) << QStringLiteral("2 h 2 min");
        QTest::newRow("just under 2 h") << qint64(7'199'500) << QStringLiteral("2 h");
    }

    void formatsDelays()
    {
        QFETCH(qint64, delayMs);
        QFETCH(QString, expected);
        QCOMPARE(RetryWait::formatDelay(std::chrono::milliseconds(delayMs)), expected);
    }

    void headersAndMessagesFeedTheDecision()
    {
        // The path a client takes: read the wait, put it on the error, ask the policy.
        ProviderError error = errorOf(Kind::RateLimited, 429);
        error.retryAfter = RetryPolicy::retryAfterFromHeaders({{"Retry-After", "Sat, 21 Nov 2026 12:00:30 GMT"}}, now);
        RetryPolicy policy;
        const RetryPolicy::Decision decision = policy.decide(error, 2, false);
        QVERIFY(decision.retry);
        QCOMPARE(decision.wait.delay, 30s);
        QCOMPARE(decision.wait.nextAttempt, 3);
        QCOMPARE(decision.wait.message(),
                 QStringLiteral("Rate limited by the provider; retrying in 30 s (attempt 3 of 5)."));
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "RetryPolicyTest.moc"
