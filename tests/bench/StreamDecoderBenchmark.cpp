#include "llm/NdjsonDecoder.h"
#include "llm/ServerSentEventDecoder.h"

#include <QElapsedTimer>
#include <QtTest/QTest>

#include <algorithm>

using Pygen::NdjsonDecoder;
using Pygen::ServerSentEventDecoder;

namespace {

enum class Format { Ndjson, ServerSentEvents };

QByteArrayView token(int index)
{
    static constexpr QByteArrayView tokens[] = {"The", " model", " writes", " caf\xc3\xa9", " \xe6\x97\xa5\xe6\x9c\xac",
                                                "\\n", " def",   " main",   "():",          " \xf0\x9f\x9a\x80"};
    return tokens[index % std::size(tokens)];
}

// Ollama's /api/chat lines, or OpenAI's chat completion chunks with Anthropic-style typed
// events and keep-alives mixed in, until the stream is at least `size` bytes.
QByteArray stream(Format format, qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size + 256);
    for (int i = 0; bytes.size() < size; ++i) {
        if (format == Format::Ndjson) {
            bytes +=
                R"({"model":"m","message":{"role":"assistant","content":")" + token(i) + R"("},"done":false})" + '\n';
        } else if (i % 50 == 49) {
            bytes += ": keep-alive\n\n";
        } else if (i % 5 == 4) {
            bytes += "event: content_block_delta\r\ndata: "
                     R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":")"
                + token(i) + R"("}})" + "\r\n\r\n";
        } else {
            bytes += R"(data: {"choices":[{"delta":{"content":")" + token(i) + R"("}}]})" + "\n\n";
        }
    }
    return bytes;
}

qsizetype expectedUnits(Format format, const QByteArray &bytes)
{
    return format == Format::Ndjson ? bytes.count('\n') : bytes.count("data: ");
}

// Feeds every piece and finishes; returns the number of lines or events.
qsizetype decode(Format format, const QList<QByteArrayView> &pieces)
{
    qsizetype units = 0;
    if (format == Format::Ndjson) {
        NdjsonDecoder decoder;
        for (const QByteArrayView piece : pieces)
            units += decoder.feed(piece).size();
        units += decoder.finish().size();
    } else {
        ServerSentEventDecoder decoder;
        for (const QByteArrayView piece : pieces)
            units += decoder.feed(piece).size();
        units += decoder.finish().size();
    }
    return units;
}

QList<QByteArrayView> cut(const QByteArray &bytes, qsizetype pieceCount)
{
    QList<QByteArrayView> pieces;
    pieces.reserve(pieceCount);
    qsizetype start = 0;
    for (qsizetype i = 1; i <= pieceCount; ++i) {
        const qsizetype end = bytes.size() * i / pieceCount;
        pieces.append(QByteArrayView(bytes).sliced(start, end - start));
        start = end;
    }
    return pieces;
}

} // namespace

Q_DECLARE_METATYPE(Format)

// How fast streamed replies are cut into lines and events: a provider-like stream in
// network-sized reads, and a reply that trickles in as tiny fragments, which is where rescanning
// or shifting the buffer would show up as quadratic time.
class StreamDecoderBenchmark final : public QObject
{
    Q_OBJECT

private:
    struct Figures
    {
        QString row;
        qsizetype bytes = 0;
        qsizetype reads = 0;
        QList<qint64> nanoseconds;
    };

    static double median(QList<qint64> nanoseconds)
    {
        std::sort(nanoseconds.begin(), nanoseconds.end());
        return double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6;
    }

    // Runs the benchmark, keeps every iteration's time for the MB/s summary, and checks the goal.
    void measure(Format format, const QByteArray &bytes, const QList<QByteArrayView> &pieces,
                 double maximumMilliseconds)
    {
        const QString row =
            QString::fromUtf8(QTest::currentTestFunction()) + u'/' + QString::fromUtf8(QTest::currentDataTag());
        auto figures = std::find_if(m_figures.begin(), m_figures.end(), [&](const Figures &f) { return f.row == row; });
        if (figures == m_figures.end())
            figures = m_figures.insert(m_figures.end(), Figures{row, bytes.size(), pieces.size(), {}});

        const qsizetype expected = expectedUnits(format, bytes);
        QList<qint64> nanoseconds;
        QBENCHMARK {
            QElapsedTimer timer;
            timer.start();
            const qsizetype units = decode(format, pieces);
            nanoseconds.append(timer.nsecsElapsed());
            QCOMPARE(units, expected);
        }
        figures->nanoseconds += nanoseconds;
#ifdef NDEBUG
        // The goal, for optimised builds: far above what the decoders take, so crossing it means
        // something went quadratic rather than that the machine was busy.
        const double milliseconds = median(nanoseconds);
        QVERIFY2(milliseconds < maximumMilliseconds,
                 qPrintable(QStringLiteral("%1 ms, more than %2 ms").arg(milliseconds).arg(maximumMilliseconds)));
#else
        Q_UNUSED(maximumMilliseconds)
#endif
    }

    QList<Figures> m_figures;

private Q_SLOTS:
    // QBENCHMARK gives milliseconds; throughput is easier to judge in MB/s.
    void cleanupTestCase()
    {
        for (const Figures &figures : std::as_const(m_figures)) {
            const double milliseconds = median(figures.nanoseconds);
            const double megabytes = double(figures.bytes) / (1024.0 * 1024.0);
            qInfo("%-60s %5.1f MB in %6lld reads: %8.2f ms, %6.0f MB/s (median of %lld)", qPrintable(figures.row),
                  megabytes, qlonglong(figures.reads), milliseconds, megabytes / (milliseconds / 1000.0),
                  qlonglong(figures.nanoseconds.size()));
        }
    }

    void providerStream_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<qsizetype>("readSize");

        QTest::newRow("NDJSON, 16 KB reads") << Format::Ndjson << qsizetype(16 * 1024);
        QTest::newRow("SSE, 16 KB reads") << Format::ServerSentEvents << qsizetype(16 * 1024);
        QTest::newRow("NDJSON, 1460-byte reads") << Format::Ndjson << qsizetype(1460);
        QTest::newRow("SSE, 1460-byte reads") << Format::ServerSentEvents << qsizetype(1460);
    }

    // Goal: at least 50 MB/s.
    void providerStream()
    {
        QFETCH(Format, format);
        QFETCH(qsizetype, readSize);
        const QByteArray bytes = stream(format, 16 * 1024 * 1024);
        const double megabytes = double(bytes.size()) / (1024.0 * 1024.0);
        measure(format, bytes, cut(bytes, (bytes.size() + readSize - 1) / readSize), megabytes / 50.0 * 1000.0);
    }

    void megabyteInHundredThousandFragments_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("NDJSON") << Format::Ndjson;
        QTest::newRow("SSE") << Format::ServerSentEvents;
    }

    // Goal: under 200 ms.
    void megabyteInHundredThousandFragments()
    {
        QFETCH(Format, format);
        const QByteArray bytes = stream(format, 1024 * 1024);
        measure(format, bytes, cut(bytes, 100'000), 200.0);
    }
};

QTEST_GUILESS_MAIN(StreamDecoderBenchmark)
#include "StreamDecoderBenchmark.moc"
