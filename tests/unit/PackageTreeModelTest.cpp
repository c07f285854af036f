#include "package/PackageTreeModel.h"
#include "project/Project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Pygen::FileOrigin;
using Pygen::FileRole;
using Pygen::FileStatus;
using Pygen::PackageFile;
using Pygen::PackageTreeModel;
using Pygen::Project;
using Pygen::ProjectState;

Q_DECLARE_METATYPE(Pygen::FileStatus)
Q_DECLARE_METATYPE(Pygen::FileOrigin)

class PackageTreeModelTest final : public QObject
{
    Q_OBJECT

private:
    // A model over a fresh project, with a tester that stops the test at the first broken rule.
    struct Fixture
    {
        QTemporaryDir directory;
        std::shared_ptr<Project> project;
        PackageTreeModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

        Fixture()
        {
            Project::LoadResult created = Project::create(directory.filePath(u"project"_s), ProjectState{});
            if (!created.project)
                qFatal("project: %s", qPrintable(created.errorMessage));
            project = std::move(created.project);
            model.setProject(project.get());
        }

        void write(const QString &path, FileStatus status = FileStatus::Generated,
                   FileOrigin origin = FileOrigin::Generated, const QString &message = {})
        {
            const PackageFile file{path, "x = 1\n", FileRole::Module, origin, status, message};
            if (const auto refused = project->writeFile(file))
                qFatal("write %s: %s", qPrintable(path), qPrintable(*refused));
        }

        void setStatus(const QString &path, FileStatus status)
        {
            ProjectState state = project->state();
            state.files[path].status = status;
            project->setState(state);
        }
    };

    // The display names under `parent`, in row order.
    static QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row)
            result.append(model.index(row, 0, parent).data().toString());
        return result;
    }

