#include "llm/OllamaClient.h"
#include "FakeClock.h"
#include "FakeOllamaServer.h"
#include "ProviderTestSupport.h"
#include "llm/ChatReply.h"
#include "llm/ModelListReply.h"
#include "llm/ModelPullReply.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace std::chrono_literals;

// The Ollama client against a fake Ollama that speaks its NDJSON API and misbehaves on command.
class OllamaClientTest final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeOllamaServer> m_server;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<OllamaClient> m_client;

    void makeClient(const std::function<void(ProviderConfiguration &)> &adjust = {})
    {
        ProviderConfiguration configuration = fakeConfiguration(QStringLiteral("ollama"), m_server->baseUrl());
        if (adjust)
            adjust(configuration);
        m_client = std::make_unique<OllamaClient>(configuration, &m_network);
        m_client->setClock(m_clock.get());
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeOllamaServer>();
        QVERIFY(m_server->isListening());
        m_clock = std::make_unique<FakeClock>();
        makeClient();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_clock.reset();
    }

    void streamsTextAndReportsUsage()
    {
        m_server->setModels({FakeModel{QStringLiteral("llama3.2:latest"), 131072}});
        ScriptedReply script;
        script.chunks = {QStringLiteral("def "), QStringLiteral("add(a, b):"), QStringLiteral(" return a + b")};
        script.promptTokens = 31;
        m_server->enqueueChat(script);

        ChatRequest request = userRequest(QStringLiteral("llama3.2"), QStringLiteral("Write add()."));
        request.temperature = 0.2;
        request.maximumOutputTokens = 512;
        request.seed = 42;
        ChatReply *reply = m_client->chat(request);
        QSignalSpy deltas(reply, &ChatReply::textReceived);
        QVERIFY(waitForFinished(reply));

        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->text(), QStringLiteral("def add(a, b): return a + b"));
        // Lines that arrive in one read come out as one delta.
        QString streamed;
        for (const QList<QVariant> &arguments : std::as_const(deltas))
            streamed += arguments.at(0).toString();
        QCOMPARE(streamed, reply->text());
        QCOMPARE(reply->usage().promptTokens.value_or(-1), 31);
        QCOMPARE(reply->usage().outputTokens.value_or(-1), 3);
        QVERIFY(reply->usage().tokensPerSecond.value_or(0) > 0);
        QVERIFY(reply->usage().timeToFirstTokenMs.has_value());
        QVERIFY(!reply->isCached());
        QCOMPARE(reply->attempts(), 1);

        // The wire request: the model's context read from /api/show, the options mapped.
        QCOMPARE(m_server->requests("/api/show").size(), 1);
        const QJsonObject body = m_server->lastChatRequest().json();
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("llama3.2"));
        QCOMPARE(body.value(u"stream").toBool(), true);
        const QJsonObject options = body.value(u"options").toObject();
        QCOMPARE(options.value(u"num_ctx").toInt(), 8192);
        QCOMPARE(options.value(u"num_predict").toInt(), 512);
        QCOMPARE(options.value(u"seed").toInt(), 42);
        QCOMPARE(options.value(u"temperature").toDouble(), 0.2);
        QCOMPARE(body.value(u"messages").toArray().first().toObject().value(u"role").toString(),
                 QStringLiteral("user"));

        // The context length is asked once per model.
        ChatReply *second = m_client->chat(request);
        QVERIFY(waitForFinished(second));
        QCOMPARE(m_server->requests("/api/show").size(), 1);
    }

    void everyFragmentationGivesTheSameReply_data()
    {
        QTest::addColumn<int>("fragmentBytes");
        for (const int size : {1, 2, 3, 7, 64})
            QTest::addRow("%d-byte pieces", size) << size;
    }

    void everyFragmentationGivesTheSameReply()
    {
        QFETCH(int, fragmentBytes);
        ScriptedReply script;
        script.chunks = {QString::fromUtf8("Grüße "), QString::fromUtf8("🐍"), QStringLiteral(" done")};
        script.misbehaviour.fragmentBytes = fragmentBytes;
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QCOMPARE(reply->text(), QString::fromUtf8("Grüße 🐍 done"));
    }

    void errorLineInsideTheStreamKeepsTheText()
    {
        ScriptedReply script;
        script.chunks = {QStringLiteral("partial ")};
        script.midStreamError = "model runner has unexpectedly stopped";
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QCOMPARE(reply->text(), QStringLiteral("partial "));
        QCOMPARE(reply->error().kind, ProviderError::Kind::ServerError);
        QVERIFY2(reply->error().message.contains(u"unexpectedly stopped"), qPrintable(reply->error().message));
        QVERIFY2(reply->error().message.contains(u"kept"), qPrintable(reply->error().message));
        // Text had arrived: never restarted behind the caller's back.
        QCOMPARE(m_server->chatRequestCount(), 1);
        QVERIFY(m_clock->requestedWaits().isEmpty());
    }

    void missingModelSaysHowToPullIt()
    {
        m_server->setModels({FakeModel{QStringLiteral("llama3.2:latest")}});
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("qwen2.5-coder:7b"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QCOMPARE(reply->error().kind, ProviderError::Kind::ModelNotFound);
        QVERIFY2(reply->error().message.contains(u"qwen2.5-coder:7b"), qPrintable(reply->error().message));
        QVERIFY2(reply->error().message.contains(u"ollama pull"), qPrintable(reply->error().message));
        QCOMPARE(m_server->chatRequestCount(), 0);
        QVERIFY(m_clock->requestedWaits().isEmpty());
    }

    void serverErrorsAreRetriedWithAnnouncedWaits()
    {
        ScriptedReply failure;
        failure.status = 500;
        failure.errorBody = FakeOllamaServer::errorBody(QStringLiteral("llama runner process has terminated"));
        m_server->enqueueChat(failure);
        m_server->enqueueChat(failure);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QSignalSpy waits(reply, &ChatReply::retryScheduled);
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QCOMPARE(reply->text(), QStringLiteral("Hello, world!"));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(m_clock->requestedWaits(), (QList<std::chrono::milliseconds>{1000ms, 2000ms}));
        QCOMPARE(waits.count(), 2);
        const auto second = waits.at(1).at(0).value<RetryWait>();
        QCOMPARE(second.nextAttempt, 3);
        QCOMPARE(second.maximumAttempts, 5);
        QVERIFY2(second.message().contains(u"3 of 5"), qPrintable(second.message()));
    }

    void givesUpAfterTheLastAttempt()
    {
        makeClient([](ProviderConfiguration &configuration) { configuration.retry.maximumAttempts = 3; });
        ScriptedReply failure;
        failure.status = 503;
        failure.errorBody = FakeOllamaServer::errorBody(QStringLiteral("server busy"));
        for (int i = 0; i < 3; ++i)
            m_server->enqueueChat(failure);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(reply->error().httpStatus, 503);
        QVERIFY2(reply->error().message.contains(u"3 attempts"), qPrintable(reply->error().message));
    }

    void firstByteTimeout()
    {
        makeClient([](ProviderConfiguration &configuration) {
            configuration.firstByteTimeout = 300ms;
            configuration.retry.maximumAttempts = 1;
        });
        ScriptedReply script;
        script.misbehaviour.stallBeforeHeaders = true;
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->error().kind, ProviderError::Kind::Timeout);
        QVERIFY2(reply->error().message.contains(u"sent nothing"), qPrintable(reply->error().message));
    }

    void idleTimeoutKeepsTheText()
    {
        makeClient([](ProviderConfiguration &configuration) { configuration.idleTimeout = 300ms; });
        ScriptedReply script;
        script.chunks = {QStringLiteral("first "), QStringLiteral("second")};
        // Headers and the first line, then silence.
        script.misbehaviour.stallAfterBodyBytes = 150;
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->error().kind, ProviderError::Kind::Timeout);
        QVERIFY2(reply->error().message.contains(u"stopped sending"), qPrintable(reply->error().message));
        QVERIFY(reply->text().startsWith(u"first"));
        QCOMPARE(m_server->chatRequestCount(), 1);
    }

    void droppedConnectionKeepsTheText()
    {
        ScriptedReply script;
        script.chunks = {QStringLiteral("alpha "), QStringLiteral("beta "), QStringLiteral("gamma")};
        script.misbehaviour.dropAfterBodyBytes = 200;
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QVERIFY(!reply->text().isEmpty());
        QVERIFY2(reply->error().kind == ProviderError::Kind::NetworkInterrupted, qPrintable(reply->error().message));
        QCOMPARE(m_server->chatRequestCount(), 1);
    }

    void cancelMidStream()
    {
        ScriptedReply script;
        for (int i = 0; i < 50; ++i)
            script.chunks.append(QStringLiteral("word%1 ").arg(i));
        script.misbehaviour.delayBetweenChunksMs = 20;
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QSignalSpy deltas(reply, &ChatReply::textReceived);
        QSignalSpy finished(reply, &ChatReply::finished);
        QVERIFY(deltas.wait(10000));
        reply->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->finishReason(), FinishReason::Cancelled);
        QVERIFY(!reply->error().isError());
        QVERIFY(reply->text().startsWith(u"word0"));
        const qsizetype length = reply->text().size();
        QTest::qWait(100); // nothing more arrives after a cancel
        QCOMPARE(reply->text().size(), length);
        QCOMPARE(finished.count(), 1);
        // Deleting a reply in the middle of a stream is as safe (ASan watches).
        m_server->enqueueChat(script);
        ChatReply *deleted = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QSignalSpy more(deleted, &ChatReply::textReceived);
        QVERIFY(more.wait(10000));
        delete deleted;
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
    }

    void hugeReplyKeepsMemoryBounded()
    {
        ScriptedReply script;
        script.generatedTextBytes = 50LL * 1024 * 1024;
        script.generatedChunkBytes = 16 * 1024;
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        reply->setKeepsText(false);
        qint64 received = 0;
        QByteArray expectedStart = FakeProviderServer::generatedText(0, 64);
        QString start;
        connect(reply, &ChatReply::textReceived, this, [&](const QString &delta) {
            if (start.size() < 64)
                start += delta.left(64);
            received += delta.toUtf8().size();
        });
        QVERIFY(waitForFinished(reply, 120000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QCOMPARE(received, script.generatedTextBytes);
        QVERIFY(start.startsWith(QString::fromLatin1(expectedStart.left(32))));
        QVERIFY(reply->text().isEmpty());
        // The client held at most about one line of the stream at a time.
        QVERIFY2(reply->peakBufferedBytes() < 256 * 1024, QByteArray::number(reply->peakBufferedBytes()).constData());
        QVERIFY2(m_server->peakBufferedBytes() < 8 * 1024 * 1024, QByteArray::number(m_server->peakBufferedBytes()).constData());
    }

    void replyOverTheSizeLimitIsStopped()
    {
        makeClient([](ProviderConfiguration &configuration) { configuration.maximumReplyBytes = 1024 * 1024; });
        ScriptedReply script;
        script.generatedTextBytes = 4LL * 1024 * 1024;
        m_server->enqueueChat(script);
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply, 60000));
        QCOMPARE(reply->error().kind, ProviderError::Kind::ReplyTooLarge);
        QVERIFY(reply->text().size() > 0);
        QVERIFY(reply->text().size() <= 1024 * 1024);
    }

    void structuredOutputSendsTheSchemaAsFormat()
    {
        const QJsonObject schema{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("name")}}};
        ScriptedReply script;
        script.chunks = {QStringLiteral("{\"name\":"), QStringLiteral("\"weather\"}")};
        m_server->enqueueChat(script);
        ChatRequest request = userRequest(QStringLiteral("m"), QStringLiteral("name it"));
        request.jsonSchema = schema;
        ChatReply *reply = m_client->chat(request);
        QVERIFY(waitForFinished(reply));
        QCOMPARE(m_server->lastChatRequest().json().value(u"format").toObject(), schema);
        QCOMPARE(QJsonDocument::fromJson(reply->text().toUtf8()).object().value(u"name").toString(),
                 QStringLiteral("weather"));
    }

    void promptLargerThanTheContextIsAnnounced()
    {
        m_server->setModels({FakeModel{QStringLiteral("tiny:latest"), 4096}});
        ScriptedReply script;
        script.promptTokens = 4096;
        script.chunks = {QStringLiteral("ok")};
        m_server->enqueueChat(script);
        const QString longPrompt(30000, u'x'); // about 7,500 tokens
        ChatReply *reply = m_client->chat(userRequest(QStringLiteral("tiny"), longPrompt));
        QSignalSpy warnings(reply, &ChatReply::warningRaised);
        QVERIFY(waitForFinished(reply));
        QCOMPARE(m_server->lastChatRequest().json().value(u"options").toObject().value(u"num_ctx").toInt(), 4096);
        QVERIFY(warnings.count() >= 1);
        const QString warning = reply->warnings().join(u'\n');
        QVERIFY2(warning.contains(u"accepts 4096"), qPrintable(warning));
        QVERIFY2(warning.contains(u"truncated"), qPrintable(warning));
    }

    void contextSizesComeInPowersOfTwo_data()
    {
        QTest::addColumn<int>("needed");
        QTest::addColumn<int>("modelLength");
        QTest::addColumn<int>("expected");
        QTest::newRow("small request") << 100 << 131072 << 8192;
        QTest::newRow("just over 8k") << 8193 << 131072 << 16384;
        QTest::newRow("capped by model") << 50000 << 32768 << 32768;
        QTest::newRow("unknown model length") << 20000 << 0 << 32768;
        QTest::newRow("model smaller than minimum") << 100 << 2048 << 2048;
    }

    void contextSizesComeInPowersOfTwo()
    {
        QFETCH(int, needed);
        QFETCH(int, modelLength);
        QFETCH(int, expected);
        QCOMPARE(OllamaClient::contextTokensFor(needed, modelLength), expected);
    }

    void listsModelsWithContextLengths()
    {
        m_server->setModels({FakeModel{QStringLiteral("llama3.2:latest"), 131072},
                             FakeModel{QStringLiteral("qwen2.5-coder:7b"), 32768, {}, QStringLiteral("qwen2")}});
        ModelListReply *reply = m_client->listModels();
        QVERIFY(waitForFinished(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        const QList<ModelInfo> models = reply->models();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).id, QStringLiteral("llama3.2:latest"));
        QCOMPARE(models.at(0).contextLength.value_or(-1), 131072);
        QCOMPARE(models.at(1).id, QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(models.at(1).contextLength.value_or(-1), 32768);
        QVERIFY2(models.at(1).details.contains(u"qwen2"), qPrintable(models.at(1).details));
        QVERIFY(!reply->serverVersion().isEmpty());
    }

    void noOllamaRunning()
    {
        const QUrl address = m_server->baseUrl();
        m_server.reset(); // nothing listens there any more
        ProviderConfiguration configuration = fakeConfiguration(QStringLiteral("ollama"), address);
        OllamaClient client(configuration, &m_network);
        ModelListReply *models = client.listModels();
        QVERIFY(waitForFinished(models));
        QCOMPARE(models->error().kind, ProviderError::Kind::ServiceUnreachable);
        QVERIFY2(models->error().message.contains(u"ollama serve"), qPrintable(models->error().message));
        QVERIFY2(models->error().message.contains(address.toString()), qPrintable(models->error().message));
        ChatReply *reply = client.chat(userRequest(QStringLiteral("m"), QStringLiteral("hi")));
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->error().kind, ProviderError::Kind::ServiceUnreachable);
        QCOMPARE(reply->attempts(), 0); // nothing to retry: nobody is there
    }

    void pullReportsProgress()
    {
        m_server->setModels({});
        ModelPullReply *pull = m_client->pullModel(QStringLiteral("llama3.2"));
        QSignalSpy progress(pull, &ModelPullReply::progressChanged);
        QSignalSpy finished(pull, &ModelPullReply::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(pull->succeeded(), qPrintable(pull->error().message));
        QVERIFY(progress.count() >= 3);
        bool sawBytes = false;
        for (const QList<QVariant> &arguments : std::as_const(progress))
            sawBytes = sawBytes || arguments.at(2).toLongLong() > 0;
        QVERIFY(sawBytes);
        QCOMPARE(pull->status(), QStringLiteral("success"));

        ModelListReply *models = m_client->listModels();
        QVERIFY(waitForFinished(models));
        QCOMPARE(models->models().size(), 1);
    }

    void pullOfAnUnknownNameFails()
    {
        m_server->enqueuePullError(QStringLiteral("pull model manifest: file does not exist"));
        ModelPullReply *pull = m_client->pullModel(QStringLiteral("no-such-model"));
        QSignalSpy finished(pull, &ModelPullReply::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(!pull->succeeded());
        QVERIFY2(pull->error().message.contains(u"no-such-model"), qPrintable(pull->error().message));
        QVERIFY2(pull->error().message.contains(u"file does not exist"), qPrintable(pull->error().message));
    }
};

QTEST_GUILESS_MAIN(OllamaClientTest)
#include "OllamaClientTest.moc"
