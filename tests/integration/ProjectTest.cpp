#include "project/Project.h"
#include "llm/SecretRedactor.h"
#include "pipeline/FallbackPlanner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Pygen;

namespace {

const QString modulePath = u"src/weather_station/readings.py"_s;
const QString secondModulePath = u"src/weather_station/charts.py"_s;
const QString thirdModulePath = u"src/weather_station/alerts.py"_s;

ProjectState sampleState()
{
    ProjectState state;
    state.spec.name = u"Weather Station"_s;
    state.spec.description = u"Summaries of readings from a small weather station."_s;
    state.spec.features = {u"Readings"_s, u"Charts"_s, u"Alerts"_s};
    state.spec.options.license = u"Apache-2.0"_s;
    state.spec.options.minimumPython = u"3.11"_s;
    state.spec.options.author = u"Ada Lovelace"_s;

    EnhancedSpec enhanced;
    enhanced.description = u"Reads, charts and watches station readings."_s;
    enhanced.features = {{u"Readings"_s, u"Loads CSV readings."_s, u"for row in csv: yield row"_s, {u"csv module"_s}},
                         {u"Charts"_s, u"Draws a chart."_s, {}, {}},
                         {u"Alerts"_s, u"Warns on frost."_s, u"if t < 0: warn()"_s, {u"logging"_s, u"thresholds"_s}}};
    state.enhancedSpec = enhanced;
    state.contextPrompt = u"Keep functions short."_s;

    Plan plan = FallbackPlanner::plan(state.spec, &enhanced);
    plan.dependencies = {u"matplotlib>=3.8"_s};
    state.plan = plan;
    for (const PlannedFile &file : std::as_const(plan.files))
        state.files.insert(file.path, FileRecord{file.role, FileOrigin::Generated, FileStatus::Planned, {}, {}});

    state.stages.insert(StageId::Screen, {StageState::Finished, {}});
    state.stages.insert(StageId::Enhance, {StageState::Finished, u"edited by hand"_s});
    state.stages.insert(StageId::Plan, {StageState::Failed, u"the model's plan had 3 problems"_s});
    state.stages.insert(StageId::Generate, {StageState::Running, {}});
    state.documentationProblems = {u"README.md: broken link"_s};
    state.settings = QJsonObject{{u"provider"_s, u"ollama"_s},
                                 {u"baseUrl"_s, u"http://127.0.0.1:11434"_s},
                                 {u"model"_s, u"qwen2.5-coder:7b"_s},
                                 {u"concurrency"_s, 2},
                                 {u"limits"_s, QJsonObject{{u"maximumOutputTokens"_s, 4096}}}};
    return state;
}

PackageFile moduleFile(const QString &path, const QByteArray &content)
{
    return {path, content, FileRole::Module, FileOrigin::Generated, FileStatus::Generated, {}};
}

Project::LoadResult loadNow(const QString &folder)
{
    QFuture<Project::LoadResult> future = Project::load(folder);
    future.waitForFinished();
    return future.result();
}

void flush(Project &project)
{
    project.flushed().waitForFinished();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Names a QSaveFile (or our simulated crash) leaves: "<name>.XXXXXX".
QStringList temporaryFiles(const QString &folder)
{
    static const QRegularExpression pattern(u"\\.(py|json|previous|md|txt)\\.[A-Za-z0-9]{6}$"_s);
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (pattern.match(path).hasMatch())
            found.append(QDir(folder).relativeFilePath(path));
    }
    return found;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class ProjectTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { SecretRedactor::forgetAll(); }

    void createAndLoadKeepEveryField()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString folder = directory.filePath(u"station"_s);

        ProjectState expectedState;
        QList<PackageFile> expectedFiles;
        {
            Project::LoadResult created = Project::create(folder, sampleState());
            QVERIFY2(created.project, qPrintable(created.errorMessage));
            Project &project = *created.project;
            QCOMPARE(project.state(), sampleState());
            QVERIFY(QFileInfo(folder + u"/project.json"_s).isFile());
            QVERIFY(QFileInfo(project.packageFolder()).isDir());
            QVERIFY(QFileInfo(project.historyFolder()).isDir());

            QVERIFY(!project.writeFile(moduleFile(modulePath, "def load(path):\n    return []\n")));
            PackageFile failed{u"tests/test_readings.py"_s, "import pytest\n",  FileRole::Test,
                               FileOrigin::Fallback,        FileStatus::Failed, u"2 tests failed"_s};
            QVERIFY(!project.writeFile(failed));
            QVERIFY(!project.writeFile(
                {u"README.md"_s, "# Weather\n", FileRole::Doc, FileOrigin::Edited, FileStatus::Generated, {}}));
            ProjectState changed = project.state();
            changed.stages.insert(StageId::Document, {StageState::Skipped, u"no docs wanted"_s});
            project.setState(changed);
            flush(project);
            QVERIFY(!project.takeWriteError());
            expectedState = project.state();
            expectedFiles = project.package().files();
            QCOMPARE(expectedState.files.value(modulePath).sha256, sha256Hex("def load(path):\n    return []\n"));
            QCOMPARE(expectedState.files.value(u"tests/test_readings.py"_s).message, u"2 tests failed"_s);
        }

        const Project::LoadResult loaded = loadNow(folder);
        QVERIFY2(loaded.project, qPrintable(loaded.errorMessage));
        QCOMPARE(loaded.warnings, QStringList());
        QCOMPARE(loaded.project->thread(), QThread::currentThread());
        QCOMPARE(loaded.project->state(), expectedState);
        QCOMPARE(loaded.project->package().files(), expectedFiles);
        QCOMPARE(readAll(loaded.project->packageFolder() + u'/' + modulePath),
                 QByteArray("def load(path):\n    return []\n"));
    }

