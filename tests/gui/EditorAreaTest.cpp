#include "EditorArea.h"
#include "CodeEditor.h"
#include "FindReplaceBar.h"
#include "GoToLineDialog.h"
#include "pipeline/PipelineStage.h"
#include "project/Project.h"
#include "project/ProjectSession.h"

#include <KSyntaxHighlighting/Repository>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Pygen::EditorArea;

namespace {

// A stage that does nothing by itself: the test emits its signals as a running stage would.
class FakeStage final : public Pygen::PipelineStage
{
public:
    explicit FakeStage(QObject *parent = nullptr)
        : PipelineStage({}, parent)
    {
    }
    Pygen::StageId id() const override { return Pygen::StageId::Generate; }

protected:
    void run() override { }
};

const QString modulePath = u"weather/readings.py"_s;
const QString plannedPath = u"weather/charts.py"_s;
const QString notesPath = u"notes.txt"_s;
const QByteArray moduleText = "import csv\n\n\ndef load(path):\n    return list(csv.reader(open(path)))\n";

} // namespace

class EditorAreaTest final : public QObject
{
    Q_OBJECT

private:
    // A project with one module, one planned file and a text file; the session works on it.
    struct Fixture
    {
        QTemporaryDir directory;
        std::shared_ptr<Pygen::Project> project;
        std::unique_ptr<Pygen::ProjectSession> session;
        QWidget window;
        EditorArea *area = nullptr;
    };

    std::unique_ptr<Fixture> makeFixture(bool show = false)
    {
        auto fixture = std::make_unique<Fixture>();
        if (!fixture->directory.isValid())
            return nullptr;
        Pygen::ProjectState state;
        state.spec.name = u"Weather Station"_s;
        state.spec.description = u"Summaries of readings from a small weather station."_s;
        state.files.insert(plannedPath, Pygen::FileRecord{});
        Pygen::Project::LoadResult created = Pygen::Project::create(fixture->directory.path(), state);
        if (!created.project) {
            qWarning() << created.errorMessage;
            return nullptr;
        }
        fixture->project = created.project;
        Pygen::PackageFile module{
            modulePath, moduleText, Pygen::FileRole::Module, Pygen::FileOrigin::Generated, Pygen::FileStatus::Generated,
            {}};
        Pygen::PackageFile notes{
            notesPath, "first line\n", Pygen::FileRole::Doc, Pygen::FileOrigin::Generated, Pygen::FileStatus::Generated,
            {}};
        if (fixture->project->writeFile(module) || fixture->project->writeFile(notes))
            return nullptr;
        fixture->session = std::make_unique<Pygen::ProjectSession>(fixture->project);
        fixture->area = new EditorArea(m_repository, &fixture->window);
        fixture->area->setSession(fixture->session.get());
        fixture->window.resize(800, 600);
        auto *layout = new QVBoxLayout(&fixture->window);
        layout->addWidget(fixture->area);
        if (show) {
            fixture->window.show();
            if (!QTest::qWaitForWindowActive(&fixture->window))
                return nullptr;
        }
        return fixture;
    }

    static QString readDisk(const Pygen::Project &project, const QString &path)
    {
        QFile file(project.packageFolder() + u'/' + path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    KSyntaxHighlighting::Repository m_repository;

private Q_SLOTS:
    void opensAPythonFileFromTheProject()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        QSignalSpy current(&area, &EditorArea::currentFileChanged);
        area.openPackageFile(modulePath);

        Pygen::CodeEditor *editor = area.editorFor(modulePath);
        QVERIFY(editor);
        QCOMPARE(area.currentEditor(), editor);
        QCOMPARE(area.currentPath(), modulePath);
        QCOMPARE(editor->toPlainText(), QString::fromUtf8(moduleText));
        QCOMPARE(editor->definitionName(), u"Python"_s);
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!area.hasUnsavedChanges());
        QCOMPARE(area.tabWidget()->tabText(0), u"readings.py"_s);
        QCOMPARE(area.tabWidget()->tabToolTip(0), modulePath);
        QVERIFY(!editor->accessibleName().isEmpty());
        QCOMPARE(current.constLast().constFirst().toString(), modulePath);
    }

