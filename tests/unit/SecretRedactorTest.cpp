#include "llm/SecretRedactor.h"
#include "LoggingCategories.h"

#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest/QTest>

using Pygen::SecretRedactor;
using namespace Qt::StringLiterals;

namespace {

QMutex capturedLock;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&capturedLock);
    captured.append(message);
}

// Shaped like real keys, made up here.
const QString openAiKey =
    QStringLiteral("sk-") + QString(20, u'A') + QStringLiteral("1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvWx");
const QString openAiProjectKey = QStringLiteral("sk-proj-Ab3_dE6-gH9jK2mN5pQ8rS1tU4vW7xY0zA3bC6dE9fG2hJ5kL8");
const QString openRouterKey = QStringLiteral("sk-or-v1-") + QStringLiteral("0123456789abcdef").repeated(4);
const QString groqKey = QStringLiteral("gsk_") + QStringLiteral("AbCdEfGh1234567890QrStUvWxYz").repeated(2).left(52);
const QString googleKey = QStringLiteral("AIzaSyA1b2C3d4E5f6G7h8I9j0K-L_m2N3o4P5q");

} // namespace

class SecretRedactorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { SecretRedactor::forgetAll(); }
    void cleanupTestCase() { SecretRedactor::forgetAll(); }

    void sampleKeysHaveTheRealShapes()
    {
        QCOMPARE(googleKey.size(), 39);
        QCOMPARE(groqKey.size(), 56);
    }

    void redacts_data()
    {
        QTest::addColumn<QStringList>("registered");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        const QStringList none;
        QTest::newRow("bearer header") << none << u"Authorization: Bearer "_s + openAiKey
                                       << u"Authorization: Bearer [redacted]"_s;
        QTest::newRow("bearer in prose, not shaped like a known key")
            << none << u"sent Bearer local-token.42 to http://127.0.0.1"_s
            << u"sent Bearer [redacted] to http://127.0.0.1"_s;
        QTest::newRow("authorization with another scheme")
            << none << u"authorization=Basic dXNlcjpwYXNz; next"_s << u"authorization=Basic [redacted]; next"_s;
        QTest::newRow("authorization without a scheme")
            << none << u"Authorization: 0123456789abcdef\r\nHost: x"_s << u"Authorization: [redacted]\r\nHost: x"_s;
        QTest::newRow("x-goog-api-key header")
            << none << u"x-goog-api-key: abcdefgh12345\nAccept: */*"_s << u"x-goog-api-key: [redacted]\nAccept: */*"_s;
        QTest::newRow("x-goog-api-key in JSON") << none << u"{\"X-Goog-Api-Key\":\"opaque-value-1\",\"a\":1}"_s
                                                << u"{\"X-Goog-Api-Key\":\"[redacted]\",\"a\":1}"_s;
        QTest::newRow("api_key field in JSON")
            << none << u"{\"api_key\": \"opaque-value-2\"}"_s << u"{\"api_key\": \"[redacted]\"}"_s;
        QTest::newRow("key query parameter") << none << u"GET /v1beta/models?key=opaque3&alt=sse failed"_s
                                             << u"GET /v1beta/models?key=[redacted]&alt=sse failed"_s;
        QTest::newRow("api_key query parameter")
            << none << u"https://h/x?a=1&api_key=opaque4#frag"_s << u"https://h/x?a=1&api_key=[redacted]#frag"_s;
        QTest::newRow("apikey query parameter")
            << none << u"https://h/x?apikey=opaque5"_s << u"https://h/x?apikey=[redacted]"_s;
        QTest::newRow("key= at the start") << none << u"key=opaque6 was rejected"_s << u"key=[redacted] was rejected"_s;
        QTest::newRow("OpenAI key") << none << u"invalid key "_s + openAiKey + u"."_s << u"invalid key [redacted]."_s;
        QTest::newRow("OpenAI project key") << none << u"("_s + openAiProjectKey + u")"_s << u"([redacted])"_s;
        QTest::newRow("OpenRouter key") << none << u"key "_s + openRouterKey + u" expired"_s
                                        << u"key [redacted] expired"_s;
        QTest::newRow("Groq key") << none << u"\""_s + groqKey + u"\""_s << u"\"[redacted]\""_s;
        QTest::newRow("Google key") << none << u"Google said "_s + googleKey + u" is invalid"_s
                                    << u"Google said [redacted] is invalid"_s;
        QTest::newRow("several shapes and occurrences")
            << none << openAiKey + u" and "_s + groqKey + u" and "_s + openAiKey
            << u"[redacted] and [redacted] and [redacted]"_s;
        QTest::newRow("registered secret inside longer text")
            << QStringList{u"local-secret-42"_s} << u"prefixlocal-secret-42suffix"_s << u"prefix[redacted]suffix"_s;
        QTest::newRow("registered secret, several times")
            << QStringList{u"hunter2hunter2"_s} << u"a hunter2hunter2 b hunter2hunter2 c"_s
            << u"a [redacted] b [redacted] c"_s;
        QTest::newRow("registered secret with regular-expression characters")
            << QStringList{u"p@ss.w*rd+(x)"_s} << u"is p@ss.w*rd+(x) or pXss.w*rd+(x)"_s
            << u"is [redacted] or pXss.w*rd+(x)"_s;
        QTest::newRow("longer secret containing a shorter one")
            << QStringList{u"abcdefgh"_s, u"abcdefgh-and-more"_s} << u"[abcdefgh-and-more]"_s << u"[[redacted]]"_s;
        QTest::newRow("secret shorter than 8 characters is ignored")
            << QStringList{u"letmein"_s} << u"letmein is a password"_s << u"letmein is a password"_s;
        QTest::newRow("ordinary words survive")
            << none << u"task-oriented skeleton risk-free ask-me monkey=3 keyboard keys: 4 bearers"_s
            << u"task-oriented skeleton risk-free ask-me monkey=3 keyboard keys: 4 bearers"_s;
        QTest::newRow("long hyphenated words survive")
            << none << u"sk-learn-compatible-estimators-everywhere"_s << u"sk-learn-compatible-estimators-everywhere"_s;
        QTest::newRow("prefixes inside words survive")
            << none << u"disk-"_s + openAiKey.mid(3) + u" whatAIza"_s + googleKey.mid(4)
            << u"disk-"_s + openAiKey.mid(3) + u" whatAIza"_s + googleKey.mid(4);
        QTest::newRow("empty") << none << QString() << QString();
    }

    void redacts()
    {
        QFETCH(QStringList, registered);
        QFETCH(QString, text);
        QFETCH(QString, expected);

        for (const QString &secret : registered)
            SecretRedactor::registerSecret(secret);
        QCOMPARE(SecretRedactor::redact(text), expected);
        // Bytes give the same result for text.
        QCOMPARE(SecretRedactor::redact(text.toUtf8()), expected.toUtf8());
    }

    void redactsBytesThatAreNotUtf8()
    {
        const QString secret = u"geheimes-Passwört"_s;
        SecretRedactor::registerSecret(secret);
        const QByteArray bytes = QByteArray("\xff\xfe x-api-key: v4lue\r\n\x80") + secret.toUtf8() + QByteArray("\xc3 ")
            + groqKey.toLatin1() + QByteArray("\x00 end", 5);
        const QByteArray expected =
            QByteArray("\xff\xfe x-api-key: [redacted]\r\n\x80[redacted]\xc3 [redacted]") + QByteArray("\x00 end", 5);
        QCOMPARE(SecretRedactor::redact(bytes), expected);
    }

    void forgetAllForgets()
    {
        SecretRedactor::registerSecret(u"forget-me-please"_s);
        QCOMPARE(SecretRedactor::redact(u"forget-me-please"_s), SecretRedactor::marker);
        SecretRedactor::forgetAll();
        QCOMPARE(SecretRedactor::redact(u"forget-me-please"_s), u"forget-me-please"_s);
    }

    void isSafeAcrossThreads()
    {
        QStringList texts;
        for (int i = 0; i < 400; ++i)
            texts.append(u"call %1 with Bearer "_s.arg(i) + openAiKey + u" and secret-number-%1"_s.arg(i % 7));
        QtConcurrent::blockingMap(texts, [](QString &text) {
            SecretRedactor::registerSecret(text.section(u' ', -1));
            text = SecretRedactor::redact(text);
        });
        for (const QString &text : std::as_const(texts)) {
            QVERIFY2(!text.contains(openAiKey.mid(3)) && !text.contains(u"secret-number"_s), qPrintable(text));
            QVERIFY2(text.endsWith(u" with Bearer [redacted] and [redacted]"_s), qPrintable(text));
        }
    }

    void messageHandlerRedactsLogMessages()
    {
        const QtMessageHandler testLogHandler = qInstallMessageHandler(capture);
        SecretRedactor::installMessageHandler();
        // A second installation must not make the handler call itself.
        SecretRedactor::installMessageHandler();
        SecretRedactor::registerSecret(u"registered-secret-1"_s);

        qWarning().noquote() << "request failed with" << googleKey << "and registered-secret-1";
        qCWarning(Pygen::logLlm).noquote() << "Authorization: Bearer" << groqKey;
        qInstallMessageHandler(testLogHandler);

        QMutexLocker locker(&capturedLock);
        QCOMPARE(
            captured,
            (QStringList{u"request failed with [redacted] and [redacted]"_s, u"Authorization: Bearer [redacted]"_s}));
    }
};

QTEST_GUILESS_MAIN(SecretRedactorTest)

#include "SecretRedactorTest.moc"
