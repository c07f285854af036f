#include "pipeline/PlanTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace Pygen;
using namespace Qt::StringLiterals;

namespace {

PlannedFile plannedFile(const QString &path, FileRole role, const QStringList &dependsOn = {})
{
    PlannedFile file;
    file.path = path;
    file.role = role;
    file.purpose = u"Does its part."_s;
    file.dependsOn = dependsOn;
    return file;
}

// A plan PlanReader accepts: a package, one module with its test.
Plan validPlan()
{
    Plan plan;
    plan.importName = u"word_tools"_s;
    plan.distributionName = u"word-tools"_s;
    plan.summary = u"Counts words."_s;
    PlannedFile init = plannedFile(u"src/word_tools/__init__.py"_s, FileRole::Module);
    init.interface = {{u"__version__: str"_s, u"The version."_s}};
    PlannedFile counting = plannedFile(u"src/word_tools/counting.py"_s, FileRole::Module);
    counting.interface = {{u"def count_words(text: str) -> int"_s, u"Counts the words."_s},
                          {u"def most_common(text: str) -> list[str]"_s, u"The most common words."_s}};
    plan.files = {init, counting,
                  plannedFile(u"tests/test_counting.py"_s, FileRole::Test, {u"src/word_tools/counting.py"_s})};
    return plan;
}

} // namespace

