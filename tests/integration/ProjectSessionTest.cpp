#include "FakeOllamaServer.h"
#include "ProviderTestSupport.h"
#include "ScriptedPackageModel.h"
#include "TestData.h"

#include "pipeline/PipelineStage.h"
#include "project/ProjectSession.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// The session the studio's wizard and window share: a project made off the GUI thread, runs that
// pause for review, and the person's edits, which send later stages back to pending.
class ProjectSessionTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<FakeOllamaServer> m_server;
    std::unique_ptr<ScriptedPackageModel> m_model;
    std::unique_ptr<QNetworkAccessManager> m_network;

    static Spec wordToolsSpec()
    {
        const SpecReader::Result result = SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s));
        if (!result.spec)
            qFatal("wordtools spec: %s", qPrintable(result.errors.join(u"; ")));
        return *result.spec;
    }

    std::unique_ptr<ProjectSession> createSession()
    {
        ProjectState state;
        state.spec = wordToolsSpec();
        QFuture<Project::LoadResult> creating = ProjectSession::createProject(m_folder->filePath(u"p"_s), state);
        if (!QTest::qWaitFor([&] { return creating.isFinished(); }, 20000))
            qFatal("the project was not created");
        const Project::LoadResult created = creating.result();
        if (!created.project)
            qFatal("project: %s", qPrintable(created.errorMessage));
        auto session = std::make_unique<ProjectSession>(created.project);
        PipelineSettings settings;
        settings.model = u"coder:latest"_s;
        settings.concurrency = 2;
        settings.useCache = false;
        session->setSettings(settings);
        session->setProvider(fakeConfiguration(u"ollama"_s, m_server->baseUrl()), m_network.get());
        return session;
    }

    static bool runToEnd(ProjectSession &session, StageId first, StageId last)
    {
        QSignalSpy finished(&session, &ProjectSession::finished);
        if (const auto refused = session.run(first, last))
            qFatal("run refused: %s", qPrintable(*refused));
        if (!finished.wait(60000))
            qFatal("the run did not finish");
        return finished.constFirst().constFirst().toBool();
    }

    static void flush(Project &project)
    {
        QFuture<void> flushed = project.flushed();
        QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);
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
        m_network.reset();
        m_server.reset();
        m_model.reset();
        m_folder.reset();
    }

    void createsTheProjectInAWorkerThreadForTheCallersThread()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QCOMPARE(session->project().thread(), QThread::currentThread());
        QVERIFY(QFile::exists(m_folder->filePath(u"p/project.json"_s)));
        QCOMPARE(session->project().state().settings.value(u"provider"_s).toString(), u"ollama"_s);
        QCOMPARE(session->project().state().settings.value(u"model"_s).toString(), u"coder:latest"_s);
    }

    void refusesAFolderThatIsNotEmpty()
    {
        QFile clutter(m_folder->filePath(u"busy/notes.txt"_s));
        QVERIFY(QDir().mkpath(m_folder->filePath(u"busy"_s)));
        QVERIFY(clutter.open(QIODevice::WriteOnly));
        clutter.close();
        QFuture<Project::LoadResult> creating = ProjectSession::createProject(m_folder->filePath(u"busy"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(creating.isFinished(), 20000);
        QVERIFY(!creating.result().project);
        QVERIFY2(creating.result().errorMessage.contains(u"not empty"_s), qPrintable(creating.result().errorMessage));
    }

    void refusesToRunWithoutAModelOrTwice()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        PipelineSettings settings = session->settings();
        settings.model.clear();
        session->setSettings(settings);
        QVERIFY(session->run().has_value());
        settings.model = u"coder:latest"_s;
        session->setSettings(settings);
        QSignalSpy finished(session.get(), &ProjectSession::finished);
        QVERIFY(!session->run(StageId::Screen, StageId::Enhance));
        QVERIFY(session->isRunning());
        QVERIFY(session->run().has_value());
        QVERIFY(session->setPlan({}).has_value());
        QVERIFY(finished.wait(60000));
        QVERIFY(!session->isRunning());
    }

    void pausesAfterEnhancementAndAnEditSendsLaterStagesBack()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Enhance));
        QCOMPARE(session->project().state().stage(StageId::Plan).state, StageState::Pending);
        QVERIFY(runToEnd(*session, StageId::Context, StageId::Plan));
        QCOMPARE(session->project().state().stage(StageId::Plan).state, StageState::Finished);

        EnhancedSpec edited = *session->project().state().enhancedSpec;
        edited.features[0].description = u"Counts words, ignoring punctuation."_s;
        QVERIFY(!session->setEnhancedSpec(edited));
        QCOMPARE(session->project().state().enhancedSpec, edited);
        QCOMPARE(session->project().state().stage(StageId::Enhance).state, StageState::Finished);
        QCOMPARE(session->project().state().stage(StageId::Plan).state, StageState::Pending);

        // The next run plans again from the edited text, without enhancing again.
        const int enhanceRequests = m_model->requestsFor(u"enhance"_s);
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Plan));
        QCOMPARE(m_model->requestsFor(u"enhance"_s), enhanceRequests);
        QCOMPARE(m_model->requestsFor(u"plan"_s), 2);
        flush(session->project());
        QFile stored(m_folder->filePath(u"p/project.json"_s));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll().contains("Counts words, ignoring punctuation."));
    }

    void enhancesOneFeatureAgainAndKeepsTheOthers()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Plan));
        EnhancedSpec edited = *session->project().state().enhancedSpec;
        edited.features[0].description = u"My own words."_s;
        QVERIFY(!session->setEnhancedSpec(edited));
        const int before = m_model->requestsFor(u"enhance"_s);

        QSignalSpy finished(session.get(), &ProjectSession::finished);
        QVERIFY(!session->enhanceFeatureAgain(1));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        QCOMPARE(m_model->requestsFor(u"enhance"_s), before + 1);
        const EnhancedSpec after = *session->project().state().enhancedSpec;
        QCOMPARE(after.features.at(0).description, u"My own words."_s);
        QCOMPARE(after.features.at(1).description, u"In detail: Find the most common words."_s);
        QCOMPARE(session->project().state().stage(StageId::Plan).state, StageState::Pending);
        QVERIFY(session->enhanceFeatureAgain(7).has_value());
    }

    void aFailedSecondEnhancementLeavesTheEnhancedRequestAsItWas()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Enhance));
        const EnhancedSpec before = *session->project().state().enhancedSpec;
        m_server->setChatResponder([](const RecordedRequest &) -> std::optional<ScriptedReply> {
            ScriptedReply failure;
            failure.status = 400;
            failure.errorBody = R"({"error":"the fake refuses"})";
            return failure;
        });
        QSignalSpy finished(session.get(), &ProjectSession::finished);
        QVERIFY(!session->enhanceFeatureAgain(0));
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.constFirst().constFirst().toBool());
        QCOMPARE(*session->project().state().enhancedSpec, before);
        QCOMPARE(session->project().state().stage(StageId::Enhance).state, StageState::Finished);
    }

    void aChangedRequestIsEnhancedWhole()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Enhance));
        Spec spec = session->project().state().spec;
        spec.features[1] = u"Find the rarest words"_s;
        QVERIFY(!session->setSpec(spec));
        // The request changed, so "again" for one feature would mix old text with new: all of it.
        const int before = m_model->requestsFor(u"enhance"_s);
        QSignalSpy finished(session.get(), &ProjectSession::finished);
        QVERIFY(!session->enhanceFeatureAgain(0));
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_model->requestsFor(u"enhance"_s), before + 3);
        QCOMPARE(session->project().state().enhancedSpec->features.at(1).name, u"Find the rarest words"_s);
    }

    void savesRenamesCreatesAndDeletesFilesAsThePersonsEdits()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Document));
        Project &project = session->project();
        const QString module = u"src/word_tools/counting.py"_s;
        QVERIFY(project.package().contains(module));

        QVERIFY(!session->saveFile(module, "def count():\n    return 0\n"));
        QCOMPARE(project.package().file(module)->origin, FileOrigin::Edited);
        QVERIFY(!session->renameFile(module, u"src/word_tools/tally.py"_s));
        QVERIFY(!project.package().contains(module));
        QVERIFY(!session->createFile(u"notes/todo.md"_s, "# To do\n"));
        QCOMPARE(project.package().file(u"notes/todo.md"_s)->role, FileRole::Doc);
        QVERIFY(session->createFile(u"notes/todo.md"_s).has_value());
        QVERIFY(session->createFile(u"../outside.py"_s).has_value());
        QVERIFY(session->renameFile(u"src/word_tools/tally.py"_s, u"/etc/passwd"_s).has_value());
        QVERIFY(!session->deleteFile(u"notes/todo.md"_s));
        QVERIFY(session->deleteFile(u"notes/todo.md"_s).has_value());
        flush(project);

        // The plan follows, so a later run neither writes the old name again nor calls it missing.
        QVERIFY(!project.state().plan->file(module));
        QVERIFY(project.state().plan->file(u"src/word_tools/tally.py"_s));
        for (const PlannedFile &file : project.state().plan->files)
            QVERIFY2(!file.dependsOn.contains(module), qPrintable(file.path));
        QVERIFY(!session->deleteFile(u"examples/basic_usage.py"_s));
        QVERIFY(!project.state().plan->file(u"examples/basic_usage.py"_s));
        // A rename that only changes the case is allowed.
        QVERIFY(!session->renameFile(u"README.md"_s, u"Readme.md"_s));
        QVERIFY(project.package().contains(u"Readme.md"_s));
        QVERIFY(!project.package().contains(u"README.md"_s));
        flush(project);

        QFile renamed(project.packageFolder() + u"/src/word_tools/tally.py"_s);
        QVERIFY(renamed.open(QIODevice::ReadOnly));
        QCOMPARE(renamed.readAll(), QByteArray("def count():\n    return 0\n"));
        QVERIFY(!QFile::exists(project.packageFolder() + u'/' + module));
        QVERIFY(!QFile::exists(project.packageFolder() + u"/notes/todo.md"_s));
        QVERIFY(!QFile::exists(m_folder->filePath(u"outside.py"_s)));
    }

    void anEditedPlanRegeneratesOnlyWhatChanged()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Document));
        Plan plan = *session->project().state().plan;
        const QString changed = u"src/word_tools/counting.py"_s;
        for (PlannedFile &file : plan.files) {
            if (file.path == changed)
                file.purpose += u" Also counts characters."_s;
        }
        QVERIFY(!session->setPlan(plan));
        QCOMPARE(session->project().state().files.value(changed).status, FileStatus::Planned);
        QCOMPARE(session->project().state().stage(StageId::Generate).state, StageState::Pending);
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Document));
        QCOMPARE(m_model->requestsFor(changed), 2);
        QCOMPARE(m_model->requestsFor(u"src/word_tools/frequency.py"_s), 1);
    }

    void aNewPlanAfterAnEditedRequestRegeneratesWhatChangedAndRemovesWhatWasDropped()
    {
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Document));
        Project &project = session->project();
        const QString changed = u"src/word_tools/counting.py"_s;
        const QString dropped = u"examples/basic_usage.py"_s;
        const QString unchanged = u"src/word_tools/frequency.py"_s;
        QVERIFY(project.package().contains(dropped));

        EnhancedSpec edited = *project.state().enhancedSpec;
        edited.features[0].description = u"Counts words and characters."_s;
        QVERIFY(!session->setEnhancedSpec(edited));
        QCOMPARE(project.state().stage(StageId::Plan).state, StageState::Pending);
        // The model's new plan: one purpose changed, the example gone.
        QJsonArray files;
        for (const QJsonValue &value : m_model->plan.value(u"files"_s).toArray()) {
            QJsonObject file = value.toObject();
            if (file.value(u"path"_s).toString() == dropped)
                continue;
            if (file.value(u"path"_s).toString() == changed)
                file.insert(u"purpose"_s, QString(file.value(u"purpose"_s).toString() + u" Also counts characters."_s));
            files.append(file);
        }
        m_model->plan.insert(u"files"_s, files);

        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Document));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 2);
        QCOMPARE(m_model->requestsFor(changed), 2);
        QCOMPARE(m_model->requestsFor(unchanged), 1);
        QCOMPARE(m_model->requestsFor(dropped), 1);
        QVERIFY(!project.package().contains(dropped));
        QVERIFY(!project.state().files.contains(dropped));
        QCOMPARE(project.state().files.value(changed).status, FileStatus::Generated);
        flush(project);
        QVERIFY(!QFile::exists(project.packageFolder() + u'/' + dropped));
        QVERIFY(QFile::exists(project.packageFolder() + u'/' + unchanged));
    }

    void anEditToAQueuedFileIsKept()
    {
        m_model->tokenDelayMs = 5;
        const std::unique_ptr<ProjectSession> session = createSession();
        PipelineSettings settings = session->settings();
        settings.concurrency = 1;
        session->setSettings(settings);
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Plan));

        const QByteArray mine = "def test_mine():\n    assert True\n";
        QString target;
        std::optional<QString> refused = u"not tried"_s;
        connect(session.get(), &ProjectSession::stageStarted, this, [&](StageId, PipelineStage *stage) {
            connect(stage, &PipelineStage::fileStarted, this, [&](const QString &path) {
                if (!target.isEmpty())
                    return;
                // The first file streams; another one waits in the queue.
                target =
                    path == u"tests/test_frequency.py" ? u"tests/test_counting.py"_s : u"tests/test_frequency.py"_s;
                refused = session->saveFile(target, mine);
            });
        });
        QVERIFY(runToEnd(*session, StageId::Context, StageId::Generate));
        QVERIFY(!target.isEmpty());
        QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
        QCOMPARE(m_model->requestsFor(target), 0);
        Project &project = session->project();
        QCOMPARE(project.state().files.value(target).origin, FileOrigin::Edited);
        flush(project);
        QFile onDisk(project.packageFolder() + u'/' + target);
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(onDisk.readAll(), mine);
    }

    void aQueuedFileDeletedDuringTheRunDoesNotComeBack()
    {
        // Two files fail, so both have records and wait for the next run.
        const QString first = u"tests/test_counting.py"_s;
        const QString second = u"tests/test_frequency.py"_s;
        m_model->failingFiles = {first, second};
        const std::unique_ptr<ProjectSession> session = createSession();
        QVERIFY(!runToEnd(*session, StageId::Screen, StageId::Generate));
        Project &project = session->project();
        QCOMPARE(project.state().files.value(second).status, FileStatus::Failed);

        m_model->failingFiles.clear();
        m_model->tokenDelayMs = 5;
        PipelineSettings settings = session->settings();
        settings.concurrency = 1;
        session->setSettings(settings);
        QString deleted;
        std::optional<QString> refused = u"not tried"_s;
        connect(session.get(), &ProjectSession::stageStarted, this, [&](StageId, PipelineStage *stage) {
            connect(stage, &PipelineStage::fileStarted, this, [&](const QString &path) {
                if (!deleted.isEmpty())
                    return;
                deleted = path == first ? second : first;
                refused = session->deleteFile(deleted);
            });
        });
        QVERIFY(runToEnd(*session, StageId::Screen, StageId::Generate));
        QVERIFY(!deleted.isEmpty());
        QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
        QCOMPARE(m_model->requestsFor(deleted), 1);
        QVERIFY(!project.state().files.contains(deleted));
        QVERIFY(!project.package().contains(deleted));
        flush(project);
        QVERIFY(!QFile::exists(project.packageFolder() + u'/' + deleted));
    }
};

QTEST_GUILESS_MAIN(ProjectSessionTest)
#include "ProjectSessionTest.moc"
