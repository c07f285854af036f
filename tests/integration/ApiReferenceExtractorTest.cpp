#include "python/ApiReferenceExtractor.h"
#include "package/Package.h"
#include "python/MarkdownChecker.h"
#include "python/PythonInterpreter.h"
#include "python/PythonScriptRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Pygen;

namespace {

Package packageOf(const QList<std::pair<QString, QString>> &files)
{
    Package package;
    for (const auto &[path, content] : files) {
        PackageFile file;
        file.path = path;
        file.content = content.toUtf8();
        file.role = path.endsWith(".py"_L1) ? FileRole::Module : FileRole::Doc;
        const auto problem = package.setFile(file);
        if (problem)
            qFatal("The test package was refused: %s", qPrintable(*problem));
    }
    return package;
}

// A "Python" that is a shell script, for the ways a helper can go wrong.
QString writeFakePython(const QTemporaryDir &directory, const QString &name, const QString &body)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("Cannot write %s", qPrintable(path));
    file.write("#!/bin/sh\n" + body.toUtf8() + '\n');
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

const ApiFunction *findFunction(const QList<ApiFunction> &functions, const QString &name)
{
    for (const ApiFunction &function : functions) {
        if (function.name == name)
            return &function;
    }
    return nullptr;
}

} // namespace

class ApiReferenceExtractorTest final : public QObject
{
    Q_OBJECT

private:
    QString m_python;
    QTemporaryDir m_directory;
    ApiReference m_reference;
    QString m_error;

    // The package every test reads: functions, async, classes, methods, defaults, keyword-only and
    // positional-only parameters, annotations, constants, re-exports, a file that does not parse
    // and one that would write files and exit if it ran.
    Package samplePackage() const
    {
        const QString trap = m_directory.filePath(u"pwned"_s);
        return packageOf({
            {u"src/weather_station/__init__.py"_s,
             u"\"\"\"Summaries of readings from a small weather station.\n\nLonger text.\"\"\"\n"
             "from .readings import Reading, load_csv\n"
             "from weather_station.stats import summarise as summary\n"
             "from . import stats\n"
             "from ._internal import hidden\n"
             "\n"
             "__version__ = \"0.1.0\"\n"
             "__all__ = [\"Reading\", \"load_csv\", \"summary\"]\n"_s},
            {u"src/weather_station/_internal.py"_s, u"def hidden():\n    pass\n"_s},
            {u"src/weather_station/readings.py"_s,
             u"\"\"\"Reading and loading measurements.\n"
             "\n"
             "Details that are not the first paragraph.\n"
             "\"\"\"\n"
             "import enum\n"
             "import os\n"
             "from dataclasses import dataclass\n"
             "\n"
             "DEFAULT_DELIMITER = \",\"\n"
             "MAX_ROWS: int = 1000\n"
             "_CACHE = {}\n"
             "default_unit = \"C\"\n"
             "\n"
             "\n"
             "def load_csv(path: str, *, delimiter: str = \",\") -> list[dict]:\n"
             "    \"\"\"Load rows from a CSV file.\n"
             "    One row per reading.\n"
             "\n"
             "    Raises OSError when the file is missing.\n"
             "    \"\"\"\n"
             "    return []\n"
             "\n"
             "\n"
             "async def fetch(url: str, timeout: float = 5.0) -> bytes:\n"
             "    \"\"\"Download readings.\"\"\"\n"
             "\n"
             "\n"
             "class Unit(enum.Enum):\n"
             "    \"\"\"Temperature units.\"\"\"\n"
             "    CELSIUS = \"C\"\n"
             "\n"
             "\n"
             "class Reading:\n"
             "    \"\"\"One measurement.\"\"\"\n"
             "\n"
             "    station: str = \"home\"\n"
             "\n"
             "    def __init__(self, temperature_c: float, humidity: float = 50.0) -> None:\n"
             "        self.temperature_c = temperature_c\n"
             "\n"
             "    @property\n"
             "    def kelvin(self) -> float:\n"
             "        \"\"\"The temperature in kelvin.\"\"\"\n"
             "        return self.temperature_c + 273.15\n"
             "\n"
             "    @staticmethod\n"
             "    def parse(text: str) -> \"Reading\":\n"
             "        \"\"\"Read \"21.5\" as a reading.\"\"\"\n"
             "\n"
             "    @classmethod\n"
             "    def from_row(cls, row: dict):\n"
             "        pass\n"
             "\n"
             "    def to_dict(self):\n"
             "        \"\"\"# not a heading\"\"\"\n"
             "\n"
             "    def _private(self):\n"
             "        pass\n"
             "\n"
             "\n"
             "class Special(Reading):\n"
             "    pass\n"
             "\n"
             "\n"
             "class ReadingError(ValueError):\n"
             "    pass\n"
             "\n"
             "\n"
             "def combine(*readings: \"Reading\", **options) -> \"Reading\":\n"
             "    pass\n"
             "\n"
             "\n"
             "def positional(a, b=2, /, c=3):\n"
             "    pass\n"
             "\n"
             "\n"
             "def _helper():\n"
             "    pass\n"_s},
            {u"src/weather_station/stats.py"_s, u"def summarise(readings):\n    \"\"\"Mean and count.\"\"\"\n"_s},
            {u"src/weather_station/broken.py"_s, u"\"\"\"Broken.\"\"\"\n\ndef oops(:\n    pass\n"_s},
            {u"src/weather_station/dangerous.py"_s,
             u"import os\n"
             "open(%1, \"w\").write(\"ran\")\n"
             "os.system(\"touch \" + %2)\n"
             "raise SystemExit(3)\n"
             "\n"
             "\n"
             "def still_listed():\n"
             "    \"\"\"Listed although the module would exit.\"\"\"\n"_s.arg(u"'%1'"_s.arg(trap),
                                                                              u"'%1-too'"_s.arg(trap))},
            {u"tests/test_readings.py"_s, u"def test_load():\n    pass\n"_s},
            {u"examples/demo.py"_s, u"def main():\n    pass\n"_s},
            {u"README.md"_s, u"# weather-station\n"_s},
        });
    }

