#include "llm/OpenAiCompatibleClient.h"
#include "FakeClock.h"
#include "FakeOpenAiServer.h"
#include "ProviderTestSupport.h"
#include "llm/ChatReply.h"
#include "llm/ModelListReply.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Pygen::ProviderError::Kind)

namespace {
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;
const QString groqKey = QStringLiteral("gsk_testkey0123456789abcdef");
} // namespace

// The OpenAI-compatible client against a fake chat-completions server (SSE), in the dialects of
// the presets: OpenAI, Groq, the local servers.
class OpenAiCompatibleClientTest final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<FakeClock> m_clock;

    std::unique_ptr<OpenAiCompatibleClient> makeClient(const QString &preset, const QString &key = groqKey)
    {
        auto client = std::make_unique<OpenAiCompatibleClient>(fakeConfiguration(preset, m_server->apiBaseUrl(), key),
                                                               &m_network);
        client->setClock(m_clock.get());
        return client;
    }

    ChatReply *chat(OpenAiCompatibleClient &client, const ChatRequest &request)
    {
        ChatReply *reply = client.chat(request);
        if (!waitForFinished(reply))
            return nullptr;
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeOpenAiServer>();
        QVERIFY(m_server->isListening());
        m_clock = std::make_unique<FakeClock>();
    }

    void cleanup()
    {
        m_server.reset();
        m_clock.reset();
    }

    void presetsSpeakTheirDialect_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("usageStyle");
        QTest::addColumn<QString>("limitField");
        QTest::addColumn<bool>("asksForUsage");
        using Style = FakeOpenAiServer::UsageStyle;
        QTest::newRow("openai") << QStringLiteral("openai") << int(Style::StreamOptions)
                                << QStringLiteral("max_completion_tokens") << true;
        QTest::newRow("groq") << QStringLiteral("groq") << int(Style::Groq) << QStringLiteral("max_completion_tokens")
                              << false;
        QTest::newRow("openrouter") << QStringLiteral("openrouter") << int(Style::StreamOptions)
                                    << QStringLiteral("max_tokens") << true;
        QTest::newRow("llama.cpp") << QStringLiteral("llamacpp") << int(Style::StreamOptions)
                                   << QStringLiteral("max_tokens") << true;
        QTest::newRow("vllm") << QStringLiteral("vllm") << int(Style::StreamOptions) << QStringLiteral("max_tokens")
                              << true;
        QTest::newRow("lm studio") << QStringLiteral("lmstudio") << int(Style::StreamOptions)
                                   << QStringLiteral("max_tokens") << true;
        QTest::newRow("ollama /v1") << QStringLiteral("ollama-openai") << int(Style::StreamOptions)
                                    << QStringLiteral("max_tokens") << true;
    }

    void presetsSpeakTheirDialect()
    {
        QFETCH(QString, preset);
        QFETCH(int, usageStyle);
        QFETCH(QString, limitField);
        QFETCH(bool, asksForUsage);
        m_server->setUsageStyle(FakeOpenAiServer::UsageStyle(usageStyle));
        m_server->setRequiredApiKey(groqKey);
        ScriptedReply script;
        script.chunks = {QStringLiteral("x = "), QStringLiteral("1")};
        script.promptTokens = 17;
        m_server->enqueueChat(script);
        auto client = makeClient(preset);
        ChatRequest request = userRequest(QStringLiteral("model-a"), QStringLiteral("hi"));
        request.messages.prepend({ChatMessage::Role::System, QStringLiteral("be brief")});
        request.maximumOutputTokens = 300;
        request.temperature = 0.5;
        ChatReply *reply = chat(*client, request);
        QVERIFY(reply);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->text(), QStringLiteral("x = 1"));
        QCOMPARE(reply->usage().promptTokens.value_or(-1), 17);
        QCOMPARE(reply->usage().outputTokens.value_or(-1), 2);

        const RecordedRequest sent = m_server->lastChatRequest();
        QCOMPARE(sent.header("authorization"), "Bearer " + groqKey.toUtf8());
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(limitField).toInt(), 300);
        QCOMPARE(body.contains(u"stream_options"), asksForUsage);
        QCOMPARE(body.value(u"messages").toArray().size(), 2);
        QCOMPARE(body.value(u"messages").toArray().at(0).toObject().value(u"role").toString(),
                 QStringLiteral("system"));
        QVERIFY(body.value(u"stream").toBool());
    }

    void crlfEventsWithKeepAlivesInAnyFragmentation_data()
    {
        QTest::addColumn<int>("fragmentBytes");
        for (const int size : {0, 1, 5, 13})
            QTest::addRow("%d-byte pieces", size) << size;
    }

    void crlfEventsWithKeepAlivesInAnyFragmentation()
    {
        QFETCH(int, fragmentBytes);
        m_server->setUseCrlf(true);
        m_server->setSendKeepAlives(true);
        ScriptedReply script;
        script.chunks = {QString::fromUtf8("naïve "), QString::fromUtf8("café "), QString::fromUtf8("— ✓")};
        script.misbehaviour.fragmentBytes = fragmentBytes;
        m_server->enqueueChat(script);
        auto client = makeClient(QStringLiteral("openai"));
        ChatReply *reply = chat(*client, userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QCOMPARE(reply->text(), QString::fromUtf8("naïve café — ✓"));
    }

    void errorsThatAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ProviderError::Kind>("expectedKind");
        QTest::addColumn<QString>("expectedPart");
        QTest::newRow("401 bad key") << 401
                                     << FakeOpenAiServer::errorBody(QStringLiteral("Invalid API Key"),
                                                                    QStringLiteral("invalid_request_error"),
                                                                    QStringLiteral("invalid_api_key"))
                                     << ProviderError::Kind::Authentication << QStringLiteral("GROQ_API_KEY");
        QTest::newRow("403") << 403
                             << FakeOpenAiServer::errorBody(QStringLiteral("Forbidden"),
                                                            QStringLiteral("permission_error"), QString())
                             << ProviderError::Kind::Authentication << QStringLiteral("was rejected");
        QTest::newRow("400") << 400
                             << FakeOpenAiServer::errorBody(QStringLiteral("'messages' must be an array"),
                                                            QStringLiteral("invalid_request_error"), QString())
                             << ProviderError::Kind::BadRequest << QStringLiteral("must be an array");
        QTest::newRow("404 model") << 404
                                   << FakeOpenAiServer::errorBody(QStringLiteral("The model `m` does not exist"),
                                                                  QStringLiteral("invalid_request_error"),
                                                                  QStringLiteral("model_not_found"))
                                   << ProviderError::Kind::ModelNotFound
                                   << QStringLiteral("pygen models --provider groq");
        QTest::newRow("413 too large") << 413
                                       << FakeOpenAiServer::errorBody(QStringLiteral("Request too large for model"),
                                                                      QStringLiteral("tokens"),
                                                                      QStringLiteral("rate_limit_exceeded"))
                                       << ProviderError::Kind::RequestTooLarge << QStringLiteral("Shorten the input");
        QTest::newRow("429 quota") << 429 << FakeOpenAiServer::quotaBody() << ProviderError::Kind::QuotaExhausted
                                   << QStringLiteral("quota");
    }

    void errorsThatAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ProviderError::Kind, expectedKind);
        QFETCH(QString, expectedPart);
        ScriptedReply script;
        script.status = status;
        script.errorBody = body;
        m_server->enqueueChat(script);
        auto client = makeClient(QStringLiteral("groq"));
        ChatReply *reply = chat(*client, userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QCOMPARE(reply->error().kind, expectedKind);
        QCOMPARE(reply->error().httpStatus, status);
        QVERIFY2(reply->error().message.contains(expectedPart), qPrintable(reply->error().message));
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(m_server->chatRequestCount(), 1);
        QVERIFY(m_clock->requestedWaits().isEmpty());
        QVERIFY(!reply->error().message.contains(groqKey));
    }

    void keyEchoedByTheServerIsRedacted()
    {
        m_server->setRequiredApiKey(QStringLiteral("sk-the-right-key-0123456789"));
        auto client = makeClient(QStringLiteral("openai"), QStringLiteral("sk-wrongkey0123456789abcdef"));
        ChatReply *reply = chat(*client, userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->error().kind, ProviderError::Kind::Authentication);
        QVERIFY2(reply->error().message.contains(u"OPENAI_API_KEY"), qPrintable(reply->error().message));
        QVERIFY2(!reply->error().message.contains(u"sk-ab"), qPrintable(reply->error().message));
        QVERIFY(!reply->error().message.contains(u"wrongkey"));
    }

    void rateLimitHonoursTheServersWait_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("expectedWaitMs");
        const QString plain = QStringLiteral("Rate limit reached for requests");
        QTest::newRow("retry-after-ms") << HeaderList{{"retry-after-ms", "1500"}} << plain
                                        << qint64(1500);
        QTest::newRow("retry-after seconds")
            << HeaderList{{"retry-after", "7"}} << plain << qint64(7000);
        // The fake clock's now is 2026-11-21 12:00:00 UTC.
        QTest::newRow("retry-after http date")
            << HeaderList{{"retry-after", "Sat, 21 Nov 2026 12:00:12 GMT"}} << plain
            << qint64(12000);
        QTest::newRow("groq's try again in")
            << HeaderList{}
            << QStringLiteral("Rate limit reached for model `llama-3.3-70b-versatile` on tokens per minute (TPM): "
                              "Limit 6000, Used 5800, Requested 900. Please try again in 7.66s.")
            << qint64(7660);
        QTest::newRow("no hint: our backoff") << HeaderList{} << plain << qint64(1000);
    }

    void rateLimitHonoursTheServersWait()
    {
        QFETCH(HeaderList, headers);
        QFETCH(QString, message);
        QFETCH(qint64, expectedWaitMs);
        ScriptedReply limited;
        limited.status = 429;
        limited.extraHeaders = headers;
        limited.errorBody = FakeOpenAiServer::rateLimitBody(message);
        m_server->enqueueChat(limited);
        auto client = makeClient(QStringLiteral("groq"));
        ChatReply *reply = client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QSignalSpy waits(reply, &ChatReply::retryScheduled);
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QCOMPARE(reply->text(), QStringLiteral("Hello, world!"));
        QCOMPARE(m_clock->requestedWaits(),
                 QList<std::chrono::milliseconds>{std::chrono::milliseconds(expectedWaitMs)});
        QCOMPARE(waits.count(), 1);
        const auto wait = waits.first().first().value<RetryWait>();
        QCOMPARE(wait.reason, ProviderError::Kind::RateLimited);
        QVERIFY2(wait.message().contains(u"2 of 5"), qPrintable(wait.message()));
    }

    void serverErrorsTwiceThenSuccess()
    {
        ScriptedReply failure;
        failure.status = 500;
        failure.errorBody = FakeOpenAiServer::errorBody(QStringLiteral("The server had an error"),
                                                        QStringLiteral("server_error"), QString());
        ScriptedReply gateway = failure;
        gateway.status = 502;
        m_server->enqueueChat(failure);
        m_server->enqueueChat(gateway);
        auto client = makeClient(QStringLiteral("openai"));
        ChatReply *reply = chat(*client, userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(m_clock->requestedWaits(), (QList<std::chrono::milliseconds>{1000ms, 2000ms}));
    }

    void errorEventInsideTheStream()
    {
        ScriptedReply script;
        script.chunks = {QStringLiteral("half a ")};
        script.midStreamError = "upstream connection reset";
        m_server->enqueueChat(script);
        auto client = makeClient(QStringLiteral("openrouter"));
        ChatReply *reply = chat(*client, userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QCOMPARE(reply->text(), QStringLiteral("half a "));
        QVERIFY2(reply->error().message.contains(u"upstream connection reset"), qPrintable(reply->error().message));
        QCOMPARE(m_server->chatRequestCount(), 1);
    }

    void finishReasonsAreReported_data()
    {
        QTest::addColumn<QString>("finish");
        QTest::addColumn<FinishReason>("expected");
        QTest::addColumn<QString>("warningPart");
        QTest::newRow("length") << QStringLiteral("length") << FinishReason::Length
                                << QStringLiteral("output limit of 64");
        QTest::newRow("filtered") << QStringLiteral("filtered") << FinishReason::Filtered
                                  << QStringLiteral("safety filter");
    }

    void finishReasonsAreReported()
    {
        QFETCH(QString, finish);
        QFETCH(FinishReason, expected);
        QFETCH(QString, warningPart);
        ScriptedReply script;
        script.chunks = {QStringLiteral("cut")};
        script.finishReason = finish;
        m_server->enqueueChat(script);
        auto client = makeClient(QStringLiteral("openai"));
        ChatRequest request = userRequest(QStringLiteral("m"), QStringLiteral("hi"));
        request.maximumOutputTokens = 64;
        ChatReply *reply = chat(*client, request);
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), expected);
        QCOMPARE(reply->text(), QStringLiteral("cut"));
        QVERIFY2(reply->warnings().join(u' ').contains(warningPart), qPrintable(reply->warnings().join(u' ')));
    }

    void structuredOutputSendsAJsonSchemaResponseFormat()
    {
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("additionalProperties"), false}};
        ScriptedReply script;
        script.chunks = {QStringLiteral("{}")};
        m_server->enqueueChat(script);
        auto client = makeClient(QStringLiteral("openai"));
        ChatRequest request = userRequest(QStringLiteral("m"), QStringLiteral("hi"));
        request.jsonSchema = schema;
        QVERIFY(chat(*client, request));
        const QJsonObject format = m_server->lastChatRequest().json().value(u"response_format").toObject();
        QCOMPARE(format.value(u"type").toString(), QStringLiteral("json_schema"));
        QCOMPARE(format.value(u"json_schema").toObject().value(u"schema").toObject(), schema);
        QVERIFY(!format.value(u"json_schema").toObject().value(u"name").toString().isEmpty());
    }

    void listsModels_data()
    {
        QTest::addColumn<QString>("contextField");
        QTest::addColumn<int>("expectedContext");
        QTest::newRow("groq context_window") << QStringLiteral("context_window") << 131072;
        QTest::newRow("openrouter context_length") << QStringLiteral("context_length") << 131072;
        QTest::newRow("openai: none") << QString() << -1;
    }

    void listsModels()
    {
        QFETCH(QString, contextField);
        QFETCH(int, expectedContext);
        m_server->setContextField(contextField);
        m_server->setModels({FakeModel{QStringLiteral("llama-3.3-70b-versatile"), 131072},
                             FakeModel{QStringLiteral("gemma2-9b-it"), 131072}});
        auto client = makeClient(QStringLiteral("groq"));
        ModelListReply *reply = client->listModels();
        QVERIFY(waitForFinished(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->models().size(), 2);
        QCOMPARE(reply->models().at(0).id, QStringLiteral("gemma2-9b-it"));
        QCOMPARE(reply->models().at(1).contextLength.value_or(-1), expectedContext);
        QCOMPARE(m_server->requests().last().header("authorization"), "Bearer " + groqKey.toUtf8());
    }

    void refusesBeforeSending_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("key");
        QTest::addColumn<ProviderError::Kind>("expectedKind");
        QTest::newRow("no key for groq") << QStringLiteral("groq") << QString() << QString()
                                         << ProviderError::Kind::MissingKey;
        QTest::newRow("key over plain http to another host")
            << QStringLiteral("custom") << QStringLiteral("http://192.0.2.10:8000/v1") << groqKey
            << ProviderError::Kind::InsecureTransport;
    }

    void refusesBeforeSending()
    {
        QFETCH(QString, preset);
        QFETCH(QString, baseUrl);
        QFETCH(QString, key);
        QFETCH(ProviderError::Kind, expectedKind);
        ProviderConfiguration configuration =
            fakeConfiguration(preset, baseUrl.isEmpty() ? m_server->apiBaseUrl() : QUrl(baseUrl), key);
        OpenAiCompatibleClient client(configuration, &m_network);
        ChatReply *reply = client.chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->error().kind, expectedKind);
        QCOMPARE(reply->attempts(), 0);
        QCOMPARE(m_server->requests().size(), 0);
        QVERIFY(!reply->error().message.contains(groqKey));
    }
};

QTEST_GUILESS_MAIN(OpenAiCompatibleClientTest)
#include "OpenAiCompatibleClientTest.moc"
