#include "FakeOpenAiServer.h"
#include "ProviderTestSupport.h"
#include "llm/ChatReply.h"
#include "llm/CredentialStore.h"
#include "llm/OpenAiCompatibleClient.h"
#include "llm/ResponseCache.h"
#include "llm/SecretRedactor.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace Pygen;
using namespace Pygen::Testing;

namespace {
const QString secretKey = QStringLiteral("sk-or-v1-cachetestsecret0123456789abcdef");
} // namespace

// The response cache as callers meet it: through the chat interface, with a "cached" flag.
class ResponseCachingTest final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<ResponseCache> m_cache;
    std::unique_ptr<OpenAiCompatibleClient> m_client;

    ChatReply *chat(const ChatRequest &request)
    {
        ChatReply *reply = m_client->chat(request);
        return waitForFinished(reply) ? reply : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeOpenAiServer>();
        m_server->setRequiredApiKey(secretKey);
        m_cache = std::make_unique<ResponseCache>(ResponseCache::defaultDirectory());
        QVERIFY(m_cache->clearNow().isEmpty());
        m_client = std::make_unique<OpenAiCompatibleClient>(
            fakeConfiguration(QStringLiteral("openrouter"), m_server->apiBaseUrl(), secretKey), &m_network);
        m_client->setResponseCache(m_cache.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_cache.reset();
        m_server.reset();
    }

    void secondIdenticalRequestIsServedFromTheCache()
    {
        ScriptedReply script;
        script.chunks = {QStringLiteral("def f():"), QStringLiteral("\n    return 1\n")};
        script.promptTokens = 40;
        m_server->enqueueChat(script);
        ChatRequest request = userRequest(QStringLiteral("m"), QStringLiteral("write f"));
        request.temperature = 0;
        ChatReply *first = chat(request);
        QVERIFY(first);
        QVERIFY(!first->isCached());
        m_cache->waitForIdle();
        QCOMPARE(m_cache->entryCount(), 1);

        ChatReply *second = m_client->chat(request);
        QSignalSpy deltas(second, &ChatReply::textReceived);
        QVERIFY(waitForFinished(second));
        QVERIFY(second->isCached());
        QCOMPARE(second->finishReason(), FinishReason::Stop);
        QCOMPARE(second->text(), first->text());
        QCOMPARE(deltas.count(), 1);
        QCOMPARE(second->usage().promptTokens.value_or(-1), 40);
        QCOMPARE(m_server->chatRequestCount(), 1);

        // Anything that changes the reply is a miss: here, the temperature.
        request.temperature = 0.7;
        ChatReply *third = chat(request);
        QVERIFY(third);
        QVERIFY(!third->isCached());
        QCOMPARE(m_server->chatRequestCount(), 2);
    }

    void bypassesAndIncompleteReplies()
    {
        ChatRequest request = userRequest(QStringLiteral("m"), QStringLiteral("bypass"));
        request.useCache = false;
        QVERIFY(chat(request));
        QVERIFY(chat(request));
        QCOMPARE(m_server->chatRequestCount(), 2);
        m_cache->waitForIdle();
        QCOMPARE(m_cache->entryCount(), 0);

        // A reply cut by the output limit is not a reply to reuse.
        ScriptedReply cut;
        cut.chunks = {QStringLiteral("def f(")};
        cut.finishReason = QStringLiteral("length");
        m_server->enqueueChat(cut);
        ChatRequest limited = userRequest(QStringLiteral("m"), QStringLiteral("cut"));
        QCOMPARE(chat(limited)->finishReason(), FinishReason::Length);
        m_cache->waitForIdle();
        QCOMPARE(m_cache->entryCount(), 0);

        // Switched off as a whole.
        m_cache->setEnabled(false);
        ChatRequest plain = userRequest(QStringLiteral("m"), QStringLiteral("off"));
        QVERIFY(chat(plain));
        QVERIFY(chat(plain));
        QCOMPARE(m_server->chatRequestCount(), 5);
        QCOMPARE(m_cache->entryCount(), 0);
    }

    void keysAreNeverWrittenAnywhere()
    {
        // Everything that could persist something: a keychain store (no keychain runs here, so
        // the key stays in memory), settings, the cache, a log line with the key in it.
        CredentialStore credentials;
        QSignalSpy stored(&credentials, &CredentialStore::keychainUnavailable);
        bool done = false;
        credentials.storeKey(QStringLiteral("openrouter"), secretKey, this,
                             [&done](bool, const QString &) { done = true; });
        QTRY_VERIFY(done);
        QSettings settings;
        settings.setValue(QStringLiteral("providers/openrouter/model"), QStringLiteral("m"));
        settings.sync();
        QVERIFY(chat(userRequest(QStringLiteral("m"), QStringLiteral("remember me"))));
        m_cache->waitForIdle();
        QCOMPARE(m_cache->entryCount(), 1);
        const QString logged = SecretRedactor::redact(QStringLiteral("Authorization: Bearer %1").arg(secretKey));
        QVERIFY(!logged.contains(secretKey));

        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation,
                                    QStandardPaths::GenericDataLocation, QStandardPaths::HomeLocation}) {
            const QString folder = QStandardPaths::writableLocation(location);
            QVERIFY2(filesContaining(folder, secretKey.toUtf8()).isEmpty(),
                     qPrintable(filesContaining(folder, secretKey.toUtf8()).join(u", ")));
        }
    }
};

QTEST_GUILESS_MAIN(ResponseCachingTest)
#include "ResponseCachingTest.moc"
