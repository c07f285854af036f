#include "pipeline/PlanReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Pygen::FileRole;
using Pygen::Plan;
using Pygen::PlannedFile;
using Pygen::PlanReader;

namespace {

QJsonObject file(const QString &path, const QString &role, const QStringList &dependsOn = {})
{
    QJsonObject object{{u"path"_s, path}, {u"role"_s, role}, {u"purpose"_s, u"Does its part."_s}};
    if (!dependsOn.isEmpty())
        object.insert(u"dependsOn"_s, QJsonArray::fromStringList(dependsOn));
    return object;
}

// A small, valid plan in the src layout.
QJsonObject basePlan()
{
    QJsonObject init = file(u"src/weather_station/__init__.py"_s, u"module"_s, {u"src/weather_station/readings.py"_s});
    init.insert(u"interface"_s,
                QJsonArray{QJsonObject{{u"signature"_s, u"__version__: str"_s}, {u"summary"_s, u"The version."_s}}});
    QJsonObject readings = file(u"src/weather_station/readings.py"_s, u"module"_s);
    readings.insert(u"interface"_s,
                    QJsonArray{QJsonObject{{u"signature"_s, u"def load(path: str) -> list"_s},
                                           {u"summary"_s, u"Reads the readings."_s}}});
    return QJsonObject{
        {u"planVersion"_s, 1},
        {u"importName"_s, u"weather_station"_s},
        {u"distributionName"_s, u"weather-station"_s},
        {u"summary"_s, u"Summaries of readings from a weather station."_s},
        {u"dependencies"_s, QJsonArray{u"numpy>=1.24"_s}},
        {u"files"_s,
         QJsonArray{init, readings,
                    file(u"tests/test_readings.py"_s, u"test"_s, {u"src/weather_station/readings.py"_s}),
                    file(u"README.md"_s, u"doc"_s)}},
    };
}

using Change = std::function<void(QJsonObject &)>;

QByteArray changed(const Change &change)
{
    QJsonObject plan = basePlan();
    change(plan);
    return QJsonDocument(plan).toJson();
}

Change addFiles(const QList<QJsonObject> &files)
{
    return [files](QJsonObject &plan) {
        QJsonArray array = plan.value(u"files"_s).toArray();
        for (const QJsonObject &added : files)
            array.append(added);
        plan.insert(u"files"_s, array);
    };
}

Change changeFile(int index, const QString &key, const QJsonValue &value)
{
    return [index, key, value](QJsonObject &plan) {
        QJsonArray array = plan.value(u"files"_s).toArray();
        QJsonObject entry = array.at(index).toObject();
        if (value.isUndefined())
            entry.remove(key);
        else
            entry.insert(key, value);
        array.replace(index, entry);
        plan.insert(u"files"_s, array);
    };
}

Change setField(const QString &key, const QJsonValue &value)
{
    return [key, value](QJsonObject &plan) {
        if (value.isUndefined())
            plan.remove(key);
        else
            plan.insert(key, value);
    };
}

} // namespace

class PlanReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("errorCount");
        // The first error starts with "<field>: " (or, with no field, with `part`) and contains `part`.
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("part");

        const QByteArray valid = QJsonDocument(basePlan()).toJson();
        const auto accepted = [](const char *name, const QByteArray &json) {
            QTest::newRow(name) << json << 0 << QString() << QString();
        };
        const auto refused = [](const char *name, const QByteArray &json, const QString &field, const QString &part,
                                int count = 1) { QTest::newRow(name) << json << count << field << part; };

        accepted("valid", valid);
        accepted("fenced, with prose", "Here is the plan:\n```json\n" + valid + "```\nLet me know if you need more.");
        accepted("braces in the prose before", "I use {curly braces} like this:\n" + valid);
        accepted("an example object before the plan", R"(For example {"path": "x"}; the plan: )" + valid);
        accepted("no planVersion, interface or dependsOn", changed([](QJsonObject &plan) {
                     plan.remove(u"planVersion"_s);
                     setField(u"files"_s,
                              QJsonArray{file(u"src/weather_station/__init__.py"_s, u"module"_s),
                                         file(u"tests/test_init.py"_s, u"test"_s)})(plan);
                 }));
        accepted("flat layout", changed([](QJsonObject &plan) {
                     setField(u"files"_s,
                              QJsonArray{file(u"weather_station/__init__.py"_s, u"module"_s),
                                         file(u"weather_station/sub/part.py"_s, u"module"_s),
                                         file(u"tests/test_part.py"_s, u"test"_s)})(plan);
                 }));
        accepted("module tested through dependsOn",
                 changed(addFiles({file(u"src/weather_station/charts.py"_s, u"module"_s),
                                   file(u"tests/test_plots.py"_s, u"test"_s, {u"src/weather_station/charts.py"_s})})));

        refused("bad JSON", "{\"importName\": \"x\",", QString(), u"The reply is not valid JSON: "_s);
        refused("bad JSON inside a fence", "```json\n{\"importName\": \"x\" \"summary\": 1}\n```", QString(),
                u"The reply is not valid JSON: "_s);
        refused("no object at all", "I cannot help with that.", QString(), u"The reply has no JSON object"_s);
        refused("an array", "[1, 2]", u"(top level)"_s, u"must be an object"_s);
        refused("newer planVersion", changed(setField(u"planVersion"_s, 2)), u"planVersion"_s,
                u"update Pygen Studio"_s);
        refused("planVersion 0", changed(setField(u"planVersion"_s, 0)), u"planVersion"_s, u"must be 1"_s);
        refused("missing importName", changed(setField(u"importName"_s, QJsonValue::Undefined)), u"importName"_s,
                u"is required"_s);
        refused("unknown top-level key", changed(setField(u"sumary"_s, u"x"_s)), u"sumary"_s,
                u"did you mean \"summary\"?"_s);
        refused("files empty", changed(setField(u"files"_s, QJsonArray())), u"files"_s, u"must have at least 1 item"_s);
        refused("role not in the list", changed(changeFile(3, u"role"_s, u"library"_s)), u"files[3].role"_s,
                u"must be one of: module, test, example, doc, config"_s);
        refused("unknown key in a file", changed(changeFile(1, u"purpse"_s, u"x"_s)), u"files[1].purpse"_s,
                u"did you mean \"purpose\"?"_s);
        refused("interface entry without summary",
                changed(changeFile(1, u"interface"_s, QJsonArray{QJsonObject{{u"signature"_s, u"def f()"_s}}})),
                u"files[1].interface[0].summary"_s, u"is required"_s);
        refused("dependencies not strings", changed(setField(u"dependencies"_s, QJsonArray{1})), u"dependencies[0]"_s,
                u"must be a string"_s);
        refused("blank purpose", changed(changeFile(3, u"purpose"_s, u"  "_s)), u"files[3].purpose"_s,
                u"must not be empty"_s);

        refused("parent folder", changed(addFiles({file(u"../x.py"_s, u"doc"_s)})), u"files[4].path"_s,
                u"\"../x.py\" uses \"..\", which leaves the package"_s);
        refused("absolute", changed(addFiles({file(u"/abs.py"_s, u"doc"_s)})), u"files[4].path"_s,
                u"\"/abs.py\" is absolute"_s);
        refused("backslash", changed(addFiles({file(u"a\\b.py"_s, u"doc"_s)})), u"files[4].path"_s,
                u"contains a backslash"_s);
        refused("drive letter", changed(addFiles({file(u"C:x.py"_s, u"doc"_s)})), u"files[4].path"_s,
                u"starts with a drive letter"_s);
        refused("duplicate", changed(addFiles({file(u"README.md"_s, u"doc"_s)})), u"files[4].path"_s,
                u"\"README.md\" is already planned as files[3]"_s);
        refused("case-fold duplicate", changed(addFiles({file(u"readme.MD"_s, u"doc"_s)})), u"files[4].path"_s,
                u"differs from \"README.md\" (files[3]) only in letter case"_s);
        refused("file and folder", changed(addFiles({file(u"docs"_s, u"doc"_s), file(u"docs/index.md"_s, u"doc"_s)})),
                u"files[4].path"_s, u"needs it as a folder"_s);
        refused("pyproject.toml", changed(addFiles({file(u"pyproject.toml"_s, u"config"_s)})), u"files[4].path"_s,
                u"\"pyproject.toml\" is written from a template"_s);
        refused("license in another case", changed(addFiles({file(u"License"_s, u"doc"_s)})), u"files[4].path"_s,
                u"is written from a template"_s);
        refused("setup.py", changed(addFiles({file(u"setup.py"_s, u"config"_s)})), u"files[4].path"_s,
                u"is written from a template"_s);

        refused("module with a hyphen",
                changed(addFiles({file(u"src/weather_station/my-mod.py"_s, u"module"_s),
                                  file(u"tests/test_my-mod.py"_s, u"test"_s)})),
                u"files[4].path"_s, u"\"my-mod\" in \"src/weather_station/my-mod.py\" is not a Python identifier"_s);
        refused("module named like a keyword",
                changed(addFiles(
                    {file(u"src/weather_station/class.py"_s, u"module"_s), file(u"tests/test_class.py"_s, u"test"_s)})),
                u"files[4].path"_s, u"\"class\" in \"src/weather_station/class.py\" is a Python keyword"_s);
        refused("module starting with a digit",
                changed(addFiles(
                    {file(u"src/weather_station/2fast.py"_s, u"module"_s), file(u"tests/test_2fast.py"_s, u"test"_s)})),
                u"files[4].path"_s, u"\"2fast\" in \"src/weather_station/2fast.py\" is not a Python identifier"_s);
        refused("subpackage folder with a hyphen",
                changed(addFiles(
                    {file(u"src/weather_station/sub-pkg/a.py"_s, u"module"_s), file(u"tests/test_a.py"_s, u"test"_s)})),
                u"files[4].path"_s, u"\"sub-pkg\" in"_s);
        refused("module with no test", changed(addFiles({file(u"src/weather_station/charts.py"_s, u"module"_s)})),
                u"files[4].path"_s, u"the module \"src/weather_station/charts.py\" has no test"_s);
        refused("module that is not Python", changed(addFiles({file(u"src/weather_station/data.json"_s, u"module"_s)})),
                u"files[4].path"_s, u"has the role module but is not a .py file"_s);
        refused(
            "module outside the package",
            changed(addFiles({file(u"lib/helpers.py"_s, u"module"_s), file(u"tests/test_helpers.py"_s, u"test"_s)})),
            u"files[4].path"_s, u"is not inside the import package \"weather_station\""_s);
        refused("two layouts",
                changed(addFiles(
                    {file(u"weather_station/extra.py"_s, u"module"_s), file(u"tests/test_extra.py"_s, u"test"_s)})),
                u"files[4].path"_s, u"use one layout"_s);
        refused("importName does not match the folder", changed(setField(u"importName"_s, u"weather"_s)),
                u"files[0].path"_s, u"is not inside the import package \"weather\""_s, 2);
        refused("importName not an identifier", changed(setField(u"importName"_s, u"weather-station"_s)),
                u"importName"_s, u"\"weather-station\" is not a Python identifier"_s);
        refused("importName a keyword", changed(setField(u"importName"_s, u"class"_s)), u"importName"_s,
                u"\"class\" is a Python keyword"_s);
        refused("distributionName with a space", changed(setField(u"distributionName"_s, u"weather station"_s)),
                u"distributionName"_s, u"is not a valid distribution name"_s);
        refused("dependency that is prose", changed(setField(u"dependencies"_s, QJsonArray{u"numpy version 2"_s})),
                u"dependencies[0]"_s, u"is not a PEP 508 requirement"_s);
        refused("test pytest will not collect", changed(addFiles({file(u"tests/check_readings.py"_s, u"test"_s)})),
                u"files[4].path"_s, u"pytest collects only test_*.py and *_test.py files"_s);
        refused(
            "dependsOn a file that is not planned",
            changed(changeFile(2, u"dependsOn"_s,
                               QJsonArray{u"src/weather_station/readings.py"_s, u"src/weather_station/nothing.py"_s})),
            u"files[2].dependsOn[1]"_s, u"\"src/weather_station/nothing.py\" is not a planned file"_s);
        refused("no __init__.py", changed([](QJsonObject &plan) {
                    QJsonArray files = plan.value(u"files"_s).toArray();
                    files.removeFirst();
                    plan.insert(u"files"_s, files);
                }),
                u"files"_s, u"\"src/weather_station/__init__.py\" is missing"_s);
        refused("no module at all", changed(setField(u"files"_s, QJsonArray{file(u"README.md"_s, u"doc"_s)})),
                u"files"_s, u"no module file is planned"_s);
    }

    void checks()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, errorCount);
        QFETCH(QString, field);
        QFETCH(QString, part);

        const PlanReader::Result result = PlanReader::fromJson(json);
        QVERIFY2(result.errors.size() == errorCount, qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.plan.has_value(), errorCount == 0);
        if (errorCount == 0)
            return;
        const QString &first = result.errors.first();
        if (field.isEmpty())
            QVERIFY2(first.startsWith(part), qPrintable(first));
        else
            QVERIFY2(first.startsWith(field + u": "_s), qPrintable(first));
        QVERIFY2(first.contains(part), qPrintable(first));
    }

    void readsEveryField()
    {
        const PlanReader::Result result = PlanReader::fromJson(QJsonDocument(basePlan()).toJson());
        QCOMPARE(result.errors, QStringList());
        const Plan &plan = *result.plan;
        QCOMPARE(plan.importName, u"weather_station"_s);
        QCOMPARE(plan.distributionName, u"weather-station"_s);
        QCOMPARE(plan.summary, u"Summaries of readings from a weather station."_s);
        QCOMPARE(plan.dependencies, QStringList{u"numpy>=1.24"_s});
        QCOMPARE(plan.files.size(), 4);
        QVERIFY(!plan.fallback);
        const PlannedFile *readings = plan.file(u"src/weather_station/readings.py"_s);
        QVERIFY(readings);
        QCOMPARE(readings->role, FileRole::Module);
        QCOMPARE(readings->purpose, u"Does its part."_s);
        QCOMPARE(readings->interface.size(), 1);
        QCOMPARE(readings->interface.first().signature, u"def load(path: str) -> list"_s);
        QCOMPARE(readings->interface.first().summary, u"Reads the readings."_s);
        QVERIFY(readings->dependsOn.isEmpty());
        QCOMPARE(plan.file(u"tests/test_readings.py"_s)->dependsOn, QStringList{u"src/weather_station/readings.py"_s});
        QCOMPARE(plan.file(u"README.md"_s)->role, FileRole::Doc);
        QVERIFY(!plan.file(u"missing.py"_s));
    }

    void roundTripWritesEveryField()
    {
        Plan plan = *PlanReader::fromJson(QJsonDocument(basePlan()).toJson()).plan;
        plan.fallback = true;
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(u"planVersion"_s).toInt(), Plan::formatVersion);
        QCOMPARE(json.value(u"fallback"_s), QJsonValue(true));
        const QJsonObject readme = json.value(u"files"_s).toArray().at(3).toObject();
        QCOMPARE(readme.value(u"interface"_s), QJsonValue(QJsonArray()));
        QCOMPARE(readme.value(u"dependsOn"_s), QJsonValue(QJsonArray()));

        const PlanReader::Result again = PlanReader::fromJson(json);
        QCOMPARE(again.errors, QStringList());
        QCOMPARE(*again.plan, plan);
    }

    void problemsOfAPlanInMemory()
    {
        Plan plan = *PlanReader::fromJson(QJsonDocument(basePlan()).toJson()).plan;
        QCOMPARE(PlanReader::problems(plan), QStringList());
        plan.files.append({u"src/weather_station/import.py"_s, FileRole::Module, u"x"_s, {}, {}});
        const QStringList problems = PlanReader::problems(plan);
        QCOMPARE(problems.size(), 2); // a keyword, and no test
        QVERIFY2(problems.at(0).startsWith(u"files[4].path: \"import\""_s), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(u"has no test"_s), qPrintable(problems.at(1)));
    }

    void fromFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(u"plan.json"_s);
        const PlanReader::Result missing = PlanReader::fromFile(path);
        QCOMPARE(missing.errors.size(), 1);
        QVERIFY2(missing.errors.first().contains(path), qPrintable(missing.errors.first()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xef\xbb\xbf" + QJsonDocument(basePlan()).toJson());
        file.close();
        const PlanReader::Result read = PlanReader::fromFile(path);
        QCOMPARE(read.errors, QStringList());
        QVERIFY(read.plan);
    }
};

QTEST_GUILESS_MAIN(PlanReaderTest)
#include "PlanReaderTest.moc"
