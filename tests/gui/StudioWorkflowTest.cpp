#include "StudioTestSupport.h"

#include "CodeEditor.h"
#include "EditorArea.h"
#include "EnhancementReviewPage.h"
#include "ExportDialog.h"
#include "FeatureListEditor.h"
#include "FeaturesPage.h"
#include "IdeaPage.h"
#include "MainWindow.h"
#include "ModelPage.h"
#include "NewPackageWizard.h"
#include "OptionsPage.h"
#include "PackageTreeView.h"
#include "PlanReviewPage.h"
#include "StageProgressView.h"
#include "package/PackageTreeModel.h"
#include "pipeline/FeatureListModel.h"
#include "pipeline/PlanReader.h"
#include "pipeline/PlanTreeModel.h"
#include "project/ProjectSession.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// The whole studio as a person uses it, against a scripted model on a fake Ollama: the wizard
// from the idea to generation, then the main window — the tree, the editor, saving, and a zip.
class StudioWorkflowTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> m_fixture;

    static QAbstractButton *next(QWizard *wizard) { return wizard->button(QWizard::NextButton); }

    template<typename Page>
    static Page *pageOf(QWizard *wizard)
    {
        return qobject_cast<Page *>(wizard->currentPage());
    }

    static QString readZipEntry(const QString &zipPath, const QString &entry)
    {
        QuaZip zip(zipPath);
        if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry))
            return {};
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<StudioFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void fromTheIdeaToAnExportedZip()
    {
        m_fixture->model.tokenDelayMs = 2;
        MainWindow window(*m_fixture->services);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // File › New Package by its shortcut.
        QSignalSpy wizardOpened(&window, &MainWindow::wizardOpened);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(wizardOpened.size(), 1);
        auto *wizard = qobject_cast<NewPackageWizard *>(wizardOpened.constFirst().constFirst().value<QWidget *>());
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));

        // Idea: the derived names follow the display name.
        auto *idea = pageOf<IdeaPage>(wizard);
        QVERIFY(idea);
        QVERIFY(!next(wizard)->isEnabled());
        QTest::keyClicks(idea->nameEdit(), u"Word Tools"_s);
        QCOMPARE(idea->importNameEdit()->text(), u"word_tools"_s);
        QCOMPARE(idea->distributionNameEdit()->text(), u"word-tools"_s);
        QTest::keyClicks(idea->descriptionEdit(), u"Counts and analyses the words in a text."_s);
        QTRY_VERIFY(next(wizard)->isEnabled());
        next(wizard)->click();

        // Features: pasted as a bulleted list.
        auto *features = pageOf<FeaturesPage>(wizard);
        QVERIFY(features);
        QGuiApplication::clipboard()->setText(u"- Count the words in a text\n- Find the most common words\n"_s);
        features->editor()->view()->setFocus();
        features->editor()->pasteAction()->trigger();
        QCOMPARE(features->editor()->model()->rowCount(), 2);
        QTRY_VERIFY(next(wizard)->isEnabled());
        next(wizard)->click();

        // Model: the live list from the fake Ollama.
        auto *modelPage = pageOf<ModelPage>(wizard);
        QVERIFY(modelPage);
        QTRY_VERIFY_WITH_TIMEOUT(modelPage->modelCombo()->findData(u"coder:latest"_s) >= 0
                                     || modelPage->modelCombo()->findText(u"coder:latest"_s, Qt::MatchStartsWith) >= 0,
                                 20000);
        QTRY_VERIFY(next(wizard)->isEnabled());
        next(wizard)->click();

        // Options: the project folder, and review on.
        auto *options = pageOf<OptionsPage>(wizard);
        QVERIFY(options);
        options->folderEdit()->selectAll();
        QTest::keyClicks(options->folderEdit(), m_fixture->projectFolder());
        options->authorEdit()->setText(u"Ada Example"_s);
        QVERIFY(options->pauseCheck()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 20000);
        next(wizard)->click();

        // Review the enhancement: it streams, then each feature can be edited.
        auto *enhancement = pageOf<EnhancementReviewPage>(wizard);
        QVERIFY(enhancement);
        QTRY_VERIFY_WITH_TIMEOUT(!enhancement->progressView()->streamView()->toPlainText().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 60000);
        QVERIFY(enhancement->itemList()->count() >= 3);
        enhancement->itemList()->setCurrentRow(1);
        enhancement->descriptionEditor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(enhancement->descriptionEditor(), u" Punctuation is ignored."_s);
        next(wizard)->click();

        // Review the plan: every planned file is in the tree.
        auto *planPage = pageOf<PlanReviewPage>(wizard);
        QVERIFY(planPage);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 60000);
        const Plan plan = *PlanReader::fromJson(m_fixture->model.plan).plan;
        QCOMPARE(planPage->model()->rowCount(), plan.files.size());
        next(wizard)->click();

        // Generate hands over to the main window.
        QSignalSpy generationStarted(wizard, &NewPackageWizard::generationStarted);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(generationStarted.size(), 1);
        QVERIFY(window.session());
        ProjectSession *session = window.session();
        QCOMPARE(
            session->project().state().enhancedSpec->features.at(0).description.endsWith(u"Punctuation is ignored."_s),
            true);
        if (session->isRunning()) {
            QSignalSpy finished(session, &ProjectSession::finished);
            QVERIFY(finished.wait(120000));
            QVERIFY(finished.constFirst().constFirst().toBool());
        }
        QCOMPARE(session->project().state().stage(StageId::Document).state, StageState::Finished);

        // The tree shows every planned file.
        PackageTreeModel *tree = window.fileTree()->packageModel();
        for (const PlannedFile &file : plan.files)
            QVERIFY2(tree->indexForPath(file.path).isValid(), qPrintable(file.path));
        QVERIFY(tree->indexForPath(u"README.md"_s).isValid());

        // Open a module from the tree with Enter: highlighted and editable.
        const QString module = u"src/word_tools/counting.py"_s;
        const QModelIndex index = tree->indexForPath(module);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.fileTree()->setFocus();
        window.fileTree()->setCurrentIndex(index);
        QTest::keyClick(window.fileTree(), Qt::Key_Return);
        QTRY_COMPARE(window.editorArea()->currentPath(), module);
        CodeEditor *editor = window.editorArea()->currentEditor();
        QCOMPARE(editor->definitionName(), u"Python"_s);
        QTRY_VERIFY(!editor->isReadOnly());
        bool coloured = false;
        for (QTextBlock block = editor->document()->begin(); block.isValid() && !coloured; block = block.next())
            coloured = !block.layout()->formats().isEmpty();
        QVERIFY2(coloured, "no highlighting formats in the editor");

        // Edit and save with Ctrl+S: the file on disk changes.
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, u"# Edited in the studio."_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(session->project().package().file(module)->origin, FileOrigin::Edited);
        QFuture<void> flushed = session->project().flushed();
        QTRY_VERIFY(flushed.isFinished());
        QFile onDisk(session->project().packageFolder() + u'/' + module);
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(onDisk.readAll().endsWith("# Edited in the studio.\n"));

        // Export a zip with Ctrl+E and open it.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        ExportDialog *exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = window.findChild<ExportDialog *>()) && exportDialog->isVisible());
        const QString zipPath = m_fixture->home.filePath(u"word-tools.zip"_s);
        exportDialog->setDestination(zipPath);
        QSignalSpy exported(exportDialog, &ExportDialog::exportFinished);
        exportDialog->startExport();
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.constFirst().constFirst().toBool(), qPrintable(exported.constFirst().at(1).toString()));
        const QString prefix = u"word-tools-0.1.0/"_s;
        QVERIFY(readZipEntry(zipPath, prefix + module).endsWith(u"# Edited in the studio.\n"_s));
        QVERIFY(readZipEntry(zipPath, prefix + u"pyproject.toml"_s).contains(u"name = \"word-tools\""_s));
        QVERIFY(readZipEntry(zipPath, prefix + u"LICENSE"_s).contains(u"Ada Example"_s));
    }

    void aSpecFileFillsTheWizard()
    {
        MainWindow window(*m_fixture->services);
        window.show();
        QSignalSpy wizardOpened(&window, &MainWindow::wizardOpened);
        window.startNewPackage(QFINDTESTDATA("../data/wordtools/spec.json"));
        QCOMPARE(wizardOpened.size(), 1);
        auto *wizard = qobject_cast<NewPackageWizard *>(wizardOpened.constFirst().constFirst().value<QWidget *>());
        QSignalSpy loaded(wizard, &NewPackageWizard::fileLoaded);
        QVERIFY(loaded.wait());
        auto *idea = pageOf<IdeaPage>(wizard);
        QCOMPARE(idea->nameEdit()->text(), u"Word Tools"_s);
        QTRY_VERIFY(next(wizard)->isEnabled());
        next(wizard)->click();
        auto *features = pageOf<FeaturesPage>(wizard);
        QCOMPARE(features->editor()->model()->rowCount(), 2);
    }

    void aBrokenSpecFileIsExplained()
    {
        MainWindow window(*m_fixture->services);
        window.show();
        QFile broken(m_fixture->home.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"name": "X", "description": "", "features": [], "options": {"licence": "MIT"}})");
        broken.close();
        QSignalSpy wizardOpened(&window, &MainWindow::wizardOpened);
        window.startNewPackage(broken.fileName());
        auto *wizard = qobject_cast<NewPackageWizard *>(wizardOpened.constFirst().constFirst().value<QWidget *>());
        QSignalSpy failed(wizard, &NewPackageWizard::fileLoadFailed);
        QVERIFY(failed.wait());
        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.contains(u"options.licence"_s) && message.contains(u"license"_s), qPrintable(message));
        QVERIFY2(message.contains(u"description"_s), qPrintable(message));
    }
};

QTEST_MAIN(StudioWorkflowTest)
#include "StudioWorkflowTest.moc"
