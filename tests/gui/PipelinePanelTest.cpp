#include "PipelinePanel.h"

#include "FakeOllamaServer.h"
#include "ProviderTestSupport.h"
#include "ScriptedPackageModel.h"
#include "TestData.h"

#include "pipeline/PipelineStage.h"
#include "pipeline/Spec.h"
#include "project/Project.h"
#include "project/ProjectSession.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// The pipeline panel on a real ProjectSession whose model is a scripted fake Ollama: what it shows
// while the pipeline runs and after, and what its Cancel and "Run this stage again" do.
class PipelinePanelTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<FakeOllamaServer> m_server;
    std::unique_ptr<ScriptedPackageModel> m_model;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<PipelinePanel> m_panel;

    static Spec wordToolsSpec()
    {
        const SpecReader::Result result = SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s));
        if (!result.spec)
            qFatal("wordtools spec: %s", qPrintable(result.errors.join(u"; ")));
        return *result.spec;
    }

    void openSession(int concurrency, bool withProvider = true)
    {
        ProjectState state;
        state.spec = wordToolsSpec();
        Project::LoadResult created = Project::create(m_folder->filePath(u"project"_s), state);
        if (!created.project)
            qFatal("project: %s", qPrintable(created.errorMessage));
        m_project = created.project;
        m_session = std::make_unique<ProjectSession>(m_project);
        if (withProvider)
            m_session->setProvider(fakeConfiguration(u"ollama"_s, m_server->baseUrl()), m_network.get());
        PipelineSettings settings;
        settings.model = u"coder:latest"_s;
        settings.concurrency = concurrency;
        settings.useCache = false;
        m_session->setSettings(settings);
        m_panel = std::make_unique<PipelinePanel>();
        m_panel->setSession(m_session.get());
        m_panel->resize(600, 900);
        m_panel->show();
    }

    QTreeWidgetItem *stageItem(StageId id) const
    {
        for (int row = 0; row < m_panel->stageList()->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = m_panel->stageList()->topLevelItem(row);
            if (item->text(0) == PipelineStage::displayName(id))
                return item;
        }
        return nullptr;
    }

    QString fileState(const QString &path) const
    {
        const QList<QTreeWidgetItem *> found = m_panel->fileList()->findItems(path, Qt::MatchExactly, 0);
        return found.size() == 1 ? found.constFirst()->text(1) : QString();
    }

    // Waits for the session's run to end; returns whether it succeeded.
    bool waitForRun(QSignalSpy &finished)
    {
        if (finished.isEmpty() && !finished.wait(120000))
            qFatal("the run did not finish");
        return finished.takeFirst().constFirst().toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeOllamaServer>();
        m_server->setModels({FakeModel{u"coder:latest"_s, 131072}});
        m_model = std::make_unique<ScriptedPackageModel>();
        m_model->install(*m_server);
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_panel.reset();
        m_session.reset();
        if (m_project) {
            QFuture<void> flushed = m_project->flushed();
            QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);
        }
        m_project.reset();
        m_network.reset();
        m_server.reset();
        m_model.reset();
        m_folder.reset();
    }

    void showsAWholeRun()
    {
        m_model->tokenDelayMs = 2;
        openSession(2);
        QVERIFY(!m_panel->stageList()->accessibleName().isEmpty());
        QVERIFY(!m_panel->liveText()->accessibleName().isEmpty());
        QVERIFY(m_panel->liveText()->isReadOnly());
        QCOMPARE(m_panel->stageList()->topLevelItemCount(), 6);
        QCOMPARE(stageItem(StageId::Plan)->text(1), PipelinePanel::stateText(StageState::Pending));
        QVERIFY(!m_panel->cancelButton()->isEnabled());

        QSignalSpy finished(m_session.get(), &ProjectSession::finished);
        QVERIFY(!m_session->run());
        QVERIFY(m_panel->cancelButton()->isEnabled());
        // The model's text shows while it streams, not only at the end.
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->liveText()->toPlainText().isEmpty(), 30000);
        QVERIFY(m_session->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(
            fileState(u"src/word_tools/counting.py"_s).contains(u"Generating"_s) || !finished.isEmpty(), 60000);
        QVERIFY(waitForRun(finished));

        const ProjectState &state = m_project->state();
        for (const StageId id : {StageId::Screen, StageId::Enhance, StageId::Context, StageId::Plan, StageId::Generate,
                                 StageId::Document}) {
            QCOMPARE(stageItem(id)->text(1), PipelinePanel::stateText(state.stage(id).state));
        }
        QCOMPARE(stageItem(StageId::Generate)->text(1), PipelinePanel::stateText(StageState::Finished));
        QCOMPARE(stageItem(StageId::Context)->text(1), PipelinePanel::stateText(StageState::Skipped));

        const QStringList files = ScriptedPackageModel::wordToolsFiles().keys();
        for (const QString &path : files) {
            QVERIFY2(fileState(path).contains(u"Done"_s), qPrintable(path + u": "_s + fileState(path)));
            QVERIFY2(m_panel->streams().contains(path), qPrintable(path));
            // The stream holds what the model wrote for the file.
            const QString firstLine = ScriptedPackageModel::wordToolsFiles().value(path).section(u'\n', 0, 0);
            QVERIFY2(m_panel->streamText(path).contains(firstLine), qPrintable(path));
        }
        QVERIFY(m_panel->fileList()->topLevelItemCount() >= files.size());
        QVERIFY(m_panel->streamSelector()->count() > 1);
        QVERIFY(m_panel->streamSelector()->isEnabled());

        QVERIFY(m_panel->promptTokens() > 0);
        QVERIFY(m_panel->outputTokens() > 0);
        const QString usage = m_panel->usageLabel()->text();
        QVERIFY2(usage.contains(QLocale().toString(m_panel->promptTokens())), qPrintable(usage));
        QVERIFY2(usage.contains(QLocale().toString(m_panel->outputTokens())), qPrintable(usage));
        QCOMPARE(m_panel->progressBar()->value(), m_panel->progressBar()->maximum());
        QVERIFY(m_panel->statusLabel()->text().contains(u"Finished"_s));
        QVERIFY(!m_panel->cancelButton()->isEnabled());

        m_panel->setSession(nullptr);
        QCOMPARE(m_panel->fileList()->topLevelItemCount(), 0);
        QVERIFY(m_panel->liveText()->toPlainText().isEmpty());
        QCOMPARE(stageItem(StageId::Plan)->text(1), PipelinePanel::stateText(StageState::Pending));
    }

    void selectorShowsTheChosenStream()
    {
        m_model->tokenDelayMs = 1;
        openSession(3);
        QSignalSpy finished(m_session.get(), &ProjectSession::finished);
        QVERIFY(!m_session->run());
        QVERIFY(waitForRun(finished));
        const QString path = u"src/word_tools/counting.py"_s;
        const int index = m_panel->streamSelector()->findText(path);
        QVERIFY(index >= 0);
        m_panel->streamSelector()->setFocus();
        // Pick it the way a person does: by keyboard, which emits activated().
        while (m_panel->streamSelector()->currentIndex() != index) {
            QTest::keyClick(m_panel->streamSelector(),
                            m_panel->streamSelector()->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        }
        QCOMPARE(m_panel->liveText()->toPlainText(), m_panel->streamText(path));
    }

    void showsRetryWaits()
    {
        openSession(1);
        // The first request is rate limited, then the screening says yes.
        int requests = 0;
        m_server->setChatResponder([&requests](const RecordedRequest &) -> std::optional<ScriptedReply> {
            if (++requests > 1)
                return std::nullopt;
            ScriptedReply limited;
            limited.status = 429;
            limited.extraHeaders = {{"retry-after", "1"}};
            limited.errorBody = FakeOllamaServer::errorBody(u"rate limit exceeded"_s);
            return limited;
        });
        ScriptedReply verdict;
        verdict.chunks = {u"{\"allowed\": true, "_s, u"\"reason\": \"A harmless tool.\"}"_s};
        m_server->enqueueChat(verdict);

        QSignalSpy finished(m_session.get(), &ProjectSession::finished);
        QVERIFY(!m_session->run(StageId::Screen, StageId::Screen));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->retryLabel()->text().contains(u"attempt 2 of"_s), 30000);
        QVERIFY(m_panel->retryLabel()->isVisibleTo(m_panel.get()));
        QVERIFY2(m_panel->retryLabel()->text().contains(u"Rate limited"_s), qPrintable(m_panel->retryLabel()->text()));
        QVERIFY(waitForRun(finished));
        QCOMPARE(requests, 2);
        QVERIFY(m_panel->retryLabel()->text().isEmpty());
        QCOMPARE(stageItem(StageId::Screen)->text(1), PipelinePanel::stateText(StageState::Finished));
    }

    void keepsTheTailOfALongStream()
    {
        openSession(1);
        // The screening request gets 300 KB of text (no verdict; screening lets the request through).
        constexpr qint64 total = 300 * 1024;
        m_server->setChatResponder([](const RecordedRequest &) -> std::optional<ScriptedReply> {
            ScriptedReply flood;
            flood.generatedTextBytes = total;
            flood.generatedChunkBytes = 512;
            return flood;
        });
        QSignalSpy finished(m_session.get(), &ProjectSession::finished);
        QVERIFY(!m_session->run(StageId::Screen, StageId::Screen));
        waitForRun(finished);

        const QString stream = PipelineStage::displayName(StageId::Screen);
        QVERIFY(m_panel->streams().contains(stream));
        const QString expected = QString::fromLatin1(FakeProviderServer::generatedText(
            total - PipelinePanel::maximumStreamChars, PipelinePanel::maximumStreamChars));
        QCOMPARE(m_panel->streamText(stream).size(), PipelinePanel::maximumStreamChars);
        QVERIFY(m_panel->streamText(stream) == expected);
        QVERIFY(m_panel->liveText()->toPlainText().size() <= PipelinePanel::maximumStreamChars * 5 / 4);
        QVERIFY(m_panel->liveText()->toPlainText().endsWith(expected.right(1000)));
    }

    void cancelKeepsFinishedFilesAndRerunContinues_data()
    {
        QTest::addColumn<bool>("byAction");
        QTest::newRow("button") << false;
        QTest::newRow("action") << true;
    }

    void cancelKeepsFinishedFilesAndRerunContinues()
    {
        QFETCH(bool, byAction);
        m_model->tokenDelayMs = 5;
        openSession(1);
        if (byAction) {
            m_panel->activateWindow();
            m_panel->liveText()->setFocus();
            QTRY_VERIFY(m_panel->liveText()->hasFocus());
        }
        // Cancelled the way a person does, right after the second file is done: the third is on its way.
        QStringList generated;
        bool cancelEnabledAfterwards = true;
        connect(m_session.get(), &ProjectSession::stageStarted, this, [&](StageId id, PipelineStage *stage) {
            if (id != StageId::Generate)
                return;
            connect(stage, &PipelineStage::fileFinished, this, [&](const QString &path, bool succeeded) {
                if (!succeeded)
                    return;
                generated.append(path);
                if (generated.size() != 2)
                    return;
                if (byAction)
                    m_panel->cancelAction()->trigger();
                else
                    QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
                cancelEnabledAfterwards = m_panel->cancelButton()->isEnabled();
            });
        });
        QSignalSpy finished(m_session.get(), &ProjectSession::finished);
        QVERIFY(!m_session->run());
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QVERIFY(!waitForRun(finished));
        QCOMPARE(generated.size(), 2);
        QVERIFY(!cancelEnabledAfterwards);

        QCOMPARE(m_project->state().stage(StageId::Generate).state, StageState::Cancelled);
        QCOMPARE(stageItem(StageId::Generate)->text(1), PipelinePanel::stateText(StageState::Cancelled));
        QVERIFY2(m_panel->statusLabel()->text().contains(u"Cancelled"_s), qPrintable(m_panel->statusLabel()->text()));
        QVERIFY(generated.size() < ScriptedPackageModel::wordToolsFiles().size());
        for (const QString &path : std::as_const(generated)) {
            QVERIFY2(m_project->package().file(path), qPrintable(path));
            QVERIFY2(fileState(path).contains(u"Done"_s), qPrintable(path));
        }

        // Run the generation again from the stage list; it finishes the rest.
        QVERIFY(!m_panel->rerunButton()->isEnabled());
        m_panel->stageList()->setCurrentItem(stageItem(StageId::Generate));
        QVERIFY(m_panel->rerunButton()->isEnabled());
        QTest::mouseClick(m_panel->rerunButton(), Qt::LeftButton);
        QVERIFY(m_session->isRunning());
        QVERIFY(!m_panel->rerunButton()->isEnabled());
        QVERIFY(!m_panel->rerunAction()->isEnabled());
        QVERIFY(waitForRun(finished));
        QCOMPARE(m_project->state().stage(StageId::Generate).state, StageState::Finished);
        QCOMPARE(stageItem(StageId::Generate)->text(1), PipelinePanel::stateText(StageState::Finished));
        for (const QString &path : ScriptedPackageModel::wordToolsFiles().keys())
            QVERIFY2(m_project->package().file(path), qPrintable(path));
        QVERIFY(m_panel->rerunButton()->isEnabled());
    }

    void refusedRerunIsExplained()
    {
        openSession(1, false);
        m_panel->stageList()->setCurrentItem(stageItem(StageId::Plan));
        QVERIFY(m_panel->rerunAction()->isEnabled());
        m_panel->rerunAction()->trigger();
        QVERIFY(!m_session->isRunning());
        QVERIFY(m_panel->messageLabel()->isVisibleTo(m_panel.get()));
        QVERIFY2(m_panel->messageLabel()->text().contains(u"provider"_s), qPrintable(m_panel->messageLabel()->text()));
        QVERIFY(m_panel->stageList()->actions().contains(m_panel->rerunAction()));
    }
};

QTEST_MAIN(PipelinePanelTest)
#include "PipelinePanelTest.moc"
