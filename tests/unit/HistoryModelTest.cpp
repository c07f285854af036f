#include "project/HistoryModel.h"
#include "project/Project.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pygen;
using namespace Qt::StringLiterals;

// The history table: what it reads from history/, what it adds live, and what it skips.
class HistoryModelTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_folder;

    std::shared_ptr<Project> createProject()
    {
        Project::LoadResult created = Project::create(m_folder->filePath(u"project"_s), ProjectState());
        if (!created.project)
            qFatal("project: %s", qPrintable(created.errorMessage));
        return created.project;
    }

    static HistoryRecord record(StageId stage, const QString &file, const QString &prompt, const QString &response,
                                int tokensIn, int tokensOut, qint64 elapsedMs)
    {
        HistoryRecord record;
        record.stage = stage;
        record.file = file;
        record.label = file.isEmpty() ? u"request"_s : u"attempt 1"_s;
        record.request.model = u"coder:latest"_s;
        record.request.messages = {{ChatMessage::Role::System, u"You write Python."_s},
                                   {ChatMessage::Role::User, prompt}};
        record.response = response;
        record.usage.promptTokens = tokensIn;
        record.usage.outputTokens = tokensOut;
        record.startedAt = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), QTimeZone::UTC);
        record.elapsedMs = elapsedMs;
        record.outcome = u"stop"_s;
        return record;
    }

    static void flush(Project &project)
    {
        QFuture<void> flushed = project.flushed();
        QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);
    }

    static bool waitForLoad(HistoryModel &model)
    {
        if (!model.isLoading())
            return true;
        QSignalSpy loaded(&model, &HistoryModel::loadFinished);
        return loaded.wait(20000);
    }

    static QString cell(const HistoryModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void init() { m_folder = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_folder.reset(); }

    void loadsTheFilesOfAProject_data()
    {
        QTest::addColumn<int>("records");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("twelve") << 12;
    }

    void loadsTheFilesOfAProject()
    {
        QFETCH(int, records);
        const std::shared_ptr<Project> project = createProject();
        for (int i = 0; i < records; ++i) {
            project->appendHistory(record(i % 2 ? StageId::Generate : StageId::Plan,
                                          i % 2 ? u"src/pkg/module_%1.py"_s.arg(i) : QString(), u"prompt %1"_s.arg(i),
                                          u"reply %1"_s.arg(i), 100 + i, 200 + i, 1500));
        }
        flush(*project);

        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &HistoryModel::loadFinished);
        model.setProject(project.get());
        // The files are read in a worker thread: nothing yet, and no signal from inside setProject.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loaded.size(), 0);
        QVERIFY(waitForLoad(model));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), records);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        QVERIFY(model.loadWarnings().isEmpty());
        for (int row = 0; row < records; ++row) {
            QCOMPARE(model.number(row), row + 1);
            QCOMPARE(model.data(model.index(row, HistoryModel::NumberColumn)).toInt(), row + 1);
            QCOMPARE(cell(model, row, HistoryModel::StageColumn),
                     row % 2 ? u"Generating the files"_s : u"Planning the package"_s);
            QCOMPARE(cell(model, row, HistoryModel::FileColumn),
                     row % 2 ? u"src/pkg/module_%1.py"_s.arg(row) : QString());
            QCOMPARE(cell(model, row, HistoryModel::TokensInColumn), QString::number(100 + row));
            QCOMPARE(cell(model, row, HistoryModel::TokensOutColumn), QString::number(200 + row));
            QCOMPARE(cell(model, row, HistoryModel::OutcomeColumn), u"stop"_s);
            QVERIFY(!cell(model, row, HistoryModel::TimeColumn).isEmpty());
            QVERIFY(cell(model, row, HistoryModel::DurationColumn).contains(u"1"_s));
            QCOMPARE(model.data(model.index(row, 0), HistoryModel::SortRole).toInt(), row + 1);
            QCOMPARE(model.data(model.index(row, HistoryModel::DurationColumn), HistoryModel::SortRole).toLongLong(),
                     1500);

            const QString prompt = model.data(model.index(row, 0), HistoryModel::PromptRole).toString();
            QVERIFY2(prompt.contains(u"You write Python."_s), qPrintable(prompt));
            QVERIFY2(prompt.contains(u"prompt %1"_s.arg(row)), qPrintable(prompt));
            QCOMPARE(model.data(model.index(row, 3), HistoryModel::ResponseRole).toString(), u"reply %1"_s.arg(row));
            const QString search = model.data(model.index(row, 0), HistoryModel::SearchTextRole).toString();
            QVERIFY(search.contains(u"prompt %1"_s.arg(row)));
            QVERIFY(search.contains(u"reply %1"_s.arg(row)));
        }
    }

    void appendsLiveRecords()
    {
        const std::shared_ptr<Project> project = createProject();
        project->appendHistory(record(StageId::Screen, {}, u"is this fine"_s, u"{\"allowed\":true}"_s, 10, 5, 100));
        flush(*project);

        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        // While the files load: kept until the load ends, then shown once even if its file was read.
        project->appendHistory(record(StageId::Enhance, {}, u"enhance"_s, u"better"_s, 20, 30, 200));
        QVERIFY(waitForLoad(model));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.number(1), 2);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        project->appendHistory(record(StageId::Generate, u"src/a.py"_s, u"write a"_s, u"print('a')"_s, 40, 50, 300));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.number(2), 3);
        QCOMPARE(cell(model, 2, HistoryModel::FileColumn), u"src/a.py"_s);
        QCOMPARE(model.record(2).response, u"print('a')"_s);

        // Another project replaces the rows; the first one's records no longer arrive.
        m_folder = std::make_unique<QTemporaryDir>();
        const std::shared_ptr<Project> other = createProject();
        model.setProject(other.get());
        QVERIFY(waitForLoad(model));
        QCOMPARE(model.rowCount(), 0);
        project->appendHistory(record(StageId::Plan, {}, u"plan"_s, u"{}"_s, 1, 1, 1));
        QCOMPARE(model.rowCount(), 0);
        flush(*project);
    }

    void showsRecordsAppendedJustBeforeItConnected()
    {
        // Still queued for writing when the model connects: neither on disk yet nor sent live.
        const std::shared_ptr<Project> project = createProject();
        const int records = 150;
        const QString longReply = u"x"_s.repeated(20000);
        for (int i = 0; i < records; ++i)
            project->appendHistory(record(StageId::Generate, u"src/pkg/m%1.py"_s.arg(i), u"prompt %1"_s.arg(i),
                                          longReply + QString::number(i), 1, 2, 3));

        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        project->appendHistory(record(StageId::Document, {}, u"docs"_s, u"# Docs"_s, 1, 2, 3));
        QVERIFY(waitForLoad(model));
        QCOMPARE(model.rowCount(), records + 1);
        for (int row = 0; row < records + 1; ++row)
            QCOMPARE(model.number(row), row + 1);
        QCOMPARE(model.record(records - 1).response, longReply + QString::number(records - 1));
        QCOMPARE(model.record(records).response, u"# Docs"_s);
        flush(*project);
    }

    void skipsDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"stage\": \"plan\", \"response\": ");
        QTest::newRow("an array") << QByteArray("[1, 2, 3]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no stage") << QByteArray("{\"response\": \"x\"}");
    }

    void skipsDamagedFiles()
    {
        QFETCH(QByteArray, content);
        const std::shared_ptr<Project> project = createProject();
        project->appendHistory(record(StageId::Screen, {}, u"one"_s, u"first"_s, 1, 2, 3));
        project->appendHistory(record(StageId::Enhance, {}, u"two"_s, u"second"_s, 1, 2, 3));
        flush(*project);
        QFile damaged(QDir(project->historyFolder()).filePath(u"000003-plan.json"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(content);
        damaged.close();
        // Not a history file name at all: ignored without a word.
        QFile other(QDir(project->historyFolder()).filePath(u"notes.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"000003-plan\\.json"_s));
        model.setProject(project.get());
        QVERIFY(waitForLoad(model));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.record(0).response, u"first"_s);
        QCOMPARE(model.record(1).response, u"second"_s);
        QCOMPARE(model.loadWarnings().size(), 1);
        QVERIFY2(model.loadWarnings().constFirst().contains(u"000003-plan.json"_s),
                 qPrintable(model.loadWarnings().constFirst()));
    }

    void readableTextHasEverything()
    {
        const HistoryRecord entry =
            record(StageId::Generate, u"src/b.py"_s, u"write b please"_s, u"def b(): pass"_s, 123, 45, 2500);
        const QString text = HistoryModel::readableText(7, entry);
        for (const QString &part : {u"7"_s, u"Generating the files"_s, u"src/b.py"_s, u"write b please"_s,
                                    u"You write Python."_s, u"def b(): pass"_s, u"123"_s, u"45"_s, u"2.5"_s})
            QVERIFY2(text.contains(part), qPrintable(part + u" in "_s + text));
    }
};

QTEST_GUILESS_MAIN(HistoryModelTest)
#include "HistoryModelTest.moc"