    void extract(ApiReferenceExtractor &extractor, const Package &package, const QString &python)
    {
        QSignalSpy finished(&extractor, &ApiReferenceExtractor::finished);
        extractor.start(package, python);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.count(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_python = PythonInterpreter::find();
        if (m_python.isEmpty())
            QSKIP("No Python 3 here; these tests need one.");
        ApiReferenceExtractor extractor;
        extract(extractor, samplePackage(), m_python);
        m_reference = extractor.result();
        m_error = extractor.errorMessage();
    }

    void nothingOfThePackageRan()
    {
        QVERIFY2(m_error.isEmpty(), qPrintable(m_error));
        QVERIFY(!QFile::exists(m_directory.filePath(u"pwned"_s)));
        QVERIFY(!QFile::exists(m_directory.filePath(u"pwned-too"_s)));
        // ... and yet it was read: its function is there.
        const ApiModule *dangerous = m_reference.module(u"weather_station.dangerous"_s);
        QVERIFY(dangerous);
        QVERIFY(dangerous->syntaxError.isEmpty());
        QVERIFY(findFunction(dangerous->functions, u"still_listed"_s));
    }

    void namesModulesFromPaths()
    {
        QStringList names;
        for (const ApiModule &module : std::as_const(m_reference.modules))
            names.append(module.path + u" -> "_s + module.moduleName);
        QCOMPARE(names,
                 (QStringList{
                     u"examples/demo.py -> examples.demo"_s,
                     u"src/weather_station/__init__.py -> weather_station"_s,
                     u"src/weather_station/_internal.py -> weather_station._internal"_s,
                     u"src/weather_station/broken.py -> weather_station.broken"_s,
                     u"src/weather_station/dangerous.py -> weather_station.dangerous"_s,
                     u"src/weather_station/readings.py -> weather_station.readings"_s,
                     u"src/weather_station/stats.py -> weather_station.stats"_s,
                     u"tests/test_readings.py -> tests.test_readings"_s,
                 }));
        QCOMPARE(m_reference.importName, u"weather_station"_s);
    }

    void readsFunctions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("docstring");
        QTest::addColumn<bool>("isAsync");

        QTest::newRow("keyword-only with default")
            << u"load_csv"_s << u"load_csv(path: str, *, delimiter: str = ',') -> list[dict]"_s
            << u"Load rows from a CSV file. One row per reading."_s << false;
        QTest::newRow("async") << u"fetch"_s << u"fetch(url: str, timeout: float = 5.0) -> bytes"_s
                               << u"Download readings."_s << true;
        QTest::newRow("*args and **kwargs")
            << u"combine"_s << u"combine(*readings: 'Reading', **options) -> 'Reading'"_s << QString() << false;
        QTest::newRow("positional-only") << u"positional"_s << u"positional(a, b=2, /, c=3)"_s << QString() << false;
    }

