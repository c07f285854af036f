#include "llm/GeminiChatStreamParser.h"
#include "llm/OllamaChatStreamParser.h"
#include "llm/OpenAiChatStreamParser.h"

#include <QtTest/QTest>

#include <memory>

using namespace Pygen;

Q_DECLARE_METATYPE(Pygen::FinishReason)
Q_DECLARE_METATYPE(Pygen::ProviderError::Kind)

namespace {

std::unique_ptr<ChatStreamParser> parserFor(const QString &provider)
{
    const ProviderConfiguration configuration = ProviderConfiguration::forPreset(*ProviderPreset::find(provider), {});
    if (provider == u"ollama")
        return std::make_unique<OllamaChatStreamParser>(configuration);
    if (provider == u"gemini")
        return std::make_unique<GeminiChatStreamParser>(configuration);
    return std::make_unique<OpenAiChatStreamParser>(configuration);
}

struct Outcome
{
    QString text;
    std::optional<FinishReason> finishReason;
    ProviderError error;
    ChatUsage usage;
    bool complete = false;
};

// Feeds the stream in the given pieces, stopping at the first error as a client would.
Outcome parse(const QString &provider, const QList<QByteArray> &pieces)
{
    const auto parser = parserFor(provider);
    Outcome outcome;
    const auto take = [&outcome](ChatStreamUpdate &update) {
        outcome.text += update.text;
        if (update.finishReason)
            outcome.finishReason = update.finishReason;
        if (update.error.isError() && !outcome.error.isError())
            outcome.error = update.error;
    };
    for (const QByteArray &piece : pieces) {
        ChatStreamUpdate update;
        parser->feed(piece, update);
        take(update);
        if (outcome.error.isError())
            break;
    }
    if (!outcome.error.isError()) {
        ChatStreamUpdate update;
        parser->finish(update);
        take(update);
    }
    outcome.usage = parser->usage();
    outcome.complete = parser->isComplete();
    return outcome;
}

} // namespace

// Every provider's stream format, cut into pieces anywhere: the same text, ending and usage.
class ChatStreamParserTest final : public QObject
{
    Q_OBJECT

private:
    void addStreams()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<FinishReason>("expectedFinish");
        QTest::addColumn<int>("expectedPromptTokens");
        QTest::addColumn<int>("expectedOutputTokens");

        QTest::newRow("ollama")
            << QStringLiteral("ollama")
            << QByteArray(
                   "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"Gr\xc3\xbc\xc3\x9f\"},\"done\":"
                   "false}\n"
                   "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\" "
                   "\xf0\x9f\x90\x8d\"},\"done\":false}\n"
                   "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                   "\"done_reason\":\"stop\",\"prompt_eval_count\":26,\"eval_count\":2,\"eval_duration\":500000000}")
            << QString::fromUtf8("Grüß 🐍") << FinishReason::Stop << 26 << 2;
        QTest::newRow("ollama cut by length, CRLF")
            << QStringLiteral("ollama")
            << QByteArray("{\"message\":{\"role\":\"assistant\",\"content\":\"abc\"},\"done\":false}\r\n"
                          "{\"done\":true,\"done_reason\":\"length\",\"prompt_eval_count\":3,\"eval_count\":1}\r\n")
            << QStringLiteral("abc") << FinishReason::Length << 3 << 1;
        QTest::newRow("openai with usage chunk")
            << QStringLiteral("openai")
            << QByteArray(
                   "data: "
                   "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_"
                   "reason\":null}]}\n\n"
                   "data:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo "
                   "\xc3\xa9\"},\"finish_reason\":null}]}\n\n"
                   "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                   "data: "
                   "{\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":3,\"total_tokens\":12}}\n\n"
                   "data: [DONE]\n\n")
            << QString::fromUtf8("Hello é") << FinishReason::Stop << 9 << 3;
        QTest::newRow("groq usage, CRLF and keep-alives")
            << QStringLiteral("groq")
            << QByteArray(
                   ": keep-alive\r\n\r\n"
                   "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":null}]}\r\n\r\n"
                   ": keep-alive\r\n\r\n"
                   "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}],"
                   "\"x_groq\":{\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":1}}}\r\n\r\n"
                   "data: [DONE]")
            << QStringLiteral("x") << FinishReason::Length << 4 << 1;
        QTest::newRow("openai content filter") << QStringLiteral("openai")
                                               << QByteArray("data: "
                                                             "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"},"
                                                             "\"finish_reason\":\"content_filter\"}]}\n\n"
                                                             "data: [DONE]\n\n")
                                               << QStringLiteral("a") << FinishReason::Filtered << -1 << -1;
        QTest::newRow("gemini") << QStringLiteral("gemini")
                                << QByteArray("data: "
                                              "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Ja\"}],\"role\":"
                                              "\"model\"},\"index\":0}]}\r\n\r\n"
                                              "data: "
                                              "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"hoo\",\"thought\":"
                                              "false},{\"text\":\"!\"}],\"role\":\"model\"},"
                                              "\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{"
                                              "\"promptTokenCount\":5,\"candidatesTokenCount\":2}}\r\n\r\n")
                                << QStringLiteral("Jahoo!") << FinishReason::Stop << 5 << 2;
        QTest::newRow("gemini max tokens, thoughts skipped")
            << QStringLiteral("gemini")
            << QByteArray("data: "
                          "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"thinking\",\"thought\":true},{"
                          "\"text\":\"ok\"}]},"
                          "\"finishReason\":\"MAX_TOKENS\"}],\"usageMetadata\":{\"promptTokenCount\":1,"
                          "\"candidatesTokenCount\":1}}")
            << QStringLiteral("ok") << FinishReason::Length << 1 << 1;
        QTest::newRow("gemini safety")
            << QStringLiteral("gemini")
            << QByteArray(
                   "data: "
                   "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]},\"finishReason\":\"SAFETY\"}]}\n\n")
            << QStringLiteral("a") << FinishReason::Filtered << -1 << -1;
    }

    static void check(const Outcome &outcome)
    {
        QFETCH(QString, expectedText);
        QFETCH(FinishReason, expectedFinish);
        QFETCH(int, expectedPromptTokens);
        QFETCH(int, expectedOutputTokens);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        QCOMPARE(outcome.text, expectedText);
        QVERIFY(outcome.finishReason.has_value());
        QCOMPARE(*outcome.finishReason, expectedFinish);
        QVERIFY(outcome.complete);
        QCOMPARE(outcome.usage.promptTokens.value_or(-1), expectedPromptTokens);
        QCOMPARE(outcome.usage.outputTokens.value_or(-1), expectedOutputTokens);
    }

