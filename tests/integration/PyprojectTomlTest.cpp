#include "package/PackageTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using Pygen::PackageFile;
using Pygen::PackageMetadata;
using Pygen::PackageTemplates;
using namespace Qt::StringLiterals;

namespace {

struct PythonRun
{
    int exitCode = -1;
    QByteArray output;
    QString errors;
};

// Runs a Python snippet with the real interpreter: the TOML and the requirement strings are checked
// by the parsers that build tools use, not by our own idea of them.
PythonRun runPython(const QString &script, const QStringList &arguments, const QByteArray &input = {})
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        return {-1, {}, u"python3 is not on PATH"_s};
    QProcess process;
    process.start(python, QStringList{u"-c"_s, script} + arguments);
    if (!process.waitForStarted())
        return {-1, {}, process.errorString()};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {-1, {}, u"python3 did not finish"_s};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

bool pythonHasPackaging()
{
    return runPython(u"import packaging.requirements"_s, {}).exitCode == 0;
}

QJsonObject loadToml(const QByteArray &toml, QString *errors)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"pyproject.toml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toml) != toml.size()) {
        *errors = file.errorString();
        return {};
    }
    file.close();
    const PythonRun run = runPython(
        u"import json, sys, tomllib\nwith open(sys.argv[1], 'rb') as f:\n    json.dump(tomllib.load(f), sys.stdout)\n"_s,
        {path});
    *errors = run.errors;
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.output).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

PackageMetadata weatherStation()
{
    PackageMetadata metadata;
    metadata.distributionName = u"weather-station"_s;
    metadata.importName = u"weather_station"_s;
    metadata.version = u"1.2.0rc1"_s;
    metadata.summary = u"Reads \"weather\" stations \\ sensors\nand more \u2014 \u6c17\u8c61"_s;
    metadata.licenseHolder = u"Ann \"Nan\" O\\Brien\t\u00e9"_s;
    metadata.minimumPython = u"3.10"_s;
    metadata.dependencies = {u"requests[socks]>=2.31,<3"_s, u"tomli>=2; python_version < \"3.11\""_s,
                             u"numpy (>=1.24)"_s};
    return metadata;
}

} // namespace

class PyprojectTomlTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonReadsIt_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("sourceRoot");
        QTest::addColumn<QString>("licenseId");
        QTest::addColumn<QString>("licenseHolder");
        QTest::addColumn<QStringList>("buildRequires");
        QTest::addColumn<QString>("buildBackend");

        const QStringList setuptools{u"setuptools>=61"_s};
        for (const QString &sourceRoot : {u"src"_s, QString()}) {
            const QString layout = sourceRoot.isEmpty() ? u"flat"_s : u"src"_s;
            QTest::addRow("setuptools, %s layout", qPrintable(layout))
                << u"setuptools"_s << sourceRoot << u"MIT"_s << weatherStation().licenseHolder << setuptools
                << u"setuptools.build_meta"_s;
            QTest::addRow("hatchling, %s layout", qPrintable(layout))
                << u"hatchling"_s << sourceRoot << u"Apache-2.0"_s << QString() << QStringList{u"hatchling"_s}
                << u"hatchling.build"_s;
            QTest::addRow("flit-core, %s layout", qPrintable(layout))
                << u"flit-core"_s << sourceRoot << u"BSD-3-Clause"_s << weatherStation().licenseHolder
                << QStringList{u"flit_core>=3.4,<4"_s} << u"flit_core.buildapi"_s;
            QTest::addRow("pdm-backend, %s layout", qPrintable(layout))
                << u"pdm-backend"_s << sourceRoot << u"GPL-3.0-or-later"_s << QString() << QStringList{u"pdm-backend"_s}
                << u"pdm.backend"_s;
        }
    }

    void pythonReadsIt()
    {
        QFETCH(QString, backend);
        QFETCH(QString, sourceRoot);
        QFETCH(QString, licenseId);
        QFETCH(QString, licenseHolder);
        QFETCH(QStringList, buildRequires);
        QFETCH(QString, buildBackend);

        PackageMetadata metadata = weatherStation();
        metadata.buildBackend = backend;
        metadata.sourceRoot = sourceRoot;
        metadata.licenseId = licenseId;
        metadata.licenseHolder = licenseHolder;
        QCOMPARE(PackageTemplates::problem(metadata), std::nullopt);

        const PackageFile file = PackageTemplates::pyprojectToml(metadata);
        QString errors;
        const QJsonObject toml = loadToml(file.content, &errors);
        QVERIFY2(!toml.isEmpty(), qPrintable(errors + u"\n---\n"_s + QString::fromUtf8(file.content)));

        const QJsonObject buildSystem = toml.value(u"build-system"_s).toObject();
        QCOMPARE(strings(buildSystem.value(u"requires"_s)), buildRequires);
        QCOMPARE(buildSystem.value(u"build-backend"_s).toString(), buildBackend);

        const QJsonObject project = toml.value(u"project"_s).toObject();
        QCOMPARE(project.value(u"name"_s).toString(), u"weather-station"_s);
        QCOMPARE(project.value(u"version"_s).toString(), u"1.2.0rc1"_s);
        // One line, as core metadata's Summary must be; every other character survives.
        QCOMPARE(project.value(u"description"_s).toString(),
                 u"Reads \"weather\" stations \\ sensors and more \u2014 \u6c17\u8c61"_s);
        QCOMPARE(project.value(u"readme"_s).toString(), u"README.md"_s);
        QCOMPARE(project.value(u"requires-python"_s).toString(), u">=3.10"_s);
        QCOMPARE(project.value(u"license"_s).toObject(), (QJsonObject{{u"text"_s, licenseId}}));
        if (licenseHolder.isEmpty()) {
            QVERIFY(!project.contains(u"authors"_s));
        } else {
            const QJsonArray authors = project.value(u"authors"_s).toArray();
            QCOMPARE(authors.size(), 1);
            QCOMPARE(authors.at(0).toObject().value(u"name"_s).toString(), u"Ann \"Nan\" O\\Brien \u00e9"_s);
        }
        QCOMPARE(strings(project.value(u"dependencies"_s)), weatherStation().dependencies);
        const QStringList classifiers = strings(project.value(u"classifiers"_s));
        QVERIFY(classifiers.contains(u"Programming Language :: Python :: 3"_s));
        QCOMPARE(classifiers.filter(u"License :: OSI Approved :: "_s).size(), 1);

        const QJsonObject tool = toml.value(u"tool"_s).toObject();
        const QJsonObject pytest = tool.value(u"pytest"_s).toObject().value(u"ini_options"_s).toObject();
        QCOMPARE(strings(pytest.value(u"testpaths"_s)), QStringList{u"tests"_s});
        QCOMPARE(strings(pytest.value(u"pythonpath"_s)), QStringList{sourceRoot.isEmpty() ? u"."_s : sourceRoot});

        const QString packageFolder = sourceRoot.isEmpty() ? u"weather_station"_s : u"src/weather_station"_s;
        if (backend == u"setuptools"_s) {
            const QJsonObject find =
                tool.value(u"setuptools"_s).toObject().value(u"packages"_s).toObject().value(u"find"_s).toObject();
            if (sourceRoot.isEmpty())
                QCOMPARE(strings(find.value(u"include"_s)), QStringList{u"weather_station*"_s});
            else
                QCOMPARE(strings(find.value(u"where"_s)), QStringList{u"src"_s});
        } else if (backend == u"hatchling"_s) {
            const QJsonObject wheel = tool.value(u"hatch"_s)
                                          .toObject()
                                          .value(u"build"_s)
                                          .toObject()
                                          .value(u"targets"_s)
                                          .toObject()
                                          .value(u"wheel"_s)
                                          .toObject();
            QCOMPARE(strings(wheel.value(u"packages"_s)), QStringList{packageFolder});
        } else if (backend == u"flit-core"_s) {
            QCOMPARE(tool.value(u"flit"_s).toObject().value(u"module"_s).toObject().value(u"name"_s).toString(),
                     u"weather_station"_s);
        } else if (backend == u"pdm-backend"_s && !sourceRoot.isEmpty()) {
            QCOMPARE(tool.value(u"pdm"_s).toObject().value(u"build"_s).toObject().value(u"package-dir"_s).toString(),
                     u"src"_s);
        }
        QStringList otherTools = tool.keys();
        otherTools.removeAll(u"pytest"_s);
        QVERIFY2(otherTools.size() <= 1, qPrintable(otherTools.join(u", "_s)));
    }

    // Whatever problem() lets through, the `packaging` library (what pip and the build backends use)
    // accepts too, and the other way round. problem() is stricter on purpose about standard-library
    // names and URLs without a scheme ("pkg @ not-a-url"), which pip cannot install; those are in
    // PackageTemplatesTest.
    void requirementsAgreeWithPackaging()
    {
        if (!pythonHasPackaging())
            QSKIP("The Python 'packaging' library is not installed (Debian: python3-packaging).");
        const QStringList requirements{
            u"requests"_s,
            u"requests>=2.31"_s,
            u"requests[socks,security]>=2,<3"_s,
            u"requests [socks] >= 2"_s,
            u"tomli>=2; python_version < '3.11'"_s,
            u"tomli>=2 ; python_version<\"3.11\" and sys_platform != 'win32'"_s,
            u"pywin32; sys_platform == 'win32'"_s,
            u"numpy (>=1.24)"_s,
            u"numpy (>=1.24, <2)"_s,
            u"Django~=4.2.0"_s,
            u"rich==13.*"_s,
            u"a.b-c_d===1.0"_s,
            u"pkg @ https://example.com/pkg-1.0-py3-none-any.whl"_s,
            u"pkg @ https://example.com/pkg.whl ; python_version >= '3.9'"_s,
            u"pip install requests"_s,
            u"requests 2.31"_s,
            u"requests>="_s,
            u"requests; nonsense"_s,
            u"requests,"_s,
            u"-requests"_s,
            u"requests["_s,
            u"requests>=2.31 numpy"_s,
            u"requests=2.31"_s,
        };
        const PythonRun run = runPython(u"import json, sys\nfrom packaging.requirements import Requirement\n"
                                        u"result = []\nfor text in json.load(sys.stdin):\n    try:\n"
                                        u"        Requirement(text)\n        result.append(True)\n"
                                        u"    except Exception:\n        result.append(False)\n"
                                        u"json.dump(result, sys.stdout)\n"_s,
                                        {}, QJsonDocument(QJsonArray::fromStringList(requirements)).toJson());
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QJsonArray verdicts = QJsonDocument::fromJson(run.output).array();
        QCOMPARE(verdicts.size(), requirements.size());
        for (qsizetype index = 0; index < requirements.size(); ++index) {
            PackageMetadata metadata = weatherStation();
            metadata.dependencies = {requirements.at(index)};
            const std::optional<QString> problem = PackageTemplates::problem(metadata);
            QVERIFY2(!problem == verdicts.at(index).toBool(),
                     qPrintable(u"%1: packaging says %2, problem() says %3"_s.arg(
                         requirements.at(index), verdicts.at(index).toBool() ? u"valid"_s : u"invalid"_s,
                         problem.value_or(u"valid"_s))));
        }
    }

    void versionsAgreeWithPackaging()
    {
        if (!pythonHasPackaging())
            QSKIP("The Python 'packaging' library is not installed (Debian: python3-packaging).");
        const QStringList versions{u"0.1.0"_s,       u"1.0rc1"_s, u"2024.1"_s, u"1!2.0"_s, u"1.0.post1.dev2"_s,
                                   u"1.0+local.7"_s, u"v1.0"_s,   u"1..0"_s,   u"one"_s,   u"1.0-"_s};
        const PythonRun run = runPython(u"import json, sys\nfrom packaging.version import Version\nresult = []\n"
                                        u"for text in json.load(sys.stdin):\n    try:\n        Version(text)\n"
                                        u"        result.append(True)\n    except Exception:\n"
                                        u"        result.append(False)\njson.dump(result, sys.stdout)\n"_s,
                                        {}, QJsonDocument(QJsonArray::fromStringList(versions)).toJson());
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QJsonArray verdicts = QJsonDocument::fromJson(run.output).array();
        QCOMPARE(verdicts.size(), versions.size());
        for (qsizetype index = 0; index < versions.size(); ++index) {
            PackageMetadata metadata = weatherStation();
            metadata.version = versions.at(index);
            const bool accepted = !PackageTemplates::problem(metadata);
            // problem() wants the normalised spelling; packaging also takes "v1.0" and normalises it.
            if (accepted)
                QVERIFY2(verdicts.at(index).toBool(), qPrintable(versions.at(index)));
            else if (versions.at(index) != u"v1.0"_s)
                QVERIFY2(!verdicts.at(index).toBool(), qPrintable(versions.at(index)));
        }
    }
};

QTEST_GUILESS_MAIN(PyprojectTomlTest)
#include "PyprojectTomlTest.moc"
