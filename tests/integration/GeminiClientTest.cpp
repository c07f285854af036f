#include "llm/GeminiClient.h"
#include "FakeClock.h"
#include "FakeGeminiServer.h"
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
const QString geminiKey = QStringLiteral("AIzaSyTestKey0123456789abcdefghijklmno");
} // namespace

// The Gemini client against a fake generativelanguage API: SSE with CRLF, the key in a header.
class GeminiClientTest final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeGeminiServer> m_server;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<GeminiClient> m_client;

    ChatReply *chat(const ChatRequest &request)
    {
        ChatReply *reply = m_client->chat(request);
        return waitForFinished(reply) ? reply : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeGeminiServer>();
        QVERIFY(m_server->isListening());
        m_server->setRequiredApiKey(geminiKey);
        m_clock = std::make_unique<FakeClock>();
        m_client = std::make_unique<GeminiClient>(
            fakeConfiguration(QStringLiteral("gemini"), m_server->apiBaseUrl(), geminiKey), &m_network);
        m_client->setClock(m_clock.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_clock.reset();
    }

    void streamsWithTheKeyInAHeaderOnly()
    {
        ScriptedReply script;
        script.chunks = {QStringLiteral("import "), QStringLiteral("math")};
        script.promptTokens = 21;
        m_server->enqueueChat(script);
        ChatRequest request = userRequest(QStringLiteral("gemini-2.0-flash"), QStringLiteral("hi"));
        request.messages.prepend({ChatMessage::Role::System, QStringLiteral("You write Python.")});
        request.messages.append({ChatMessage::Role::Assistant, QStringLiteral("Sure.")});
        request.messages.append({ChatMessage::Role::User, QStringLiteral("Go on.")});
        request.maximumOutputTokens = 100;
        request.temperature = 0.1;
        ChatReply *reply = chat(request);
        QVERIFY(reply);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->text(), QStringLiteral("import math"));
        QCOMPARE(reply->usage().promptTokens.value_or(-1), 21);
        QCOMPARE(reply->usage().outputTokens.value_or(-1), 2);

        const RecordedRequest sent = m_server->lastChatRequest();
        QCOMPARE(sent.pathWithoutQuery(), QByteArray("/v1beta/models/gemini-2.0-flash:streamGenerateContent"));
        QCOMPARE(sent.query().queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
        QVERIFY(!sent.query().hasQueryItem(QStringLiteral("key")));
        QVERIFY(!sent.path.contains(geminiKey.toUtf8()));
        QCOMPARE(sent.header("x-goog-api-key"), geminiKey.toUtf8());
        QVERIFY(sent.header("authorization").isEmpty());
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(u"systemInstruction")
                     .toObject()
                     .value(u"parts")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"text")
                     .toString(),
                 QStringLiteral("You write Python."));
        const QJsonArray contents = body.value(u"contents").toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents.at(1).toObject().value(u"role").toString(), QStringLiteral("model"));
        QCOMPARE(body.value(u"generationConfig").toObject().value(u"maxOutputTokens").toInt(), 100);
    }

    void endingsAreReportedAsSuch_data()
    {
        QTest::addColumn<QString>("finish");
        QTest::addColumn<FinishReason>("expected");
        QTest::newRow("MAX_TOKENS") << QStringLiteral("length") << FinishReason::Length;
        QTest::newRow("SAFETY") << QStringLiteral("filtered") << FinishReason::Filtered;
    }

    void endingsAreReportedAsSuch()
    {
        QFETCH(QString, finish);
        QFETCH(FinishReason, expected);
        ScriptedReply script;
        script.chunks = {QStringLiteral("partial")};
        script.finishReason = finish;
        m_server->enqueueChat(script);
        ChatReply *reply = chat(userRequest(QStringLiteral("gemini-2.0-flash"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), expected);
        QCOMPARE(reply->text(), QStringLiteral("partial"));
        QVERIFY(!reply->warnings().isEmpty());
    }

    void blockedPrompt()
    {
        ScriptedReply script;
        script.blockedPrompt = true;
        m_server->enqueueChat(script);
        ChatReply *reply = chat(userRequest(QStringLiteral("gemini-2.0-flash"), QStringLiteral("something bad")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QCOMPARE(reply->error().kind, ProviderError::Kind::ContentBlocked);
        QVERIFY2(reply->error().message.contains(u"SAFETY"), qPrintable(reply->error().message));
        QCOMPARE(m_server->chatRequestCount(), 1);
    }

    void invalidKeyIsNotRetried()
    {
        m_client = std::make_unique<GeminiClient>(fakeConfiguration(QStringLiteral("gemini"), m_server->apiBaseUrl(),
                                                                    QStringLiteral("AIzaWrongKeyWrongKeyWrong")),
                                                  &m_network);
        m_client->setClock(m_clock.get());
        ChatReply *reply = chat(userRequest(QStringLiteral("gemini-2.0-flash"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->error().kind, ProviderError::Kind::Authentication);
        QCOMPARE(reply->error().httpStatus, 400);
        QVERIFY2(reply->error().message.contains(u"GEMINI_API_KEY"), qPrintable(reply->error().message));
        QVERIFY(!reply->error().message.contains(u"WrongKey"));
        QCOMPARE(reply->attempts(), 1);
    }

    void rateLimitWaitsForRetryInfo()
    {
        ScriptedReply limited;
        limited.status = 429;
        limited.errorBody = FakeGeminiServer::rateLimitBody(QStringLiteral("7s"));
        m_server->enqueueChat(limited);
        ChatReply *reply = chat(userRequest(QStringLiteral("gemini-2.0-flash"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), FinishReason::Stop);
        QCOMPARE(m_clock->requestedWaits(), QList<std::chrono::milliseconds>{7000ms});
    }

    void errorEventInsideTheStream()
    {
        ScriptedReply script;
        script.chunks = {QStringLiteral("so far")};
        script.midStreamError = "An internal error has occurred";
        m_server->enqueueChat(script);
        ChatReply *reply = chat(userRequest(QStringLiteral("gemini-2.0-flash"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->finishReason(), FinishReason::Error);
        QCOMPARE(reply->text(), QStringLiteral("so far"));
        QVERIFY2(reply->error().message.contains(u"internal error"), qPrintable(reply->error().message));
    }

    void unknownModel()
    {
        m_server->setModels({FakeModel{QStringLiteral("gemini-2.0-flash"), 1048576}});
        ChatReply *reply = chat(userRequest(QStringLiteral("gemini-9-ultra"), QStringLiteral("hi")));
        QVERIFY(reply);
        QCOMPARE(reply->error().kind, ProviderError::Kind::ModelNotFound);
        QVERIFY2(reply->error().message.contains(u"gemini-9-ultra"), qPrintable(reply->error().message));
    }

    void structuredOutputDropsKeywordsGeminiRejects()
    {
        const QJsonObject schema{
            {QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("additionalProperties"), false},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("files"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                      {QStringLiteral("items"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                   {QStringLiteral("additionalProperties"), false}}}}}}},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("files")}}};
        ScriptedReply script;
        script.chunks = {QStringLiteral("{\"files\":[]}")};
        m_server->enqueueChat(script);
        ChatRequest request = userRequest(QStringLiteral("gemini-2.0-flash"), QStringLiteral("plan"));
        request.jsonSchema = schema;
        QVERIFY(chat(request));
        const QJsonObject config = m_server->lastChatRequest().json().value(u"generationConfig").toObject();
        QCOMPARE(config.value(u"responseMimeType").toString(), QStringLiteral("application/json"));
        const QJsonObject sent = config.value(u"responseSchema").toObject();
        QVERIFY(!sent.contains(u"$schema"));
        QVERIFY(!sent.contains(u"additionalProperties"));
        QCOMPARE(sent.value(u"required").toArray(), QJsonArray{QStringLiteral("files")});
        const QJsonObject items =
            sent.value(u"properties").toObject().value(u"files").toObject().value(u"items").toObject();
        QCOMPARE(items, (QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}));
    }

    void listsGenerativeModelsAcrossPages()
    {
        m_server->setModelPageSize(2);
        FakeModel embedding{QStringLiteral("text-embedding-004"), 2048};
        embedding.supportsGenerate = false;
        m_server->setModels({FakeModel{QStringLiteral("gemini-2.0-flash"), 1048576}, embedding,
                             FakeModel{QStringLiteral("gemini-1.5-pro"), 2097152},
                             FakeModel{QStringLiteral("gemini-2.5-flash"), 1048576}});
        ModelListReply *reply = m_client->listModels();
        QVERIFY(waitForFinished(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QStringList ids;
        for (const ModelInfo &model : reply->models())
            ids.append(model.id);
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("gemini-1.5-pro"), QStringLiteral("gemini-2.0-flash"),
                              QStringLiteral("gemini-2.5-flash")}));
        QCOMPARE(reply->models().at(0).contextLength.value_or(-1), 2097152);
        QVERIFY(m_server->requests("/v1beta/models").size() >= 2);
        for (const RecordedRequest &request : m_server->requests())
            QVERIFY(!request.path.contains(geminiKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(GeminiClientTest)
#include "GeminiClientTest.moc"