    void aLargeFileShowsItsBeginningAtOnceAndTheRestSoon()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        const QString path = u"weather/large.py"_s;
        QString text;
        for (int i = 0; i < 20'000; ++i)
            text += u"value_%1 = compute(%1, 'caf\u00e9')  # line %1\n"_s.arg(i);
        QVERIFY(!fixture->project->writeFile({path,
                                              text.toUtf8(),
                                              Pygen::FileRole::Module,
                                              Pygen::FileOrigin::Generated,
                                              Pygen::FileStatus::Generated,
                                              {}}));
        EditorArea &area = *fixture->area;
        area.openPackageFile(path);
        Pygen::CodeEditor *editor = area.editorFor(path);
        QVERIFY(editor);
        QVERIFY(area.isLoading(path));
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->blockCount() > 100);
        QVERIFY(editor->blockCount() < 20'000);
        QVERIFY(text.startsWith(editor->toPlainText()));

        QTRY_VERIFY(!area.isLoading(path));
        QCOMPARE(editor->toPlainText(), text);
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!area.hasUnsavedChanges());
        // Loading is nothing the person can undo.
        QVERIFY(!editor->document()->isUndoAvailable());
    }

    void reopeningAnOpenFileFocusesItsTab()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(modulePath);
        area.openPackageFile(notesPath);
        QCOMPARE(area.tabWidget()->count(), 2);
        QCOMPARE(area.currentPath(), notesPath);
        area.openPackageFile(modulePath);
        QCOMPARE(area.tabWidget()->count(), 2);
        QCOMPARE(area.currentPath(), modulePath);
        QCOMPARE(area.openFiles(), (QStringList{modulePath, notesPath}));
    }

    void refusesAFileTheProjectDoesNotKnow()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        QSignalSpy failed(fixture->area, &EditorArea::openFailed);
        fixture->area->openPackageFile(u"nowhere.py"_s);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().at(1).toString().contains(u"nowhere.py"_s));
        QCOMPARE(fixture->area->tabWidget()->count(), 0);
    }

    void opensAPlannedFileReadOnlyWithANote()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        fixture->area->openPackageFile(plannedPath);
        Pygen::CodeEditor *editor = fixture->area->editorFor(plannedPath);
        QVERIFY(editor);
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->toPlainText().isEmpty());
        QVERIFY2(editor->placeholderText().contains(u"not generated yet"_s), qPrintable(editor->placeholderText()));

        // Once the file has content, the tab shows it and can be edited.
        QVERIFY(!fixture->project->writeFile({plannedPath,
                                              "def chart():\n    pass\n",
                                              Pygen::FileRole::Module,
                                              Pygen::FileOrigin::Generated,
                                              Pygen::FileStatus::Generated,
                                              {}}));
        QCOMPARE(editor->toPlainText(), u"def chart():\n    pass\n"_s);
        QVERIFY(!editor->isReadOnly());
    }

    void typingMarksTheTabAndControlSSavesIntoTheProject()
    {
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(modulePath);
        Pygen::CodeEditor *editor = area.currentEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());

        QTest::keyClicks(editor, u"# edited"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(area.hasUnsavedChanges());
        QCOMPARE(area.unsavedFiles(), QStringList{modulePath});
        QVERIFY2(area.tabWidget()->tabText(0).endsWith(u'•'), qPrintable(area.tabWidget()->tabText(0)));

        QSignalSpy saved(&area, &EditorArea::fileSaved);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().constFirst().toString(), modulePath);
        QVERIFY(!area.hasUnsavedChanges());
        QCOMPARE(area.tabWidget()->tabText(0), u"readings.py"_s);
        QVERIFY(area.noticeText().isEmpty());

        const QString expected = u"# edited\n"_s + QString::fromUtf8(moduleText);
        const Pygen::PackageFile *file = fixture->project->package().file(modulePath);
        QVERIFY(file);
        QCOMPARE(file->origin, Pygen::FileOrigin::Edited);
        QCOMPARE(QString::fromUtf8(file->content), expected);
        fixture->project->flushed().waitForFinished();
        QCOMPARE(readDisk(*fixture->project, modulePath), expected);
        // Our own save does not count as a change from elsewhere.
        QVERIFY(area.noticeText().isEmpty());
        QCOMPARE(editor->toPlainText(), expected);
    }

    void aRefusedSaveShowsWhyAndKeepsTheText()
    {
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(notesPath);
        Pygen::CodeEditor *editor = area.currentEditor();
        // Over the package's size limit for one file.
        const QString line = QString(99, u'a') + u'\n';
        editor->setPlainText(line.repeated(int(Pygen::PackageLimits{}.maximumFileBytes / line.size()) + 10));
        QTest::keyClicks(editor, u"b"_s);
        const QString typed = editor->toPlainText();

        QSignalSpy failed(&area, &EditorArea::saveFailed);
        QVERIFY(!area.saveCurrent());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!area.noticeText().isEmpty());
        QVERIFY(area.noticeText().contains(failed.constFirst().at(1).toString()));
        QCOMPARE(editor->toPlainText(), typed);
        QVERIFY(area.hasUnsavedChanges());
        QCOMPARE(fixture->project->package().file(notesPath)->content, QByteArray("first line\n"));
    }

    void closingAModifiedTabAsks_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<bool>("saved");

        QTest::newRow("Ctrl+W, cancel") << u"ctrl-w"_s << int(QMessageBox::Cancel) << false << false;
        QTest::newRow("Ctrl+W, discard") << u"ctrl-w"_s << int(QMessageBox::Discard) << true << false;
        QTest::newRow("Ctrl+W, save") << u"ctrl-w"_s << int(QMessageBox::Save) << true << true;
        QTest::newRow("close button, cancel") << u"button"_s << int(QMessageBox::Cancel) << false << false;
        QTest::newRow("middle click, discard") << u"middle"_s << int(QMessageBox::Discard) << true << false;
    }

    void closingAModifiedTabAsks()
    {
        QFETCH(QString, how);
        QFETCH(int, answer);
        QFETCH(bool, closed);
        QFETCH(bool, saved);

        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(notesPath);
        Pygen::CodeEditor *editor = area.currentEditor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, u"more "_s);
        QTabBar *bar = area.tabWidget()->tabBar();

        if (how == u"ctrl-w") {
            QTest::keyClick(editor, Qt::Key_W, Qt::ControlModifier);
        } else if (how == u"button") {
            auto *closeButton = bar->tabButton(0, QTabBar::RightSide);
            if (!closeButton)
                closeButton = bar->tabButton(0, QTabBar::LeftSide);
            QVERIFY(closeButton);
            QTest::mouseClick(closeButton, Qt::LeftButton);
        } else {
            QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(0).center());
        }

        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = area.findChild<QMessageBox *>()) != nullptr);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->text().contains(notesPath));
        QCOMPARE(area.tabWidget()->count(), 1);
        question->button(QMessageBox::StandardButton(answer))->click();

        QCOMPARE(area.tabWidget()->count(), closed ? 0 : 1);
        QCOMPARE(area.editorFor(notesPath) != nullptr, !closed);
        const QByteArray content = fixture->project->package().file(notesPath)->content;
        QCOMPARE(content, saved ? QByteArray("more first line\n") : QByteArray("first line\n"));
        if (!closed) {
            QCOMPARE(area.currentEditor()->toPlainText(), u"more first line\n"_s);
            QVERIFY(area.hasUnsavedChanges());
        }
    }

    void closesAnUnmodifiedTabAtOnce()
    {
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(notesPath);
        QTRY_VERIFY(area.currentEditor()->hasFocus());
        QTest::keyClick(area.currentEditor(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(area.tabWidget()->count(), 0);
        QVERIFY(!area.findChild<QMessageBox *>());
    }

    void streamsAGeneratedFileIntoItsTab()
    {
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        FakeStage stage;
        area.followStage(&stage);
        area.openPackageFile(modulePath);
        Pygen::CodeEditor *editor = area.editorFor(modulePath);

        Q_EMIT stage.fileStarted(modulePath);
        QVERIFY(area.isStreaming(modulePath));
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->toPlainText().isEmpty());
        QVERIFY(!area.noticeText().isEmpty());
        Q_EMIT stage.textReceived(modulePath, u"def "_s);
        Q_EMIT stage.textReceived(u"other.py"_s, u"ignored"_s);
        Q_EMIT stage.textReceived(modulePath, u"load(path):\n"_s);
        // Batched: the text arrives in the tab on the next turn of the event loop.
        QTRY_COMPARE(editor->toPlainText(), u"def load(path):\n"_s);
        QVERIFY(!area.hasUnsavedChanges());

        // A tab opened while the file streams catches up with the text so far.
        Q_EMIT stage.fileStarted(plannedPath);
        Q_EMIT stage.textReceived(plannedPath, u"import matplotlib\n"_s);
        area.openPackageFile(plannedPath);
        Pygen::CodeEditor *planned = area.editorFor(plannedPath);
        QCOMPARE(planned->toPlainText(), u"import matplotlib\n"_s);
        QVERIFY(planned->isReadOnly());
        Q_EMIT stage.textReceived(plannedPath, u"import numpy\n"_s);
        QTRY_COMPARE(planned->toPlainText(), u"import matplotlib\nimport numpy\n"_s);

        // When it is done, the tab shows what the project holds and can be edited.
        const QByteArray final = "def load(path):\n    return []\n";
        QVERIFY(!fixture->project->writeFile({modulePath,
                                              final,
                                              Pygen::FileRole::Module,
                                              Pygen::FileOrigin::Generated,
                                              Pygen::FileStatus::Generated,
                                              {}}));
        Q_EMIT stage.fileFinished(modulePath, true);
        QVERIFY(!area.isStreaming(modulePath));
        QCOMPARE(editor->toPlainText(), QString::fromUtf8(final));
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!area.hasUnsavedChanges());

        // A stage that ends without finishing a file gives that file back to the project's text.
        Q_EMIT stage.failed(u"cancelled"_s);
        QVERIFY(!area.isStreaming(plannedPath));
        QVERIFY(planned->toPlainText().isEmpty());
        QVERIFY(planned->isReadOnly());
    }

    void unsavedTextReplacedByAStreamCanBeKept_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("keep mine") << true;
        QTest::newRow("reload") << false;
    }

    void unsavedTextReplacedByAStreamCanBeKept()
    {
        QFETCH(bool, keep);
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        FakeStage stage;
        area.followStage(&stage);
        area.openPackageFile(notesPath);
        Pygen::CodeEditor *editor = area.currentEditor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, u"mine "_s);

        Q_EMIT stage.fileStarted(notesPath);
        Q_EMIT stage.textReceived(notesPath, u"first try"_s);
        QTRY_COMPARE(editor->toPlainText(), u"first try"_s);
        // A retry streams the file from its beginning again.
        Q_EMIT stage.retryScheduled(notesPath, {});
        QVERIFY(editor->toPlainText().isEmpty());
        Q_EMIT stage.textReceived(notesPath, u"generated\n"_s);
        QTRY_COMPARE(editor->toPlainText(), u"generated\n"_s);
        // The person's text set aside by the stream is still theirs: closing would ask about it.
        QVERIFY(area.hasUnsavedChanges());
        QCOMPARE(area.unsavedFiles(), QStringList{notesPath});

        QVERIFY(!fixture->project->writeFile({notesPath,
                                              "generated\n",
                                              Pygen::FileRole::Doc,
                                              Pygen::FileOrigin::Generated,
                                              Pygen::FileStatus::Generated,
                                              {}}));
        Q_EMIT stage.fileFinished(notesPath, true);
        QCOMPARE(editor->toPlainText(), u"generated\n"_s);
        QVERIFY2(area.noticeText().contains(u"generated again"_s), qPrintable(area.noticeText()));
        if (keep)
            area.keepCurrentText();
        else
            area.reloadCurrentFromProject();
        QVERIFY(area.noticeText().isEmpty());
        QCOMPARE(editor->toPlainText(), keep ? u"mine first line\n"_s : u"generated\n"_s);
        QCOMPARE(area.hasUnsavedChanges(), keep);
        QVERIFY(!editor->isReadOnly());
    }

    void aFastStreamIsBatched()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        FakeStage stage;
        area.followStage(&stage);
        area.openPackageFile(modulePath);
        Pygen::CodeEditor *editor = area.editorFor(modulePath);
        Q_EMIT stage.fileStarted(modulePath);

        int contentChanges = 0;
        connect(editor->document(), &QTextDocument::contentsChange, this, [&contentChanges] { ++contentChanges; });
        QString expected;
        for (int i = 0; i < 2000; ++i) {
            const QString delta = u"x%1 = %1\n"_s.arg(i);
            expected += delta;
            Q_EMIT stage.textReceived(modulePath, delta);
        }
        QCOMPARE(contentChanges, 0);
        QTRY_COMPARE(editor->toPlainText(), expected);
        QVERIFY2(contentChanges <= 2, QByteArray::number(contentChanges).constData());
    }

    void aProjectChangeReloadsAnUnmodifiedTab()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(notesPath);
        QVERIFY(!fixture->session->saveFile(notesPath, "changed elsewhere\n"));
        QCOMPARE(area.currentEditor()->toPlainText(), u"changed elsewhere\n"_s);
        QVERIFY(!area.hasUnsavedChanges());
        QVERIFY(area.noticeText().isEmpty());
    }

    void aProjectChangeToAModifiedTabOffersReload_data()
    {
        QTest::addColumn<bool>("reload");
        QTest::newRow("reload") << true;
        QTest::newRow("keep mine") << false;
    }

    void aProjectChangeToAModifiedTabOffersReload()
    {
        QFETCH(bool, reload);
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(notesPath);
        Pygen::CodeEditor *editor = area.currentEditor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, u"mine "_s);

        QVERIFY(!fixture->session->saveFile(notesPath, "theirs\n"));
        QCOMPARE(editor->toPlainText(), u"mine first line\n"_s);
        QVERIFY2(area.noticeText().contains(u"changed in the project"_s), qPrintable(area.noticeText()));
        auto buttons = area.findChildren<QPushButton *>();
        QPushButton *reloadButton = nullptr;
        QPushButton *keepButton = nullptr;
        for (QPushButton *button : buttons) {
            if (button->text().remove(u'&') == u"Reload")
                reloadButton = button;
            else if (button->text().remove(u'&') == u"Keep Mine")
                keepButton = button;
        }
        QVERIFY(reloadButton && reloadButton->isVisible());
        QVERIFY(keepButton && keepButton->isVisible());
        QTest::mouseClick(reload ? reloadButton : keepButton, Qt::LeftButton);

        QVERIFY(area.noticeText().isEmpty());
        QCOMPARE(editor->toPlainText(), reload ? u"theirs\n"_s : u"mine first line\n"_s);
        QCOMPARE(area.hasUnsavedChanges(), !reload);
    }

    void controlTabCyclesThroughTheTabs()
    {
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(modulePath);
        area.openPackageFile(notesPath);
        area.openPackageFile(plannedPath);
        QCOMPARE(area.currentPath(), plannedPath);
        QTRY_VERIFY(area.currentEditor()->hasFocus());

        QTest::keyClick(area.currentEditor(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(area.currentPath(), modulePath);
        QTest::keyClick(area.currentEditor(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(area.currentPath(), notesPath);
        QTest::keyClick(area.currentEditor(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(area.currentPath(), modulePath);
        QTest::keyClick(area.currentEditor(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(area.currentPath(), plannedPath);
    }

    void tabsWithTheSameNameShowTheirPaths()
    {
        auto fixture = makeFixture();
        QVERIFY(fixture);
        QVERIFY(!fixture->session->createFile(u"a/__init__.py"_s));
        QVERIFY(!fixture->session->createFile(u"b/__init__.py"_s));
        fixture->area->openPackageFile(u"a/__init__.py"_s);
        QCOMPARE(fixture->area->tabWidget()->tabText(0), u"__init__.py"_s);
        fixture->area->openPackageFile(u"b/__init__.py"_s);
        QCOMPARE(fixture->area->tabWidget()->tabText(0), u"a/__init__.py"_s);
        QCOMPARE(fixture->area->tabWidget()->tabText(1), u"b/__init__.py"_s);
        // An empty file the person made is a file, not a placeholder.
        QVERIFY(!fixture->area->currentEditor()->isReadOnly());
    }

    void goToLineMovesTheCursor()
    {
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(modulePath);
        Pygen::CodeEditor *editor = area.currentEditor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_G, Qt::ControlModifier);

        Pygen::GoToLineDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = area.findChild<Pygen::GoToLineDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->lineField()->minimum(), 1);
        QCOMPARE(dialog->lineField()->maximum(), editor->blockCount());
        dialog->lineField()->setValue(4);
        dialog->accept();
        QCOMPARE(editor->textCursor().blockNumber(), 3);
        QCOMPARE(editor->textCursor().positionInBlock(), 0);
        QCOMPARE(editor->textCursor().block().text(), u"def load(path):"_s);
    }

    void findShortcutsDriveTheBar()
    {
        auto fixture = makeFixture(true);
        QVERIFY(fixture);
        EditorArea &area = *fixture->area;
        area.openPackageFile(modulePath);
        Pygen::CodeEditor *editor = area.currentEditor();
        QTRY_VERIFY(editor->hasFocus());
        Pygen::FindReplaceBar *bar = area.findReplaceBar();
        QVERIFY(!bar->isVisible());

        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->isReplaceVisible());
        QTRY_VERIFY(bar->searchField()->hasFocus());
        QTest::keyClicks(bar->searchField(), u"csv"_s);
        QCOMPARE(bar->message(), u"1 of 2"_s);
        QTest::keyClick(bar->searchField(), Qt::Key_F3);
        QCOMPARE(bar->message(), u"2 of 2"_s);
        QTest::keyClick(bar->searchField(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->message(), u"1 of 2"_s);
        QTest::keyClick(bar->searchField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(editor->hasFocus());

        QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->isReplaceVisible());
        QTRY_VERIFY(bar->searchField()->hasFocus());
        QTest::keyClick(bar->searchField(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!bar->isReplaceVisible());

        // Ctrl+G from anywhere in the area, the find bar included.
        QTest::keyClick(bar->searchField(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(area.findChild<Pygen::GoToLineDialog *>());
    }
};

QTEST_MAIN(EditorAreaTest)
#include "EditorAreaTest.moc"
