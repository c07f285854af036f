#include "EnhancementReviewPage.h"
#include "FakeOllamaServer.h"
#include "GeneratePage.h"
#include "NewPackageWizard.h"
#include "PlanReviewPage.h"
#include "ProviderTestSupport.h"
#include "ScriptedPackageModel.h"
#include "StageProgressView.h"
#include "StudioServices.h"
#include "TestData.h"
#include "WizardDraft.h"

#include "pipeline/Pipeline.h"
#include "pipeline/PipelineStage.h"
#include "pipeline/PlanReader.h"
#include "pipeline/PlanTreeModel.h"
#include "pipeline/Spec.h"
#include "project/ProjectSession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QUuid>
#include <QWizard>
#include <QtTest/QTest>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// The new-package wizard's review pages against a scripted model on a fake Ollama: what they
// show while a stage runs, what an edit stores, and that they never repeat finished work.
class ReviewPagesTest final : public QObject
{
    Q_OBJECT

private:
    // The runs here are short; this is for a loaded machine with sanitizers.
    static constexpr int runTimeoutMs = 60000;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<FakeOllamaServer> m_server;
    std::unique_ptr<ScriptedPackageModel> m_model;
    std::unique_ptr<StudioServices> m_services;
    std::unique_ptr<WizardDraft> m_draft;

    struct Wizard
    {
        std::unique_ptr<QWizard> wizard;
        EnhancementReviewPage *enhancement = nullptr;
        PlanReviewPage *plan = nullptr;
        GeneratePage *generate = nullptr;

        QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
        QAbstractButton *finish() const { return wizard->button(QWizard::FinishButton); }
    };

    enum Pages { Enhancement = 1, Plan = 2, Generate = 4 };

    Wizard showWizard(int pages)
    {
        Wizard shown;
        shown.wizard = std::make_unique<QWizard>();
        if (pages & Enhancement)
            shown.wizard->addPage(shown.enhancement = new EnhancementReviewPage(*m_draft));
        if (pages & Plan)
            shown.wizard->addPage(shown.plan = new PlanReviewPage(*m_draft));
        if (pages & Generate)
            shown.wizard->addPage(shown.generate = new GeneratePage(*m_draft));
        shown.wizard->resize(1000, 700);
        shown.wizard->show();
        if (!QTest::qWaitForWindowActive(shown.wizard.get()))
            qWarning("the wizard did not become active");
        return shown;
    }

