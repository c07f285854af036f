#include "package/ExportCheck.h"

#include <QtTest/QTest>

using Pygen::ExportCheck;
using Pygen::ExportFinding;
using Pygen::FileStatus;
using Pygen::Package;
using Pygen::PackageFile;
using Pygen::Plan;
using Pygen::PlannedFile;
using Pygen::ProjectState;
using Pygen::StageId;
using Pygen::StageRecord;
using Pygen::StageState;
using namespace Qt::StringLiterals;

namespace {

// A finished project: two planned files, both generated, documentation written.
ProjectState finishedState()
{
    ProjectState state;
    state.spec.name = u"Weather Station"_s;
    state.spec.options.version = u"1.2.0"_s;
    Plan plan;
    plan.importName = u"weather_station"_s;
    plan.distributionName = u"weather-station"_s;
    plan.files = {PlannedFile{u"src/weather_station/__init__.py"_s, Pygen::FileRole::Module, {}, {}, {}},
                  PlannedFile{u"src/weather_station/readings.py"_s, Pygen::FileRole::Module, {}, {}, {}}};
    state.plan = plan;
    for (StageId id :
         {StageId::Screen, StageId::Enhance, StageId::Context, StageId::Plan, StageId::Generate, StageId::Document})
        state.stages.insert(id, StageRecord{StageState::Finished, {}});
    for (const PlannedFile &file : plan.files)
        state.files.insert(file.path,
                           {Pygen::FileRole::Module, Pygen::FileOrigin::Generated, FileStatus::Generated, {}, {}});
    return state;
}

Package packageOf(const ProjectState &state)
{
    Package package;
    for (auto it = state.files.cbegin(); it != state.files.cend(); ++it) {
        if (it->status == FileStatus::Generated)
            package.setFile(PackageFile{it.key(), "x = 1\n", it->role, it->origin, it->status, {}});
    }
    package.setFile(PackageFile{u"pyproject.toml"_s,
                                "[project]\n",
                                Pygen::FileRole::Config,
                                Pygen::FileOrigin::Template,
                                FileStatus::Generated,
                                {}});
    return package;
}

} // namespace

class ExportCheckTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<ProjectState>("state");
        QTest::addColumn<bool>("emptyPackage");
        QTest::addColumn<QStringList>("unsaved");
        QTest::addColumn<bool>("blocking");
        // Each expected finding as words its message must contain, in order of the findings.
        QTest::addColumn<QList<QStringList>>("expected");

        const ProjectState finished = finishedState();
        QTest::newRow("finished project") << finished << false << QStringList() << false << QList<QStringList>();

        QTest::newRow("unsaved edits") << finished << false << QStringList{u"b.py"_s, u"a.py"_s, u"a.py"_s} << false
                                       << QList<QStringList>{
                                              {u"2 file"_s, u"unsaved edits: a.py"_s, u"b.py"_s, u"not exported"_s}};

        ProjectState failed = finished;
        failed.files[u"src/weather_station/readings.py"_s].status = FileStatus::Failed;
        QTest::newRow("failed file") << failed << false << QStringList() << false
                                     << QList<QStringList>{{u"1 file"_s, u"failed to generate"_s, u"readings.py"_s}};

        ProjectState planned = finished;
        planned.files[u"src/weather_station/readings.py"_s].status = FileStatus::Planned;
        QTest::newRow("planned file never generated")
            << planned << false << QStringList() << false
            << QList<QStringList>{{u"never generated"_s, u"src/weather_station/readings.py"_s}};

        ProjectState generating = finished;
        generating.stages[StageId::Generate] = {StageState::Cancelled, {}};
        generating.stages[StageId::Document] = {StageState::Pending, {}};
        QTest::newRow("generation not finished")
            << generating << false << QStringList() << false << QList<QStringList>{{u"Generation has not finished"_s}};

        ProjectState undocumented = finished;
        undocumented.stages[StageId::Document] = {StageState::Failed, u"timeout"_s};
        QTest::newRow("documentation not written") << undocumented << false << QStringList() << false
                                                   << QList<QStringList>{{u"documentation has not been written"_s}};

        ProjectState problems = finished;
        problems.documentationProblems = {u"README.md: the example imports weather_sation."_s};
        QTest::newRow("documentation problems")
            << problems << false << QStringList() << false
            << QList<QStringList>{{u"found 1 problem"_s, u"imports weather_sation"_s}};

        ProjectState fallback = finished;
        fallback.plan->fallback = true;
        QTest::newRow("fallback plan") << fallback << false << QStringList() << false
                                       << QList<QStringList>{{u"planning failed"_s}};

        QTest::newRow("empty package blocks, first")
            << finished << true << QStringList{u"a.py"_s} << true
            << QList<QStringList>{{u"no files"_s}, {u"1 file"_s, u"unsaved edits: a.py"_s}};

        ProjectState many = finished;
        QStringList names;
        for (int i = 0; i < 7; ++i)
            names.append(u"m%1.py"_s.arg(i));
        QTest::newRow("long list is cut")
            << many << false << names << false << QList<QStringList>{{u"7 file"_s, u"m4.py"_s, u"2 more"_s}};
    }

    void findings()
    {
        QFETCH(ProjectState, state);
        QFETCH(bool, emptyPackage);
        QFETCH(QStringList, unsaved);
        QFETCH(bool, blocking);
        QFETCH(QList<QStringList>, expected);

        const Package package = emptyPackage ? Package() : packageOf(state);
        const QList<ExportFinding> findings = ExportCheck::check(state, package, unsaved);
        QStringList messages;
        for (const ExportFinding &finding : findings)
            messages.append(finding.message);
        QVERIFY2(findings.size() == expected.size(), qPrintable(messages.join(u'\n')));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            for (const QString &words : expected.at(i))
                QVERIFY2(messages.at(i).contains(words), qPrintable(messages.at(i) + u" lacks "_s + words));
        }
        QCOMPARE(ExportCheck::blocks(findings), blocking);
        QCOMPARE(!findings.isEmpty() && findings.constFirst().severity == ExportFinding::Severity::Blocking, blocking);
    }

    void exportNameUsesThePlansDistributionAndTheVersion()
    {
        ProjectState state = finishedState();
        QCOMPARE(ExportCheck::exportName(state), u"weather-station-1.2.0"_s);
        state.plan.reset();
        state.spec.name = u"Rain Gauge"_s;
        QCOMPARE(ExportCheck::exportName(state), u"rain-gauge-1.2.0"_s);
    }
};

QTEST_GUILESS_MAIN(ExportCheckTest)
#include "ExportCheckTest.moc"
