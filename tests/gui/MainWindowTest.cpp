#include "StudioTestSupport.h"

#include "CodeEditor.h"
#include "DocumentationPanel.h"
#include "DocumentationViewer.h"
#include "EditorArea.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "PackageTreeView.h"
#include "PipelinePanel.h"
#include "StudioSettings.h"
#include "package/PackageTreeModel.h"
#include "project/ProjectSession.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// The main window over a project on disk: opening it, the docks, menus and shortcuts, opening
// files from the tree, unsaved edits on close, and the layout kept across restarts.
class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> m_fixture;

    // A project with a module and a README, as the pipeline would leave it.
    QString makeProject(const QString &name = u"project"_s)
    {
        ProjectState state;
        state.spec.name = u"Word Tools"_s;
        state.spec.description = u"Counts words."_s;
        state.spec.features = {u"Count words"_s};
        const QString folder = m_fixture->home.filePath(name);
        const Project::LoadResult created = Project::create(folder, state);
        if (!created.project)
            qFatal("%s", qPrintable(created.errorMessage));
        PackageFile module{u"src/word_tools/counting.py"_s,
                           "def count(text):\n    return len(text.split())\n",
                           FileRole::Module,
                           FileOrigin::Generated,
                           FileStatus::Generated,
                           {}};
        PackageFile readme{u"README.md"_s,        "# Word Tools\n\n## Usage\n\n```python\nimport word_tools\n```\n",
                           FileRole::Doc,         FileOrigin::Generated,
                           FileStatus::Generated, {}};
        created.project->writeFile(module);
        created.project->writeFile(readme);
        QFuture<void> flushed = created.project->flushed();
        if (!QTest::qWaitFor([&] { return flushed.isFinished(); }, 20000))
            qFatal("the project was not written");
        return folder;
    }

    static void openAndWait(MainWindow &window, const QString &folder)
    {
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(folder);
        QVERIFY(opened.wait(20000));
    }

    static QAction *menuAction(MainWindow &window, const QString &text)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<StudioFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void showsEveryPanelWithAccessibleNames()
    {
        MainWindow window(*m_fixture->services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QWidget *panel : std::initializer_list<QWidget *>{window.fileTree(), window.editorArea(),
                                                               window.documentationPanel(), window.pipelinePanel()}) {
            QVERIFY2(panel->isVisible(), panel->metaObject()->className());
            QVERIFY2(!panel->accessibleName().isEmpty(), panel->metaObject()->className());
        }
        QCOMPARE(window.fileTree()->model()->rowCount(), 0);
    }

    void everyMenuCommandHasAShortcut_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"New Package…", "Open Project…", "Save", "Save All", "Export as Zip…", "Export to Folder…", "Settings…",
              "Pygen Studio Help", "Quit", "Run Remaining Stages", "Cancel Run", "Find…", "Go to Line…"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void everyMenuCommandHasAShortcut()
    {
        QFETCH(QString, text);
        MainWindow window(*m_fixture->services);
        QAction *action = menuAction(window, text);
        QVERIFY2(action, qPrintable(text));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(text));
    }

    void opensAProjectAndItsFilesFromTheTree()
    {
        const QString folder = makeProject();
        MainWindow window(*m_fixture->services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openAndWait(window, folder);
        QCOMPARE(window.windowTitle(), u"Word Tools"_s);
        QCOMPARE(m_fixture->services->settings().recentProjects().value(0), QDir::cleanPath(folder));
        // The documentation panel shows the README at once.
        QTRY_VERIFY(window.documentationPanel()->viewer()->toPlainText().contains(u"Word Tools"_s));

        const QModelIndex module = window.fileTree()->packageModel()->indexForPath(u"src/word_tools/counting.py"_s);
        QVERIFY(module.isValid());
        window.fileTree()->setFocus();
        window.fileTree()->setCurrentIndex(module);
        QTest::keyClick(window.fileTree(), Qt::Key_Return);
        QTRY_COMPARE(window.editorArea()->currentPath(), u"src/word_tools/counting.py"_s);
        QCOMPARE(window.editorArea()->currentEditor()->definitionName(), u"Python"_s);
    }

    void explainsAFolderThatIsNotAProject()
    {
        MainWindow window(*m_fixture->services);
        window.show();
        QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
        window.openProject(m_fixture->home.path());
        QVERIFY(failed.wait(20000));
        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.contains(u"project.json"_s), qPrintable(message));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->text(), message);
    }

    void opensARecentProjectFromTheMenu()
    {
        const QString folder = makeProject();
        m_fixture->services->settings().addRecentProject(folder);
        MainWindow window(*m_fixture->services);
        QAction *recent = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().contains(QDir::toNativeSeparators(QDir::cleanPath(folder))))
                recent = action;
        }
        QVERIFY(recent);
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        recent->trigger();
        QVERIFY(opened.wait(20000));
    }

    void closingWithUnsavedEditsAsksFirst()
    {
        const QString folder = makeProject();
        MainWindow window(*m_fixture->services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openAndWait(window, folder);
        window.editorArea()->openPackageFile(u"src/word_tools/counting.py"_s);
        QTRY_VERIFY(window.editorArea()->currentEditor() && !window.editorArea()->currentEditor()->isReadOnly());
        QTest::keyClicks(window.editorArea()->currentEditor(), u"# mine"_s);
        QTest::keyClick(window.editorArea()->currentEditor(), Qt::Key_Return);
        QVERIFY(window.editorArea()->hasUnsavedChanges());

        // Cancel keeps the window and the edit.
        QVERIFY(!window.close());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(window.isVisible());
        QVERIFY(window.editorArea()->hasUnsavedChanges());

        // Save writes it and closes.
        QVERIFY(!window.close());
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        ProjectSession *session = window.session();
        const std::shared_ptr<Project> project = session->sharedProject();
        box->button(QMessageBox::Save)->click();
        QTRY_VERIFY(!window.isVisible());
        QFuture<void> flushed = project->flushed();
        QTRY_VERIFY(flushed.isFinished());
        QFile onDisk(project->packageFolder() + u"/src/word_tools/counting.py"_s);
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(onDisk.readAll().startsWith("# mine\n"));
    }

    void keepsTheLayoutAcrossRestarts()
    {
        {
            MainWindow window(*m_fixture->services);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 700);
            window.findChild<QDockWidget *>(u"HistoryDock"_s)->toggleViewAction()->trigger();
            window.findChild<QDockWidget *>(u"DocumentationDock"_s)->close();
            QVERIFY(window.close());
        }
        MainWindow again(*m_fixture->services);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        // The offscreen platform does not keep every geometry; the dock layout is ours to keep.
        QVERIFY(!m_fixture->services->settings().windowGeometry().isEmpty());
        QVERIFY(again.findChild<QDockWidget *>(u"FilesDock"_s)->isVisible());
        QVERIFY(!again.findChild<QDockWidget *>(u"DocumentationDock"_s)->isVisible());
    }

    void helpOpensWithF1()
    {
        MainWindow window(*m_fixture->services);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTextBrowser *help = nullptr;
        QTRY_VERIFY((help = window.findChild<QTextBrowser *>(u"helpBrowser"_s)) && help->isVisible());
        QVERIFY2(help->toPlainText().contains(u"Making a package"_s), qPrintable(help->toPlainText().left(200)));
        QVERIFY(!help->accessibleName().isEmpty());
    }

    void iconsStaySharpAtDoubleScale_data()
    {
        QTest::addColumn<QString>("icon");
        for (const char *name : {":/icons/pygen-studio.svg", ":/icons/actions/new.svg", ":/icons/actions/open.svg",
                                 ":/icons/actions/save.svg", ":/icons/actions/run.svg", ":/icons/actions/cancel.svg",
                                 ":/icons/actions/export.svg", ":/icons/actions/settings.svg"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void iconsStaySharpAtDoubleScale()
    {
        QFETCH(QString, icon);
        const QIcon loaded(icon);
        QVERIFY(!loaded.isNull());
        const QPixmap pixmap = loaded.pixmap(QSize(32, 32), 2.0);
        // Rendered from the vector at the doubled size, not a 32-pixel bitmap scaled up.
        QCOMPARE(pixmap.size(), QSize(64, 64));
        const QImage image = pixmap.toImage();
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
        }
        QVERIFY2(opaque > 64 * 64 / 10, qPrintable(QString::number(opaque)));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