    void readsFunctions()
    {
        QFETCH(QString, name);
        QFETCH(QString, signature);
        QFETCH(QString, docstring);
        QFETCH(bool, isAsync);

        const ApiModule *readings = m_reference.module(u"weather_station.readings"_s);
        QVERIFY(readings);
        const ApiFunction *function = findFunction(readings->functions, name);
        QVERIFY(function);
        QCOMPARE(function->signature, signature);
        QCOMPARE(function->docstring, docstring);
        QCOMPARE(function->isAsync, isAsync);
    }

    void readsModulesAndClasses()
    {
        const ApiModule *readings = m_reference.module(u"weather_station.readings"_s);
        QVERIFY(readings);
        QCOMPARE(readings->docstring, u"Reading and loading measurements."_s);
        QCOMPARE(readings->constants, (QStringList{u"DEFAULT_DELIMITER"_s, u"MAX_ROWS"_s}));
        QStringList functionNames;
        for (const ApiFunction &function : readings->functions)
            functionNames.append(function.name);
        QCOMPARE(functionNames, (QStringList{u"load_csv"_s, u"fetch"_s, u"combine"_s, u"positional"_s}));

        QStringList classNames;
        for (const ApiClass &apiClass : readings->classes)
            classNames.append(apiClass.name + u'(' + apiClass.bases + u')');
        QCOMPARE(
            classNames,
            (QStringList{u"Unit(enum.Enum)"_s, u"Reading()"_s, u"Special(Reading)"_s, u"ReadingError(ValueError)"_s}));

        const ApiClass &reading = readings->classes.at(1);
        QCOMPARE(reading.docstring, u"One measurement."_s);
        QStringList methods;
        for (const ApiFunction &method : reading.methods)
            methods.append(method.signature);
        QCOMPARE(methods,
                 (QStringList{u"__init__(temperature_c: float, humidity: float = 50.0) -> None"_s, u"kelvin: float"_s,
                              u"parse(text: str) -> 'Reading'"_s, u"from_row(row: dict)"_s, u"to_dict()"_s}));
        QCOMPARE(reading.attributes, QStringList{u"station"_s});

        const ApiModule *package = m_reference.module(u"weather_station"_s);
        QVERIFY(package);
        QCOMPARE(package->docstring, u"Summaries of readings from a small weather station."_s);
        QCOMPARE(m_reference.reexports.value(u"weather_station"_s),
                 (QStringList{u"Reading"_s, u"load_csv"_s, u"summary"_s}));
    }

    void reportsSyntaxErrors()
    {
        const ApiModule *broken = m_reference.module(u"weather_station.broken"_s);
        QVERIFY(broken);
        QVERIFY2(broken->syntaxError.startsWith("line 3: "_L1), qPrintable(broken->syntaxError));
        QVERIFY(broken->functions.isEmpty());
    }

    void knowsNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("exists");

