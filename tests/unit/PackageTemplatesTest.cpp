#include "package/PackageTemplates.h"

#include <QtTest/QTest>

using Pygen::FileOrigin;
using Pygen::FileRole;
using Pygen::FileStatus;
using Pygen::PackageFile;
using Pygen::PackageMetadata;
using Pygen::PackageTemplates;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Pygen::PackageMetadata)

namespace {

PackageMetadata weatherStation()
{
    PackageMetadata metadata;
    metadata.distributionName = u"weather-station"_s;
    metadata.importName = u"weather_station"_s;
    metadata.summary = u"Reads a weather station."_s;
    metadata.licenseHolder = u"Ada Lovelace"_s;
    metadata.copyrightYear = 2025;
    metadata.dependencies = {u"requests>=2.31"_s};
    return metadata;
}

QString text(const PackageFile &file)
{
    return QString::fromUtf8(file.content);
}

} // namespace

class PackageTemplatesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesTheStandardFiles()
    {
        const QList<PackageFile> files = PackageTemplates::standardFiles(weatherStation());
        QStringList paths;
        for (const PackageFile &file : files) {
            paths.append(file.path);
            QCOMPARE(file.origin, FileOrigin::Template);
            QCOMPARE(file.status, FileStatus::Generated);
            QVERIFY2(!file.content.isEmpty(), qPrintable(file.path));
            QVERIFY2(file.content.endsWith('\n'), qPrintable(file.path));
            QVERIFY2(!file.content.contains("{{"), qPrintable(file.path));
        }
        QCOMPARE(paths, (QStringList{u".gitignore"_s, u"LICENSE"_s, u"pyproject.toml"_s}));
        QCOMPARE(files.at(1).role, FileRole::Doc);
        QCOMPARE(files.at(2).role, FileRole::Config);
    }

    void gitignoreKeepsBuildOutputOut()
    {
        const QString gitignore = text(PackageTemplates::gitignore());
        for (const QString &pattern :
             {u"__pycache__/"_s, u"*.py[cod]"_s, u"*.egg-info/"_s, u"/dist/"_s, u".venv/"_s, u".pytest_cache/"_s})
            QVERIFY2(gitignore.split(u'\n').contains(pattern), qPrintable(pattern));
    }

    void licenseTexts_data()
    {
        QTest::addColumn<QString>("licenseId");
        QTest::addColumn<QStringList>("expectedParts");

        QTest::newRow("MIT") << u"MIT"_s
                             << QStringList{u"MIT License\n\nCopyright (c) 2025 Ada Lovelace\n"_s,
                                            u"THE SOFTWARE IS PROVIDED \"AS IS\""_s};
        QTest::newRow("BSD-3-Clause") << u"BSD-3-Clause"_s
                                      << QStringList{u"Copyright (c) 2025, Ada Lovelace\n"_s,
                                                     u"3. Neither the name of the copyright holder"_s};
        QTest::newRow("BSD-2-Clause") << u"BSD-2-Clause"_s
                                      << QStringList{u"BSD 2-Clause License"_s,
                                                     u"Copyright (c) 2025, Ada Lovelace\n"_s};
        QTest::newRow("ISC") << u"ISC"_s << QStringList{u"ISC License\n\nCopyright (c) 2025 Ada Lovelace\n"_s};
        QTest::newRow("Apache-2.0") << u"Apache-2.0"_s
                                    << QStringList{u"Apache License"_s, u"Version 2.0, January 2004"_s,
                                                   u"END OF TERMS AND CONDITIONS"_s};
        QTest::newRow("GPL-3.0-or-later")
            << u"GPL-3.0-or-later"_s
            << QStringList{u"GNU GENERAL PUBLIC LICENSE"_s, u"Version 3, 29 June 2007"_s,
                           u"either version 3 of the License, or\n    (at your option) any later version."_s};
        QTest::newRow("MPL-2.0") << u"MPL-2.0"_s << QStringList{u"Mozilla Public License Version 2.0"_s};
    }

    void licenseTexts()
    {
        QFETCH(QString, licenseId);
        QFETCH(QStringList, expectedParts);

        QVERIFY(PackageTemplates::licenseIds().contains(licenseId));
        PackageMetadata metadata = weatherStation();
        metadata.licenseId = licenseId;
        QCOMPARE(PackageTemplates::problem(metadata), std::nullopt);
        const PackageFile file = PackageTemplates::license(metadata);
        QCOMPARE(file.path, u"LICENSE"_s);
        const QString license = text(file);
        QVERIFY2(license.size() > 500, qPrintable(license));
        for (const QString &part : expectedParts)
            QVERIFY2(license.contains(part), qPrintable(part));
        QVERIFY(!license.contains(u"{{"_s));
        QVERIFY(!license.contains(u'\r'));
    }

    void licenseHolderDefaultsToTheAuthors()
    {
        PackageMetadata metadata = weatherStation();
        metadata.licenseHolder.clear();
        QVERIFY(
            text(PackageTemplates::license(metadata)).contains(u"Copyright (c) 2025 The weather-station authors\n"_s));
        QVERIFY(!text(PackageTemplates::pyprojectToml(metadata)).contains(u"authors"_s));
    }

    void pyprojectPerBackend_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("sourceRoot");
        QTest::addColumn<QStringList>("expectedLines");
        QTest::addColumn<QStringList>("absentParts");

        QTest::newRow("setuptools, src layout")
            << u"setuptools"_s << u"src"_s
            << QStringList{u"requires = [\"setuptools>=61\"]"_s, u"build-backend = \"setuptools.build_meta\""_s,
                           u"[tool.setuptools.packages.find]"_s, u"where = [\"src\"]"_s, u"pythonpath = [\"src\"]"_s}
            << QStringList{u"include ="_s, u"hatch"_s, u"flit"_s, u"pdm"_s};
        QTest::newRow("setuptools, flat layout")
            << u"setuptools"_s << QString()
            << QStringList{u"[tool.setuptools.packages.find]"_s, u"include = [\"weather_station*\"]"_s,
                           u"pythonpath = [\".\"]"_s}
            << QStringList{u"where ="_s};
        QTest::newRow("hatchling") << u"hatchling"_s << u"src"_s
                                   << QStringList{u"requires = [\"hatchling\"]"_s,
                                                  u"build-backend = \"hatchling.build\""_s,
                                                  u"[tool.hatch.build.targets.wheel]"_s,
                                                  u"packages = [\"src/weather_station\"]"_s}
                                   << QStringList{u"setuptools"_s, u"flit"_s};
        QTest::newRow("hatchling, flat layout")
            << u"hatchling"_s << QString() << QStringList{u"packages = [\"weather_station\"]"_s} << QStringList();
        QTest::newRow("flit-core") << u"flit-core"_s << u"src"_s
                                   << QStringList{u"requires = [\"flit_core>=3.4,<4\"]"_s,
                                                  u"build-backend = \"flit_core.buildapi\""_s, u"[tool.flit.module]"_s,
                                                  u"name = \"weather_station\""_s}
                                   << QStringList{u"setuptools"_s, u"hatch"_s};
        QTest::newRow("pdm-backend") << u"pdm-backend"_s << u"src"_s
                                     << QStringList{u"requires = [\"pdm-backend\"]"_s,
                                                    u"build-backend = \"pdm.backend\""_s, u"[tool.pdm.build]"_s,
                                                    u"package-dir = \"src\""_s}
                                     << QStringList{u"setuptools"_s, u"flit"_s};
        QTest::newRow("pdm-backend, flat layout")
            << u"pdm-backend"_s << QString() << QStringList{u"build-backend = \"pdm.backend\""_s}
            << QStringList{u"[tool.pdm.build]"_s};
    }

    void pyprojectPerBackend()
    {
        QFETCH(QString, backend);
        QFETCH(QString, sourceRoot);
        QFETCH(QStringList, expectedLines);
        QFETCH(QStringList, absentParts);

        PackageMetadata metadata = weatherStation();
        metadata.buildBackend = backend;
        metadata.sourceRoot = sourceRoot;
        QCOMPARE(PackageTemplates::problem(metadata), std::nullopt);
        const PackageFile file = PackageTemplates::pyprojectToml(metadata);
        QCOMPARE(file.path, u"pyproject.toml"_s);
        const QString toml = text(file);
        const QStringList lines = toml.split(u'\n');
        expectedLines += QStringList{u"[build-system]"_s,
                                     u"[project]"_s,
                                     u"name = \"weather-station\""_s,
                                     u"version = \"0.1.0\""_s,
                                     u"description = \"Reads a weather station.\""_s,
                                     u"readme = \"README.md\""_s,
                                     u"requires-python = \">=3.9\""_s,
                                     u"license = {text = \"MIT\"}"_s,
                                     u"authors = [{name = \"Ada Lovelace\"}]"_s,
                                     u"    \"License :: OSI Approved :: MIT License\","_s,
                                     u"dependencies = ["_s,
                                     u"    \"requests>=2.31\","_s,
                                     u"[tool.pytest.ini_options]"_s,
                                     u"testpaths = [\"tests\"]"_s};
        for (const QString &line : std::as_const(expectedLines))
            QVERIFY2(lines.contains(line), qPrintable(line + u"\n---\n"_s + toml));
        for (const QString &part : std::as_const(absentParts))
            QVERIFY2(!toml.contains(part), qPrintable(part + u"\n---\n"_s + toml));
        QVERIFY2(!toml.contains(u"{{"_s), qPrintable(toml));
        QVERIFY(toml.startsWith(u"[build-system]\n"_s));
        QVERIFY(toml.endsWith(u"]\n"_s) && !toml.endsWith(u"\n\n"_s));
        QCOMPARE(toml.count(u"[build-system]"_s), 1);
        QCOMPARE(toml.count(u"build-backend"_s), 1);
    }

    void escapesTomlStrings()
    {
        PackageMetadata metadata = weatherStation();
        metadata.summary = u"Say \"hi\" \\ to C:\\temp\nover two\tlines"_s;
        metadata.licenseHolder = u"Ann \"Nan\" O\\Brien \u0001 Zo\u00eb"_s;
        metadata.dependencies = {u"tomli>=2; python_version < \"3.11\""_s};
        const QStringList lines = text(PackageTemplates::pyprojectToml(metadata)).split(u'\n');
        QVERIFY(lines.contains(u"description = \"Say \\\"hi\\\" \\\\ to C:\\\\temp over two lines\""_s));
        QVERIFY(lines.contains(u"authors = [{name = \"Ann \\\"Nan\\\" O\\\\Brien \\u0001 Zo\u00eb\"}]"_s));
        QVERIFY(lines.contains(u"    \"tomli>=2; python_version < \\\"3.11\\\"\","_s));
    }

    void emptyDependencies()
    {
        PackageMetadata metadata = weatherStation();
        metadata.dependencies.clear();
        QVERIFY(text(PackageTemplates::pyprojectToml(metadata)).split(u'\n').contains(u"dependencies = []"_s));
    }

    void problems_data()
    {
        QTest::addColumn<PackageMetadata>("metadata");
        QTest::addColumn<QStringList>("expectedParts"); // empty: no problem

        const PackageMetadata valid = weatherStation();
        QTest::newRow("valid") << valid << QStringList();

        const auto with = [&valid](auto change) {
            PackageMetadata metadata = valid;
            change(metadata);
            return metadata;
        };
        const auto dependency = [&with](const QString &requirement) {
            return with([&requirement](PackageMetadata &m) { m.dependencies = {u"numpy"_s, requirement}; });
        };

        QTest::newRow("unknown licence") << with([](PackageMetadata &m) { m.licenseId = u"WTFPL"_s; })
                                         << QStringList{u"\"WTFPL\""_s, u"MIT, Apache-2.0"_s};
        QTest::newRow("licence in lower case") << with([](PackageMetadata &m) { m.licenseId = u"mit"_s; })
                                               << QStringList{u"\"mit\""_s, u"choose one of"_s};
        QTest::newRow("unknown backend") << with([](PackageMetadata &m) { m.buildBackend = u"poetry-core"_s; })
                                         << QStringList{u"\"poetry-core\""_s, u"setuptools, hatchling"_s};
        for (const QString &name : {u"weather station"_s, u"-weather"_s, u"weather_"_s, QString(), u"wetter\u00e4"_s})
            QTest::addRow("distribution name \"%s\"", qPrintable(name))
                << with([&name](PackageMetadata &m) { m.distributionName = name; })
                << QStringList{u"distribution name \"%1\""_s.arg(name), u"weather-station"_s};
        QTest::newRow("distribution name with dots")
            << with([](PackageMetadata &m) { m.distributionName = u"zope.interface2"_s; }) << QStringList();
        for (const QString &name :
             {u"weather-station"_s, u"1st"_s, u"class"_s, u"w\u00e9ather"_s, QString(), u"weather.station"_s})
            QTest::addRow("import name \"%s\"", qPrintable(name))
                << with([&name](PackageMetadata &m) { m.importName = name; })
                << QStringList{u"import name \"%1\""_s.arg(name), u"identifier"_s};
        QTest::newRow("import name that is a soft keyword")
            << with([](PackageMetadata &m) { m.importName = u"match"_s; }) << QStringList();
        for (const QString &version : {u"1.0rc1"_s, u"2024.1"_s, u"1!2.0"_s, u"1.0.post1.dev2"_s, u"0.1.0a3"_s})
            QTest::addRow("version \"%s\"", qPrintable(version))
                << with([&version](PackageMetadata &m) { m.version = version; }) << QStringList();
        for (const QString &version : {u"v1.0"_s, u"1.0.0-beta"_s, QString(), u"1..0"_s, u"one"_s})
            QTest::addRow("bad version \"%s\"", qPrintable(version))
                << with([&version](PackageMetadata &m) { m.version = version; })
                << QStringList{u"version \"%1\""_s.arg(version), u"0.1.0"_s};
        for (const QString &python : {u"3.12"_s, u"3.8.10"_s})
            QTest::addRow("minimum Python \"%s\"", qPrintable(python))
                << with([&python](PackageMetadata &m) { m.minimumPython = python; }) << QStringList();
        for (const QString &python : {u"3"_s, u"2.7"_s, u"3.x"_s, u">=3.9"_s, u"3.09"_s})
            QTest::addRow("bad minimum Python \"%s\"", qPrintable(python))
                << with([&python](PackageMetadata &m) { m.minimumPython = python; })
                << QStringList{u"minimum Python version \"%1\""_s.arg(python), u"3.9"_s};
        QTest::newRow("source folder") << with([](PackageMetadata &m) { m.sourceRoot = u"lib"_s; })
                                       << QStringList{u"\"lib\""_s, u"\"src\""_s};
        QTest::newRow("copyright year") << with([](PackageMetadata &m) { m.copyrightYear = 0; })
                                        << QStringList{u"year 0"_s};

        for (const QString &requirement :
             {u"requests[socks]>=2,<3"_s, u"tomli>=2; python_version < '3.11'"_s,
              u"pkg @ https://example.com/pkg-1.0-py3-none-any.whl"_s,
              u"pkg @ https://example.com/pkg.whl ; sys_platform == \"win32\""_s, u"numpy (>=1.24)"_s,
              u"Django ~= 4.2.0"_s, u"a.b-c_d===1.0"_s, u"rich==13.*"_s})
            QTest::addRow("dependency \"%s\"", qPrintable(requirement)) << dependency(requirement) << QStringList();
        for (const QString &requirement :
             {u"pip install requests"_s, u"requests 2.31"_s, u"requests>="_s, u"requests; nonsense"_s,
              u"requests\nnumpy"_s, u"requests,"_s, u"pkg @ not-a-url"_s})
            QTest::addRow("bad dependency \"%s\"", qPrintable(requirement.simplified()))
                << dependency(requirement)
                << QStringList{u"dependency \"%1\""_s.arg(requirement.simplified()), u"requests>=2.31"_s};
        QTest::newRow("empty dependency") << dependency(u"  "_s) << QStringList{u"dependency is empty"_s};
        QTest::newRow("standard library dependency")
            << dependency(u"json"_s) << QStringList{u"\"json\""_s, u"standard library"_s, u"remove it"_s};
        QTest::newRow("dependency on itself")
            << dependency(u"Weather_Station>=0.1"_s) << QStringList{u"depends on itself"_s, u"Weather_Station>=0.1"_s};
    }

    void problems()
    {
        QFETCH(PackageMetadata, metadata);
        QFETCH(QStringList, expectedParts);

        const std::optional<QString> problem = PackageTemplates::problem(metadata);
        if (expectedParts.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            return;
        }
        QVERIFY(problem);
        for (const QString &part : std::as_const(expectedParts))
            QVERIFY2(problem->contains(part), qPrintable(u"%1 not in: %2"_s.arg(part, *problem)));
    }
};

QTEST_GUILESS_MAIN(PackageTemplatesTest)
#include "PackageTemplatesTest.moc"