private Q_SLOTS:
    void wholeStream_data() { addStreams(); }
    void wholeStream()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, stream);
        check(parse(provider, {stream}));
    }

    void splitAtEveryByteBoundary_data() { addStreams(); }
    void splitAtEveryByteBoundary()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, stream);
        for (qsizetype cut = 1; cut < stream.size(); ++cut) {
            const Outcome outcome = parse(provider, {stream.left(cut), stream.mid(cut)});
            check(outcome);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("failed when cut at byte %1").arg(cut)));
        }
    }

    void oneByteAtATime_data() { addStreams(); }
    void oneByteAtATime()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, stream);
        QList<QByteArray> bytes;
        for (const char byte : std::as_const(stream))
            bytes.append(QByteArray(1, byte));
        check(parse(provider, bytes));
    }

    void errorsInsideTheStream_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<ProviderError::Kind>("expectedKind");
        QTest::addColumn<QString>("expectedServerMessage");

        QTest::newRow("ollama error line")
            << QStringLiteral("ollama")
            << QByteArray("{\"message\":{\"content\":\"par\"},\"done\":false}\n{\"error\":\"model runner crashed\"}\n")
            << QStringLiteral("par") << ProviderError::Kind::ServerError << QStringLiteral("model runner crashed");
        QTest::newRow("ollama garbage line")
            << QStringLiteral("ollama") << QByteArray("{\"message\":{\"content\":\"a\"}}\nnot json\n")
            << QStringLiteral("a") << ProviderError::Kind::InvalidResponse << QString();
        QTest::newRow("openai error event")
            << QStringLiteral("openai")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"part\"}}]}\n\n"
                          "data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}\n\n")
            << QStringLiteral("part") << ProviderError::Kind::ServerError << QStringLiteral("overloaded");
        QTest::newRow("openai rate limit event")
            << QStringLiteral("openai")
            << QByteArray("data: {\"error\":{\"message\":\"slow down\",\"code\":\"rate_limit_exceeded\"}}\n\n")
            << QString() << ProviderError::Kind::RateLimited << QStringLiteral("slow down");
        QTest::newRow("gemini error event")
            << QStringLiteral("gemini")
            << QByteArray("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"so\"}]}}]}\r\n\r\n"
                          "data: {\"error\":{\"code\":500,\"message\":\"internal\",\"status\":\"INTERNAL\"}}\r\n\r\n")
            << QStringLiteral("so") << ProviderError::Kind::ServerError << QStringLiteral("internal");
        QTest::newRow("gemini blocked prompt")
            << QStringLiteral("gemini")
            << QByteArray(
                   "data: "
                   "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"},\"usageMetadata\":{\"promptTokenCount\":7}}\n\n")
            << QString() << ProviderError::Kind::ContentBlocked << QStringLiteral("block reason SAFETY");
    }

    void errorsInsideTheStream()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, stream);
        QFETCH(QString, expectedText);
        QFETCH(ProviderError::Kind, expectedKind);
        QFETCH(QString, expectedServerMessage);
        for (qsizetype cut = 1; cut < stream.size(); ++cut) {
            const Outcome outcome = parse(provider, {stream.left(cut), stream.mid(cut)});
            QCOMPARE(outcome.text, expectedText);
            QCOMPARE(outcome.error.kind, expectedKind);
            QVERIFY(!outcome.error.message.isEmpty());
            if (!expectedServerMessage.isEmpty())
                QCOMPARE(outcome.error.serverMessage, expectedServerMessage);
            QVERIFY(!outcome.complete || expectedKind == ProviderError::Kind::InvalidResponse);
        }
    }

    void streamThatStopsEarlyIsNotComplete()
    {
        const Outcome outcome = parse(QStringLiteral("openai"),
                                      {QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"half\"}}]}\n\n")});
        QCOMPARE(outcome.text, QStringLiteral("half"));
        QVERIFY(!outcome.finishReason);
        QVERIFY(!outcome.complete);
    }
};

QTEST_GUILESS_MAIN(ChatStreamParserTest)
#include "ChatStreamParserTest.moc"
