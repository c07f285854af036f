#include "StudioTestSupport.h"

#include "CodeEditor.h"
#include "EditorArea.h"
#include "FakeOpenAiServer.h"
#include "FieldProblemLabel.h"
#include "MainWindow.h"
#include "ModelPage.h"
#include "NewPackageWizard.h"
#include "PipelinePanel.h"
#include "ProviderTestSupport.h"
#include "TestData.h"
#include "WizardDraft.h"
#include "llm/ProviderSettings.h"
#include "pipeline/PipelineStage.h"
#include "project/ProjectSession.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// What goes wrong, seen through the studio's window: no Ollama, a rejected key, a rate limit
// with its retries shown, and a cancel in the middle of generation.
class StudioErrorPathsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> m_fixture;

    // Opens the wizard with the idea and features filled in and goes on to the model page.
    static ModelPage *modelPageOf(MainWindow &window)
    {
        QSignalSpy opened(&window, &MainWindow::wizardOpened);
        window.startNewPackage();
        auto *wizard = qobject_cast<NewPackageWizard *>(opened.constFirst().constFirst().value<QWidget *>());
        wizard->draft().spec = *SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s)).spec;
        wizard->restart();
        for (int page = 0; page < 2; ++page) {
            if (!QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 10000))
                return nullptr;
            wizard->button(QWizard::NextButton)->click();
        }
        return qobject_cast<ModelPage *>(wizard->currentPage());
    }

    std::shared_ptr<ProjectSession> wordToolsSession(int concurrency)
    {
        ProjectState state;
        state.spec = *SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s)).spec;
        QFuture<Project::LoadResult> creating = ProjectSession::createProject(m_fixture->projectFolder(), state);
        if (!QTest::qWaitFor([&] { return creating.isFinished(); }, 20000) || !creating.result().project)
            qFatal("no project");
        auto session = std::make_shared<ProjectSession>(creating.result().project);
        PipelineSettings settings;
        settings.model = u"coder:latest"_s;
        settings.concurrency = concurrency;
        settings.useCache = false;
        session->setSettings(settings);
        session->setProvider(fakeConfiguration(u"ollama"_s, m_fixture->server.baseUrl()),
                             &m_fixture->services->network());
        return session;
    }

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<StudioFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void noOllamaSaysSoAndOffersTheCloud()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        m_fixture->services->providerSettings().setBaseUrl(u"ollama"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        MainWindow window(*m_fixture->services);
        window.show();
        ModelPage *page = modelPageOf(window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(u"No Ollama"_s), 20000);
        QVERIFY2(page->statusLabel()->text().contains(u"ollama serve"_s), qPrintable(page->statusLabel()->text()));
        QVERIFY(page->cloudChoices()->isVisible());
        QVERIFY(!qobject_cast<QWizard *>(page->window())->button(QWizard::NextButton)->isEnabled());
    }

    void aWrongKeyShowsTheProvidersRejection()
    {
        FakeOpenAiServer openAi("/v1");
        openAi.setRequiredApiKey(u"the-right-key-123"_s);
        openAi.setModels({{u"gpt-4o-mini"_s, 128000}});
        m_fixture->services->providerSettings().setDefaultProviderId(u"openai"_s);
        m_fixture->services->providerSettings().setBaseUrl(u"openai"_s, openAi.apiBaseUrl());
        MainWindow window(*m_fixture->services);
        window.show();
        ModelPage *page = modelPageOf(window);
        QVERIFY(page);
        QTRY_VERIFY(!page->statusLabel()->text().startsWith(u"Looking for the key"_s));
        page->apiKeyEdit()->setText(u"a-wrong-key-456"_s);
        QSignalSpy refreshed(page, &ModelPage::modelsRefreshed);
        page->testButton()->click();
        QVERIFY(refreshed.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(u"rejected"_s), 20000);
        QVERIFY2(page->statusLabel()->text().contains(u"OpenAI"_s), qPrintable(page->statusLabel()->text()));
        QVERIFY2(!page->statusLabel()->text().contains(u"a-wrong-key-456"_s), qPrintable(page->statusLabel()->text()));
        QVERIFY(!qobject_cast<QWizard *>(page->window())->button(QWizard::NextButton)->isEnabled());
    }

    void aRateLimitShowsItsRetries()
    {
        m_fixture->model.rateLimitedFiles = {u"src/word_tools/counting.py"_s};
        m_fixture->model.rateLimitedReplies = 1;
        MainWindow window(*m_fixture->services);
        window.show();
        const std::shared_ptr<ProjectSession> session = wordToolsSession(1);
        window.setSession(session);
        QSignalSpy finished(session.get(), &ProjectSession::finished);
        QVERIFY(!session->run());
        QTRY_VERIFY_WITH_TIMEOUT(window.pipelinePanel()->retryLabel()->text().contains(u"attempt 2 of"_s), 60000);
        QVERIFY2(window.pipelinePanel()->retryLabel()->text().contains(u"Rate limited"_s),
                 qPrintable(window.pipelinePanel()->retryLabel()->text()));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        QCOMPARE(m_fixture->model.requestsFor(u"src/word_tools/counting.py"_s), 2);
    }

    void cancellingGenerationKeepsFinishedFilesAndTheWindowUsable()
    {
        m_fixture->model.tokenDelayMs = 15;
        MainWindow window(*m_fixture->services);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const std::shared_ptr<ProjectSession> session = wordToolsSession(1);
        window.setSession(session);

        // After the second generated file: open the first in the editor while the run goes on,
        // then cancel with the window's shortcut.
        QStringList done;
        connect(session.get(), &ProjectSession::stageStarted, this, [&](StageId id, PipelineStage *stage) {
            if (id != StageId::Generate)
                return;
            connect(stage, &PipelineStage::fileFinished, this, [&](const QString &path, bool succeeded) {
                if (succeeded && path.endsWith(u".py"))
                    done.append(path);
            });
        });
        QSignalSpy finished(session.get(), &ProjectSession::finished);
        QVERIFY(!session->run());
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 2, 60000);
        QVERIFY(session->isRunning());

        window.editorArea()->openPackageFile(done.constFirst());
        QTRY_VERIFY(window.editorArea()->currentEditor() && !window.editorArea()->currentEditor()->isReadOnly());
        QTest::keyClicks(window.editorArea()->currentEditor(), u"# typed while generating"_s);
        QTest::keyClick(window.editorArea()->currentEditor(), Qt::Key_Return);
        QVERIFY(window.editorArea()->currentEditor()->toPlainText().startsWith(u"# typed while generating\n"_s));

        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.constFirst().constFirst().toBool());
        QCOMPARE(session->project().state().stage(StageId::Generate).state, StageState::Cancelled);
        QTRY_VERIFY(window.pipelinePanel()->statusLabel()->text().contains(u"ancel"_s));
        for (const QString &path : std::as_const(done)) {
            QVERIFY2(session->project().package().contains(path), qPrintable(path));
            QCOMPARE(session->project().state().files.value(path).status, FileStatus::Generated);
        }

        // F5 goes on from there, without asking for the finished files again.
        const int askedBefore = m_fixture->model.requestsFor(done.constFirst());
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().constFirst().toBool());
        QCOMPARE(m_fixture->model.requestsFor(done.constFirst()), askedBefore);
    }
};

QTEST_MAIN(StudioErrorPathsTest)
#include "StudioErrorPathsTest.moc"