    void projectJsonIsVersionedAndHasNoSecrets()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString key = u"gsk_projecttestsecret0123456789abcdef"_s;
        ProjectState state = sampleState();
        state.settings.insert(u"apiKey"_s, key);
        state.settings.insert(u"groq_api_key"_s, key);
        state.settings.insert(u"auth"_s, QJsonObject{{u"token"_s, u"t0ken-value-123"_s}, {u"user"_s, u"ada"_s}});
        state.settings.insert(u"note"_s, QString(u"key is "_s + key));
        SecretRedactor::registerSecret(key);

        const Project::LoadResult created = Project::create(directory.path(), state);
        QVERIFY2(created.project, qPrintable(created.errorMessage));
        const QByteArray bytes = readAll(directory.filePath(u"project.json"_s));
        QVERIFY(!bytes.contains(key.toUtf8()));
        QVERIFY(!bytes.contains("t0ken-value-123"));
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(u"projectVersion"_s).toInt(), ProjectState::formatVersion);
        const QJsonObject settings = json.value(u"settings"_s).toObject();
        QVERIFY(!settings.contains(u"apiKey"_s));
        QVERIFY(!settings.contains(u"groq_api_key"_s));
        QCOMPARE(settings.value(u"auth"_s).toObject(), QJsonObject({{u"user"_s, u"ada"_s}}));
        QCOMPARE(settings.value(u"model"_s).toString(), u"qwen2.5-coder:7b"_s);
        QCOMPARE(settings.value(u"limits"_s).toObject().value(u"maximumOutputTokens"_s).toInt(), 4096);
        QCOMPARE(settings.value(u"note"_s).toString(), u"key is [redacted]"_s);
    }

    void historyRecords()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString secret = u"sk-proj-historysecret0123456789abcdefXYZ"_s;
        SecretRedactor::registerSecret(secret);

        HistoryRecord first;
        first.stage = StageId::Generate;
        first.file = modulePath;
        first.label = u"attempt 2"_s;
        first.request.model = u"qwen2.5-coder:7b"_s;
        first.request.messages = {{ChatMessage::Role::System, u"You write Python."_s},
                                  {ChatMessage::Role::User, u"Write readings.py. My key is "_s + secret}};
        first.request.temperature = 0.2;
        first.request.maximumOutputTokens = 4096;
        first.request.seed = 7;
        first.request.useCache = false;
        first.request.jsonSchema = QJsonObject{{u"type"_s, u"object"_s}};
        first.response = u"```python\ndef load(path):\n    return []\n```"_s;
        first.usage.promptTokens = 120;
        first.usage.outputTokens = 40;
        first.usage.tokensPerSecond = 31.5;
        first.usage.timeToFirstTokenMs = 800;
        first.usage.totalMs = 2100;
        first.startedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), QTimeZone::UTC);
        first.elapsedMs = 2150;
        first.outcome = u"stop"_s;
        HistoryRecord second;
        second.stage = StageId::Plan;
        second.outcome = u"error: the plan had 2 problems"_s;

        {
            const Project::LoadResult created = Project::create(directory.path(), sampleState());
            QVERIFY(created.project);
            created.project->appendHistory(first);
            created.project->appendHistory(second);
            QCOMPARE(created.project->historyCount(), 2);
            flush(*created.project);
        }

        const QDir history(directory.filePath(u"history"_s));
        QCOMPARE(history.entryList(QDir::Files, QDir::Name),
                 (QStringList{u"000001-generate-src_weather_station_readings.py.json"_s, u"000002-plan.json"_s}));
        const QByteArray bytes = readAll(history.filePath(u"000001-generate-src_weather_station_readings.py.json"_s));
        QVERIFY(!bytes.contains(secret.toUtf8()));
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(u"usage"_s).toObject().value(u"promptTokens"_s).toInt(), 120);
        QCOMPARE(json.value(u"request"_s).toObject().value(u"messages"_s).toArray().at(0).toObject().value(u"role"_s),
                 QJsonValue(u"system"_s));

        const HistoryRecord read = HistoryRecord::fromJson(json);
        QCOMPARE(read.stage, first.stage);
        QCOMPARE(read.file, first.file);
        QCOMPARE(read.label, first.label);
        QCOMPARE(read.request.model, first.request.model);
        QCOMPARE(read.request.messages.size(), 2);
        QCOMPARE(read.request.messages.at(0), first.request.messages.at(0));
        QCOMPARE(read.request.messages.at(1).content, u"Write readings.py. My key is [redacted]"_s);
        QCOMPARE(read.request.temperature, first.request.temperature);
        QCOMPARE(read.request.maximumOutputTokens, first.request.maximumOutputTokens);
        QCOMPARE(read.request.seed, first.request.seed);
        QCOMPARE(read.request.useCache, false);
        QCOMPARE(read.request.jsonSchema, first.request.jsonSchema);
        QCOMPARE(read.response, first.response);
        QCOMPARE(read.usage.promptTokens, first.usage.promptTokens);
        QCOMPARE(read.usage.outputTokens, first.usage.outputTokens);
        QCOMPARE(read.usage.tokensPerSecond, first.usage.tokensPerSecond);
        QCOMPARE(read.usage.timeToFirstTokenMs, first.usage.timeToFirstTokenMs);
        QCOMPARE(read.usage.totalMs, first.usage.totalMs);
        QCOMPARE(read.startedAt, first.startedAt);
        QCOMPARE(read.elapsedMs, first.elapsedMs);
        QCOMPARE(read.outcome, first.outcome);

        // Numbering continues after a reload.
        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY(loaded.project);
        QCOMPARE(loaded.project->historyCount(), 2);
        loaded.project->appendHistory(second);
        flush(*loaded.project);
        QVERIFY(history.exists(u"000003-plan.json"_s));
    }

    void writesReachTheDiskInOrder()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Project::LoadResult created = Project::create(directory.path(), sampleState());
        QVERIFY(created.project);
        Project &project = *created.project;
        QByteArray last;
        for (int i = 0; i < 40; ++i) {
            last = "VERSION = " + QByteArray::number(i) + '\n';
            QVERIFY(!project.writeFile(moduleFile(modulePath, last)));
        }
        project.removeFile(secondModulePath); // not there: harmless
        QVERIFY(!project.writeFile(moduleFile(secondModulePath, "x = 1\n")));
        project.removeFile(secondModulePath);
        flush(project);

        QCOMPARE(readAll(project.packageFolder() + u'/' + modulePath), last);
        QVERIFY(!QFileInfo::exists(project.packageFolder() + u'/' + secondModulePath));
        const QJsonObject json = QJsonDocument::fromJson(readAll(directory.filePath(u"project.json"_s))).object();
        const QJsonObject files = json.value(u"files"_s).toObject();
        QCOMPARE(files.value(modulePath).toObject().value(u"sha256"_s).toString().toLatin1(), sha256Hex(last));
        QVERIFY(!files.contains(secondModulePath));
        QVERIFY(!project.takeWriteError());
    }

    // With a crash after 3·k writes, exactly the first k files are on disk: every writeFile() is
    // three writes (file, previous copy, project.json), done in the order asked for.
    void crashKeepsAPrefixOfTheWrites_data()
    {
        QTest::addColumn<int>("completeFiles");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("four") << 4;
    }

    void crashKeepsAPrefixOfTheWrites()
    {
        QFETCH(int, completeFiles);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Project::LoadResult created = Project::create(directory.path(), sampleState());
        QVERIFY(created.project);
        Project &project = *created.project;
        project.simulateCrashAfterWrites(3 * completeFiles);
        for (int i = 0; i < 8; ++i)
            project.writeFile(moduleFile(u"notes/n%1.txt"_s.arg(i), "note " + QByteArray::number(i) + '\n'));
        flush(project);

        for (int i = 0; i < 8; ++i) {
            const QString path = project.packageFolder() + u"/notes/n%1.txt"_s.arg(i);
            QCOMPARE(QFileInfo::exists(path), i < completeFiles);
        }
        // The file being written when the process "died" left its temporary file, nothing else.
        const QStringList leftovers = temporaryFiles(directory.path());
        QCOMPARE(leftovers.size(), 1);
        QVERIFY2(leftovers.first().startsWith(u"package/notes/n%1.txt."_s.arg(completeFiles)),
                 qPrintable(leftovers.first()));
        QVERIFY(!project.takeWriteError());
    }

    void crashLeavesALoadableProject_data()
    {
        QTest::addColumn<int>("writes");
        QTest::addColumn<bool>("secondKeptAsEdited");
        // Writes: readings (1), previous (2), project.json (3), charts (4), previous (5), project.json (6),
        // alerts (7) …
        QTest::newRow("while writing a package file") << 6 << false;
        QTest::newRow("while writing project.json") << 5 << true;
        QTest::newRow("while writing the previous copy") << 4 << true;
    }

    void crashLeavesALoadableProject()
    {
        QFETCH(int, writes);
        QFETCH(bool, secondKeptAsEdited);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        {
            const Project::LoadResult created = Project::create(directory.path(), sampleState());
            QVERIFY(created.project);
            Project &project = *created.project;
            project.simulateCrashAfterWrites(writes);
            project.writeFile(moduleFile(modulePath, "def load(path):\n    return []\n"));
            project.writeFile(moduleFile(secondModulePath, "def draw(rows):\n    pass\n"));
            project.writeFile(moduleFile(thirdModulePath, "def frost(rows):\n    return False\n"));
            project.appendHistory(HistoryRecord());
            flush(project);
            QCOMPARE(temporaryFiles(directory.path()).size(), 1);
        }

        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY2(loaded.project, qPrintable(loaded.errorMessage));
        const Project &project = *loaded.project;
        QCOMPARE(temporaryFiles(directory.path()), QStringList());

        // Earlier files are intact.
        QVERIFY(project.package().file(modulePath));
        QCOMPARE(project.package().file(modulePath)->content, QByteArray("def load(path):\n    return []\n"));
        QCOMPARE(project.state().files.value(modulePath).status, FileStatus::Generated);
        QCOMPARE(project.state().files.value(modulePath).origin, FileOrigin::Generated);

        // The file whose record was not saved: kept as edited when its content was complete.
        const FileRecord second = project.state().files.value(secondModulePath);
        if (secondKeptAsEdited) {
            QCOMPARE(loaded.warnings.size(), 1);
            QVERIFY2(loaded.warnings.first().contains(secondModulePath), qPrintable(loaded.warnings.first()));
            QCOMPARE(second.origin, FileOrigin::Edited);
            QCOMPARE(project.package().file(secondModulePath)->content, QByteArray("def draw(rows):\n    pass\n"));
        } else {
            QCOMPARE(loaded.warnings, QStringList());
            QCOMPARE(second.status, FileStatus::Generated);
            QCOMPARE(second.origin, FileOrigin::Generated);
        }
        // The file being written (or not yet written) is Planned, with nothing on disk.
        QCOMPARE(project.state().files.value(thirdModulePath).status, FileStatus::Planned);
        QVERIFY(!project.package().file(thirdModulePath));
        QVERIFY(!QFileInfo::exists(project.packageFolder() + u'/' + thirdModulePath));
        QCOMPARE(project.historyCount(), 0);
        QCOMPARE(project.state().plan, sampleState().plan);
    }

    void damagedProjectJsonFallsBackToThePreviousCopy_data()
    {
        QTest::addColumn<bool>("mergeConflict"); // else truncated
        QTest::newRow("truncated") << false;
        QTest::newRow("a merge conflict") << true;
    }

    void damagedProjectJsonFallsBackToThePreviousCopy()
    {
        QFETCH(bool, mergeConflict);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        ProjectState older = sampleState();
        ProjectState newer = older;
        newer.contextPrompt = u"changed"_s;
        {
            const Project::LoadResult created = Project::create(directory.path(), older);
            QVERIFY(created.project);
            created.project->setState(newer);
            flush(*created.project);
        }
        const QString path = directory.filePath(u"project.json"_s);
        const QByteArray bytes = readAll(path);
        const QByteArray damaged = mergeConflict ? "<<<<<<< HEAD\n" + bytes + "=======\n"
                + QByteArray(bytes).replace("changed", "theirs") + ">>>>>>> theirs\n"
                                                 : bytes.left(bytes.size() / 2);
        QVERIFY(writeAll(path, damaged));

        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY2(loaded.project, qPrintable(loaded.errorMessage));
        QCOMPARE(loaded.warnings.size(), 1);
        const QString warning = loaded.warnings.first();
        QVERIFY2(warning.startsWith(u"project.json is damaged"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"previous copy"_s), qPrintable(warning));
        QCOMPARE(loaded.project->state(), older);

        // The good state is written back at once, and the damaged file is kept beside it under
        // the name the warning gives, to merge from.
        flush(*loaded.project);
        QVERIFY(!loaded.project->takeWriteError());
        QJsonParseError error;
        QJsonDocument::fromJson(readAll(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList kept = QDir(directory.path()).entryList({u"project.json.damaged-*"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(QRegularExpression(u"^project\\.json\\.damaged-[0-9]{8}-[0-9]{6}$"_s).match(kept.first()).hasMatch(),
                 qPrintable(kept.first()));
        QCOMPARE(readAll(directory.filePath(kept.first())), damaged);
        QVERIFY2(warning.contains(kept.first()), qPrintable(warning));
        QVERIFY2(warning.contains(u"merge"_s), qPrintable(warning));

        // Opened again: nothing to say, and the kept file stays.
        const Project::LoadResult again = loadNow(directory.path());
        QVERIFY(again.project);
        QCOMPARE(again.warnings, QStringList());
        QCOMPARE(readAll(directory.filePath(kept.first())), damaged);
    }

    void bothCopiesDamaged_data()
    {
        QTest::addColumn<QByteArray>("main");
        QTest::addColumn<QByteArray>("previous");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated") << QByteArray("{\"projectVersion\": 1, \"spec\": {")
                                   << QByteArray("{\"projectVersion\"") << u"cannot be opened"_s;
        QTest::newRow("not a project and no previous")
            << QByteArray("{\"hello\": 1}") << QByteArray() << u"projectVersion: is required"_s;
        QTest::newRow("wrong shapes") << QByteArray("{\"projectVersion\": 1, \"spec\": []}") << QByteArray("[]")
                                      << u"spec: is missing or not a spec"_s;
    }

    void bothCopiesDamaged()
    {
        QFETCH(QByteArray, main);
        QFETCH(QByteArray, previous);
        QFETCH(QString, messagePart);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(writeAll(directory.filePath(u"project.json"_s), main));
        if (!previous.isEmpty())
            QVERIFY(writeAll(directory.filePath(u"project.json.previous"_s), previous));

        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY(!loaded.project);
        QVERIFY2(loaded.errorMessage.contains(messagePart), qPrintable(loaded.errorMessage));
        QVERIFY2(loaded.errorMessage.contains(QDir::toNativeSeparators(directory.path())),
                 qPrintable(loaded.errorMessage));
    }

    void notAProject()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Project::LoadResult empty = loadNow(directory.path());
        QVERIFY(!empty.project);
        QVERIFY2(empty.errorMessage.contains(u"is not a Pygen Studio project"_s), qPrintable(empty.errorMessage));

        const Project::LoadResult missing = loadNow(directory.filePath(u"nowhere"_s));
        QVERIFY(!missing.project);
        QVERIFY2(missing.errorMessage.contains(u"does not exist"_s), qPrintable(missing.errorMessage));
    }

    void newerVersionIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("project.json") << u"project.json"_s;
        QTest::newRow("only the previous copy is readable") << u"project.json.previous"_s;
    }

    void newerVersionIsRefused()
    {
        QFETCH(QString, file);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QJsonObject json = sampleState().toJson();
        json.insert(u"projectVersion"_s, ProjectState::formatVersion + 1);
        json.insert(u"somethingNew"_s, true);
        if (file != u"project.json")
            QVERIFY(writeAll(directory.filePath(u"project.json"_s), "{"));
        QVERIFY(writeAll(directory.filePath(file), QJsonDocument(json).toJson()));

        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY(!loaded.project);
        QVERIFY2(loaded.errorMessage.contains(u"newer Pygen Studio (project format 2"_s),
                 qPrintable(loaded.errorMessage));
        QVERIFY2(loaded.errorMessage.contains(u"Update Pygen Studio"_s), qPrintable(loaded.errorMessage));
    }

    void filesChangedOutsideTheStudio()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString packageFolder;
        {
            const Project::LoadResult created = Project::create(directory.path(), sampleState());
            QVERIFY(created.project);
            created.project->writeFile(moduleFile(modulePath, "A = 1\n"));
            created.project->writeFile(moduleFile(secondModulePath, "B = 1\n"));
            flush(*created.project);
            packageFolder = created.project->packageFolder();
        }
        QVERIFY(writeAll(packageFolder + u'/' + modulePath, "A = 2  # edited\n"));
        QVERIFY(QFile::remove(packageFolder + u'/' + secondModulePath));
        QVERIFY(writeAll(packageFolder + u"/docs/notes.md"_s, "# Notes\n"));
        QVERIFY(writeAll(packageFolder + u"/notes.backup"_s, "mine\n"));
        // Tool output that is never part of the package.
        QVERIFY(writeAll(packageFolder + u"/src/weather_station/__pycache__/readings.cpython-312.pyc"_s, "\x01"));
        QVERIFY(writeAll(packageFolder + u"/src/weather_station/readings.pyc"_s, "\x01"));
        QVERIFY(writeAll(packageFolder + u"/.venv/lib/site.py"_s, "x"));
        QVERIFY(writeAll(packageFolder + u"/.git/HEAD"_s, "ref: main"));
        QVERIFY(writeAll(packageFolder + u"/.pytest_cache/v/x"_s, "x"));

        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY2(loaded.project, qPrintable(loaded.errorMessage));
        const Project &project = *loaded.project;
        QCOMPARE(loaded.warnings.size(), 4);
        const QString warnings = loaded.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"package/src/weather_station/readings.py was changed outside Pygen Studio"_s),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(u"package/src/weather_station/charts.py is missing"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"package/docs/notes.md is not part of the project"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"package/notes.backup is not part of the project"_s), qPrintable(warnings));

        const FileRecord edited = project.state().files.value(modulePath);
        QCOMPARE(edited.origin, FileOrigin::Edited);
        QCOMPARE(edited.sha256, sha256Hex("A = 2  # edited\n"));
        QCOMPARE(project.package().file(modulePath)->content, QByteArray("A = 2  # edited\n"));
        QCOMPARE(project.package().file(modulePath)->origin, FileOrigin::Edited);

        const FileRecord missing = project.state().files.value(secondModulePath);
        QCOMPARE(missing.status, FileStatus::Planned);
        QVERIFY(missing.sha256.isEmpty());
        QVERIFY(!project.package().contains(secondModulePath));

        QCOMPARE(project.package().file(u"docs/notes.md"_s)->role, FileRole::Doc);
        QCOMPARE(project.package().file(u"docs/notes.md"_s)->origin, FileOrigin::Edited);
        QCOMPARE(project.state().files.value(u"notes.backup"_s).role, FileRole::Config);
        QStringList paths;
        for (const PackageFile &file : project.package().files())
            paths.append(file.path);
        QCOMPARE(paths, (QStringList{u"docs/notes.md"_s, u"notes.backup"_s, modulePath}));
        QVERIFY(QFileInfo::exists(packageFolder + u"/.git/HEAD"_s)); // left alone

        // The repairs were saved: a second load has nothing to say.
        loaded.project->flushed().waitForFinished();
        const Project::LoadResult again = loadNow(directory.path());
        QVERIFY(again.project);
        QCOMPARE(again.warnings, QStringList());
        QCOMPARE(again.project->state(), project.state());
    }

    // Editor, system and build output inside package/ is not part of the package.
    void clutterIsNotLoaded_data()
    {
        QTest::addColumn<QString>("path"); // below package/
        QTest::addColumn<bool>("loaded");
        const QStringList ignored{
            u".DS_Store"_s,
            u"src/weather_station/.DS_Store"_s,
            u"Thumbs.db"_s,
            u"docs/thumbs.db"_s,
            u".idea/workspace.xml"_s,
            u".vscode/settings.json"_s,
            u"build/lib/weather_station/readings.py"_s,
            u"dist/weather_station-0.1.0.tar.gz"_s,
            u"weather_station.egg-info/PKG-INFO"_s,
            u"src/Weather_Station.EGG-INFO/PKG-INFO"_s,
            u".pytest_cache/v/cache/lastfailed"_s,
            u".mypy_cache/3.11/readings.data.json"_s,
            u".ruff_cache/CACHEDIR.TAG"_s,
            u".tox/py311/log/1-commands.log"_s,
            u".coverage"_s,
            u"htmlcov/index.html"_s,
            u"src/weather_station/readings.pyc"_s,
            u"src/weather_station/READINGS.PYO"_s,
            u"src/weather_station/.readings.py.swp"_s,
            u"src/weather_station/readings.py~"_s,
        };
        for (const QString &path : ignored)
            QTest::newRow(qPrintable(path)) << path << false;
        // Names that only look alike.
        QTest::newRow("a subpackage named build") << u"src/weather_station/build/__init__.py"_s << true;
        QTest::newRow(".coveragerc") << u".coveragerc"_s << true;
        QTest::newRow("docs/build.md") << u"docs/build.md"_s << true;
    }

    void clutterIsNotLoaded()
    {
        QFETCH(QString, path);
        QFETCH(bool, loaded);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(Project::create(directory.path(), sampleState()).project);
        QVERIFY(writeAll(directory.filePath(u"package/"_s + path), "x\n"));

        const Project::LoadResult result = loadNow(directory.path());
        QVERIFY2(result.project, qPrintable(result.errorMessage));
        flush(*result.project);
        QCOMPARE(result.project->package().contains(path), loaded);
        QCOMPARE(result.project->state().files.contains(path), loaded);
        QCOMPARE(result.warnings.size(), loaded ? 1 : 0);
        QCOMPARE(readAll(directory.filePath(u"package/"_s + path)), QByteArray("x\n")); // left alone
    }

    void leftoverTemporaryFilesAreRemoved()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString packageFolder;
        {
            const Project::LoadResult created = Project::create(directory.path(), sampleState());
            QVERIFY(created.project);
            created.project->writeFile(moduleFile(modulePath, "A = 1\n"));
            created.project->appendHistory(HistoryRecord());
            flush(*created.project);
            packageFolder = created.project->packageFolder();
        }
        const QStringList leftovers{
            u"package/src/weather_station/readings.py.Ab12Cd"_s, // beside its file
            u"package/src/weather_station/alerts.py.Zz0099"_s, // a planned file not written yet
            u"project.json.a1B2c3"_s,
            u"project.json.previous.XyZ123"_s,
            u"history/000002-generate-src_x.py.json.k9K9k9"_s,
        };
        for (const QString &leftover : leftovers)
            QVERIFY(writeAll(directory.filePath(leftover), "{\"trunc"));

        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY2(loaded.project, qPrintable(loaded.errorMessage));
        QCOMPARE(loaded.warnings, QStringList());
        for (const QString &leftover : leftovers)
            QVERIFY2(!QFileInfo::exists(directory.filePath(leftover)), qPrintable(leftover));
        QCOMPARE(loaded.project->package().fileCount(), 1);
        QCOMPARE(loaded.project->historyCount(), 1);
    }

    // Only a mixed-case six-character suffix on a file the project records counts as a temporary.
    void leftoverCleanupKeepsUserFiles_data()
    {
        QTest::addColumn<QString>("path"); // below the project folder
        QTest::addColumn<bool>("removed");
        QTest::newRow(".env.sample beside .env") << u"package/.env.sample"_s << false;
        QTest::newRow("README.md.backup") << u"package/README.md.backup"_s << false;
        QTest::newRow("config.json.sample") << u"package/config.json.sample"_s << false;
        QTest::newRow("project.json.backup") << u"project.json.backup"_s << false;
        QTest::newRow("a history file's backup") << u"history/000001-plan.json.backup"_s << false;
        QTest::newRow("lowercase suffix on a recorded file")
            << u"package/src/weather_station/readings.py.abcdef"_s << false;
        QTest::newRow("a file not recorded") << u"package/docs/new.md.QqWwEe"_s << false;
        QTest::newRow("beside a file not recorded") << u"package/notes.txt.AbCdEf"_s << false;
        QTest::newRow("temporary of a recorded file") << u"package/README.md.Ab12Cd"_s << true;
        QTest::newRow("temporary of a recorded hidden file") << u"package/.env.xYzAbC"_s << true;
        QTest::newRow("temporary of project.json") << u"project.json.a1B2c3"_s << true;
        QTest::newRow("temporary of a history file") << u"history/000001-plan.json.QwErTy"_s << true;
    }

    void leftoverCleanupKeepsUserFiles()
    {
        QFETCH(QString, path);
        QFETCH(bool, removed);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        {
            const Project::LoadResult created = Project::create(directory.path(), sampleState());
            QVERIFY(created.project);
            Project &project = *created.project;
            for (const QString &file : {u".env"_s, u"README.md"_s, u"config.json"_s, modulePath})
                QVERIFY(!project.writeFile(moduleFile(file, "recorded\n")));
            HistoryRecord record;
            record.stage = StageId::Plan;
            project.appendHistory(record);
            flush(project);
            QVERIFY(!project.takeWriteError());
        }
        QVERIFY(writeAll(directory.filePath(u"package/notes.txt"_s), "notes\n"));
        QVERIFY(writeAll(directory.filePath(path), "mine\n"));

        const Project::LoadResult loaded = loadNow(directory.path());
        QVERIFY2(loaded.project, qPrintable(loaded.errorMessage));
        flush(*loaded.project);
        QCOMPARE(QFileInfo::exists(directory.filePath(path)), !removed);
        if (removed)
            return;
        QCOMPARE(readAll(directory.filePath(path)), QByteArray("mine\n"));
        // A kept file in package/ is the user's: loaded like any other.
        if (path.startsWith(u"package/"_s))
            QVERIFY(loaded.project->package().contains(path.mid(8)));
    }

    void createRefusesFoldersInUse_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("a file inside") << u"notes.txt"_s << u"is not empty"_s;
        QTest::newRow("a hidden file inside") << u".DS_Store"_s << u"is not empty"_s;
        QTest::newRow("a project") << u"project.json"_s << u"already holds a Pygen Studio project"_s;
    }

    void createRefusesFoldersInUse()
    {
        QFETCH(QString, existing);
        QFETCH(QString, messagePart);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(writeAll(directory.filePath(existing), "x"));

        const Project::LoadResult created = Project::create(directory.path(), sampleState());
        QVERIFY(!created.project);
        QVERIFY2(created.errorMessage.contains(messagePart), qPrintable(created.errorMessage));
        QCOMPARE(readAll(directory.filePath(existing)), QByteArray("x"));
        QVERIFY(!QFileInfo::exists(directory.filePath(u"package"_s)));
    }

    void createMakesAMissingFolder()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Project::LoadResult created = Project::create(directory.filePath(u"a/b/c"_s), sampleState());
        QVERIFY2(created.project, qPrintable(created.errorMessage));
        QVERIFY(QFileInfo::exists(directory.filePath(u"a/b/c/project.json"_s)));

        const Project::LoadResult onAFile = Project::create(directory.filePath(u"a/b/c/project.json"_s), sampleState());
        QVERIFY(!onAFile.project);
        QVERIFY2(onAFile.errorMessage.contains(u"is a file"_s), qPrintable(onAFile.errorMessage));
    }

    void unsafeFilesAreRefused()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Project::LoadResult created = Project::create(directory.path(), sampleState());
        QVERIFY(created.project);
        const auto refused = created.project->writeFile(moduleFile(u"../escape.py"_s, "x"));
        QVERIFY(refused);
        QVERIFY2(refused->contains(u"leaves the package"_s), qPrintable(*refused));
        flush(*created.project);
        QVERIFY(!QFileInfo::exists(directory.filePath(u"escape.py"_s)));
        QVERIFY(!created.project->state().files.contains(u"../escape.py"_s));
    }

    // The message says what went wrong and what to do about it, not always "disk full".
    void writeErrorsAreReported_data()
    {
        QTest::addColumn<QString>("obstacle"); // what is put in the way, below package/
        QTest::addColumn<QString>("action"); // write <path>, remove <path>
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        const QStringList noAdvice{u"free space"_s, u"disk"_s, u"permission"_s, u"may write"_s};
        // A file where a folder must go fails even for root, unlike permissions.
        QTest::newRow("a file where a folder must go")
            << u"file src"_s << u"write "_s + modulePath
            << QStringList{u"readings.py"_s, QDir::toNativeSeparators(u"/package/src is a file"_s),
                           u"where a folder is needed"_s}
            << noAdvice;
        QTest::newRow("a folder where the file must go")
            << u"folder README.md"_s << u"write README.md"_s
            << QStringList{QDir::toNativeSeparators(u"/package/README.md"_s), u"directory"_s} << noAdvice;
        QTest::newRow("a folder that may not be written")
            << u"read-only"_s << u"write README.md"_s
            << QStringList{QDir::toNativeSeparators(u"/package/README.md"_s), u"Permission denied"_s,
                           u"permission to write to the folder"_s}
            << QStringList{u"free space"_s};
        QTest::newRow("a file that may not be deleted")
            << u"read-only"_s << u"remove README.md"_s
            << QStringList{QDir::toNativeSeparators(u"/package/README.md"_s), u"Permission denied"_s,
                           u"permission to change files in the folder"_s}
            << QStringList{u"free space"_s};
    }

    void writeErrorsAreReported()
    {
        QFETCH(QString, obstacle);
        QFETCH(QString, action);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        if (obstacle == u"read-only" && ::geteuid() == 0)
            QSKIP("Permissions do not stop root");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Project::LoadResult created = Project::create(directory.path(), sampleState());
        QVERIFY(created.project);
        Project &project = *created.project;
        const QString packageFolder = project.packageFolder();
        if (obstacle == u"file src") {
            QVERIFY(writeAll(packageFolder + u"/src"_s, "in the way"));
        } else if (obstacle == u"folder README.md") {
            QVERIFY(QDir().mkpath(packageFolder + u"/README.md"_s));
        } else {
            QVERIFY(!project.writeFile(moduleFile(u"README.md"_s, "# Weather\n")));
            flush(project);
            QVERIFY(!project.takeWriteError());
            QVERIFY(QFile::setPermissions(packageFolder, QFile::ReadOwner | QFile::ExeOwner));
        }
        // The folder's permissions come back however the test ends, so that it can be removed.
        const auto restore = qScopeGuard([&packageFolder] {
            QFile::setPermissions(packageFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });

        QSignalSpy failures(&project, &Project::writeFailed);
        if (action.startsWith(u"write "_s))
            QVERIFY(!project.writeFile(moduleFile(action.mid(6), "A = 1\n")));
        else
            project.removeFile(action.mid(7));
        QVERIFY(failures.wait(10000));
        const QString message = failures.first().first().toString();
        for (const QString &part : std::as_const(expected))
            QVERIFY2(message.contains(part), qPrintable(message));
        for (const QString &part : std::as_const(unexpected))
            QVERIFY2(!message.contains(part, Qt::CaseInsensitive), qPrintable(message));
        const auto error = project.takeWriteError();
        QVERIFY(error);
        QCOMPARE(*error, message);
        QVERIFY(!project.takeWriteError());
    }

    // A link inside the project must not let a write or a delete reach a file outside it.
    void symbolicLinksAreNotWrittenThrough_data()
    {
        QTest::addColumn<QString>("link"); // below the project folder
        QTest::addColumn<QString>("target"); // below the outside folder
        QTest::addColumn<QString>("outsideFile"); // below the outside folder, must stay as it is
        QTest::addColumn<QString>("action"); // write <path>, remove <path>, history
        QTest::newRow("package/pyproject.toml to a file, written")
            << u"package/pyproject.toml"_s << u"pyproject.toml"_s << u"pyproject.toml"_s << u"write pyproject.toml"_s;
        QTest::newRow("package/src to a folder, written")
            << u"package/src"_s << u"src"_s << u"src/weather_station/readings.py"_s << u"write "_s + modulePath;
        QTest::newRow("package/src to a folder, a new file written")
            << u"package/src"_s << u"src"_s << u"src/weather_station/alerts.py"_s << u"write "_s + thirdModulePath;
        QTest::newRow("package/src to a folder, removed")
            << u"package/src"_s << u"src"_s << u"src/weather_station/charts.py"_s << u"remove "_s + secondModulePath;
        QTest::newRow("package to a folder, written")
            << u"package"_s << u"package"_s << u"package/README.md"_s << u"write README.md"_s;
        QTest::newRow("package to a folder, removed")
            << u"package"_s << u"package"_s << u"package/README.md"_s << u"remove README.md"_s;
        QTest::newRow("history to a folder")
            << u"history"_s << u"history"_s << u"history/000001-plan.json"_s << u"history"_s;
    }

    void symbolicLinksAreNotWrittenThrough()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(QString, outsideFile);
        QFETCH(QString, action);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString folder = directory.filePath(u"project"_s);
        const QString outside = directory.filePath(u"outside"_s);
        const Project::LoadResult created = Project::create(folder, sampleState());
        QVERIFY2(created.project, qPrintable(created.errorMessage));
        Project &project = *created.project;
        flush(project);

        // The outside file exists for every row but the new file, whose folder does.
        const bool outsideFileExists = !outsideFile.endsWith(u"alerts.py"_s);
        QVERIFY(writeAll(outside + u'/' + outsideFile, "outside\n"));
        if (!outsideFileExists)
            QVERIFY(QFile::remove(outside + u'/' + outsideFile));
        const QString linkPath = folder + u'/' + link;
        QDir(linkPath).removeRecursively();
        QVERIFY(QFile::link(outside + u'/' + target, linkPath));

        QSignalSpy failures(&project, &Project::writeFailed);
        if (action == u"history") {
            HistoryRecord record;
            record.stage = StageId::Plan;
            project.appendHistory(record);
        } else if (action.startsWith(u"write "_s)) {
            QVERIFY(!project.writeFile(moduleFile(action.mid(6), "written\n")));
        } else {
            project.removeFile(action.mid(7));
        }
        flush(project);

        QCOMPARE(QFileInfo::exists(outside + u'/' + outsideFile), outsideFileExists);
        if (outsideFileExists)
            QCOMPARE(readAll(outside + u'/' + outsideFile), QByteArray("outside\n"));
        QVERIFY(QFileInfo(linkPath).isSymLink());
        const auto error = project.takeWriteError();
        QVERIFY(error);
        QVERIFY2(error->contains(QDir::toNativeSeparators(linkPath)), qPrintable(*error));
        QVERIFY2(error->contains(u"symbolic link"_s), qPrintable(*error));
        QVERIFY2(error->contains(u"Remove the link"_s), qPrintable(*error));
        QVERIFY(failures.wait(10000));
    }

    void loadRemovesNoLeftoverThroughALink()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString folder = directory.filePath(u"project"_s);
        const QString outside = directory.filePath(u"outside"_s);
        QVERIFY(Project::create(folder, sampleState()).project);
        const QString outsideFile = outside + u"/000001-plan.json.AbCdEf"_s;
        QVERIFY(writeAll(outsideFile, "outside\n"));
        QVERIFY(QDir(folder + u"/history"_s).removeRecursively());
        QVERIFY(QFile::link(outside, folder + u"/history"_s));

        const Project::LoadResult loaded = loadNow(folder);
        QVERIFY2(loaded.project, qPrintable(loaded.errorMessage));
        flush(*loaded.project);
        QCOMPARE(readAll(outsideFile), QByteArray("outside\n"));
    }
};

QTEST_GUILESS_MAIN(ProjectTest)
#include "ProjectTest.moc"
