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

private:
    // An EditorArea on a project whose package holds one module of 20,000 lines, shown.
    struct LargeFileFixture
    {
        QTemporaryDir directory;
        std::shared_ptr<Pygen::Project> project;
        std::unique_ptr<Pygen::ProjectSession> session;
        QWidget window;
        Pygen::EditorArea *area = nullptr;
        QString path = QStringLiteral("weather/large.py");
    };

    std::unique_ptr<LargeFileFixture> largeFileFixture()
    {
        auto fixture = std::make_unique<LargeFileFixture>();
        Pygen::ProjectState state;
        state.spec.name = QStringLiteral("Weather Station");
        state.spec.description = QStringLiteral("Summaries of readings from a small weather station.");
        Pygen::Project::LoadResult created = Pygen::Project::create(fixture->directory.path(), state);
        if (!created.project)
            qFatal("Cannot create the project: %s", qPrintable(created.errorMessage));
        fixture->project = created.project;
        const QString source = largePythonSource(20'000);
        if (source.count(u'\n') < 20'000
            || fixture->project->writeFile({fixture->path,
                                            source.toUtf8(),
                                            Pygen::FileRole::Module,
                                            Pygen::FileOrigin::Generated,
                                            Pygen::FileStatus::Generated,
                                            {}}))
            qFatal("Cannot store the large module");
        fixture->session = std::make_unique<Pygen::ProjectSession>(fixture->project);
        auto *layout = new QVBoxLayout(&fixture->window);
        fixture->area = new Pygen::EditorArea(m_repository, &fixture->window);
        layout->addWidget(fixture->area);
        fixture->area->setSession(fixture->session.get());
        fixture->window.resize(1000, 800);
        fixture->window.show();
        if (!QTest::qWaitForWindowExposed(&fixture->window))
            qFatal("The window was not shown");
        return fixture;
    }

    static void closeAndDelete(Pygen::EditorArea &area, const QString &path)
    {
        if (!area.closeFile(path))
            qFatal("The large file did not close");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private Q_SLOTS:
    // What a person waits for after picking a large module in the package tree: from
    // openPackageFile to the first paint of the editor's viewport, with the text coloured.
    // Goal: under 300 ms.
    void openTwentyThousandLinesToFirstPaint()
    {
        auto fixture = largeFileFixture();
        Pygen::EditorArea &area = *fixture->area;
        QImage firstPaint;
        QElapsedTimer timer;
        qint64 slowestMs = 0;
        QBENCHMARK {
            timer.start();
            area.openPackageFile(fixture->path);
            // grab() lays out and paints the viewport now, as the next frame would.
            firstPaint = area.currentEditor()->viewport()->grab().toImage();
            slowestMs = qMax(slowestMs, timer.elapsed());
            closeAndDelete(area, fixture->path);
        }
        const int colours =
            ImageColourAnalysis::foregroundColourCount(firstPaint.convertToFormat(QImage::Format_RGB32));
        QVERIFY2(colours >= 3, qPrintable(QStringLiteral("the first paint shows %1 text colour(s)").arg(colours)));
        QVERIFY2(slowestMs < 300, qPrintable(QStringLiteral("the first paint took %1 ms").arg(slowestMs)));
    }

    // The rest of the file follows in pieces; the longest event-loop turn among them is how long
    // the window may stop answering while it loads.
    void loadTwentyThousandLinesCompletely()
    {
        auto fixture = largeFileFixture();
        Pygen::EditorArea &area = *fixture->area;
        qint64 longestTurnMs = 0;
        QElapsedTimer turn;
        QBENCHMARK {
            area.openPackageFile(fixture->path);
            while (area.isLoading(fixture->path)) {
                turn.start();
                QCoreApplication::processEvents();
                longestTurnMs = qMax(longestTurnMs, turn.elapsed());
            }
            closeAndDelete(area, fixture->path);
        }
        qInfo("Longest event-loop turn while loading: %lld ms", longestTurnMs);
        QVERIFY(longestTurnMs < 300);
    }
};

QTEST_MAIN(EditorLoadingBenchmark)
#include "EditorLoadingBenchmark.moc"