    static Spec wordToolsSpec()
    {
        const SpecReader::Result result = SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s));
        if (!result.spec)
            qFatal("wordtools spec: %s", qPrintable(result.errors.join(u"; ")));
        return *result.spec;
    }

    ProjectSession &session() const { return *m_draft->session(); }

    QJsonObject projectJson() const { return projectJsonOf(session()); }

    static QJsonObject projectJsonOf(ProjectSession &session)
    {
        QFuture<void> flushed = session.project().flushed();
        QElapsedTimer waited;
        waited.start();
        while (!flushed.isFinished() && waited.elapsed() < runTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QFile file(session.project().folder() + u"/project.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Edits a cell of the plan tree the way a person does: F2, type, Return.
    static void editCell(QTreeView *tree, const QModelIndex &index, const QString &text)
    {
        tree->setFocus();
        tree->setCurrentIndex(index);
        QTest::keyClick(tree, Qt::Key_F2);
        auto *editor = tree->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QVERIFY(editor->hasFocus());
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits in a queued call.
        QTRY_COMPARE(index.data().toString(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // StudioSettings remembers recent projects; not in the person's own settings.
        static QTemporaryDir settingsFolder;
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    }

    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeOllamaServer>();
        m_server->setModels({FakeModel{u"fake"_s, 131072}});
        m_model = std::make_unique<ScriptedPackageModel>();
        m_model->install(*m_server);

        StudioServices::Options options;
        options.keychainService =
            u"Pygen Studio ReviewPagesTest "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        options.environment = environmentWithoutProviders();
        options.cacheDirectory = m_folder->filePath(u"cache"_s);
        m_services = std::make_unique<StudioServices>(options);

        m_draft = std::make_unique<WizardDraft>(*m_services);
        m_draft->spec = wordToolsSpec();
        m_draft->provider = fakeConfiguration(u"ollama"_s, m_server->baseUrl());
        m_draft->model = u"fake"_s;
        m_draft->settings.useCache = false;
        m_draft->settings.concurrency = 2;
        m_draft->projectFolder = m_folder->filePath(u"project"_s);
    }

    // What init() puts into the shared draft, for a draft of a wizard's own.
    void fill(WizardDraft &draft) const
    {
        draft.spec = wordToolsSpec();
        draft.provider = fakeConfiguration(u"ollama"_s, m_server->baseUrl());
        draft.model = u"fake"_s;
        draft.settings.useCache = false;
        draft.settings.concurrency = 2;
        draft.projectFolder = m_folder->filePath(u"project"_s);
    }

    void cleanup()
    {
        if (m_draft && m_draft->session() && m_draft->session()->isRunning()) {
            QSignalSpy finished(m_draft->session().get(), &ProjectSession::finished);
            m_draft->session()->cancel();
            finished.wait(runTimeoutMs);
        }
        m_draft.reset();
        m_services.reset();
        m_server.reset();
        m_model.reset();
        m_folder.reset();
    }

    void streamsTheEnhancementThenStoresAnEditedFeature()
    {
        m_model->tokenChars = 6;
        m_model->tokenDelayMs = 15;
        // One request at a time, so the streamed text reads in order.
        m_draft->settings.concurrency = 1;
        const Wizard shown = showWizard(Enhancement | Plan | Generate);
        EnhancementReviewPage *page = shown.enhancement;

        // The model's text shows up while the stage still runs, and Next waits for it.
        QTRY_VERIFY2_WITH_TIMEOUT(page->progressView()->streamedText().contains(u"In detail"_s),
                                  qPrintable(page->progressView()->streamedText()), runTimeoutMs);
        QVERIFY(page->isWorking());
        QVERIFY(!shown.next()->isEnabled());
        QVERIFY(page->progressView()->cancelButton()->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(shown.next()->isEnabled(), runTimeoutMs);
        QVERIFY(page->isEditing());
        QCOMPARE(page->itemList()->count(), 3); // the description and two features
        QCOMPARE(m_model->requestsFor(u"enhance"_s), 3);

        // The second feature, edited as Markdown, with the preview following.
        page->itemList()->setCurrentRow(2);
        QCOMPARE(page->descriptionEditor()->toPlainText(), u"In detail: Find the most common words."_s);
        QVERIFY(page->pseudocodeEditor()->isVisible());
        page->descriptionEditor()->setFocus();
        page->descriptionEditor()->selectAll();
        QTest::keyClicks(page->descriptionEditor(), u"Returns the *n* most frequent words."_s);
        page->hintsEditor()->setFocus();
        QTest::keyClick(page->hintsEditor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(page->hintsEditor(), Qt::Key_Return);
        QTest::keyClicks(page->hintsEditor(), u"- Ignore case."_s);
        QTRY_VERIFY(page->preview()->toPlainText().contains(u"Returns the n most frequent words."_s));
        QVERIFY(page->preview()->toPlainText().contains(u"Ignore case."_s));

        QTest::mouseClick(shown.next(), Qt::LeftButton);
        QCOMPARE(shown.wizard->currentPage(), shown.plan);
        const QJsonObject stored = projectJson().value(u"enhancedSpec"_s).toObject();
        const QJsonObject feature = stored.value(u"features"_s).toArray().at(1).toObject();
        QCOMPARE(feature.value(u"description"_s).toString(), u"Returns the *n* most frequent words."_s);
        QCOMPARE(feature.value(u"hints"_s).toArray(),
                 (QJsonArray{u"Use re and collections.Counter."_s, u"Ignore case."_s}));

        // Back and Next again: nothing is asked again.
        QTRY_VERIFY_WITH_TIMEOUT(shown.plan->isEditing(), runTimeoutMs);
        const int requests = m_model->totalRequests();
        shown.wizard->back();
        QCOMPARE(shown.wizard->currentPage(), page);
        QTest::mouseClick(shown.next(), Qt::LeftButton);
        QCOMPARE(shown.wizard->currentPage(), shown.plan);
        QTRY_VERIFY_WITH_TIMEOUT(shown.plan->isEditing() && shown.next()->isEnabled(), runTimeoutMs);
        QCOMPARE(m_model->totalRequests(), requests);
        shown.wizard->back();
        QTRY_VERIFY(shown.next()->isEnabled());
        QCOMPARE(page->editedSpec().features.at(1).description, u"Returns the *n* most frequent words."_s);
        QCOMPARE(m_model->totalRequests(), requests);
    }

    void enhancesOneFeatureAgain()
    {
        const Wizard shown = showWizard(Enhancement | Plan);
        EnhancementReviewPage *page = shown.enhancement;
        QTRY_VERIFY_WITH_TIMEOUT(shown.next()->isEnabled(), runTimeoutMs);

        // An edit to the first feature survives asking again for the second.
        page->itemList()->setCurrentRow(1);
        page->descriptionEditor()->selectAll();
        QTest::keyClicks(page->descriptionEditor(), u"Counted by hand."_s);
        page->itemList()->setCurrentRow(2);
        page->descriptionEditor()->selectAll();
        QTest::keyClicks(page->descriptionEditor(), u"To be replaced."_s);
        QVERIFY(page->enhanceAgainButton()->isVisible());

        const int before = m_model->requestsFor(u"enhance"_s);
        QTest::mouseClick(page->enhanceAgainButton(), Qt::LeftButton);
        QVERIFY(page->isWorking());
        QVERIFY(!shown.next()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page->isEditing() && shown.next()->isEnabled(), runTimeoutMs);
        QCOMPARE(m_model->requestsFor(u"enhance"_s), before + 1);
        QCOMPARE(m_model->requestsFor(u"screen"_s), 1);
        QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));

        QCOMPARE(page->itemList()->currentRow(), 2);
        QCOMPARE(page->descriptionEditor()->toPlainText(), u"In detail: Find the most common words."_s);
        QCOMPARE(page->editedSpec().features.at(0).description, u"Counted by hand."_s);
    }

    void showsThePlanAndItsProblems()
    {
        const Wizard shown = showWizard(Enhancement | Plan | Generate);
        QTRY_VERIFY_WITH_TIMEOUT(shown.next()->isEnabled(), runTimeoutMs);
        QTest::mouseClick(shown.next(), Qt::LeftButton);
        PlanReviewPage *page = shown.plan;
        QTRY_VERIFY_WITH_TIMEOUT(page->isEditing() && !page->isWorking(), runTimeoutMs);
        QTRY_VERIFY(shown.next()->isEnabled());
        QVERIFY(!page->showsFallbackNote());

        // Every planned file is in the tree.
        const Pygen::Plan planned = *PlanReader::fromJson(m_model->plan).plan;
        QTreeView *tree = page->tree();
        QCOMPARE(tree->model()->rowCount(), planned.files.size());
        for (int row = 0; row < planned.files.size(); ++row)
            QCOMPARE(tree->model()->index(row, PlanTreeModel::PathColumn).data().toString(),
                     planned.files.at(row).path);
        QCOMPARE(page->summaryEdit()->toPlainText(), planned.summary);
        QVERIFY(page->problemList()->count() == 0);

        // A duplicate path: listed at once, Next disabled, and the problem leads to the row.
        const int row = int(planned.files.size()) - 1;
        editCell(tree, tree->model()->index(row, PlanTreeModel::PathColumn), planned.files.at(0).path);
        QCOMPARE(tree->model()->index(row, PlanTreeModel::PathColumn).data().toString(), planned.files.at(0).path);
        QVERIFY(page->problemList()->count() > 0);
        QVERIFY(!shown.next()->isEnabled());
        QListWidgetItem *duplicate = nullptr;
        for (int i = 0; i < page->problemList()->count(); ++i) {
            if (page->problemList()->item(i)->text().contains(u"already planned"_s))
                duplicate = page->problemList()->item(i);
        }
        QVERIFY2(duplicate, qPrintable(page->model()->problems().join(u'\n')));
        tree->setCurrentIndex(tree->model()->index(0, 0));
        const QRect area = page->problemList()->visualItemRect(duplicate);
        QTest::mouseClick(page->problemList()->viewport(), Qt::LeftButton, {}, area.center());
        QCOMPARE(tree->currentIndex().row(), row);
        QVERIFY(tree->currentIndex().data(PlanTreeModel::HasProblemRole).toBool());

        // Fixing it enables Next again.
        editCell(tree, tree->model()->index(row, PlanTreeModel::PathColumn), planned.files.at(row).path);
        QCOMPARE(page->problemList()->count(), 0);
        QVERIFY(shown.next()->isEnabled());

        // An empty summary is a problem too.
        page->summaryEdit()->setFocus();
        page->summaryEdit()->selectAll();
        QTest::keyClick(page->summaryEdit(), Qt::Key_Delete);
        QVERIFY(!shown.next()->isEnabled());
        QTest::keyClicks(page->summaryEdit(), u"Counts words and finds the most common ones."_s);
        QVERIFY(shown.next()->isEnabled());

        // Adding a file by keyboard, removing it with Del.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(tree->model()->rowCount(), planned.files.size() + 1);
        QVERIFY(!shown.next()->isEnabled()); // no purpose yet
        if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
            QTest::keyClick(editor, Qt::Key_Escape);
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(int(planned.files.size()), 0));
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(tree->model()->rowCount(), planned.files.size());
        QVERIFY(shown.next()->isEnabled());

        QTest::mouseClick(shown.next(), Qt::LeftButton);
        QCOMPARE(shown.wizard->currentPage(), shown.generate);
        const Pygen::Plan stored = *Pygen::Plan::fromJson(projectJson().value(u"plan"_s).toObject());
        QCOMPARE(stored.summary, u"Counts words and finds the most common ones."_s);
        QCOMPARE(stored.files, planned.files);
    }

    void generatesThePackage_data()
    {
        QTest::addColumn<bool>("review");
        QTest::newRow("after the review pages") << true;
        QTest::newRow("without pausing for review") << false;
    }

    void generatesThePackage()
    {
        QFETCH(bool, review);
        const Wizard shown = showWizard(review ? Enhancement | Plan | Generate : Generate);
        if (review) {
            QTRY_VERIFY_WITH_TIMEOUT(shown.next()->isEnabled(), runTimeoutMs);
            QTest::mouseClick(shown.next(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(shown.plan->isEditing() && shown.next()->isEnabled(), runTimeoutMs);
            QTest::mouseClick(shown.next(), Qt::LeftButton);
        }
        QCOMPARE(shown.wizard->currentPage(), shown.generate);
        QCOMPARE(shown.finish()->text().remove(u'&'), u"Generate"_s);
        const QString summary = shown.generate->summaryText();
        QVERIFY2(summary.contains(u"fake"_s), qPrintable(summary));
        QVERIFY2(summary.contains(QDir::toNativeSeparators(m_draft->projectFolder)), qPrintable(summary));
        const QString expectedFiles = review
            ? QString::number(m_model->plan.value(u"files"_s).toArray().size()) + u" file"_s
            : u"Decided by the plan"_s;
        QVERIFY2(summary.contains(expectedFiles), qPrintable(summary));

        QSignalSpy accepted(shown.wizard.get(), &QDialog::accepted);
        QTest::mouseClick(shown.finish(), Qt::LeftButton);
        // Counted, not waited for: the signal may come before a wait() could start.
        QTRY_VERIFY2_WITH_TIMEOUT(!accepted.isEmpty(), qPrintable(shown.generate->errorText()), runTimeoutMs);
        QVERIFY(shown.generate->hasStarted());
        QVERIFY(m_draft->session());
        if (session().isRunning()) {
            QSignalSpy finished(&session(), &ProjectSession::finished);
            QVERIFY(finished.wait(runTimeoutMs));
            QVERIFY(finished.constFirst().constFirst().toBool());
        }
        const QString packageFolder = session().project().packageFolder();
        const QMap<QString, QString> files = ScriptedPackageModel::wordToolsFiles();
        for (auto file = files.cbegin(); file != files.cend(); ++file)
            QVERIFY2(QFile::exists(packageFolder + u'/' + file.key()), qPrintable(file.key()));
        QVERIFY(QFile::exists(packageFolder + u"/pyproject.toml"_s));
        // The review pages' work was not repeated.
        QCOMPARE(m_model->requestsFor(u"screen"_s), 1);
        QCOMPARE(m_model->requestsFor(u"plan"_s), 1);
    }

    // Back while "Preparing the project": the run waits for the page to be shown again.
    void backWhilePreparingStartsNoRun_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("enhancement") << int(Enhancement);
        QTest::newRow("plan") << int(Plan);
    }

    void backWhilePreparingStartsNoRun()
    {
        QFETCH(int, which);
        QWizard wizard;
        wizard.addPage(new QWizardPage);
        auto *enhancement = which == Enhancement ? new EnhancementReviewPage(*m_draft) : nullptr;
        auto *plan = which == Plan ? new PlanReviewPage(*m_draft) : nullptr;
        QWizardPage *page = enhancement ? static_cast<QWizardPage *>(enhancement) : plan;
        wizard.addPage(page);
        const auto working = [&] { return enhancement ? enhancement->isWorking() : plan->isWorking(); };
        const auto editing = [&] { return enhancement ? enhancement->isEditing() : plan->isEditing(); };
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));

        QSignalSpy started(m_draft.get(), &WizardDraft::sessionStarted);
        wizard.next();
        QCOMPARE(wizard.currentPage(), page);
        QVERIFY(working());
        wizard.back();
        QCOMPARE(wizard.currentId(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), runTimeoutMs);
        QCoreApplication::processEvents();
        QVERIFY(!session().isRunning());
        QCOMPARE(m_model->totalRequests(), 0);
        QVERIFY(!working());

        // Shown again, it runs.
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(editing() && !working(), runTimeoutMs);
        QVERIFY(m_model->totalRequests() > 0);
    }

    void generateStaysWhileStarting()
    {
        QWizard wizard;
        wizard.addPage(new QWizardPage);
        auto *generate = new GeneratePage(*m_draft);
        wizard.addPage(generate);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentPage(), generate);
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());

        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QSignalSpy started(m_draft.get(), &WizardDraft::sessionStarted);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());

        // Should the wizard go back all the same, nothing starts from the page that is gone.
        wizard.back();
        QCOMPARE(wizard.currentId(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), runTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(accepted.size(), 0);
        QVERIFY(wizard.isVisible());
        QVERIFY(!generate->hasStarted());
        QVERIFY(!session().isRunning());
        QCOMPARE(m_model->totalRequests(), 0);

        wizard.next();
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), runTimeoutMs);
        QVERIFY(generate->hasStarted());
    }

    // Esc, Cancel or the close button after the project was made ask first; closing keeps the edits.
    void closingAfterTheProjectWasMadeAsksFirst()
    {
        NewPackageWizard wizard(*m_services);
        WizardDraft &draft = wizard.draft();
        fill(draft);
        wizard.setStartId(NewPackageWizard::PlanPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *page = qobject_cast<PlanReviewPage *>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isEditing() && !page->isWorking(), runTimeoutMs);
        QVERIFY(draft.session());
        const QString folder = QDir::toNativeSeparators(draft.session()->project().folder());

        page->summaryEdit()->setFocus();
        page->summaryEdit()->selectAll();
        QTest::keyClicks(page->summaryEdit(), u"Edited before closing."_s);
        QTest::keyClick(page->summaryEdit(), Qt::Key_Escape);
        QMessageBox *question = wizard.findChild<QMessageBox *>(u"closeWizardQuestion"_s);
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(wizard.isVisible());
        QVERIFY2(question->text().contains(folder), qPrintable(question->text()));

        // Keep Working: the wizard stays as it was.
        auto *keep = question->findChild<QPushButton *>(u"keepWorking"_s);
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!wizard.findChild<QMessageBox *>(u"closeWizardQuestion"_s));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentPage(), page);

        // The close button asks too.
        QSignalSpy rejected(&wizard, &QDialog::rejected);
        wizard.close();
        QVERIFY(wizard.isVisible());
        question = wizard.findChild<QMessageBox *>(u"closeWizardQuestion"_s);
        QVERIFY(question);
        auto *close = question->findChild<QPushButton *>(u"closeWizard"_s);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(!wizard.isVisible());
        QVERIFY(draft.session());
        QVERIFY(!draft.session()->isRunning());
        const Pygen::Plan stored = *Pygen::Plan::fromJson(projectJsonOf(*draft.session()).value(u"plan"_s).toObject());
        QCOMPARE(stored.summary, u"Edited before closing."_s);
    }

    void cancellingLeavesTryAgain()
    {
        m_model->tokenChars = 4;
        m_model->tokenDelayMs = 40;
        m_draft->settings.concurrency = 1;
        const Wizard shown = showWizard(Enhancement | Plan);
        EnhancementReviewPage *page = shown.enhancement;
        QTRY_VERIFY_WITH_TIMEOUT(page->progressView()->streamedText().contains(u"detail"_s), runTimeoutMs);

        QTest::mouseClick(page->progressView()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->progressView()->retryButton()->isVisible() && !page->isWorking(), runTimeoutMs);
        QVERIFY(!shown.next()->isEnabled());
        QVERIFY(!page->progressView()->failureMessage().isEmpty());
        QVERIFY(!page->progressView()->cancelButton()->isEnabled());

        m_model->tokenDelayMs = 0;
        QTest::mouseClick(page->progressView()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->isEditing() && shown.next()->isEnabled(), runTimeoutMs);
        QCOMPARE(page->itemList()->count(), 3);
        QCOMPARE(m_model->requestsFor(u"screen"_s), 1);
    }

    void showsWhyARequestWasRefused()
    {
        m_model->refuse = true;
        const Wizard shown = showWizard(Enhancement | Plan);
        EnhancementReviewPage *page = shown.enhancement;
        QTRY_VERIFY_WITH_TIMEOUT(page->progressView()->retryButton()->isVisible(), runTimeoutMs);
        QVERIFY2(page->progressView()->failureMessage().contains(u"keylogger"_s),
                 qPrintable(page->progressView()->failureMessage()));
        QVERIFY(!shown.next()->isEnabled());
        QVERIFY(!page->isEditing());
        QCOMPARE(m_model->requestsFor(u"enhance"_s), 0);
    }

    void aFallbackPlanSaysSo()
    {
        m_model->badPlanReplies = 100;
        QJsonObject bad = m_model->plan;
        bad.insert(u"files"_s, QJsonArray{});
        m_model->badPlan = bad;
        const Wizard shown = showWizard(Enhancement | Plan);
        QTRY_VERIFY_WITH_TIMEOUT(shown.next()->isEnabled(), runTimeoutMs);
        QTest::mouseClick(shown.next(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shown.plan->isEditing(), runTimeoutMs);
        QVERIFY(shown.plan->showsFallbackNote());
        QVERIFY(shown.plan->model()->plan().fallback);
    }
    void plansAgain()
    {
        const Wizard shown = showWizard(Enhancement | Plan);
        QTRY_VERIFY_WITH_TIMEOUT(shown.next()->isEnabled(), runTimeoutMs);
        QTest::mouseClick(shown.next(), Qt::LeftButton);
        PlanReviewPage *page = shown.plan;
        QTRY_VERIFY_WITH_TIMEOUT(page->isEditing() && shown.finish()->isEnabled(), runTimeoutMs);
        QCOMPARE(m_model->requestsFor(u"plan"_s), 1);
        page->model()->setSummary(u"Changed, then dropped by planning again."_s);

        page->planAgainAction()->trigger();
        QVERIFY(page->isWorking());
        QVERIFY(!page->isEditing());
        QVERIFY(!shown.finish()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page->isEditing() && shown.finish()->isEnabled(), runTimeoutMs);
        QCOMPARE(m_model->requestsFor(u"plan"_s), 2);
        QCOMPARE(m_model->requestsFor(u"enhance"_s), 3);
        QCOMPARE(page->summaryEdit()->toPlainText(), PlanReader::fromJson(m_model->plan).plan->summary);
    }

    void showsProgressRetriesWarningsAndFailures()
    {
        ProjectState state;
        state.spec = wordToolsSpec();
        const Project::LoadResult created = Project::create(m_folder->filePath(u"direct"_s), state);
        QVERIFY2(created.project, qPrintable(created.errorMessage));
        ProjectSession session(created.project);
        StageProgressView view;
        view.follow(&session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.begin(u"Starting"_s);

        PipelineContext context;
        context.project = created.project.get();
        const std::unique_ptr<PipelineStage> stage = Pipeline::createStage(StageId::Generate, context);
        Q_EMIT session.stageStarted(StageId::Generate, stage.get());
        Q_EMIT stage->progressChanged(2, 5);
        QCOMPARE(view.progressBar()->maximum(), 5);
        QCOMPARE(view.progressBar()->value(), 2);

        Q_EMIT stage->textReceived(u"src/word_tools/counting.py"_s, u"def count"_s);
        Q_EMIT stage->textReceived(u"src/word_tools/counting.py"_s, u"_words():"_s);
        QVERIFY(view.streamedText().contains(u"src/word_tools/counting.py"_s));
        QVERIFY(view.streamedText().contains(u"def count_words():"_s));

        RetryWait wait;
        wait.reason = ProviderError::Kind::RateLimited;
        wait.nextAttempt = 2;
        wait.maximumAttempts = 5;
        wait.delay = std::chrono::seconds(8);
        Q_EMIT stage->retryScheduled(u"src/word_tools/counting.py"_s, wait);
        QCOMPARE(view.noticeText(), wait.message());

        Q_EMIT stage->warningRaised(u"The file was cut off; continuing."_s);
        QCOMPARE(view.warnings(), QStringList{u"The file was cut off; continuing."_s});

        QSignalSpy retry(&view, &StageProgressView::retryRequested);
        QVERIFY(!view.retryButton()->isVisible());
        Q_EMIT session.stageFailed(StageId::Generate, u"No Ollama at the address."_s);
        Q_EMIT session.finished(false);
        QCOMPARE(view.failureMessage(), u"No Ollama at the address."_s);
        QVERIFY(view.noticeText().isEmpty());
        QVERIFY(view.retryButton()->isVisible());
        QVERIFY(!view.cancelButton()->isEnabled());
        QTest::mouseClick(view.retryButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);

        view.begin(u"Again"_s);
        QVERIFY(view.streamedText().isEmpty());
        QVERIFY(view.failureMessage().isEmpty());
        QVERIFY(view.warnings().isEmpty());
        QVERIFY(!view.retryButton()->isVisible());
    }
};

QTEST_MAIN(ReviewPagesTest)
#include "ReviewPagesTest.moc"
