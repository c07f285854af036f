#include "llm/NdjsonDecoder.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QtTest/QTest>

using Pygen::NdjsonDecoder;

namespace {

struct Decoded
{
    QList<QByteArray> lines;
    bool overflowed = false;
};

// Feeds `input` in pieces that end at `cuts` (offsets into it), then finishes.
Decoded decodeInPieces(QByteArrayView input, const QList<qsizetype> &cuts,
                       qsizetype maximum = NdjsonDecoder::defaultMaximumLineBytes)
{
    NdjsonDecoder decoder(maximum);
    Decoded decoded;
    qsizetype start = 0;
    for (const qsizetype cut : cuts) {
        decoded.lines += decoder.feed(input.sliced(start, cut - start));
        start = cut;
    }
    decoded.lines += decoder.feed(input.sliced(start));
    decoded.lines += decoder.finish();
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

// Whole, cut in two at every byte, and one byte at a time: the lines must never depend on how
// the network happened to split the reply.
void checkEverySplit(QByteArrayView input, const QList<QByteArray> &expected, bool expectOverflow,
                     qsizetype maximum = NdjsonDecoder::defaultMaximumLineBytes)
{
    Decoded whole = decodeInPieces(input, {}, maximum);
    QCOMPARE(whole.lines, expected);
    QCOMPARE(whole.overflowed, expectOverflow);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const Decoded split = decodeInPieces(input, {cut}, maximum);
        QVERIFY2(split.lines == expected && split.overflowed == expectOverflow,
                 qPrintable(QStringLiteral("different result when cut at byte %1").arg(cut)));
    }
    const Decoded bytewise = decodeInPieces(input, everyByte(input), maximum);
    QCOMPARE(bytewise.lines, expected);
    QCOMPARE(bytewise.overflowed, expectOverflow);
}

QByteArray ollamaLine(QByteArrayView token)
{
    return R"({"model":"m","message":{"role":"assistant","content":")" + token.toByteArray() + R"("},"done":false})";
}

} // namespace

class NdjsonDecoderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArray>>("expected");

        using Lines = QList<QByteArray>;
        QTest::newRow("empty stream") << QByteArray() << Lines{};
        QTest::newRow("one line") << QByteArray("{\"a\":1}\n") << Lines{"{\"a\":1}"};
        QTest::newRow("CRLF") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n") << Lines{"{\"a\":1}", "{\"b\":2}"};
        QTest::newRow("several lines in one read") << QByteArray("1\n2\n3\n") << Lines{"1", "2", "3"};
        QTest::newRow("tail without final newline")
            << QByteArray("1\n{\"done\":true}") << Lines{"1", "{\"done\":true}"};
        QTest::newRow("tail with a lone CR") << QByteArray("1\r\n2\r") << Lines{"1", "2"};
        QTest::newRow("blank tail") << QByteArray("1\n \t ") << Lines{"1"};
        QTest::newRow("whitespace-only lines skipped") << QByteArray("\n  \n\t\r\n{}\n\r\n\n") << Lines{"{}"};
        QTest::newRow("surrounding spaces kept") << QByteArray(" {} \n") << Lines{" {} "};
        QTest::newRow("lone CR is no terminator") << QByteArray("a\rb\n") << Lines{"a\rb"};
        QTest::newRow("byte order mark skipped") << QByteArray("\xef\xbb\xbf{}\n[]\n") << Lines{"{}", "[]"};
        QTest::newRow("byte order mark alone") << QByteArray("\xef\xbb\xbf") << Lines{};
        QTest::newRow("byte order mark then blank line") << QByteArray("\xef\xbb\xbf\r\n{}") << Lines{"{}"};
        QTest::newRow("byte order mark later is data")
            << QByteArray("{}\n\xef\xbb\xbf[]\n") << Lines{"{}", "\xef\xbb\xbf[]"};
        QTest::newRow("start of a byte order mark is data") << QByteArray("\xef\xbbx\n") << Lines{"\xef\xbbx"};
        QTest::newRow("start of a byte order mark at the end") << QByteArray("\xef\xbb") << Lines{"\xef\xbb"};
        QTest::newRow("multi-byte UTF-8")
            << QByteArray(
                   "{\"c\":\"h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}\n{\"c\":\"\xe2\x82\xac\"}")
            << Lines{"{\"c\":\"h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}", "{\"c\":\"\xe2\x82\xac\"}"};
        QTest::newRow("Ollama stream") << QByteArray(ollamaLine("Hel") + '\n' + ollamaLine("lo")
                                                     + "\n{\"done\":true}\n")
                                       << Lines{ollamaLine("Hel"), ollamaLine("lo"), "{\"done\":true}"};
    }

    void decodesLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArray>, expected);
        checkEverySplit(input, expected, false);
    }

    // Each character must come out whole wherever the read boundary falls inside it.
    void reassemblesSplitUtf8()
    {
        const QString text = QStringLiteral("caf\u00e9 \u65e5\u672c\u8a9e \U0001F600\U0001F680 \u20ac");
        const QByteArray line = "{\"content\":\"" + text.toUtf8() + "\"}";
        const QByteArray input = line + '\n' + line;
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            const Decoded decoded = decodeInPieces(input, {cut});
            QCOMPARE(decoded.lines.size(), 2);
            for (const QByteArray &decodedLine : decoded.lines) {
                QStringDecoder toUtf16(QStringDecoder::Utf8);
                const QString decodedText = toUtf16(decodedLine);
                QVERIFY2(!toUtf16.hasError(), qPrintable(QStringLiteral("broken UTF-8 when cut at byte %1").arg(cut)));
                QCOMPARE(decodedText, QStringLiteral("{\"content\":\"") + text + QStringLiteral("\"}"));
            }
        }
        QCOMPARE(decodeInPieces(input, everyByte(input)).lines, (QList<QByteArray>{line, line}));
    }

    void overflows_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("maximum");
        QTest::addColumn<QList<QByteArray>>("expected");
        QTest::addColumn<bool>("overflows");

        using Lines = QList<QByteArray>;
        QTest::newRow("exactly the maximum") << QByteArray("12345678\n") << qsizetype(8) << Lines{"12345678"} << false;
        QTest::newRow("exactly the maximum with CRLF")
            << QByteArray("12345678\r\n") << qsizetype(8) << Lines{"12345678"} << false;
        QTest::newRow("exactly the maximum as the tail")
            << QByteArray("12345678") << qsizetype(8) << Lines{"12345678"} << false;
        QTest::newRow("one byte over") << QByteArray("123456789\n") << qsizetype(8) << Lines{} << true;
        QTest::newRow("one byte over, CR not followed by LF")
            << QByteArray("12345678\rx\n") << qsizetype(8) << Lines{} << true;
        QTest::newRow("tail over") << QByteArray("1\n123456789") << qsizetype(8) << Lines{"1"} << true;
        QTest::newRow("lines before it are kept, none after")
            << QByteArray("1\n2\n123456789abc\n3\n4") << qsizetype(8) << Lines{"1", "2"} << true;
        QTest::newRow("blank lines count too") << QByteArray("1\n         \n2\n") << qsizetype(8) << Lines{"1"} << true;
    }

    void overflows()
    {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, maximum);
        QFETCH(QList<QByteArray>, expected);
        QFETCH(bool, overflows);
        // Each of the many decoders warns; overflowDropsTheRestAndReleasesMemory() checks the warning.
        QLoggingCategory::setFilterRules(QStringLiteral("pygen.llm.warning=false"));
        const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        checkEverySplit(input, expected, overflows, maximum);
    }

    void overflowDropsTheRestAndReleasesMemory()
    {
        NdjsonDecoder decoder(1024);
        const QByteArray start = QByteArray("ok\n") + QByteArray(1000, 'x');
        QCOMPARE(decoder.feed(start), QList<QByteArray>{"ok"});
        QCOMPARE(decoder.bufferedBytes(), 1000);
        QVERIFY(!decoder.hasOverflowed());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("exceeds 1024 bytes")));
        QVERIFY(decoder.feed(QByteArray(100, 'x')).isEmpty());
        QVERIFY(decoder.hasOverflowed());
        QCOMPARE(decoder.bufferedBytes(), 0);
        QVERIFY(decoder.feed("\nfine\n").isEmpty());
        QVERIFY(decoder.finish().isEmpty());
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void keepsOnlyTheUnfinishedLine()
    {
        NdjsonDecoder decoder;
        QVERIFY(decoder.feed("{\"a\":").isEmpty());
        QCOMPARE(decoder.bufferedBytes(), 5);
        QCOMPARE(decoder.feed("1}\n{\"b\""), QList<QByteArray>{"{\"a\":1}"});
        QCOMPARE(decoder.bufferedBytes(), 4);
        QCOMPARE(decoder.peakBufferedBytes(), 7);
        QCOMPARE(decoder.finish(), QList<QByteArray>{"{\"b\""});
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void finishEndsTheStream()
    {
        NdjsonDecoder decoder;
        QCOMPARE(decoder.feed("1\n2"), QList<QByteArray>{"1"});
        QCOMPARE(decoder.finish(), QList<QByteArray>{"2"});
        QVERIFY(decoder.feed("3\n").isEmpty());
        QVERIFY(decoder.finish().isEmpty());
    }

    // 50 MB of short lines in 64 KB reads: what is held stays about one line, however long the
    // reply, and a long line is held whole only while it lasts.
    void memoryStaysBounded()
    {
        QByteArray block;
        for (int i = 0; block.size() < 1024 * 1024; ++i)
            block += ollamaLine(QByteArray::number(i)) + (i % 2 ? "\r\n" : "\n");
        const QByteArray twice = block + block;
        constexpr qsizetype readSize = 64 * 1024;
        constexpr qsizetype total = 50 * 1024 * 1024;

        NdjsonDecoder decoder;
        qsizetype lines = 0;
        for (qsizetype position = 0; position < total; position += readSize)
            lines += decoder.feed(QByteArrayView(twice).sliced(position % block.size(), readSize)).size();
        QVERIFY2(decoder.peakBufferedBytes() < 1024, qPrintable(QString::number(decoder.peakBufferedBytes())));
        QVERIFY(decoder.peakBufferedBytes() > 0);
        lines += decoder.finish().size();
        const QByteArray end = block.first(total % block.size());
        const bool blankTail = end.sliced(end.lastIndexOf('\n') + 1).trimmed().isEmpty();
        QCOMPARE(lines, total / block.size() * block.count('\n') + end.count('\n') + (blankTail ? 0 : 1));

        const QByteArray longLine = '"' + QByteArray(3 * 1024 * 1024, 'x') + '"';
        NdjsonDecoder fresh;
        for (qsizetype position = 0; position < longLine.size(); position += readSize)
            QVERIFY(fresh.feed(QByteArrayView(longLine).sliced(position, qMin(readSize, longLine.size() - position)))
                        .isEmpty());
        QCOMPARE(fresh.bufferedBytes(), longLine.size());
        QCOMPARE(fresh.feed("\n"), QList<QByteArray>{longLine});
        QCOMPARE(fresh.bufferedBytes(), 0);
        QCOMPARE(fresh.peakBufferedBytes(), longLine.size());
    }
};

QTEST_GUILESS_MAIN(NdjsonDecoderTest)
#include "NdjsonDecoderTest.moc"
