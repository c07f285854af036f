#include "CodeEditor.h"
#include "EditorArea.h"
#include "ImageColourAnalysis.h"
#include "TestData.h"
#include "project/Project.h"
#include "project/ProjectSession.h"
#include "project/TextFileReader.h"

#include <KSyntaxHighlighting/Repository>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest/QTest>

// What opening a large generated module costs: reading it from disk, and putting it into a
// highlighted editor (highlighting runs on the GUI thread).
class EditorLoadingBenchmark final : public QObject
{
    Q_OBJECT

private:
    // At least `lines` lines of real Python; 10,000 is a large hand-written module.
    static QString largePythonSource(qsizetype lines = 10'000)
    {
        QFile sample(TestData::path(QStringLiteral("weather_station.py")));
        if (!sample.open(QIODevice::ReadOnly))
            qFatal("Cannot read the sample module");
        const QString text = QString::fromUtf8(sample.readAll());
        const qsizetype linesPerCopy = qMax<qsizetype>(1, text.count(u'\n'));
        return text.repeated(int((lines + linesPerCopy - 1) / linesPerCopy));
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

    // What a person waits for after picking a large module in the package tree: from
    // openPackageFile to the first paint of the editor's viewport, with the text coloured.
    // Goal: under 300 ms (in a release build).
    void openTwentyThousandLinesInTheEditorArea()
    {
        const QString path = QStringLiteral("weather/large.py");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        Pygen::ProjectState state;
        state.spec.name = QStringLiteral("Weather Station");
        state.spec.description = QStringLiteral("Summaries of readings from a small weather station.");
        Pygen::Project::LoadResult created = Pygen::Project::create(directory.path(), state);
        QVERIFY2(created.project, qPrintable(created.errorMessage));
        const QString source = largePythonSource(20'000);
        QVERIFY(!created.project->writeFile({path,
                                             source.toUtf8(),
                                             Pygen::FileRole::Module,
                                             Pygen::FileOrigin::Generated,
                                             Pygen::FileStatus::Generated,
                                             {}}));
        Pygen::ProjectSession session(created.project);

        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *area = new Pygen::EditorArea(m_repository, &window);
        layout->addWidget(area);
        area->setSession(&session);
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QImage firstPaint;
        QElapsedTimer timer;
        qint64 slowestMs = 0;
        QBENCHMARK {
            timer.start();
            area->openPackageFile(path);
            Pygen::CodeEditor *editor = area->currentEditor();
            // grab() lays out and paints the viewport now, as the next frame would.
            firstPaint = editor->viewport()->grab().toImage();
            slowestMs = qMax(slowestMs, timer.elapsed());
            QVERIFY(area->closeFile(path));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        qInfo("Slowest open to first paint: %lld ms (goal: under 300 ms in a release build)", slowestMs);
        QVERIFY(source.count(u'\n') >= 20'000);
        const int colours =
            ImageColourAnalysis::foregroundColourCount(firstPaint.convertToFormat(QImage::Format_RGB32));
        QVERIFY2(colours >= 3, qPrintable(QStringLiteral("the first paint shows %1 text colour(s)").arg(colours)));
    }
};

QTEST_MAIN(EditorLoadingBenchmark)
#include "EditorLoadingBenchmark.moc"