        QTest::newRow("package") << u"weather_station"_s << true;
        QTest::newRow("module") << u"weather_station.readings"_s << true;
        QTest::newRow("function") << u"weather_station.readings.load_csv"_s << true;
        QTest::newRow("async function") << u"weather_station.readings.fetch"_s << true;
        QTest::newRow("class") << u"weather_station.readings.Reading"_s << true;
        QTest::newRow("method") << u"weather_station.readings.Reading.to_dict"_s << true;
        QTest::newRow("constructor") << u"weather_station.readings.Reading.__init__"_s << true;
        QTest::newRow("class attribute") << u"weather_station.readings.Reading.station"_s << true;
        QTest::newRow("constant") << u"weather_station.readings.DEFAULT_DELIMITER"_s << true;
        QTest::newRow("attribute of a constant") << u"weather_station.readings.DEFAULT_DELIMITER.join"_s << true;
        QTest::newRow("re-export") << u"weather_station.load_csv"_s << true;
        QTest::newRow("re-export under another name") << u"weather_station.summary"_s << true;
        QTest::newRow("method through a re-export") << u"weather_station.Reading.parse"_s << true;
        QTest::newRow("imported submodule") << u"weather_station.stats.summarise"_s << true;
        QTest::newRow("inherited method") << u"weather_station.readings.Special.to_dict"_s << true;
        QTest::newRow("enum member (base from outside)") << u"weather_station.readings.Unit.CELSIUS"_s << true;
        QTest::newRow("exception attribute") << u"weather_station.readings.ReadingError.args"_s << true;
        QTest::newRow("imported standard module") << u"weather_station.readings.os.path"_s << true;
        QTest::newRow("dunder") << u"weather_station.__version__"_s << true;
        QTest::newRow("anything in a module that does not parse") << u"weather_station.broken.oops"_s << true;
        QTest::newRow("module that would exit") << u"weather_station.dangerous.still_listed"_s << true;
        QTest::newRow("missing function") << u"weather_station.readings.load"_s << false;
        QTest::newRow("missing method") << u"weather_station.readings.Reading.save"_s << false;
        QTest::newRow("missing method of a subclass") << u"weather_station.readings.Special.save"_s << false;
        QTest::newRow("missing module") << u"weather_station.plots"_s << false;
        QTest::newRow("missing re-export") << u"weather_station.load"_s << false;
        QTest::newRow("missing member through a re-export") << u"weather_station.Reading.save"_s << false;
        QTest::newRow("private function") << u"weather_station.readings._helper"_s << false;
        QTest::newRow("attribute of a function") << u"weather_station.readings.load_csv.cache"_s << false;
        QTest::newRow("another package") << u"numpy.array"_s << false;
    }

    void knowsNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, exists);
        QCOMPARE(m_reference.hasName(name), exists);
    }

    void writesMarkdown()
    {
        const QString markdown = m_reference.toMarkdown();
        const QString expected = uR"(## API reference

### `weather_station`

Summaries of readings from a small weather station.

Available from `weather_station`: `Reading`, `load_csv`, `summary`.

### `weather_station.broken`

*This module does not parse (line 3: invalid syntax), so its contents are not listed.*

### `weather_station.dangerous`

#### `still_listed()`

Listed although the module would exit.

### `weather_station.readings`

Reading and loading measurements.

Constants: `DEFAULT_DELIMITER`, `MAX_ROWS`.

#### `load_csv(path: str, *, delimiter: str = ',') -> list[dict]`

Load rows from a CSV file. One row per reading.

#### `async fetch(url: str, timeout: float = 5.0) -> bytes`

Download readings.

#### class `Unit(enum.Enum)`

Temperature units.

#### class `Reading`

One measurement.

##### `Reading(temperature_c: float, humidity: float = 50.0)`

##### `Reading.kelvin: float`

The temperature in kelvin.

##### `Reading.parse(text: str) -> 'Reading'`

Read "21.5" as a reading.

##### `Reading.from_row(row: dict)`

##### `Reading.to_dict()`

\# not a heading

#### class `Special(Reading)`

#### class `ReadingError(ValueError)`

#### `combine(*readings: 'Reading', **options) -> 'Reading'`

#### `positional(a, b=2, /, c=3)`

### `weather_station.stats`

#### `summarise(readings)`

Mean and count.
)"_s;
        // Python versions word syntax errors differently; the rest is exact.
        QString actual = markdown;
        actual.replace(QRegularExpression(u"does not parse \\(line 3: [^)]*\\)"_s),
                       u"does not parse (line 3: invalid syntax)"_s);
        QCOMPARE(actual, expected);
        QVERIFY(MarkdownChecker::structuralProblems(u"API.md"_s, markdown).isEmpty());
    }

    void writesNothingWithoutModules() { QCOMPARE(ApiReference().toMarkdown(), QString()); }

    void findsPython_data()
    {
        QTest::addColumn<QString>("pygenPython"); // "<fake>": an executable in the PATH folder
        QTest::addColumn<bool>("python3OnPath");
        QTest::addColumn<QString>("expected"); // "<fake>" as above, "" none

        QTest::newRow("python3 on PATH") << QString() << true << u"<path>/python3"_s;
        QTest::newRow("nothing on PATH") << QString() << false << QString();
        QTest::newRow("PYGEN_PYTHON wins") << u"<path>/other-python"_s << true << u"<path>/other-python"_s;
        QTest::newRow("PYGEN_PYTHON as a name on PATH") << u"other-python"_s << false << u"<path>/other-python"_s;
        QTest::newRow("PYGEN_PYTHON missing: no fallback") << u"/nonexistent/python3"_s << true << QString();
        QTest::newRow("PYGEN_PYTHON not executable") << u"<path>/plain-file"_s << true << QString();
    }

    void findsPython()
    {
        QFETCH(QString, pygenPython);
        QFETCH(bool, python3OnPath);
        QFETCH(QString, expected);

        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        writeFakePython(bin, u"other-python"_s, u"exit 0"_s);
        if (python3OnPath)
            writeFakePython(bin, u"python3"_s, u"exit 0"_s);
        QFile plain(bin.filePath(u"plain-file"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();

        QProcessEnvironment environment;
        environment.insert(u"PATH"_s, bin.path());
        if (!pygenPython.isEmpty())
            environment.insert(u"PYGEN_PYTHON"_s, pygenPython.replace("<path>"_L1, bin.path()));
        QCOMPARE(PythonInterpreter::find(environment), expected.replace("<path>"_L1, bin.path()));
        if (expected.isEmpty() && !pygenPython.isEmpty())
            QVERIFY(PythonInterpreter::notFoundMessage(environment).contains(pygenPython));
    }

    void explainsMissingPython()
    {
        const QByteArray saved = qgetenv("PYGEN_PYTHON");
        const auto restore = qScopeGuard([&saved] {
            if (saved.isNull())
                qunsetenv("PYGEN_PYTHON");
            else
                qputenv("PYGEN_PYTHON", saved);
        });
        qputenv("PYGEN_PYTHON", "/nonexistent/bin/python3");
        const QString python = PythonInterpreter::find();
        QVERIFY(python.isEmpty());

        ApiReferenceExtractor extractor;
        extract(extractor, samplePackage(), python);
        QVERIFY(extractor.result().modules.isEmpty());
        QVERIFY2(extractor.errorMessage().contains("PYGEN_PYTHON is set to /nonexistent/bin/python3"_L1),
                 qPrintable(extractor.errorMessage()));
    }

    void cancels()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString pidFile = directory.filePath(u"pid"_s);
        const QString slowPython =
            writeFakePython(directory, u"python3"_s, u"echo $$ > '%1'\nexec sleep 600"_s.arg(pidFile));

        ApiReferenceExtractor extractor;
        QSignalSpy finished(&extractor, &ApiReferenceExtractor::finished);
        extractor.start(samplePackage(), slowPython);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 10'000);
        QFile pid(pidFile);
        QVERIFY(pid.open(QIODevice::ReadOnly));
        const QString process = u"/proc/"_s + QString::fromLatin1(pid.readAll().trimmed());
        QVERIFY(QFileInfo::exists(process));

        extractor.cancel();
        extractor.cancel(); // twice is once
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(extractor.errorMessage().contains("cancelled"_L1));
        QVERIFY(extractor.result().modules.isEmpty());
        QTRY_VERIFY(!QFileInfo::exists(process)); // killed, not left behind
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);

        // Cancelled straight after the start, with a real Python: still exactly one signal.
        ApiReferenceExtractor quick;
        QSignalSpy quickFinished(&quick, &ApiReferenceExtractor::finished);
        quick.start(samplePackage(), m_python);
        quick.cancel();
        QTRY_COMPARE(quickFinished.count(), 1);
        QVERIFY(quick.errorMessage().contains("cancelled"_L1));
    }

    void reportsHelperFailures_data()
    {
        QTest::addColumn<QString>("fakePython"); // shell script body; empty: the real Python
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        const QString script = u":/python/api_reference.py"_s;
        QTest::newRow("crash with a traceback")
            << u"echo 'Traceback (most recent call last):' >&2\necho '  File x' >&2\necho 'ValueError: boom' >&2\n"
               "exit 1"_s
            << script << QByteArray("{}") << u"api_reference.py failed: ValueError: boom"_s;
        QTest::newRow("killed by a signal") << u"kill -SEGV $$"_s << script << QByteArray("{}") << u"crashed"_s;
        QTest::newRow("silent failure") << u"exit 7"_s << script << QByteArray("{}") << u"exit status 7"_s;
        QTest::newRow("not JSON") << u"echo hello"_s << script << QByteArray("{}") << u"did not answer in JSON"_s;
        QTest::newRow("JSON but no object")
            << u"echo '[1, 2]'"_s << script << QByteArray("{}") << u"did not answer in JSON"_s;
        QTest::newRow("endless output") << u"exec yes"_s << script << QByteArray("{}") << u"wrote more than"_s;
        QTest::newRow("too slow") << u"exec sleep 600"_s << script << QByteArray("{}")
                                  << u"did not finish within 1 second"_s;
        QTest::newRow("bad input, real Python")
            << QString() << script << QByteArray("[1]")
            << u"api_reference.py refused its input: bad input: the input must be a JSON object"_s;
        QTest::newRow("input not JSON, real Python") << QString() << script << QByteArray("{") << u"bad input"_s;
        QTest::newRow("missing helper") << QString() << u":/python/nothing.py"_s << QByteArray("{}")
                                        << u"missing from the program"_s;
        QTest::newRow("not a program") << u"<not executable>"_s << script << QByteArray("{}")
                                       << u"Python could not be started from"_s;
    }

    void reportsHelperFailures()
    {
        QFETCH(QString, fakePython);
        QFETCH(QString, resource);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString python = m_python;
        if (fakePython == "<not executable>"_L1) {
            python = directory.filePath(u"python3"_s);
            QFile file(python);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (!fakePython.isEmpty()) {
            python = writeFakePython(directory, u"python3"_s, fakePython);
        }

        PythonScriptRunner runner;
        runner.setTimeout(300ms);
        runner.setMaximumOutputBytes(1024 * 1024);
        QSignalSpy finished(&runner, &PythonScriptRunner::finished);
        runner.start(resource, input, python);
        QVERIFY(runner.isRunning() || finished.count() == 0);
        QVERIFY(finished.wait(30'000));
        QVERIFY(!runner.isRunning());
        QVERIFY(runner.output().isEmpty());
        QVERIFY2(runner.errorMessage().contains(expected), qPrintable(runner.errorMessage()));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.count(), 1);
    }

    void writesTheHelperOnceIntoTheCache()
    {
        PythonScriptRunner runner;
        QString error;
        const QString path = runner.scriptFile(u":/python/check_markdown_code.py"_s, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile resource(u":/python/check_markdown_code.py"_s);
        QVERIFY(resource.open(QIODevice::ReadOnly));
        const QByteArray content = resource.readAll();
        const QString expectedPath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/python/"_s
            + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) + u".py"_s;
        QCOMPARE(path, expectedPath);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        file.close();

        // A damaged copy is replaced.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("raise SystemExit(9)\n");
        file.close();
        QCOMPARE(runner.scriptFile(u":/python/check_markdown_code.py"_s, &error), path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
};

QTEST_GUILESS_MAIN(ApiReferenceExtractorTest)
#include "ApiReferenceExtractorTest.moc"