private Q_SLOTS:
    void showsNothingWithoutAProject()
    {
        PackageTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexForPath(u"README.md"_s).isValid());

        Fixture fixture;
        fixture.write(u"README.md"_s);
        model.setProject(fixture.project.get());
        QCOMPARE(names(model), QStringList{u"README.md"_s});
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void badges_data()
    {
        QTest::addColumn<FileStatus>("status");
        QTest::addColumn<FileOrigin>("origin");
        QTest::addColumn<QString>("badge");

        QTest::newRow("planned") << FileStatus::Planned << FileOrigin::Generated << u"planned"_s;
        QTest::newRow("generating") << FileStatus::Generating << FileOrigin::Generated << u"generating"_s;
        QTest::newRow("generated") << FileStatus::Generated << FileOrigin::Generated << u"generated"_s;
        QTest::newRow("template") << FileStatus::Generated << FileOrigin::Template << u"generated"_s;
        QTest::newRow("failed") << FileStatus::Failed << FileOrigin::Generated << u"failed"_s;
        QTest::newRow("skipped") << FileStatus::Skipped << FileOrigin::Generated << u"skipped"_s;
        QTest::newRow("edited") << FileStatus::Generated << FileOrigin::Edited << u"edited by you"_s;
        QTest::newRow("fallback") << FileStatus::Generated << FileOrigin::Fallback << u"fallback"_s;
        QTest::newRow("fallback that failed") << FileStatus::Failed << FileOrigin::Fallback << u"fallback"_s;
    }

    void badges()
    {
        QFETCH(FileStatus, status);
        QFETCH(FileOrigin, origin);
        QFETCH(QString, badge);

        Fixture fixture;
        fixture.write(u"src/pkg/module.py"_s, status, origin, u"why it is so"_s);
        const QModelIndex index = fixture.model.indexForPath(u"src/pkg/module.py"_s);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(PackageTreeModel::BadgeRole).toString(), badge);
        QCOMPARE(index.data(PackageTreeModel::StatusRole).toInt(), int(status));
        QCOMPARE(index.data(PackageTreeModel::OriginRole).toInt(), int(origin));
        QCOMPARE(index.data(PackageTreeModel::MessageRole).toString(), u"why it is so"_s);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"src/pkg/module.py"_s) && tip.contains(u"why it is so"_s), qPrintable(tip));
        // Folders have no badge.
        QVERIFY(!index.parent().data(PackageTreeModel::BadgeRole).isValid());
    }

    void sortsFoldersFirstThenFilesByNameIgnoringCase()
    {
        Fixture fixture;
        for (const QString &path :
             {u"zeta.py"_s, u"README.md"_s, u"b/x.py"_s, u"alpha.py"_s, u"Docs/guide.md"_s, u"a/y.py"_s, u"LICENSE"_s})
            fixture.write(path);
        QCOMPARE(names(fixture.model),
                 (QStringList{u"a"_s, u"b"_s, u"Docs"_s, u"alpha.py"_s, u"LICENSE"_s, u"README.md"_s, u"zeta.py"_s}));
    }

    void addingNestedFilesCreatesFolders()
    {
        Fixture fixture;
        fixture.write(u"README.md"_s);
        QSignalSpy inserted(&fixture.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&fixture.model, &QAbstractItemModel::modelReset);

        fixture.write(u"src/weather/io/csv_reader.py"_s);
        QCOMPARE(inserted.size(), 4); // src, weather, io, the file
        QCOMPARE(reset.size(), 0);

        const QModelIndex io = fixture.model.indexForPath(u"src/weather/io"_s);
        QVERIFY(io.isValid());
        QVERIFY(io.data(PackageTreeModel::IsFolderRole).toBool());
        QCOMPARE(io.data(PackageTreeModel::PathRole).toString(), u"src/weather/io"_s);
        QCOMPARE(fixture.model.pathForIndex(io.parent()), u"src/weather"_s);
        QCOMPARE(names(fixture.model, io), QStringList{u"csv_reader.py"_s});
        const QModelIndex file = fixture.model.index(0, 0, io);
        QVERIFY(!file.data(PackageTreeModel::IsFolderRole).toBool());
        QCOMPARE(fixture.model.pathForIndex(file), u"src/weather/io/csv_reader.py"_s);
        QCOMPARE(fixture.model.indexForPath(u"src/weather/io/csv_reader.py"_s), file);

        // A second file in an existing folder inserts one row only.
        inserted.clear();
        fixture.write(u"src/weather/io/json_reader.py"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>(), io);
        QCOMPARE(names(fixture.model, io), (QStringList{u"csv_reader.py"_s, u"json_reader.py"_s}));
    }

    void removingTheLastFileOfAFolderRemovesIt()
    {
        Fixture fixture;
        fixture.write(u"README.md"_s);
        fixture.write(u"src/weather/a.py"_s);
        fixture.write(u"src/weather/b.py"_s);
        QSignalSpy removed(&fixture.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&fixture.model, &QAbstractItemModel::modelReset);

        fixture.project->removeFile(u"src/weather/a.py"_s);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!fixture.model.indexForPath(u"src/weather/a.py"_s).isValid());
        QVERIFY(fixture.model.indexForPath(u"src/weather"_s).isValid());

        // The last file takes every folder above it that would be empty, in one remove.
        fixture.project->removeFile(u"src/weather/b.py"_s);
        QCOMPARE(removed.size(), 2);
        QVERIFY(!removed.constLast().at(0).value<QModelIndex>().isValid());
        QVERIFY(!fixture.model.indexForPath(u"src"_s).isValid());
        QCOMPARE(names(fixture.model), QStringList{u"README.md"_s});
        QCOMPARE(reset.size(), 0);
    }

    void statusChangesEmitDataChangedForTheFile_data()
    {
        QTest::addColumn<FileStatus>("status");
        QTest::addColumn<QString>("badge");
        QTest::newRow("generating") << FileStatus::Generating << u"generating"_s;
        QTest::newRow("failed") << FileStatus::Failed << u"failed"_s;
        QTest::newRow("skipped") << FileStatus::Skipped << u"skipped"_s;
    }

    void statusChangesEmitDataChangedForTheFile()
    {
        QFETCH(FileStatus, status);
        QFETCH(QString, badge);

        Fixture fixture;
        fixture.write(u"src/pkg/a.py"_s, FileStatus::Planned);
        fixture.write(u"src/pkg/b.py"_s, FileStatus::Planned);
        QSignalSpy changed(&fixture.model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&fixture.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&fixture.model, &QAbstractItemModel::rowsRemoved);

        fixture.setStatus(u"src/pkg/b.py"_s, status);
        QCOMPARE(changed.size(), 1);
        const QModelIndex b = fixture.model.indexForPath(u"src/pkg/b.py"_s);
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>(), b);
        QCOMPARE(changed.constFirst().at(1).value<QModelIndex>(), b);
        QCOMPARE(b.data(PackageTreeModel::StatusRole).toInt(), int(status));
        QCOMPARE(b.data(PackageTreeModel::BadgeRole).toString(), badge);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);

        // The same state again changes nothing.
        fixture.setStatus(u"src/pkg/b.py"_s, status);
        QCOMPARE(changed.size(), 1);
    }

    void showsPlannedFilesNotWrittenYet()
    {
        Fixture fixture;
        fixture.write(u"README.md"_s);
        Pygen::Plan plan;
        plan.importName = u"weather"_s;
        plan.files = {{u"src/weather/core.py"_s, FileRole::Module, u"core"_s, {}, {}},
                      {u"tests/test_core.py"_s, FileRole::Test, u"tests"_s, {}, {}},
                      {u"README.md"_s, FileRole::Doc, u"readme"_s, {}, {}},
                      {u"../outside.py"_s, FileRole::Module, u"unsafe"_s, {}, {}}};
        ProjectState state = fixture.project->state();
        state.plan = plan;
        fixture.project->setState(state);

        QCOMPARE(names(fixture.model), (QStringList{u"src"_s, u"tests"_s, u"README.md"_s}));
        const QModelIndex planned = fixture.model.indexForPath(u"tests/test_core.py"_s);
        QVERIFY(planned.isValid());
        QCOMPARE(planned.data(PackageTreeModel::StatusRole).toInt(), int(FileStatus::Planned));
        QCOMPARE(planned.data(PackageTreeModel::FileRoleRole).toInt(), int(FileRole::Test));
        QCOMPARE(planned.data(PackageTreeModel::BadgeRole).toString(), u"planned"_s);
        // The written README keeps its own state, not the plan's.
        QCOMPARE(fixture.model.indexForPath(u"README.md"_s).data(PackageTreeModel::BadgeRole).toString(),
                 u"generated"_s);

        // Writing a planned file changes its row in place.
        const QPersistentModelIndex persistent(planned);
        QSignalSpy inserted(&fixture.model, &QAbstractItemModel::rowsInserted);
        fixture.write(u"tests/test_core.py"_s);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.data(PackageTreeModel::BadgeRole).toString(), u"generated"_s);

        // Dropped from the plan and never written: gone.
        state = fixture.project->state();
        state.plan->files.removeFirst();
        fixture.project->setState(state);
        QVERIFY(!fixture.model.indexForPath(u"src"_s).isValid());
    }

    void persistentIndexesStayValid()
    {
        Fixture fixture;
        fixture.write(u"src/weather/middle.py"_s);
        const QPersistentModelIndex middle(fixture.model.indexForPath(u"src/weather/middle.py"_s));
        const QPersistentModelIndex folder(fixture.model.indexForPath(u"src/weather"_s));
        QVERIFY(middle.isValid());

        fixture.write(u"src/weather/aardvark.py"_s);
        fixture.write(u"src/weather/zebra.py"_s);
        fixture.write(u"src/weather/sub/deep.py"_s);
        fixture.write(u"AAA.md"_s);
        QCOMPARE(middle.row(), 2); // after sub/ and aardvark.py
        QCOMPARE(fixture.model.pathForIndex(middle), u"src/weather/middle.py"_s);

        fixture.project->removeFile(u"src/weather/aardvark.py"_s);
        fixture.project->removeFile(u"src/weather/sub/deep.py"_s);
        fixture.setStatus(u"src/weather/middle.py"_s, FileStatus::Failed);
        QVERIFY(middle.isValid());
        QCOMPARE(middle.row(), 0);
        QCOMPARE(middle.parent(), QModelIndex(folder));
        QCOMPARE(middle.data(PackageTreeModel::PathRole).toString(), u"src/weather/middle.py"_s);
        QCOMPARE(middle.data(PackageTreeModel::BadgeRole).toString(), u"failed"_s);

        fixture.project->removeFile(u"src/weather/middle.py"_s);
        QVERIFY(!middle.isValid());
        QVERIFY(folder.isValid()); // zebra.py is still there
    }

    void aNewProjectResetsTheModelAndADestroyedOneEmptiesIt()
    {
        Fixture first;
        first.write(u"one.py"_s);
        Fixture second;
        second.write(u"two.py"_s);
        second.write(u"three.py"_s);

        PackageTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setProject(first.project.get());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(names(model), QStringList{u"one.py"_s});
        model.setProject(second.project.get());
        QCOMPARE(reset.size(), 2);
        QCOMPARE(names(model), (QStringList{u"three.py"_s, u"two.py"_s}));

        // The old project no longer reaches the model.
        first.write(u"more.py"_s);
        QCOMPARE(model.rowCount(), 2);

        second.model.setProject(nullptr);
        second.project.reset();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.project());
    }
};

QTEST_GUILESS_MAIN(PackageTreeModelTest)
#include "PackageTreeModelTest.moc"