// The plan's editable tree: structure kept consistent through edits (QAbstractItemModelTester),
// and PlanReader's problems mapped to the rows they name.
class PlanTreeModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFilesAndTheirInterfaces()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(validPlan());

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, PlanTreeModel::PathColumn).data().toString(), u"src/word_tools/counting.py"_s);
        QCOMPARE(model.index(2, PlanTreeModel::RoleColumn).data().toString(), u"test"_s);
        QCOMPARE(model.index(0, PlanTreeModel::PurposeColumn).data().toString(), u"Does its part."_s);
        const QModelIndex counting = model.index(1, 0);
        QCOMPARE(model.rowCount(counting), 2);
        QCOMPARE(model.index(1, PlanTreeModel::SignatureColumn, counting).data().toString(),
                 u"def most_common(text: str) -> list[str]"_s);
        QCOMPARE(model.index(0, PlanTreeModel::SummaryColumn, counting).data().toString(), u"Counts the words."_s);
        QCOMPARE(model.index(0, 0, counting).parent(), counting);
        QVERIFY2(model.problems().isEmpty(), qPrintable(model.problems().join(u'\n')));
        QCOMPARE(model.plan(), validPlan());
    }

    void editsEveryField_data()
    {
        QTest::addColumn<int>("fileRow");
        QTest::addColumn<int>("entryRow"); // -1: the file itself
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("purpose") << 0 << -1 << int(PlanTreeModel::PurposeColumn) << u"The package."_s << true;
        QTest::newRow("role by name") << 2 << -1 << int(PlanTreeModel::RoleColumn) << u"doc"_s << true;
        QTest::newRow("unknown role") << 2 << -1 << int(PlanTreeModel::RoleColumn) << u"script"_s << false;
        QTest::newRow("signature") << 1 << 0 << int(PlanTreeModel::SignatureColumn) << u"def count(text)"_s << true;
        QTest::newRow("summary") << 1 << 1 << int(PlanTreeModel::SummaryColumn) << u"Top words."_s << true;
    }

    void editsEveryField()
    {
        QFETCH(int, fileRow);
        QFETCH(int, entryRow);
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(bool, accepted);

        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(validPlan());
        QSignalSpy changed(&model, &PlanTreeModel::planChanged);
        const QModelIndex file = model.index(fileRow, 0);
        const QModelIndex cell = entryRow < 0 ? model.index(fileRow, column) : model.index(entryRow, column, file);
        const QString before = cell.data().toString();

        QCOMPARE(model.setData(cell, value), accepted);
        QCOMPARE(cell.data().toString(), accepted ? value : before);
        QCOMPARE(changed.size(), accepted ? 1 : 0);

        const Plan plan = model.plan();
        if (!accepted) {
            QCOMPARE(plan, validPlan());
        } else if (entryRow >= 0) {
            const InterfaceEntry &entry = plan.files.at(fileRow).interface.at(entryRow);
            QCOMPARE(column == PlanTreeModel::SignatureColumn ? entry.signature : entry.summary, value);
        } else if (column == PlanTreeModel::RoleColumn) {
            QCOMPARE(fileRoleName(plan.files.at(fileRow).role), value);
        } else {
            QCOMPARE(plan.files.at(fileRow).purpose, value);
        }
    }

    void renameKeepsDependenciesPointingAtTheFile()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(validPlan());
        QVERIFY(model.setData(model.index(1, PlanTreeModel::PathColumn), u"  src/word_tools/words.py "_s));
        QCOMPARE(model.plan().files.at(1).path, u"src/word_tools/words.py"_s);
        QCOMPARE(model.plan().files.at(2).dependsOn, QStringList{u"src/word_tools/words.py"_s});
        // The test still names the module in dependsOn, so the rename leaves nothing to fix.
        QVERIFY2(model.problems().isEmpty(), qPrintable(model.problems().join(u'\n')));

        // A path that duplicates another, and back: the dependencies are as they were.
        QVERIFY(model.setData(model.index(1, PlanTreeModel::PathColumn), u"src/word_tools/__init__.py"_s));
        QVERIFY(!model.problems().isEmpty());
        QVERIFY(model.setData(model.index(1, PlanTreeModel::PathColumn), u"src/word_tools/words.py"_s));
        QCOMPARE(model.plan().files.at(2).dependsOn, QStringList{u"src/word_tools/words.py"_s});
        QVERIFY(model.setData(model.index(1, PlanTreeModel::PathColumn), u"src/word_tools/counting.py"_s));
        QCOMPARE(model.plan(), validPlan());
    }

    void addsAndRemovesFilesAndEntries()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(validPlan());
        const QModelIndex counting = model.index(1, 0);
        const QPersistentModelIndex entry = model.index(1, 0, counting);

        const QModelIndex added = model.addFile(u"docs/usage.md"_s);
        QCOMPARE(added, model.index(3, PlanTreeModel::PathColumn));
        QCOMPARE(added.data().toString(), u"docs/usage.md"_s);
        QCOMPARE(model.index(3, PlanTreeModel::RoleColumn).data().toString(), u"doc"_s);
        // A new file has no purpose yet: that is the problem to fix.
        QVERIFY(model.index(3, 0).data(PlanTreeModel::HasProblemRole).toBool());
        QVERIFY(model.setData(model.index(3, PlanTreeModel::PurposeColumn), u"How to use it."_s));
        QVERIFY2(model.problems().isEmpty(), qPrintable(model.problems().join(u'\n')));

        const QModelIndex newEntry = model.addInterfaceEntry(1);
        QCOMPARE(newEntry, model.index(2, PlanTreeModel::SignatureColumn, counting));
        QCOMPARE(model.rowCount(counting), 3);
        QVERIFY(model.setData(newEntry, u"def unique(text: str) -> set[str]"_s));
        QVERIFY(model.setData(newEntry.siblingAtColumn(PlanTreeModel::SummaryColumn), u"Distinct words."_s));
        QCOMPARE(model.plan().files.at(1).interface.at(2),
                 (InterfaceEntry{u"def unique(text: str) -> set[str]"_s, u"Distinct words."_s}));

        QVERIFY(model.removeInterfaceEntry(1, 0));
        QCOMPARE(model.rowCount(counting), 2);
        QCOMPARE(model.plan().files.at(1).interface.at(0).signature, u"def most_common(text: str) -> list[str]"_s);
        QVERIFY(!model.removeInterfaceEntry(1, 5));

        // Removing the file above keeps entries of the files below reachable.
        QVERIFY(entry.isValid());
        QVERIFY(model.removeFile(0));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"src/word_tools/counting.py"_s);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QVERIFY(!model.removeFile(7));
        // The package's __init__.py is gone now.
        QVERIFY(model.problems().join(u'\n').contains(u"__init__.py"_s));

        // The test no longer depends on a module that is gone.
        QVERIFY(model.removeFile(0));
        QVERIFY(model.plan().files.at(0).dependsOn.isEmpty());
    }

    void mapsProblemsToTheirRows_data()
    {
        QTest::addColumn<int>("fileRow");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // part of the problem's text

        QTest::newRow("duplicate path") << 2 << int(PlanTreeModel::PathColumn) << u"src/word_tools/counting.py"_s
                                        << u"files[2].path"_s;
        QTest::newRow("unsafe path") << 2 << int(PlanTreeModel::PathColumn) << u"../x.py"_s << u"files[2].path"_s;
        QTest::newRow("module without a test")
            << 2 << int(PlanTreeModel::RoleColumn) << u"doc"_s << u"files[1].path: the module"_s;
        QTest::newRow("empty purpose") << 0 << int(PlanTreeModel::PurposeColumn) << QString() << u"files[0].purpose"_s;
    }

    void mapsProblemsToTheirRows()
    {
        QFETCH(int, fileRow);
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, expected);

        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(validPlan());
        QSignalSpy problemsChanged(&model, &PlanTreeModel::problemsChanged);
        const Plan before = model.plan();

        QVERIFY(model.setData(model.index(fileRow, column), value));
        QCOMPARE(problemsChanged.size(), 1);
        QString problem;
        for (const QString &candidate : model.problems()) {
            if (candidate.contains(expected))
                problem = candidate;
        }
        QVERIFY2(!problem.isEmpty(), qPrintable(model.problems().join(u'\n')));

        const QModelIndex named = model.indexForProblem(problem);
        QVERIFY(named.isValid());
        QCOMPARE(named.row(), expected.mid(6, 1).toInt());
        QVERIFY(named.data(PlanTreeModel::HasProblemRole).toBool());
        QVERIFY(named.data(PlanTreeModel::ProblemRole).toStringList().contains(problem));
        QVERIFY(named.data(Qt::ToolTipRole).toString().contains(problem));
        // The other rows stay unmarked unless a problem is about them too.
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool marked = model.index(row, 0).data(PlanTreeModel::HasProblemRole).toBool();
            const bool about = std::any_of(model.problems().cbegin(), model.problems().cend(),
                                           [row](const QString &p) { return p.startsWith(u"files[%1]"_s.arg(row)); });
            QCOMPARE(marked, about);
        }

        // Undoing the edit clears it.
        const PlannedFile &original = before.files.at(fileRow);
        const QString restored = column == PlanTreeModel::RoleColumn ? fileRoleName(original.role)
            : column == PlanTreeModel::PathColumn                    ? original.path
                                                                     : original.purpose;
        QVERIFY(model.setData(model.index(fileRow, column), restored));
        QVERIFY2(model.problems().isEmpty(), qPrintable(model.problems().join(u'\n')));
        QCOMPARE(problemsChanged.size(), 2);
        QVERIFY(!named.data(PlanTreeModel::HasProblemRole).toBool());
    }

    void mapsInterfaceProblemsToTheEntry()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(validPlan());
        const QModelIndex entry = model.addInterfaceEntry(1);
        // An empty signature breaks the schema.
        QString problem;
        for (const QString &candidate : model.problems()) {
            if (candidate.startsWith(u"files[1].interface[2]"_s))
                problem = candidate;
        }
        QVERIFY2(!problem.isEmpty(), qPrintable(model.problems().join(u'\n')));
        QCOMPARE(model.indexForProblem(problem).parent(), model.index(1, 0));
        QCOMPARE(model.indexForProblem(problem).row(), 2);
        QVERIFY(entry.data(PlanTreeModel::HasProblemRole).toBool());
        QVERIFY(model.index(1, 0).data(PlanTreeModel::HasProblemRole).toBool());
        QVERIFY(!model.index(0, 0).data(PlanTreeModel::HasProblemRole).toBool());
    }

    void checksTheTopLevelFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("import name") << u"importName"_s << u"class"_s << u"importName:"_s;
        QTest::newRow("distribution name") << u"distributionName"_s << u"-bad-"_s << u"distributionName:"_s;
        QTest::newRow("summary") << u"summary"_s << u" "_s << u"summary:"_s;
        QTest::newRow("dependency") << u"dependencies"_s << u"numpy>=1.24\n!!"_s << u"dependencies[1]:"_s;
    }

    void checksTheTopLevelFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);

        PlanTreeModel model;
        model.setPlan(validPlan());
        QSignalSpy problemsChanged(&model, &PlanTreeModel::problemsChanged);
        if (field == u"importName")
            model.setImportName(value);
        else if (field == u"distributionName")
            model.setDistributionName(value);
        else if (field == u"summary")
            model.setSummary(value);
        else
            model.setDependencies(value.split(u'\n'));
        QCOMPARE(problemsChanged.size(), 1);
        QVERIFY2(model.problems().join(u'\n').contains(expected), qPrintable(model.problems().join(u'\n')));
        for (const QString &problem : model.problems()) {
            if (problem.startsWith(expected))
                QVERIFY(!model.indexForProblem(problem).isValid());
        }
        QCOMPARE(field == u"summary"                ? model.summary()
                     : field == u"importName"       ? model.importName()
                     : field == u"distributionName" ? model.distributionName()
                                                    : model.dependencies().join(u'\n'),
                 value);
    }

    void offersTheRoleNames()
    {
        QCOMPARE(PlanTreeModel::fileRoleNames(),
                 (QStringList{u"module"_s, u"test"_s, u"example"_s, u"doc"_s, u"config"_s}));
    }
};

QTEST_GUILESS_MAIN(PlanTreeModelTest)
#include "PlanTreeModelTest.moc"
