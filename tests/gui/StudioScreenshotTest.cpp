#include "StudioTestSupport.h"

#include "AppearanceController.h"
#include "CodeEditor.h"
#include "DocumentationPanel.h"
#include "DocumentationViewer.h"
#include "EditorArea.h"
#include "ImageColourAnalysis.h"
#include "MainWindow.h"
#include "ModelPage.h"
#include "NewPackageWizard.h"
#include "OptionsPage.h"
#include "TestData.h"
#include "WizardDraft.h"
#include "pipeline/PipelineStage.h"
#include "project/ProjectSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// Runs on Xvfb: real screenshots of the wizard's pages, the main window during and after
// generation, and the documentation, in a light and a dark palette. The PNGs go to the build
// tree (tests/output/studio-*.png) for people to look at; the README uses some of them. The
// checks catch what a person would see at once: text painted in one colour only, invisible
// highlighting, a dark palette that is not dark.
class StudioScreenshotTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> m_fixture;

    static QString outputFolder()
    {
        const QString folder = qEnvironmentVariable("PYGEN_TEST_OUTPUT_DIR", QDir::tempPath());
        QDir().mkpath(folder);
        return folder;
    }

    // What the X server shows of the widget's window, after painting has caught up.
    static QImage screenshot(QWidget *window)
    {
        QTest::qWait(0);
        QApplication::processEvents();
        window->repaint();
        return window->screen()->grabWindow(window->winId()).toImage().convertToFormat(QImage::Format_RGB32);
    }

    static void save(const QImage &image, const QString &name)
    {
        const QString path = outputFolder() + u"/studio-"_s + name + u".png"_s;
        QVERIFY2(image.save(path), qPrintable(path));
    }

    static double meanLightness(const QImage &image)
    {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                sum += QColor(image.pixel(x, y)).lightnessF();
                ++count;
            }
        }
        return count ? sum / count : 0;
    }

    static QImage part(QWidget *window, QWidget *widget, const QImage &shot)
    {
        const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
        const qreal scale = shot.devicePixelRatio();
        return shot.copy(QRect((QPointF(area.topLeft()) * scale).toPoint(), (QSizeF(area.size()) * scale).toSize()));
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void init() { m_fixture = std::make_unique<StudioFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void wizardAndMainWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void wizardAndMainWindow()
    {
        QFETCH(bool, dark);
        const QString suffix = dark ? u"-dark"_s : u"-light"_s;
        QApplication::setPalette(dark ? AppearanceController::darkPalette() : AppearanceController::lightPalette());
        // Slow enough that generation is still going when the mid-generation screenshot is taken.
        m_fixture->model.tokenDelayMs = 15;

        MainWindow window(*m_fixture->services);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The wizard's pages, filled from the paper-style example request.
        QSignalSpy opened(&window, &MainWindow::wizardOpened);
        window.startNewPackage();
        auto *wizard = qobject_cast<NewPackageWizard *>(opened.constFirst().constFirst().value<QWidget *>());
        wizard->draft().spec = *SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s)).spec;
        wizard->draft().projectFolder = m_fixture->projectFolder();
        wizard->restart();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const QStringList pageNames{u"idea"_s, u"features"_s, u"model"_s, u"options"_s, u"enhancement"_s, u"plan"_s};
        for (const QString &name : pageNames) {
            if (name == u"model") {
                auto *page = qobject_cast<ModelPage *>(wizard->currentPage());
                QTRY_VERIFY_WITH_TIMEOUT(page->modelCombo()->count() > 0, 20000);
            }
            if (name == u"options") {
                auto *page = qobject_cast<OptionsPage *>(wizard->currentPage());
                page->folderEdit()->setText(m_fixture->projectFolder());
            }
            QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 60000);
            const QImage shot = screenshot(wizard);
            QVERIFY(!shot.isNull());
            QVERIFY2(ImageColourAnalysis::foregroundColourCount(shot) >= 2, qPrintable(name));
            save(shot, u"wizard-"_s + name + suffix);
            wizard->button(QWizard::NextButton)->click();
        }
        QSignalSpy started(wizard, &NewPackageWizard::generationStarted);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(started.size(), 1);
        ProjectSession *session = window.session();
        QVERIFY(session);

        // Mid-generation: two files done, one streaming into the editor.
        int generated = 0;
        bool shotTaken = false;
        QSignalSpy finished(session, &ProjectSession::finished);
        const auto follow = [&](StageId id, PipelineStage *stage) {
            if (id != StageId::Generate)
                return;
            connect(stage, &PipelineStage::fileStarted, &window, [&](const QString &path) {
                if (path.endsWith(u".py") && generated >= 2 && !shotTaken)
                    window.editorArea()->openPackageFile(path);
            });
            connect(stage, &PipelineStage::fileFinished, &window, [&](const QString &, bool) { ++generated; });
        };
        if (PipelineStage *stage = session->currentStage())
            follow(StageId::Generate, stage);
        connect(session, &ProjectSession::stageStarted, &window, follow);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1
                                     || (window.editorArea()->currentEditor()
                                         && window.editorArea()->currentEditor()->document()->characterCount() > 200),
                                 60000);
        QVERIFY2(finished.isEmpty(), "generation ended before the mid-generation screenshot");
        QVERIFY(window.editorArea()->currentEditor()->isReadOnly());
        const QImage generating = screenshot(&window);
        save(generating, u"main-window-generating"_s + suffix);
        QVERIFY2(ImageColourAnalysis::foregroundColourCount(
                     part(&window, window.editorArea()->currentEditor()->viewport(), generating))
                     >= 2,
                 "the streaming editor shows too few colours");
        shotTaken = true;
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.constFirst().constFirst().toBool());

        // After: a module in the editor, the README beside it.
        window.editorArea()->openPackageFile(u"src/word_tools/frequency.py"_s);
        QTRY_VERIFY(window.editorArea()->currentEditor() && !window.editorArea()->currentEditor()->isReadOnly());
        window.documentationPanel()->showDocument(u"README.md"_s);
        QTRY_VERIFY(!window.documentationPanel()->viewer()->toPlainText().isEmpty());
        const QImage after = screenshot(&window);
        save(after, u"main-window"_s + suffix);
        const QImage editor = part(&window, window.editorArea()->currentEditor()->viewport(), after);
        QVERIFY2(ImageColourAnalysis::foregroundColourCount(editor) >= 3, "the editor shows too few colours");
        const QImage documentation = part(&window, window.documentationPanel(), after);
        save(documentation, u"documentation"_s + suffix);
        QVERIFY(ImageColourAnalysis::foregroundColourCount(documentation) >= 2);
        if (dark)
            QVERIFY2(meanLightness(after) < 0.45, qPrintable(QString::number(meanLightness(after))));
        else
            QVERIFY2(meanLightness(after) > 0.55, qPrintable(QString::number(meanLightness(after))));
    }
};

QTEST_MAIN(StudioScreenshotTest)
#include "StudioScreenshotTest.moc"
