#include "HistoryPanel.h"

#include "llm/SecretRedactor.h"
#include "project/HistoryModel.h"
#include "project/Project.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Pygen;
using namespace Qt::StringLiterals;

// The history panel over a real project: search, the detail view, and what Copy puts on the
// clipboard (never a key).
class HistoryPanelTest final : public QObject
{
    Q_OBJECT

private:
    static constexpr QLatin1StringView secret{"sk-test-historypanel-0123456789abcdef"};

    std::unique_ptr<QTemporaryDir> m_folder;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<HistoryPanel> m_panel;

    static HistoryRecord record(StageId stage, const QString &file, const QString &prompt, const QString &response)
    {
        HistoryRecord record;
        record.stage = stage;
        record.file = file;
        record.label = u"attempt 1"_s;
        record.request.model = u"coder:latest"_s;
        record.request.messages = {{ChatMessage::Role::System, u"You write careful Python."_s},
                                   {ChatMessage::Role::User, prompt}};
        record.response = response;
        record.usage.promptTokens = 321;
        record.usage.outputTokens = 654;
        record.startedAt = QDateTime::currentDateTimeUtc();
        record.elapsedMs = 4200;
        record.outcome = u"stop"_s;
        return record;
    }

    // A project with three requests on disk, shown in a panel once they are read.
    void openPanel()
    {
        Project::LoadResult created = Project::create(m_folder->filePath(u"project"_s), ProjectState());
        QVERIFY2(created.project, qPrintable(created.errorMessage));
        m_project = created.project;
        m_project->appendHistory(record(StageId::Plan, {}, u"Plan a package for word counts"_s, u"{\"files\": []}"_s));
        m_project->appendHistory(record(StageId::Generate, u"src/word_tools/counting.py"_s,
                                        u"Write the counting module"_s, u"def count_words(text):\n    return 1\n"_s));
        m_project->appendHistory(record(StageId::Generate, u"tests/test_counting.py"_s, u"Write the tests"_s,
                                        u"def test_count():\n    assert True\n"_s));
        QFuture<void> flushed = m_project->flushed();
        QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);

        m_panel = std::make_unique<HistoryPanel>();
        QSignalSpy loaded(m_panel->model(), &HistoryModel::loadFinished);
        m_panel->setProject(m_project.get());
        QVERIFY(loaded.wait(20000));
        m_panel->resize(900, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QCOMPARE(m_panel->table()->model()->rowCount(), 3);
    }

    void selectRow(int row)
    {
        m_panel->table()->setFocus();
        m_panel->table()->selectRow(row);
    }

private Q_SLOTS:
    void init() { m_folder = std::make_unique<QTemporaryDir>(); }

    void cleanup()
    {
        m_panel.reset();
        m_project.reset();
        m_folder.reset();
        SecretRedactor::forgetAll();
    }

    void searchFiltersRows_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << 3;
        QTest::newRow("in a prompt, other case") << u"COUNTING MODULE"_s << 1;
        QTest::newRow("in a reply") << u"assert true"_s << 1;
        QTest::newRow("a stage") << u"generating the files"_s << 2;
        QTest::newRow("a file") << u"tests/test_"_s << 1;
        QTest::newRow("nothing") << u"no such text anywhere"_s << 0;
    }

    void searchFiltersRows()
    {
        QFETCH(QString, search);
        QFETCH(int, rows);
        openPanel();
        QVERIFY(!m_panel->searchField()->accessibleName().isEmpty());
        QVERIFY(!m_panel->table()->accessibleName().isEmpty());
        // Ctrl+F from the table goes to the search field.
        m_panel->activateWindow();
        m_panel->table()->setFocus();
        QTest::keyClick(m_panel->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_panel->searchField()->hasFocus());
        QTest::keyClicks(m_panel->searchField(), search);
        QCOMPARE(m_panel->table()->model()->rowCount(), rows);
    }

    void detailShowsPromptAndReply()
    {
        openPanel();
        QVERIFY(m_panel->promptView()->toPlainText().isEmpty());
        QVERIFY(!m_panel->copyAction()->isEnabled());
        selectRow(1);
        const QString prompt = m_panel->promptView()->toPlainText();
        QVERIFY2(prompt.contains(u"Write the counting module"_s), qPrintable(prompt));
        QVERIFY2(prompt.contains(u"You write careful Python."_s), qPrintable(prompt));
        QCOMPARE(m_panel->replyView()->toPlainText(), u"def count_words(text):\n    return 1\n"_s);
        QVERIFY(m_panel->promptView()->isReadOnly());
        QVERIFY(m_panel->replyView()->isReadOnly());
        const QString usage = m_panel->usageLabel()->text();
        QVERIFY2(usage.contains(u"321"_s) && usage.contains(u"654"_s), qPrintable(usage));

        // Sorting by a column keeps the detail on the selected record.
        m_panel->table()->sortByColumn(HistoryModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(m_panel->replyView()->toPlainText(), u"def count_words(text):\n    return 1\n"_s);

        // A search that hides the record never leaves it in the detail: the detail follows what is
        // selected among the rows still shown.
        QTest::keyClicks(m_panel->searchField(), u"Plan a package"_s);
        QCOMPARE(m_panel->table()->model()->rowCount(), 1);
        QVERIFY(!m_panel->replyView()->toPlainText().contains(u"count_words"_s));
        QCOMPARE(m_panel->replyView()->toPlainText(), m_panel->selectedReply());
    }

    void copyPutsTheRecordOnTheClipboard()
    {
        openPanel();
        QGuiApplication::clipboard()->clear();
        selectRow(2);
        m_panel->activateWindow();
        QTRY_VERIFY(m_panel->table()->hasFocus());
        QTest::keyClick(m_panel->table(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        for (const QString &part : {u"Generating the files"_s, u"tests/test_counting.py"_s, u"Write the tests"_s,
                                    u"def test_count():"_s, u"321"_s, u"654"_s})
            QVERIFY2(copied.contains(part), qPrintable(part + u" in "_s + copied));

        m_panel->copyReplyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"def test_count():\n    assert True\n"_s);
    }

    void copiedTextHasNoSecret()
    {
        openPanel();
        SecretRedactor::registerSecret(secret);
        // A live record straight from the pipeline (not yet through the history file's redaction).
        m_project->appendHistory(record(StageId::Generate, u"src/word_tools/config.py"_s,
                                        u"Use the key %1 for the service"_s.arg(secret),
                                        u"API_KEY = \"%1\"\n"_s.arg(secret)));
        QCOMPARE(m_panel->table()->model()->rowCount(), 4);
        selectRow(3);
        QVERIFY(m_panel->promptView()->toPlainText().contains(u"Use the key"_s));
        QVERIFY(!m_panel->promptView()->toPlainText().contains(secret));
        QVERIFY(!m_panel->replyView()->toPlainText().contains(secret));

        m_panel->copyAction()->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"Use the key"_s), qPrintable(copied));
        QVERIFY2(!copied.contains(secret), qPrintable(copied));
        QVERIFY(copied.contains(SecretRedactor::marker));
        m_panel->copyReplyAction()->trigger();
        QVERIFY(!QGuiApplication::clipboard()->text().contains(secret));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"API_KEY"_s));
        QFuture<void> flushed = m_project->flushed();
        QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);
    }
};

QTEST_MAIN(HistoryPanelTest)
#include "HistoryPanelTest.moc"
