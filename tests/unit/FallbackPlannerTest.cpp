#include "pipeline/FallbackPlanner.h"
#include "TestData.h"
#include "pipeline/EnhancedSpec.h"
#include "pipeline/PlanReader.h"
#include "pipeline/PythonNames.h"

#include <QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Pygen::EnhancedSpec;
using Pygen::FallbackPlanner;
using Pygen::FileRole;
using Pygen::Plan;
using Pygen::PlannedFile;
using Pygen::PlanReader;
using Pygen::PythonNames;
using Pygen::Spec;
using Pygen::SpecReader;

namespace {

Spec specWithFeatures(const QStringList &features)
{
    Spec spec;
    spec.name = u"Toolbox"_s;
    spec.description = u"Useful tools."_s;
    spec.features = features;
    return spec;
}

// The module stems of a plan, in feature order.
QStringList moduleStems(const Plan &plan)
{
    QStringList stems;
    for (const PlannedFile &file : plan.files) {
        if (file.role == FileRole::Module && !file.path.endsWith(u"/__init__.py"_s))
            stems.append(file.path.section(u'/', -1).chopped(3));
    }
    return stems;
}

} // namespace

class FallbackPlannerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planForTheExampleSpecs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("firstModule");
        QTest::addColumn<QString>("firstFunction");

        QTest::newRow("automl") << u"specs/automl.json"_s << u"src/automl/data_preprocessing_and_cleaning.py"_s
                                << u"def run_data_preprocessing_and_cleaning(data, **options)"_s;
        QTest::newRow("autospeech") << u"specs/autospeech.json"_s
                                    << u"src/auto_speech_system/speech_preprocessing_and_noise_reduction.py"_s
                                    << u"def run_speech_preprocessing_and_noise_reduction(data, **options)"_s;
        QTest::newRow("autovision") << u"specs/autovision.json"_s
                                    << u"src/auto_vision_system/image_preprocessing_and_augmentation.py"_s
                                    << u"def run_image_preprocessing_and_augmentation(data, **options)"_s;
        QTest::newRow("qec") << u"specs/qec.json"_s
                             << u"src/quantum_error_correction_pipeline/error_detection_and_syndrome_measurement.py"_s
                             << u"def run_error_detection_and_syndrome_measurement(data, **options)"_s;
    }

    void planForTheExampleSpecs()
    {
        QFETCH(QString, file);
        QFETCH(QString, firstModule);
        QFETCH(QString, firstFunction);

        const SpecReader::Result read = SpecReader::fromFile(TestData::path(file));
        QCOMPARE(read.errors, QStringList());
        const Spec &spec = *read.spec;
        const Plan plan = FallbackPlanner::plan(spec);

        QCOMPARE(PlanReader::problems(plan), QStringList());
        QVERIFY(plan.fallback);
        QCOMPARE(plan.importName, spec.importName());
        QCOMPARE(plan.distributionName, spec.distributionName());
        QCOMPARE(plan.summary, spec.description);
        QVERIFY(plan.dependencies.isEmpty());
        QCOMPARE(plan.files.size(), 1 + 3 * spec.features.size());

        const PlannedFile *init = plan.file(u"src/"_s + spec.importName() + u"/__init__.py"_s);
        QVERIFY(init);
        QCOMPARE(init->role, FileRole::Module);
        QCOMPARE(init->dependsOn.size(), spec.features.size());

        const QStringList stems = moduleStems(plan);
        QCOMPARE(stems.size(), spec.features.size());
        for (const QString &stem : stems) {
            QVERIFY2(PythonNames::isImportableName(stem), qPrintable(stem));
            QVERIFY2(stem.size() <= 40, qPrintable(stem));
            const QString module = u"src/%1/%2.py"_s.arg(plan.importName, stem);
            const PlannedFile *test = plan.file(u"tests/test_%1.py"_s.arg(stem));
            const PlannedFile *example = plan.file(u"examples/%1_example.py"_s.arg(stem));
            QVERIFY2(test && test->role == FileRole::Test, qPrintable(stem));
            QVERIFY2(example && example->role == FileRole::Example, qPrintable(stem));
            QCOMPARE(test->dependsOn, QStringList{module});
            QCOMPARE(example->dependsOn, QStringList{module});
            QCOMPARE(plan.file(module)->interface.size(), 1);
            QVERIFY(plan.file(module)->interface.first().signature.startsWith(u"def run_"_s + stem + u'('));
        }
        QCOMPARE(QSet<QString>(stems.cbegin(), stems.cend()).size(), stems.size());

        const PlannedFile *first = plan.file(firstModule);
        QVERIFY(first);
        QCOMPARE(first->interface.first().signature, firstFunction);
        QVERIFY2(first->purpose.contains(spec.features.first()), qPrintable(first->purpose));

        // What is written reads back as the same plan, through every check.
        const PlanReader::Result again = PlanReader::fromJson(plan.toJson());
        QCOMPARE(again.errors, QStringList());
        QCOMPARE(*again.plan, plan);
    }

    void stems_data()
    {
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QStringList>("stems");

        QTest::newRow("plain") << QStringList{u"Feature Engineering"_s} << QStringList{u"feature_engineering"_s};
        QTest::newRow("hyphens") << QStringList{u"Speech-to-Text Conversion"_s}
                                 << QStringList{u"speech_to_text_conversion"_s};
        QTest::newRow("cut at a word, no dangling 'and'")
            << QStringList{u"Scalability and Distributed Quantum Processing"_s}
            << QStringList{u"scalability_and_distributed_quantum"_s};
        QTest::newRow("cut before 'and'") << QStringList{u"Explainability Interpretability and Analytics"_s}
                                          << QStringList{u"explainability_interpretability"_s};
        QTest::newRow("one very long word") << QStringList{QString(50, u'x')} << QStringList{QString(40, u'x')};
        QTest::newRow("leading digit") << QStringList{u"3D Rendering"_s} << QStringList{u"feature_3d_rendering"_s};
        QTest::newRow("keyword") << QStringList{u"Import"_s} << QStringList{u"import_feature"_s};
        QTest::newRow("nothing usable") << QStringList{u"a"_s, u"!!!"_s} << QStringList{u"a"_s, u"feature_2"_s};
        QTest::newRow("repeats") << QStringList{u"Model Selection"_s, u"model selection"_s, u"Model-Selection"_s}
                                 << QStringList{u"model_selection"_s, u"model_selection_2"_s, u"model_selection_3"_s};
        QTest::newRow("accents") << QStringList{u"Données Résumé"_s} << QStringList{u"donnees_resume"_s};
    }

    void stems()
    {
        QFETCH(QStringList, features);
        QFETCH(QStringList, stems);
        const Plan plan = FallbackPlanner::plan(specWithFeatures(features));
        QCOMPARE(moduleStems(plan), stems);
        QCOMPARE(PlanReader::problems(plan), QStringList());
    }

    void enhancedDescriptionsBecomePurposes()
    {
        const Spec spec = specWithFeatures({u"Parsing"_s, u"Export"_s});
        EnhancedSpec enhanced;
        enhanced.description = u"Parses logs and exports summaries."_s;
        enhanced.features = {{u"Parsing"_s, u"Reads log lines into records with a timestamp and a level."_s, {}, {}},
                             {u"Export"_s, u"Writes the records as CSV or JSON."_s, {}, {}},
                             {u"Filtering"_s, u"Keeps the records of one level."_s, {}, {}}};
        const Plan plan = FallbackPlanner::plan(spec, &enhanced);

        QCOMPARE(PlanReader::problems(plan), QStringList());
        QCOMPARE(plan.summary, enhanced.description);
        // The reviewed features win: Filtering was added during review.
        QCOMPARE(moduleStems(plan), (QStringList{u"parsing"_s, u"export"_s, u"filtering"_s}));
        QCOMPARE(plan.file(u"src/toolbox/parsing.py"_s)->purpose, enhanced.features.at(0).description);
        QCOMPARE(plan.file(u"src/toolbox/filtering.py"_s)->purpose, enhanced.features.at(2).description);

        // Without it, the purpose names the feature.
        const Plan plain = FallbackPlanner::plan(spec);
        QCOMPARE(plain.file(u"src/toolbox/parsing.py"_s)->purpose, u"Implements the feature \"Parsing\" of Toolbox."_s);
    }

    void oddPackageNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("importName");
        QTest::newRow("digit") << u"3D Tools"_s << u"pkg_3d_tools"_s;
        QTest::newRow("keyword") << u"Lambda"_s << u"pkg_lambda"_s;
        QTest::newRow("nothing usable") << u"???"_s << u"package"_s;
    }

    void oddPackageNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, importName);
        Spec spec = specWithFeatures({u"Alpha"_s});
        spec.name = name;
        const Plan plan = FallbackPlanner::plan(spec);
        QCOMPARE(plan.importName, importName);
        QCOMPARE(PlanReader::problems(plan), QStringList());
    }
};

QTEST_GUILESS_MAIN(FallbackPlannerTest)
#include "FallbackPlannerTest.moc"
