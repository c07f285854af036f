#include "package/FolderExporter.h"
#include "package/Package.h"
#include "package/ZipExporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <algorithm>

using Pygen::ExportResult;
using Pygen::FolderExporter;
using Pygen::Package;
using Pygen::PackageFile;
using Pygen::PackageLimits;
using Pygen::ZipExporter;
using namespace Qt::StringLiterals;

namespace {

constexpr int fileCount = 1000;
constexpr qsizetype totalBytes = 50 * 1024 * 1024;

// Python-like text that compresses about as well as real modules: names, numbers and strings vary
// from line to line, the shapes repeat.
QByteArray pythonLikeModule(QRandomGenerator &random, qsizetype size)
{
    static constexpr const char *words[] = {"station", "reading", "sensor", "value",  "window", "average", "series",
                                            "config",  "request", "parser", "buffer", "result", "record",  "index",
                                            "limit",   "offset",  "stream", "client", "cache",  "token"};
    const auto word = [&random] { return QByteArray(words[random.bounded(int(std::size(words)))]); };
    QByteArray text = "\"\"\"Generated module for the export benchmark.\"\"\"\n\nfrom __future__ import annotations\n\n"
                      "import math\nfrom dataclasses import dataclass\n\n";
    text.reserve(size + 512);
    while (text.size() < size) {
        const QByteArray name = word() + '_' + word();
        const QByteArray number = QByteArray::number(random.bounded(100000));
        text += "\n\ndef " + name + "(" + word() + ": float, " + word() + ": int = " + number + ") -> float:\n";
        text += "    \"\"\"Return the " + word() + " of the " + word() + " for " + word() + " " + number + ".\"\"\"\n";
        text += "    if " + word() + " < " + QByteArray::number(random.bounded(1000)) + ":\n";
        text += "        raise ValueError(\"" + word() + " must not be below the " + word() + "\")\n";
        text += "    total = sum(math.sqrt(i * " + QByteArray::number(random.bounded(97) + 1) + ") for i in range("
            + word() + "))\n";
        text += "    return total / max(1, " + word() + ")\n";
    }
    text.truncate(size - 1);
    text += '\n';
    return text;
}

Package largePackage()
{
    Package package(PackageLimits{4 * 1024 * 1024, fileCount * 2, totalBytes * 2});
    QRandomGenerator random(2026);
    for (int index = 0; index < fileCount; ++index) {
        PackageFile file;
        file.path = u"src/bench/part_%1/module_%2.py"_s.arg(index / 50, 2, 10, QLatin1Char('0'))
                        .arg(index, 4, 10, QLatin1Char('0'));
        file.content = pythonLikeModule(random, totalBytes / fileCount);
        if (const auto problem = package.setFile(file))
            qFatal("%s", qPrintable(*problem));
    }
    return package;
}

double median(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6;
}

} // namespace

// How long exporting a large package takes: 1,000 modules, 50 MB, as a zip and as a folder.
class ZipExportBenchmark final : public QObject
{
    Q_OBJECT

private:
    struct Figures
    {
        QString name;
        QList<qint64> nanoseconds;
        qint64 outputBytes = 0;
    };

    // QtTest calls a benchmark function again for every sample (-median N); the figures add up.
    void report(const QString &name, const QList<qint64> &nanoseconds, qint64 outputBytes)
    {
        auto figures =
            std::find_if(m_figures.begin(), m_figures.end(), [&name](const Figures &f) { return f.name == name; });
        if (figures == m_figures.end())
            figures = m_figures.insert(m_figures.end(), Figures{name, {}, outputBytes});
        figures->nanoseconds += nanoseconds;
    }

    Package m_package;
    QTemporaryDir m_directory;
    QList<Figures> m_figures;
    int m_folderRuns = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_package = largePackage();
        QCOMPARE(m_package.fileCount(), fileCount);
        QVERIFY(m_package.totalBytes() >= totalBytes - fileCount);
    }

    void cleanupTestCase()
    {
        const double megabytes = double(m_package.totalBytes()) / (1024.0 * 1024.0);
        for (const Figures &figures : std::as_const(m_figures)) {
            const double milliseconds = median(figures.nanoseconds);
            qInfo("%-8s %d files, %.1f MB: %8.1f ms, %6.1f MB/s, %.1f MB written (median of %lld)",
                  qPrintable(figures.name), fileCount, megabytes, milliseconds, megabytes / (milliseconds / 1000.0),
                  double(figures.outputBytes) / (1024.0 * 1024.0), qlonglong(figures.nanoseconds.size()));
        }
    }

    // Goal: under 2 s.
    void zip()
    {
        const QString zipPath = m_directory.filePath(u"bench.zip"_s);
        QList<qint64> nanoseconds;
        ExportResult result;
        QBENCHMARK {
            QElapsedTimer timer;
            timer.start();
            result = ZipExporter::write(m_package, u"bench-1.0"_s, zipPath);
            nanoseconds.append(timer.nsecsElapsed());
        }
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        QCOMPARE(result.fileCount, fileCount);
        report(u"zip"_s, nanoseconds, QFileInfo(zipPath).size());
#ifdef NDEBUG
        QVERIFY2(median(nanoseconds) < 2000.0, qPrintable(u"%1 ms, more than 2000 ms"_s.arg(median(nanoseconds))));
#endif
    }

    // No goal of its own: it is limited by the disk. Every run writes a new folder.
    void folder()
    {
        QList<qint64> nanoseconds;
        ExportResult result;
        QBENCHMARK {
            const QString target = m_directory.filePath(u"folder-%1"_s.arg(++m_folderRuns));
            QElapsedTimer timer;
            timer.start();
            result = FolderExporter::write(m_package, target);
            nanoseconds.append(timer.nsecsElapsed());
            QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        }
        QCOMPARE(result.fileCount, fileCount);
        report(u"folder"_s, nanoseconds, result.bytes);
    }
};

QTEST_GUILESS_MAIN(ZipExportBenchmark)
#include "ZipExportBenchmark.moc"
