#include "CodeEditor.h"
#include "TestData.h"
#include "project/TextFileReader.h"

#include <KSyntaxHighlighting/Repository>
#include <QTemporaryDir>
#include <QtTest/QTest>

// What opening a large generated module costs: reading it from disk, and putting it into a
// highlighted editor (highlighting runs on the GUI thread).
class EditorLoadingBenchmark final : public QObject
{
    Q_OBJECT

private:
    static QString largePythonSource()
    {
        QFile sample(TestData::path(QStringLiteral("weather_station.py")));
        if (!sample.open(QIODevice::ReadOnly))
            qFatal("Cannot read the sample module");
        const QString text = QString::fromUtf8(sample.readAll());
        // At least 10,000 lines, the size of a large hand-written module.
        const qsizetype linesPerCopy = qMax<qsizetype>(1, text.count(u'\n'));
        return text.repeated((10'000 + linesPerCopy - 1) / linesPerCopy);
    }

    KSyntaxHighlighting::Repository m_repository;

private Q_SLOTS:
    void readFourMegabyteFile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("large.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line("value = compute(alpha, beta, 'caf\xc3\xa9')  # comment\n");
        file.write(line.repeated(int(Pygen::TextFileReader::defaultSizeLimit / line.size())));
        file.close();

        QBENCHMARK {
            const auto result = Pygen::TextFileReader::read(path);
            QVERIFY(result.succeeded());
        }
    }

    void highlightTenThousandLines()
    {
        const QString source = largePythonSource();
        Pygen::CodeEditor editor(m_repository);
        editor.setFileName(QStringLiteral("large.py"));
        QBENCHMARK {
            editor.setPlainText(source);
        }
        QVERIFY(editor.blockCount() >= 10'000);
    }
};

QTEST_MAIN(EditorLoadingBenchmark)
#include "EditorLoadingBenchmark.moc"
