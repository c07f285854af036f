#include "FakeOllamaServer.h"
#include "FakeOpenAiServer.h"
#include "ProviderTestSupport.h"
#include "ScriptedPackageModel.h"
#include "TestData.h"

#include "llm/ProviderClient.h"
#include "package/ZipExporter.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelineStage.h"
#include "pipeline/PlanReader.h"
#include "project/Project.h"

#include <quazip.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

// The whole pipeline in this process against a scripted model on a fake Ollama: what it writes,
// how it recovers (bad plans, cut replies, failed files) and how it resumes after a cancel or a
// crash without asking for finished files again.
class PipelineTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<FakeOllamaServer> m_server;
    std::unique_ptr<ScriptedPackageModel> m_model;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<ProviderClient> m_client;

    static Spec wordToolsSpec()
    {
        const SpecReader::Result result = SpecReader::fromFile(TestData::path(u"wordtools/spec.json"_s));
        if (!result.spec)
            qFatal("wordtools spec: %s", qPrintable(result.errors.join(u"; ")));
        return *result.spec;
    }

    QString projectFolder() const { return m_folder->filePath(u"project"_s); }

    std::shared_ptr<Project> createProject()
    {
        ProjectState state;
        state.spec = wordToolsSpec();
        Project::LoadResult created = Project::create(projectFolder(), state);
        if (!created.project)
            qFatal("project: %s", qPrintable(created.errorMessage));
        return created.project;
    }

    static std::shared_ptr<Project> loadProject(const QString &folder, QStringList *warnings = nullptr)
    {
        QFuture<Project::LoadResult> loading = Project::load(folder);
        QElapsedTimer waited;
        waited.start();
        while (!loading.isFinished() && waited.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!loading.isFinished())
            return {};
        const Project::LoadResult loaded = loading.result();
        if (warnings)
            *warnings = loaded.warnings;
        if (!loaded.project)
            qWarning("load failed: %s", qPrintable(loaded.errorMessage));
        return loaded.project;
    }

    PipelineContext context(Project &project, int concurrency = 2) const
    {
        PipelineContext context;
        context.client = m_client;
        context.project = &project;
        context.settings.model = u"coder:latest"_s;
        context.settings.concurrency = concurrency;
        context.settings.useCache = false;
        return context;
    }

    // Runs the pipeline to its end; returns whether it succeeded.
    static bool runToEnd(Pipeline &pipeline, StageId first = StageId::Screen, StageId last = StageId::Document)
    {
        QSignalSpy finished(&pipeline, &Pipeline::finished);
        pipeline.run(first, last);
        if (!finished.wait(60000))
            qFatal("the pipeline did not finish");
        return finished.constFirst().constFirst().toBool();
    }

    static void flush(Project &project)
    {
        QFuture<void> flushed = project.flushed();
        QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);
    }

    static QByteArray fileOnDisk(const Project &project, const QString &path)
    {
        QFile file(project.packageFolder() + u'/' + path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeOllamaServer>();
        m_server->setModels({FakeModel{u"coder:latest"_s, 131072}, FakeModel{u"tiny:latest"_s, 4096}});
        m_model = std::make_unique<ScriptedPackageModel>();
        m_model->install(*m_server);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = ProviderClient::create(fakeConfiguration(u"ollama"_s, m_server->baseUrl()), m_network.get());
    }

    void cleanup()
    {
        delete m_client;
        m_network.reset();
        m_server.reset();
        m_model.reset();
        m_folder.reset();
    }

    void writesTheWholePackage()
    {
        const std::shared_ptr<Project> project = createProject();
        Pipeline pipeline(context(*project));
        QVERIFY(runToEnd(pipeline));
        flush(*project);

        const ProjectState &state = project->state();
        for (const StageId stage :
             {StageId::Screen, StageId::Enhance, StageId::Plan, StageId::Generate, StageId::Document})
            QCOMPARE(stageStateName(state.stage(stage).state), u"finished"_s);
        QCOMPARE(stageStateName(state.stage(StageId::Context).state), u"skipped"_s);
        QVERIFY(state.enhancedSpec);
        QCOMPARE(state.enhancedSpec->features.size(), 2);
        QCOMPARE(state.enhancedSpec->features.at(1).description, u"In detail: Find the most common words."_s);
        QCOMPARE(state.plan, PlanReader::fromJson(m_model->plan).plan);

        // Every file as the model wrote it, whatever the reply's shape, on disk and in memory.
        const QMap<QString, QString> expected = ScriptedPackageModel::wordToolsFiles();
        for (auto file = expected.cbegin(); file != expected.cend(); ++file) {
            QCOMPARE(fileOnDisk(*project, file.key()), file.value().toUtf8());
            QCOMPARE(project->package().file(file.key())->origin, FileOrigin::Generated);
            QCOMPARE(m_model->requestsFor(file.key()), 1);
        }
        for (const QString &standard : {u"pyproject.toml"_s, u"LICENSE"_s, u".gitignore"_s})
            QCOMPARE(project->package().file(standard)->origin, FileOrigin::Template);
        QVERIFY(fileOnDisk(*project, u"pyproject.toml"_s).contains("name = \"word-tools\""));
        QVERIFY(fileOnDisk(*project, u"LICENSE"_s).contains("Ada Example"));

        const QString documentation = QString::fromUtf8(fileOnDisk(*project, u"DOCUMENTATION.md"_s));
        for (const QString &heading :
             {u"## Overview"_s, u"## Features"_s, u"## Installation"_s, u"## Usage examples"_s, u"## API reference"_s,
              u"## Testing"_s, u"## Dependencies"_s, u"## Contributing"_s, u"## License"_s})
            QVERIFY2(documentation.contains(heading), qPrintable(heading));
        // The API reference comes from the code: a signature the prose never mentions.
        QVERIFY2(documentation.contains(u"most_common_words(text: str, n: int = 3)"_s), qPrintable(documentation));
        QVERIFY(fileOnDisk(*project, u"README.md"_s).startsWith("# Word Tools"));
        QVERIFY2(state.documentationProblems.isEmpty(), qPrintable(state.documentationProblems.join(u'\n')));

        QCOMPARE(project->historyCount(), m_model->totalRequests());
        QCOMPARE(QDir(project->historyFolder()).entryList(QDir::Files).size(), m_model->totalRequests());
    }

    void refusedRequestStopsBeforeAnythingIsWritten()
    {
        m_model->refuse = true;
        const std::shared_ptr<Project> project = createProject();
        Pipeline pipeline(context(*project));
        QSignalSpy failed(&pipeline, &Pipeline::stageFailed);
        QVERIFY(!runToEnd(pipeline));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().at(1).toString().contains(u"keylogger"_s),
                 qPrintable(failed.constFirst().at(1).toString()));
        QCOMPARE(project->state().stage(StageId::Screen).state, StageState::Failed);
        QCOMPARE(m_model->totalRequests(), 1);
        QCOMPARE(project->package().fileCount(), 0);
    }

    void badPlanGoesBackWithItsErrors()
    {
        QJsonObject bad = m_model->plan;
        QJsonArray files = bad.value(u"files"_s).toArray();
        QJsonObject escaping = files.at(1).toObject();
        escaping.insert(u"path"_s, u"../escape.py"_s);
        files.replace(1, escaping);
        bad.insert(u"files"_s, files);
        m_model->badPlan = bad;
        m_model->badPlanReplies = 1;

        const std::shared_ptr<Project> project = createProject();
        Pipeline pipeline(context(*project));
        QVERIFY(runToEnd(pipeline, StageId::Screen, StageId::Plan));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 2);
        const QString retry = QString::fromUtf8(m_server->lastChatRequest().body);
        QVERIFY2(retry.contains(u"../escape.py"_s) && retry.contains(u"files[1].path"_s), qPrintable(retry));
        QVERIFY(!project->state().plan->fallback);
        QCOMPARE(project->state().plan->files.at(1).path, u"src/word_tools/counting.py"_s);
    }

    void planWithOtherNamesThanTheChosenOnesGoesBack_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("proposed");
        QTest::newRow("import name") << u"importName"_s << u"word_tools"_s << u"wordtools"_s;
        QTest::newRow("distribution name") << u"distributionName"_s << u"word-tools"_s << u"wordtools-lib"_s;
    }

    void planWithOtherNamesThanTheChosenOnesGoesBack()
    {
        QFETCH(QString, field);
        QFETCH(QString, chosen);
        QFETCH(QString, proposed);
        // A plan PlanReader accepts on its own (paths follow its import name), but not the names
        // the person chose.
        QJsonObject bad = m_model->plan;
        bad.insert(field, proposed);
        if (field == u"importName") {
            // Every path and reference follows the proposed name.
            const QByteArray renamed =
                QJsonDocument(bad).toJson().replace("/word_tools/", QByteArray("/" + proposed.toUtf8() + "/"));
            bad = QJsonDocument::fromJson(renamed).object();
        }
        QVERIFY(PlanReader::fromJson(QJsonDocument(bad).toJson()).plan);
        m_model->badPlan = bad;
        m_model->badPlanReplies = 1;

        const std::shared_ptr<Project> project = createProject();
        ProjectState state = project->state();
        if (field == u"importName")
            state.spec.options.importName = chosen;
        else
            state.spec.options.distributionName = chosen;
        project->setState(state);
        Pipeline pipeline(context(*project));
        QVERIFY(runToEnd(pipeline, StageId::Screen, StageId::Plan));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 2);
        const QJsonArray messages =
            QJsonDocument::fromJson(m_server->lastChatRequest().body).object().value(u"messages"_s).toArray();
        QVERIFY(!messages.isEmpty());
        const QString retry = messages.last().toObject().value(u"content"_s).toString();
        const QString expected = u"%1: must be \"%2\", the name chosen in the request"_s.arg(field, chosen);
        QVERIFY2(retry.contains(expected), qPrintable(retry));
        QVERIFY(!project->state().plan->fallback);
        QCOMPARE(project->state().plan->importName, u"word_tools"_s);
        QCOMPARE(project->state().plan->distributionName, u"word-tools"_s);
    }

    void fallbackPlanWhenPlanningKeepsFailing()
    {
        m_model->badPlan = QJsonObject{{u"files"_s, QJsonArray{QJsonObject{{u"path"_s, u"/etc/passwd"_s}}}}};
        m_model->badPlanReplies = 100;
        const std::shared_ptr<Project> project = createProject();
        Pipeline pipeline(context(*project));
        QStringList warnings;
        connect(&pipeline, &Pipeline::stageStarted, this, [&warnings](StageId, PipelineStage *stage) {
            connect(stage, &PipelineStage::warningRaised, stage,
                    [&warnings](const QString &warning) { warnings.append(warning); });
        });
        QVERIFY(runToEnd(pipeline, StageId::Screen, StageId::Plan));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 3);
        QVERIFY2(warnings.join(u'\n').contains(u"fallback plan"_s), qPrintable(warnings.join(u'\n')));
        const Plan plan = *project->state().plan;
        QVERIFY(plan.fallback);
        QVERIFY(PlanReader::problems(plan).isEmpty());
        QCOMPARE(plan.importName, u"word_tools"_s);
        // A module, an example and a test per feature, and the package's __init__.py.
        QCOMPARE(plan.files.size(), 2 * 3 + 1);
        QCOMPARE(project->state().stage(StageId::Plan).state, StageState::Finished);
        // Nothing the model proposed was written anywhere.
        QVERIFY(!QFile::exists(m_folder->filePath(u"etc/passwd"_s)));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{u"project"_s});
    }

    void cutReplyIsContinuedAndStitched()
    {
        m_model->cutFiles = {u"src/word_tools/frequency.py"_s};
        const std::shared_ptr<Project> project = createProject();
        Pipeline pipeline(context(*project));
        QVERIFY(runToEnd(pipeline, StageId::Screen, StageId::Generate));
        flush(*project);
        QCOMPARE(m_model->requestsFor(u"src/word_tools/frequency.py"_s), 1);
        QCOMPARE(m_model->requestsFor(u"src/word_tools/frequency.py#continuation"_s), 1);
        QCOMPARE(fileOnDisk(*project, u"src/word_tools/frequency.py"_s),
                 ScriptedPackageModel::wordToolsFiles().value(u"src/word_tools/frequency.py"_s).toUtf8());
    }

    void failedFileDoesNotStopTheOthersAndIsRetriedAlone()
    {
        m_model->failingFiles = {u"tests/test_frequency.py"_s};
        const std::shared_ptr<Project> project = createProject();
        {
            Pipeline pipeline(context(*project));
            QSignalSpy failed(&pipeline, &Pipeline::stageFailed);
            QVERIFY(!runToEnd(pipeline));
            QCOMPARE(failed.constFirst().at(0).value<StageId>(), StageId::Generate);
            QVERIFY2(failed.constFirst().at(1).toString().contains(u"tests/test_frequency.py"_s),
                     qPrintable(failed.constFirst().at(1).toString()));
        }
        QCOMPARE(project->state().files.value(u"tests/test_frequency.py"_s).status, FileStatus::Failed);
        QCOMPARE(project->package().fileCount(), 3 + 5); // templates and the five other files

        m_model->failingFiles.clear();
        Pipeline again(context(*project));
        QVERIFY(runToEnd(again));
        QCOMPARE(m_model->requestsFor(u"tests/test_frequency.py"_s), 2);
        QCOMPARE(m_model->requestsFor(u"src/word_tools/counting.py"_s), 1);
        QCOMPARE(m_model->requestsFor(u"plan"_s), 1);
        QCOMPARE(m_model->requestsFor(u"enhance"_s), 3);
    }

    void cancelThenResumeAsksOnlyForUnfinishedFiles()
    {
        m_model->tokenDelayMs = 5;
        std::shared_ptr<Project> project = createProject();
        {
            Pipeline pipeline(context(*project, 1));
            int generated = 0;
            connect(&pipeline, &Pipeline::stageStarted, this, [&](StageId, PipelineStage *stage) {
                connect(stage, &PipelineStage::fileFinished, this, [&] {
                    if (++generated == 2)
                        pipeline.cancel();
                });
            });
            QVERIFY(!runToEnd(pipeline));
            QCOMPARE(project->state().stage(StageId::Generate).state, StageState::Cancelled);
            flush(*project);
        }
        const QString folder = project->folder();
        project.reset();

        project = loadProject(folder);
        QVERIFY(project);
        QCOMPARE(project->state().stage(StageId::Plan).state, StageState::Finished);
        Pipeline resumed(context(*project, 1));
        QVERIFY(runToEnd(resumed));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 1);
        QCOMPARE(m_model->requestsFor(u"screen"_s), 1);
        int fileRequests = 0;
        for (const QString &path : ScriptedPackageModel::wordToolsFiles().keys())
            fileRequests += m_model->requestsFor(path);
        // Six files; only the one cancelled mid-reply was asked for twice.
        QVERIFY2(fileRequests <= 7, qPrintable(QString::number(fileRequests)));
        const QMap<QString, QString> expected = ScriptedPackageModel::wordToolsFiles();
        for (auto file = expected.cbegin(); file != expected.cend(); ++file)
            QCOMPARE(fileOnDisk(*project, file.key()), file.value().toUtf8());
    }

    void crashMidGenerationLeavesALoadableProject_data()
    {
        QTest::addColumn<int>("writesBeforeCrash");
        for (int writes : {0, 1, 3, 5, 7})
            QTest::addRow("after %d writes", writes) << writes;
    }

    void crashMidGenerationLeavesALoadableProject()
    {
        QFETCH(int, writesBeforeCrash);
        std::shared_ptr<Project> project = createProject();
        {
            Pipeline pipeline(context(*project, 1));
            connect(&pipeline, &Pipeline::stageStarted, this, [&](StageId id, PipelineStage *) {
                if (id == StageId::Generate)
                    project->simulateCrashAfterWrites(writesBeforeCrash);
            });
            runToEnd(pipeline);
            flush(*project);
        }
        const QString folder = project->folder();
        project.reset();

        QStringList warnings;
        project = loadProject(folder, &warnings);
        QVERIFY(project);
        const QMap<QString, QString> expected = ScriptedPackageModel::wordToolsFiles();
        int survived = 0;
        for (auto file = expected.cbegin(); file != expected.cend(); ++file) {
            const PackageFile *loaded = project->package().file(file.key());
            // Whatever survived the crash is whole, never half a file.
            if (loaded && project->state().files.value(file.key()).status == FileStatus::Generated) {
                QCOMPARE(loaded->content, file.value().toUtf8());
                ++survived;
            }
        }
        Pipeline resumed(context(*project, 1));
        QVERIFY(runToEnd(resumed));
        flush(*project);
        for (auto file = expected.cbegin(); file != expected.cend(); ++file)
            QCOMPARE(fileOnDisk(*project, file.key()), file.value().toUtf8());
        int fileRequests = 0;
        for (const QString &path : expected.keys())
            fileRequests += m_model->requestsFor(path);
        QCOMPARE(fileRequests, int(expected.size()) + (int(expected.size()) - survived));
    }

    void hostilePathsNeverLeaveThePackage_data()
    {
        QTest::addColumn<QString>("hostilePath");
        QTest::addColumn<QString>("namedInError");
        QTest::newRow("absolute") << u"/tmp/pygen-hostile.py"_s << u"absolute"_s;
        QTest::newRow("parent") << u"../escape.py"_s << u".."_s;
        QTest::newRow("parent inside") << u"src/../../escape.py"_s << u".."_s;
        QTest::newRow("backslash") << u"src\\..\\escape.py"_s << u"backslash"_s;
        QTest::newRow("drive letter") << u"C:/escape.py"_s << u"drive letter"_s;
        QTest::newRow("drive relative") << u"c:escape.py"_s << u"drive letter"_s;
        QTest::newRow("control character") << u"src/word_tools/a\u0001b.py"_s << u"control character"_s;
        QTest::newRow("newline") << u"tests/test_x.py\n../escape.py"_s << u"control character"_s;
        QTest::newRow("long name") << u"src/word_tools/%1.py"_s.arg(QString(300, u'a')) << u"255"_s;
        QTest::newRow("case collision") << u"src/word_tools/Counting.py"_s << u"case"_s;
    }

    void hostilePathsNeverLeaveThePackage()
    {
        QFETCH(QString, hostilePath);
        QFETCH(QString, namedInError);

        QJsonObject bad = m_model->plan;
        QJsonArray files = bad.value(u"files"_s).toArray();
        files.append(QJsonObject{{u"path"_s, hostilePath},
                                 {u"role"_s, u"example"_s},
                                 {u"purpose"_s, u"Escapes."_s},
                                 {u"interface"_s, QJsonArray{}},
                                 {u"dependsOn"_s, QJsonArray{}}});
        bad.insert(u"files"_s, files);
        m_model->badPlan = bad;
        m_model->badPlanReplies = 1;
        m_model->files.insert(hostilePath, u"print('escaped')\n"_s);

        const std::shared_ptr<Project> project = createProject();
        QStringList warnings;
        Pipeline pipeline(context(*project));
        connect(&pipeline, &Pipeline::stageStarted, this, [&warnings](StageId, PipelineStage *stage) {
            connect(stage, &PipelineStage::warningRaised, stage,
                    [&warnings](const QString &warning) { warnings.append(warning); });
        });
        QVERIFY(runToEnd(pipeline, StageId::Screen, StageId::Generate));
        flush(*project);

        // The model was told exactly what was wrong, and so was the person.
        QCOMPARE(m_model->requestsFor(u"plan"_s), 2);
        QVERIFY2(warnings.join(u'\n').contains(u"files[6].path"_s), qPrintable(warnings.join(u'\n')));
        QVERIFY2(warnings.join(u'\n').contains(namedInError, Qt::CaseInsensitive), qPrintable(warnings.join(u'\n')));
        QCOMPARE(m_model->requestsFor(hostilePath), 0);
        QVERIFY(!project->state().plan->file(hostilePath));

        // Nothing beside the project folder, nothing at the absolute path.
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{u"project"_s});
        QVERIFY(!QFile::exists(u"/tmp/pygen-hostile.py"_s));
        QDirIterator walk(project->folder(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
        while (walk.hasNext()) {
            const QString written = walk.next();
            QVERIFY2(!written.contains(u"escape"_s) && !written.contains(u"Counting"_s), qPrintable(written));
        }

        // The zip holds the package and nothing else.
        const QString zipPath = m_folder->filePath(u"word-tools.zip"_s);
        const ExportResult exported = ZipExporter::write(project->package(), u"word-tools-0.2.0"_s, zipPath);
        QVERIFY2(exported.succeeded(), qPrintable(exported.errorMessage));
        QuaZip zip(zipPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QStringList names = zip.getFileNameList();
        QVERIFY(names.contains(u"word-tools-0.2.0/src/word_tools/counting.py"_s));
        for (const QString &name : names) {
            QVERIFY2(name.startsWith(u"word-tools-0.2.0/"_s), qPrintable(name));
            QVERIFY2(!name.contains(u".."_s) && !name.contains(u'\\') && !name.contains(u"escape"_s)
                         && !name.contains(u"Counting"_s),
                     qPrintable(name));
        }
    }

    void replanRegeneratesOnlyWhatChanged()
    {
        const std::shared_ptr<Project> project = createProject();
        {
            Pipeline pipeline(context(*project));
            QVERIFY(runToEnd(pipeline));
        }
        // The model now plans counting.py differently and drops the example.
        QJsonArray files = m_model->plan.value(u"files"_s).toArray();
        QJsonObject counting = files.at(1).toObject();
        counting.insert(u"purpose"_s, u"Splits text into words, counts them, and more."_s);
        files.replace(1, counting);
        files.removeLast();
        m_model->plan.insert(u"files"_s, files);

        Pipeline pipeline(context(*project));
        QSignalSpy rerun(&pipeline, &Pipeline::finished);
        pipeline.rerun(StageId::Plan);
        QVERIFY(rerun.wait(20000));
        QVERIFY(rerun.constFirst().constFirst().toBool());
        // Everything after the plan is to be done again.
        QCOMPARE(project->state().stage(StageId::Generate).state, StageState::Pending);
        QCOMPARE(project->state().stage(StageId::Document).state, StageState::Pending);
        QVERIFY(runToEnd(pipeline));
        flush(*project);

        QCOMPARE(m_model->requestsFor(u"src/word_tools/counting.py"_s), 2);
        QCOMPARE(m_model->requestsFor(u"src/word_tools/frequency.py"_s), 1);
        QCOMPARE(m_model->requestsFor(u"document"_s), 2);
        QVERIFY(!project->package().contains(u"examples/basic_usage.py"_s));
        QVERIFY(!QFile::exists(project->packageFolder() + u"/examples/basic_usage.py"_s));
        QVERIFY(!project->state().files.contains(u"examples/basic_usage.py"_s));
    }

    void editedDocumentationIsKept()
    {
        const std::shared_ptr<Project> project = createProject();
        {
            Pipeline pipeline(context(*project));
            QVERIFY(runToEnd(pipeline));
        }
        PackageFile readme = *project->package().file(u"README.md"_s);
        readme.content = "# Mine\n\nWritten by a person.\n";
        readme.origin = FileOrigin::Edited;
        QVERIFY(!project->writeFile(readme));

        Pipeline pipeline(context(*project));
        QSignalSpy finished(&pipeline, &Pipeline::finished);
        pipeline.rerun(StageId::Document);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        flush(*project);
        QCOMPARE(m_model->requestsFor(u"document"_s), 2);
        QCOMPARE(fileOnDisk(*project, u"README.md"_s), readme.content);
        QVERIFY(fileOnDisk(*project, u"DOCUMENTATION.md"_s).contains("## API reference"));
    }

    void unusableRepliesStopTheStage_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("finishReason");
        QTest::addColumn<StageId>("failingStage");
        QTest::addColumn<QString>("message");
        QTest::newRow("screening filtered") << u"screen"_s << u"filtered"_s << StageId::Screen << u"filter"_s;
        QTest::newRow("enhancement filtered") << u"enhance"_s << u"filtered"_s << StageId::Enhance << u"filter"_s;
        QTest::newRow("enhancement cut off") << u"enhance"_s << u"length"_s << StageId::Enhance << u"cut off"_s;
    }

    void unusableRepliesStopTheStage()
    {
        QFETCH(QString, stage);
        QFETCH(QString, finishReason);
        QFETCH(StageId, failingStage);
        QFETCH(QString, message);
        m_model->finishReasons.insert(stage, finishReason);
        // Ollama has no content filter; an OpenAI-style server says content_filter.
        FakeOpenAiServer openAi;
        m_model->install(openAi);
        std::unique_ptr<ProviderClient> client(
            ProviderClient::create(fakeConfiguration(u"openai"_s, openAi.apiBaseUrl(), u"sk-test"_s), m_network.get()));
        const std::shared_ptr<Project> project = createProject();
        PipelineContext openAiContext = context(*project);
        openAiContext.client = client.get();
        Pipeline pipeline(openAiContext);
        QSignalSpy failed(&pipeline, &Pipeline::stageFailed);
        QVERIFY(!runToEnd(pipeline));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().at(0).value<StageId>(), failingStage);
        QVERIFY2(failed.constFirst().at(1).toString().contains(message),
                 qPrintable(failed.constFirst().at(1).toString()));
        QVERIFY(!project->state().plan);
        QCOMPARE(m_model->requestsFor(u"plan"_s), 0);
    }

    void stoppedWhileAskingForTheContextLength_data()
    {
        QTest::addColumn<bool>("destroy");
        QTest::newRow("cancelled") << false;
        QTest::newRow("pipeline destroyed") << true;
    }

    // The model list is still on its way: stopping must not read its absence as "context length
    // unknown" and skip the stage for good.
    void stoppedWhileAskingForTheContextLength()
    {
        QFETCH(bool, destroy);
        const std::shared_ptr<Project> project = createProject();
        PipelineContext small = context(*project);
        small.settings.model = u"tiny:latest"_s;
        QPointer<Pipeline> pipeline = new Pipeline(small);
        const auto release = qScopeGuard([&pipeline] { delete pipeline; });
        QSignalSpy finished(pipeline, &Pipeline::finished);
        QSignalSpy stageFinished(pipeline, &Pipeline::stageFinished);
        bool stopped = false;
        connect(pipeline, &Pipeline::stageStarted, this, [&](StageId id, PipelineStage *stage) {
            if (id != StageId::Context)
                return;
            connect(stage, &PipelineStage::started, this, [&] {
                QTimer::singleShot(0, this, [&] {
                    stopped = true;
                    if (destroy)
                        delete pipeline;
                    else
                        pipeline->cancel();
                });
            });
        });
        pipeline->run(StageId::Screen, StageId::Plan);
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
        if (!destroy) {
            QVERIFY(!finished.isEmpty() || finished.wait(20000));
            QCOMPARE(finished.constFirst().constFirst().toBool(), false);
            QCOMPARE(project->state().stage(StageId::Context).state, StageState::Cancelled);
            QCOMPARE(stageFinished.size(), 2); // screen and enhance
        } else {
            // A cancelled listing reports at once, inside the destructor: nothing to wait for.
            QVERIFY(project->state().stage(StageId::Context).state != StageState::Skipped);
        }
        QCOMPARE(m_model->requestsFor(u"context"_s), 0);
        QVERIFY(project->state().contextPrompt.isEmpty());
    }

    // Cancelled between two stages, then started again at once from the finished slot: nothing
    // left over from the first run may end the second.
    void runStartedFromTheFinishedSlotIsNotEndedByTheOldOne()
    {
        const std::shared_ptr<Project> project = createProject();
        Pipeline pipeline(context(*project));
        connect(&pipeline, &Pipeline::stageFinished, this, [&pipeline](StageId id) {
            if (id == StageId::Screen)
                pipeline.cancel();
        });
        QList<bool> outcomes;
        connect(&pipeline, &Pipeline::finished, this, [&](bool succeeded) {
            outcomes.append(succeeded);
            if (outcomes.size() == 1)
                pipeline.run(StageId::Screen, StageId::Enhance);
        });
        pipeline.run(StageId::Screen, StageId::Enhance);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 20000);
        QCOMPARE(outcomes, (QList<bool>{false, true}));
        QCOMPARE(project->state().stage(StageId::Enhance).state, StageState::Finished);
    }

    void smallContextModelGetsTheCompactBrief()
    {
        const std::shared_ptr<Project> project = createProject();
        PipelineContext small = context(*project);
        small.settings.model = u"tiny:latest"_s;
        Pipeline pipeline(small);
        QVERIFY(runToEnd(pipeline, StageId::Screen, StageId::Plan));
        QCOMPARE(project->state().stage(StageId::Context).state, StageState::Finished);
        QCOMPARE(m_model->requestsFor(u"context"_s), 1);
        QVERIFY(!project->state().contextPrompt.isEmpty());
        QVERIFY(QString::fromUtf8(m_server->lastChatRequest().body).contains(u"Package brief:"_s));
    }
};

QTEST_GUILESS_MAIN(PipelineTest)
#include "PipelineTest.moc"
