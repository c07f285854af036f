#include "llm/ServerSentEventDecoder.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using Pygen::ServerSentEvent;
using Pygen::ServerSentEventDecoder;

Q_DECLARE_METATYPE(Pygen::ServerSentEvent)

namespace {

using Events = QList<ServerSentEvent>;

ServerSentEvent sse(QByteArray data, QByteArray type = {}, QByteArray id = {})
{
    return ServerSentEvent{std::move(type), std::move(data), std::move(id)};
}

// Readable in a failure message, and compared as a list so QCOMPARE names the first difference.
QStringList describe(const Events &events)
{
    QStringList descriptions;
    for (const ServerSentEvent &each : events) {
        descriptions.append(QStringLiteral("event=%1 data=%2 id=%3")
                                .arg(QString::fromLatin1(each.event.toPercentEncoding()),
                                     QString::fromLatin1(each.data.toPercentEncoding()),
                                     QString::fromLatin1(each.id.toPercentEncoding())));
    }
    return descriptions;
}

struct Decoded
{
    Events events;
    int comments = 0;
    bool overflowed = false;
};

// Feeds `input` in pieces that end at `cuts` (offsets into it), then finishes.
Decoded decodeInPieces(QByteArrayView input, const QList<qsizetype> &cuts,
                       qsizetype maximum = ServerSentEventDecoder::defaultMaximumEventBytes)
{
    ServerSentEventDecoder decoder(maximum);
    Decoded decoded;
    qsizetype start = 0;
    for (const qsizetype cut : cuts) {
        decoded.events += decoder.feed(input.sliced(start, cut - start));
        start = cut;
    }
    decoded.events += decoder.feed(input.sliced(start));
    decoded.events += decoder.finish();
    decoded.comments = decoder.commentCount();
    decoded.overflowed = decoder.hasOverflowed();
    if (decoder.bufferedBytes() != 0)
        qWarning("bytes left buffered after finish()");
    return decoded;
}

QList<qsizetype> everyByte(QByteArrayView input)
{
    QList<qsizetype> cuts;
    for (qsizetype cut = 1; cut < input.size(); ++cut)
        cuts.append(cut);
    return cuts;
}

// Whole, cut in two at every byte, and one byte at a time: the events must never depend on how
// the network happened to split the reply.
void checkEverySplit(QByteArrayView input, const Events &expected, int expectedComments, bool expectOverflow,
                     qsizetype maximum = ServerSentEventDecoder::defaultMaximumEventBytes)
{
    const Decoded whole = decodeInPieces(input, {}, maximum);
    QCOMPARE(describe(whole.events), describe(expected));
    QCOMPARE(whole.comments, expectedComments);
    QCOMPARE(whole.overflowed, expectOverflow);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const Decoded split = decodeInPieces(input, {cut}, maximum);
        QVERIFY2(split.events == expected && split.comments == expectedComments && split.overflowed == expectOverflow,
                 qPrintable(QStringLiteral("different result when cut at byte %1: %2")
                                .arg(cut)
                                .arg(describe(split.events).join(QStringLiteral(" | ")))));
    }
    const Decoded bytewise = decodeInPieces(input, everyByte(input), maximum);
    QCOMPARE(describe(bytewise.events), describe(expected));
    QCOMPARE(bytewise.comments, expectedComments);
    QCOMPARE(bytewise.overflowed, expectOverflow);
}

QByteArray openAiEvent(QByteArrayView token)
{
    return R"(data: {"choices":[{"delta":{"content":")" + token.toByteArray() + R"("}}]})" + "\n\n";
}

} // namespace

class ServerSentEventDecoderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEvents_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Events>("expected");
        QTest::addColumn<int>("comments");

        QTest::newRow("empty stream") << QByteArray() << Events{} << 0;
        QTest::newRow("LF") << QByteArray("data: a\n\n") << Events{sse("a")} << 0;
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\n") << Events{sse("a")} << 0;
        QTest::newRow("lone CR") << QByteArray("data: a\r\r") << Events{sse("a")} << 0;
        // Read as two terminators, the CRLF would make a blank line and split the event.
        QTest::newRow("CRLF between data lines")
            << QByteArray("data: a\r\ndata: b\r\n\r\n") << Events{sse("a\nb")} << 0;
        QTest::newRow("mixed terminators")
            << QByteArray("data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\n\n") << Events{sse("a\nb\nc"), sse("d")} << 0;
        QTest::newRow("several events in one read")
            << QByteArray("data: 1\n\ndata: 2\n\ndata: 3\n\n") << Events{sse("1"), sse("2"), sse("3")} << 0;
        QTest::newRow("multi-line data") << QByteArray("data: {\ndata:   \"a\": 1\ndata: }\n\n")
                                         << Events{sse("{\n  \"a\": 1\n}")} << 0;
        QTest::newRow("data: without space") << QByteArray("data:x\n\n") << Events{sse("x")} << 0;
        QTest::newRow("only one space removed") << QByteArray("data:  x \n\n") << Events{sse(" x ")} << 0;
        QTest::newRow("colon in the value kept") << QByteArray("data: a: b\n\n") << Events{sse("a: b")} << 0;
        QTest::newRow("empty data") << QByteArray("data:\n\n") << Events{sse("")} << 0;
        QTest::newRow("field name alone is empty data") << QByteArray("data\n\n") << Events{sse("")} << 0;
        QTest::newRow("empty data lines joined") << QByteArray("data:\ndata\n\n") << Events{sse("\n")} << 0;
        QTest::newRow("no data lines, no event") << QByteArray("event: ping\n\ndata: x\n\n") << Events{sse("x")} << 0;
        QTest::newRow("blank lines alone") << QByteArray("\n\n\r\n\r") << Events{} << 0;
        QTest::newRow("keep-alive comments")
            << QByteArray(": keep-alive\n\n:\n\ndata: x\n: inside\n\n: ping\r\n\r\n") << Events{sse("x")} << 4;
        QTest::newRow("event type") << QByteArray("event: content_block_delta\ndata: {}\n\n")
                                    << Events{sse("{}", "content_block_delta")} << 0;
        QTest::newRow("event type last one wins")
            << QByteArray("event: a\nevent: b\ndata: 1\n\n") << Events{sse("1", "b")} << 0;
        QTest::newRow("event type reset after dispatch")
            << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n") << Events{sse("1", "a"), sse("2")} << 0;
        QTest::newRow("id carries over") << QByteArray("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
                                         << Events{sse("a", {}, "7"), sse("b", {}, "7"), sse("c")} << 0;
        QTest::newRow("id with NUL ignored") << "id: 1\nid: 2\0x\ndata: a\n\n"_ba << Events{sse("a", {}, "1")} << 0;
        QTest::newRow("retry and unknown fields ignored")
            << QByteArray("retry: 1000\nfoo: bar\nDATA: no\ndata : no\ndata: x\n\n") << Events{sse("x")} << 0;
        QTest::newRow("tail without blank line")
            << QByteArray("data: 1\n\ndata: last") << Events{sse("1"), sse("last")} << 0;
        QTest::newRow("tail with one line end")
            << QByteArray("event: e\ndata: last\r\n") << Events{sse("last", "e")} << 0;
        QTest::newRow("comment tail") << QByteArray("data: 1\n\n: bye") << Events{sse("1")} << 1;
        QTest::newRow("byte order mark skipped") << QByteArray("\xef\xbb\xbf"
                                                               "data: x\n\n")
                                                 << Events{sse("x")} << 0;
        QTest::newRow("byte order mark alone") << QByteArray("\xef\xbb\xbf") << Events{} << 0;
        // After the start the mark is part of the field name, which then is no known field.
        QTest::newRow("byte order mark later is data") << QByteArray("data: x\n\n\xef\xbb\xbf"
                                                                     "data: y\n\n")
                                                       << Events{sse("x")} << 0;
        QTest::newRow("start of a byte order mark is data") << QByteArray("\xef\xbb"
                                                                          "data: y\n\ndata: z\n\n")
                                                            << Events{sse("z")} << 0;
        QTest::newRow("multi-byte UTF-8")
            << QByteArray("data: {\"c\":\"h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}\n\n")
            << Events{sse("{\"c\":\"h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}")} << 0;
        QTest::newRow("OpenAI stream") << QByteArray(openAiEvent("Hel") + openAiEvent("lo") + ": keep-alive\n\n"
                                                     + "data: [DONE]\n\n")
                                       << Events{sse(openAiEvent("Hel").sliced(6).chopped(2)),
                                                 sse(openAiEvent("lo").sliced(6).chopped(2)), sse("[DONE]")}
                                       << 1;
    }

    void decodesEvents()
    {
        QFETCH(QByteArray, input);
        QFETCH(Events, expected);
        QFETCH(int, comments);
        checkEverySplit(input, expected, comments, false);
    }

    // Each character must come out whole wherever the read boundary falls inside it.
    void reassemblesSplitUtf8()
    {
        const QString text = QStringLiteral("caf\u00e9 \u65e5\u672c\u8a9e \U0001F600\U0001F680 \u20ac");
        const QByteArray data = "{\"content\":\"" + text.toUtf8() + "\"}";
        const QByteArray input = "data: " + data + "\r\n\r\ndata: " + data + "\r\n\r\n";
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            const Decoded decoded = decodeInPieces(input, {cut});
            QCOMPARE(decoded.events.size(), 2);
            for (const ServerSentEvent &each : decoded.events) {
                QStringDecoder toUtf16(QStringDecoder::Utf8);
                const QString decodedText = toUtf16(each.data);
                QVERIFY2(!toUtf16.hasError(), qPrintable(QStringLiteral("broken UTF-8 when cut at byte %1").arg(cut)));
                QCOMPARE(decodedText, QStringLiteral("{\"content\":\"") + text + QStringLiteral("\"}"));
            }
        }
        QCOMPARE(describe(decodeInPieces(input, everyByte(input)).events), describe({sse(data), sse(data)}));
    }

    void overflows_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("maximum");
        QTest::addColumn<Events>("expected");
        QTest::addColumn<bool>("overflows");

        QTest::newRow("line of exactly the maximum")
            << QByteArray("data: 0123456789\r\n\r\n") << qsizetype(16) << Events{sse("0123456789")} << false;
        QTest::newRow("event of exactly the maximum")
            << QByteArray("data: 0\ndata: 12\n\n") << qsizetype(9) << Events{sse("0\n12")} << false;
        QTest::newRow("line one byte over") << QByteArray("data: 0123456789a\n\n") << qsizetype(16) << Events{} << true;
        QTest::newRow("comment over") << QByteArray(": 0123456789abcdef\n\ndata: x\n\n") << qsizetype(16) << Events{}
                                      << true;
        QTest::newRow("data lines add up")
            << QByteArray("data: 12345678\ndata: 12345678\n\n") << qsizetype(16) << Events{} << true;
        QTest::newRow("tail over") << QByteArray("data: 1\n\ndata: 0123456789abcdef") << qsizetype(16)
                                   << Events{sse("1")} << true;
        QTest::newRow("events before it are kept, none after")
            << QByteArray("data: a\n\ndata: 0123456789abcdef\n\ndata: b\n\n") << qsizetype(16) << Events{sse("a")}
            << true;
    }

    void overflows()
    {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, maximum);
        QFETCH(Events, expected);
        QFETCH(bool, overflows);
        // Each of the many decoders warns; overflowDropsTheRestAndReleasesMemory() checks the warning.
        QLoggingCategory::setFilterRules(QStringLiteral("pygen.llm.warning=false"));
        const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        checkEverySplit(input, expected, 0, overflows, maximum);
    }

    void overflowDropsTheRestAndReleasesMemory()
    {
        ServerSentEventDecoder decoder(1024);
        const QByteArray start = "data: ok\n\ndata: " + QByteArray(500, 'x') + "\ndata: " + QByteArray(400, 'y');
        QCOMPARE(describe(decoder.feed(start)), describe({sse("ok")}));
        QCOMPARE(decoder.bufferedBytes(), 500 + 6 + 400);
        QVERIFY(!decoder.hasOverflowed());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("exceeds 1024 bytes")));
        QVERIFY(decoder.feed(QByteArray(200, 'y')).isEmpty());
        QVERIFY(decoder.hasOverflowed());
        QCOMPARE(decoder.bufferedBytes(), 0);
        QVERIFY(decoder.feed("\n\ndata: fine\n\n").isEmpty());
        QVERIFY(decoder.finish().isEmpty());
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void keepsOnlyTheEventBeingAssembled()
    {
        ServerSentEventDecoder decoder;
        QVERIFY(decoder.feed("event: e\ndata: ab").isEmpty());
        QCOMPARE(decoder.bufferedBytes(), 1 + 8);
        QVERIFY(decoder.feed("c\n").isEmpty());
        QCOMPARE(decoder.bufferedBytes(), 1 + 3);
        QCOMPARE(describe(decoder.feed("\ndata: d")), describe({sse("abc", "e")}));
        QCOMPARE(decoder.bufferedBytes(), 7);
        QCOMPARE(decoder.peakBufferedBytes(), 1 + 9);
        QCOMPARE(describe(decoder.finish()), describe({sse("d")}));
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void countsComments()
    {
        ServerSentEventDecoder decoder;
        QVERIFY(decoder.feed(": keep-alive\r").isEmpty());
        QCOMPARE(decoder.commentCount(), 1);
        QVERIFY(decoder.feed("\n:\n:").isEmpty());
        QCOMPARE(decoder.commentCount(), 2);
        QVERIFY(decoder.finish().isEmpty());
        QCOMPARE(decoder.commentCount(), 3);
    }

    void finishEndsTheStream()
    {
        ServerSentEventDecoder decoder;
        QCOMPARE(describe(decoder.feed("data: 1\n\ndata: 2")), describe({sse("1")}));
        QCOMPARE(describe(decoder.finish()), describe({sse("2")}));
        QVERIFY(decoder.feed("data: 3\n\n").isEmpty());
        QVERIFY(decoder.finish().isEmpty());
    }

    // 50 MB of small events in 64 KB reads: what is held stays about one event, however long the
    // reply, and a long event is held whole only while it lasts.
    void memoryStaysBounded()
    {
        QByteArray block;
        for (int i = 0; block.size() < 1024 * 1024; ++i)
            block += openAiEvent(QByteArray::number(i)) + (i % 3 ? "" : ": keep-alive\r\n\r\n");
        const QByteArray twice = block + block;
        constexpr qsizetype readSize = 64 * 1024;
        constexpr qsizetype total = 50 * 1024 * 1024;

        ServerSentEventDecoder decoder;
        qsizetype events = 0;
        for (qsizetype position = 0; position < total; position += readSize)
            events += decoder.feed(QByteArrayView(twice).sliced(position % block.size(), readSize)).size();
        QVERIFY2(decoder.peakBufferedBytes() < 1024, qPrintable(QString::number(decoder.peakBufferedBytes())));
        QVERIFY(decoder.peakBufferedBytes() > 0);
        events += decoder.finish().size();
        const QByteArray end = block.first(total % block.size());
        const qsizetype lastEnd = end.lastIndexOf("\n\n") + 2;
        const bool tailHasData = end.sliced(lastEnd).startsWith("data:");
        QCOMPARE(events,
                 total / block.size() * block.count("data:") + end.first(lastEnd).count("data:")
                     + (tailHasData ? 1 : 0));

        const QByteArray longData(3 * 1024 * 1024, 'x');
        const QByteArray longEvent = "data: " + longData + "\ndata: " + longData + "\n";
        ServerSentEventDecoder fresh;
        for (qsizetype position = 0; position < longEvent.size(); position += readSize)
            QVERIFY(fresh.feed(QByteArrayView(longEvent).sliced(position, qMin(readSize, longEvent.size() - position)))
                        .isEmpty());
        QCOMPARE(fresh.bufferedBytes(), 2 * longData.size() + 1);
        QCOMPARE(describe(fresh.feed("\n")), describe({sse(longData + '\n' + longData)}));
        QCOMPARE(fresh.bufferedBytes(), 0);
        // The second line is held whole, with its "data: ", before it joins the first.
        QCOMPARE(fresh.peakBufferedBytes(), 2 * longData.size() + 6);
    }
};

QTEST_GUILESS_MAIN(ServerSentEventDecoderTest)
#include "ServerSentEventDecoderTest.moc"
