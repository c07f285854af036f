#include "TestData.h"
#include "pipeline/PackageNameRules.h"
#include "pipeline/Spec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest/QTest>

using Pygen::PackageNameRules;
using namespace Qt::StringLiterals;
using Pygen::Spec;
using Pygen::SpecReader;

class SpecReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheExampleSpecs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("distributionName");
        QTest::addColumn<QString>("importName");
        QTest::addColumn<int>("featureCount");
        QTest::addColumn<QString>("firstFeature");

        QTest::newRow("automl") << u"specs/automl.json"_s << u"AutoML"_s << u"automl"_s << u"automl"_s << 8
                                << u"Data Preprocessing and Cleaning"_s;
        QTest::newRow("autospeech") << u"specs/autospeech.json"_s << u"Auto Speech System"_s << u"auto-speech-system"_s
                                    << u"auto_speech_system"_s << 8 << u"Speech Preprocessing and Noise Reduction"_s;
        QTest::newRow("autovision") << u"specs/autovision.json"_s << u"Auto Vision System"_s << u"auto-vision-system"_s
                                    << u"auto_vision_system"_s << 7 << u"Image Preprocessing and Augmentation"_s;
        QTest::newRow("qec") << u"specs/qec.json"_s << u"Quantum Error Correction Pipeline"_s
                             << u"quantum-error-correction-pipeline"_s << u"quantum_error_correction_pipeline"_s << 8
                             << u"Error Detection and Syndrome Measurement"_s;
    }

    void readsTheExampleSpecs()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, distributionName);
        QFETCH(QString, importName);
        QFETCH(int, featureCount);
        QFETCH(QString, firstFeature);

        const SpecReader::Result result = SpecReader::fromFile(TestData::path(file));
        QCOMPARE(result.errors, QStringList());
        QVERIFY(result.spec);
        QCOMPARE(result.spec->name, name);
        QCOMPARE(result.spec->distributionName(), distributionName);
        QCOMPARE(result.spec->importName(), importName);
        QCOMPARE(result.spec->features.size(), featureCount);
        QCOMPARE(result.spec->features.first(), firstFeature);
        QVERIFY(!result.spec->description.isEmpty());
        // No options in the files: the defaults.
        QCOMPARE(result.spec->options, Pygen::SpecOptions());
    }

    void reportsEveryProblemByField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expectedErrors");

        const QByteArray base = R"("name":"Weather Station","description":"Reads a station.")";
        const auto row = [&base](const char *name, const QByteArray &rest, const QStringList &errors) {
            QTest::newRow(name) << ('{' + base + rest + '}') << errors;
        };
        row("valid", R"(,"features":["Readings"])", {});
        row("valid with every option",
            R"(,"specVersion":1,"features":["Readings"],"options":{"license":"Apache-2.0","minimumPython":"3.11",
                "buildBackend":"hatchling","testFramework":"pytest","version":"1.0.0rc1","author":"Ada"})",
            {});
        row("chosen names",
            R"(,"features":["a"],"options":{"importName":"wx_station","distributionName":"wx-station"})", {});
        row("chosen import name is a standard-library module", R"(,"features":["a"],"options":{"importName":"json"})",
            {u"options.importName: "_s + *PackageNameRules::importNameProblem(u"json"_s)});
        row("chosen import name not an identifier", R"(,"features":["a"],"options":{"importName":"My-Pkg"})",
            {u"options.importName: "_s + *PackageNameRules::importNameProblem(u"My-Pkg"_s)});
        row("unknown key with suggestion", R"(,"features":["a"],"options":{"licence":"MIT"})",
            {u"options.licence: unknown key \"licence\"; did you mean \"license\"?"_s});
        row("misspelt required key", R"(,"feature":["a"])",
            {u"features: is required"_s, u"feature: unknown key \"feature\"; did you mean \"features\"?"_s});
        row("unknown key far from any", R"(,"features":["a"],"colour":"red")", {u"colour: unknown key \"colour\""_s});
        row("features not an array", R"(,"features":"a, b")", {u"features: must be an array"_s});
        row("feature not a string", R"(,"features":["a",{"name":"b"}])", {u"features[1]: must be a string"_s});
        row("options not an object", R"(,"features":["a"],"options":["MIT"])", {u"options: must be an object"_s});
        row("empty features", R"(,"features":[])", {u"features: must have at least 1 item"_s});
        row("empty feature", R"(,"features":["a",""])", {u"features[1]: must not be empty"_s});
        row("blank feature", R"(,"features":["a","   "])", {u"features[1]: must not be empty"_s});
        row("repeated feature", R"(,"features":["Readings","Charts"," readings "])",
            {u"features[2]: repeats features[0]"_s});
        row("too many features", ",\"features\":[" + QByteArray("\"f\",").repeated(50) + "\"g\"]",
            {u"features: must have at most 50 items (it has 51)"_s});
        row("specVersion 0", R"(,"specVersion":0,"features":["a"])", {u"specVersion: must be 1"_s});
        row("specVersion as text", R"(,"specVersion":"1","features":["a"])",
            {u"specVersion: must be a whole number"_s});
        row("python 2", R"(,"features":["a"],"options":{"minimumPython":"2.7"})",
            {u"options.minimumPython: \"2.7\" does not match the pattern ^3\\.[0-9]+$"_s});
        row("unknown backend", R"(,"features":["a"],"options":{"buildBackend":"poetry"})",
            {u"options.buildBackend: must be one of: setuptools, hatchling, flit-core, pdm-backend (not \"poetry\")"_s});
        row("unittest", R"(,"features":["a"],"options":{"testFramework":"unittest"})",
            {u"options.testFramework: must be one of: pytest (not \"unittest\")"_s});
        row("bad version", R"(,"features":["a"],"options":{"version":"one"})",
            {u"options.version: \"one\" does not match the pattern "
             "^[0-9]+(\\.[0-9]+)*((a|b|rc)[0-9]+)?(\\.post[0-9]+)?(\\.dev[0-9]+)?$"_s});

        QTest::newRow("missing everything")
            << QByteArray("{}")
            << QStringList{u"name: is required"_s, u"description: is required"_s, u"features: is required"_s};
        QTest::newRow("name of punctuation")
            << QByteArray(R"({"name":"!!!","description":"d","features":["a"]})")
            << QStringList{u"name: \"!!!\" has no letters or digits (A–Z, 0–9) to make a package name from"_s};
        QTest::newRow("blank name and description")
            << QByteArray(R"({"name":"  ","description":" ","features":["a"]})")
            << QStringList{u"name: must not be empty"_s, u"description: must not be empty"_s};
        // Built as objects: moc reads raw strings with unbalanced braces wrongly.
        const auto compact = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("name too long") << compact(
            {{u"name"_s, QString(81, u'n')}, {u"description"_s, u"d"_s}, {u"features"_s, QJsonArray{u"a"_s}}})
                                       << QStringList{u"name: must have at most 80 characters (it has 81)"_s};
        QTest::newRow("description too long")
            << compact(
                   {{u"name"_s, u"n"_s}, {u"description"_s, QString(4001, u'd')}, {u"features"_s, QJsonArray{u"a"_s}}})
            << QStringList{u"description: must have at most 4000 characters (it has 4001)"_s};
        QTest::newRow("wrong types") << QByteArray(R"({"name":5,"description":true,"features":[1]})")
                                     << QStringList{u"description: must be a string"_s,
                                                    u"features[0]: must be a string"_s, u"name: must be a string"_s};
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringList{u"(top level): must be an object"_s};
    }

    void reportsEveryProblemByField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expectedErrors);

        const SpecReader::Result result = SpecReader::fromJson(json);
        QCOMPARE(result.errors, expectedErrors);
        QCOMPARE(result.spec.has_value(), expectedErrors.isEmpty());
    }

    void newerVersionSaysToUpdate()
    {
        const SpecReader::Result result = SpecReader::fromJson(
            QByteArray(R"({"specVersion":2,"name":"n","description":"d","features":["a"],"x":1})"));
        QVERIFY(!result.spec);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(u"specVersion: "_s), qPrintable(result.errors.first()));
        QVERIFY2(result.errors.first().contains(u"update Pygen Studio"_s), qPrintable(result.errors.first()));
    }

    void syntaxErrorsSayWhere()
    {
        const SpecReader::Result result = SpecReader::fromJson(QByteArray(R"({"name": "n",})"));
        QVERIFY(!result.spec);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(u"The spec is not valid JSON: "_s),
                 qPrintable(result.errors.first()));
        QVERIFY2(result.errors.first().contains(u" at character "_s), qPrintable(result.errors.first()));
    }

    void byteOrderMarkAndWhitespaceAreAccepted()
    {
        const SpecReader::Result result =
            SpecReader::fromJson(QByteArray("\xef\xbb\xbf{\"name\":\" AutoML \",\"description\":\" d \","
                                            "\"features\":[\" Model Selection \"]}"));
        QCOMPARE(result.errors, QStringList());
        QCOMPARE(result.spec->name, u"AutoML"_s);
        QCOMPARE(result.spec->description, u"d"_s);
        QCOMPARE(result.spec->features, QStringList{u"Model Selection"_s});
    }

    void roundTrip()
    {
        Spec spec;
        spec.name = u"Weather Station"_s;
        spec.description = u"Summaries of readings."_s;
        spec.features = {u"Readings"_s, u"Daily summary"_s};
        spec.options.license = u"BSD-3-Clause"_s;
        spec.options.minimumPython = u"3.10"_s;
        spec.options.buildBackend = u"flit-core"_s;
        spec.options.version = u"2.0.1"_s;
        spec.options.author = u"Grace Hopper"_s;
        spec.options.importName = u"wx"_s;
        spec.options.distributionName = u"wx-station"_s;

        const QJsonObject json = spec.toJson();
        QCOMPARE(json.value(u"specVersion"_s).toInt(), Spec::formatVersion);
        const SpecReader::Result result = SpecReader::fromJson(QJsonDocument(json).toJson());
        QCOMPARE(result.errors, QStringList());
        QVERIFY(result.spec);
        QCOMPARE(*result.spec, spec);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("distributionName");
        QTest::addColumn<QString>("importName");

        QTest::newRow("one word") << u"AutoML"_s << u"automl"_s << u"automl"_s;
        QTest::newRow("two words") << u"Weather Station"_s << u"weather-station"_s << u"weather_station"_s;
        QTest::newRow("leading digit") << u"3D Tools"_s << u"3d-tools"_s << u"pkg_3d_tools"_s;
        QTest::newRow("keyword") << u"Import"_s << u"import"_s << u"pkg_import"_s;
        QTest::newRow("lower-case None is no keyword") << u"None"_s << u"none"_s << u"none"_s;
        QTest::newRow("accents") << u"Über Café"_s << u"uber-cafe"_s << u"uber_cafe"_s;
        QTest::newRow("punctuation runs")
            << u"  my_package.v2 -- beta "_s << u"my-package-v2-beta"_s << u"my_package_v2_beta"_s;
        QTest::newRow("nothing usable") << u"!!!"_s << u"package"_s << u"package"_s;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, distributionName);
        QFETCH(QString, importName);
        Spec spec;
        spec.name = name;
        QCOMPARE(spec.distributionName(), distributionName);
        QCOMPARE(spec.importName(), importName);
        // Names the person chose win over the derived ones.
        spec.options.importName = u"chosen_name"_s;
        spec.options.distributionName = u"chosen-name"_s;
        QCOMPARE(spec.importName(), u"chosen_name"_s);
        QCOMPARE(spec.distributionName(), u"chosen-name"_s);
    }

    void missingFileIsNamed()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(u"nope.json"_s);
        const SpecReader::Result result = SpecReader::fromFile(path);
        QVERIFY(!result.spec);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(path), qPrintable(result.errors.first()));
        QVERIFY2(result.errors.first().contains(u"does not exist"_s), qPrintable(result.errors.first()));
    }
};

QTEST_GUILESS_MAIN(SpecReaderTest)
#include "SpecReaderTest.moc"
