#include "pipeline/PackageNameRules.h"
#include "pipeline/Spec.h"

#include <QtTest/QTest>

using Pygen::PackageNameRules;
using namespace Qt::StringLiterals;

class PackageNameRulesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importNames_data()
    {
        QTest::addColumn<QString>("name");
        // Empty when the name is fine; else a piece the message must contain.
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("plain") << u"weather_station"_s << QString();
        QTest::newRow("with digits") << u"pkg_3d_tools"_s << QString();
        QTest::newRow("match is a soft keyword") << u"match"_s << QString();
        QTest::newRow("empty") << QString() << u"Enter"_s;
        QTest::newRow("keyword") << u"class"_s << u"keyword"_s;
        QTest::newRow("capitalised keyword") << u"None"_s << u"keyword"_s;
        QTest::newRow("standard library json") << u"json"_s << u"standard library"_s;
        QTest::newRow("standard library asyncio") << u"asyncio"_s << u"standard library"_s;
        QTest::newRow("removed in 3.12 but still in 3.8") << u"distutils"_s << u"standard library"_s;
        QTest::newRow("hyphen and capitals") << u"My-Pkg"_s << u"“my_pkg”"_s;
        QTest::newRow("capitals") << u"MyPkg"_s << u"lower case"_s;
        QTest::newRow("leading digit") << u"2fast"_s << u"“pkg_2fast”"_s;
        QTest::newRow("space") << u"my pkg"_s << u"“my_pkg”"_s;
        QTest::newRow("accent") << u"über"_s << u"ASCII"_s;
    }

    void importNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        const std::optional<QString> problem = PackageNameRules::importNameProblem(name);
        if (messagePart.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            return;
        }
        QVERIFY(problem);
        QVERIFY2(problem->contains(messagePart), qPrintable(*problem));
    }

    void distributionNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("hyphenated") << u"weather-station"_s << QString();
        QTest::newRow("mixed separators and case") << u"Weather_Station.io"_s << QString();
        QTest::newRow("single character") << u"x"_s << QString();
        QTest::newRow("empty") << QString() << u"Enter"_s;
        QTest::newRow("space") << u"weather station"_s << u"“weather-station”"_s;
        QTest::newRow("leading hyphen") << u"-weather"_s << u"start and end"_s;
        QTest::newRow("trailing dot") << u"weather."_s << u"start and end"_s;
        QTest::newRow("non-ASCII") << u"wetter-über"_s << u"ASCII"_s;
    }

    void distributionNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        const std::optional<QString> problem = PackageNameRules::distributionNameProblem(name);
        if (messagePart.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            return;
        }
        QVERIFY(problem);
        QVERIFY2(problem->contains(messagePart), qPrintable(*problem));
    }

    void standardLibraryLookup_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("standard");
        QTest::newRow("first") << u"abc"_s << true;
        QTest::newRow("last") << u"zoneinfo"_s << true;
        QTest::newRow("middle") << u"pathlib"_s << true;
        QTest::newRow("not a module") << u"requests"_s << false;
        QTest::newRow("prefix of a module") << u"path"_s << false;
        QTest::newRow("case matters") << u"JSON"_s << false;
    }

    void standardLibraryLookup()
    {
        QFETCH(QString, name);
        QFETCH(bool, standard);
        QCOMPARE(PackageNameRules::isStandardLibraryModule(name), standard);
    }

    // What Spec derives from a display name must pass the rules it is checked against, except
    // where it lands on a standard-library name, which the person is then asked to change.
    void derivedNamesPassTheRules_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::newRow("words") << u"Weather Station"_s;
        QTest::newRow("digit first") << u"3D Tools"_s;
        QTest::newRow("keyword") << u"Import"_s;
        QTest::newRow("accents") << u"Über Cache"_s;
    }

    void derivedNamesPassTheRules()
    {
        QFETCH(QString, displayName);
        Pygen::Spec spec;
        spec.name = displayName;
        QVERIFY(!PackageNameRules::importNameProblem(spec.importName()));
        QVERIFY(!PackageNameRules::distributionNameProblem(spec.distributionName()));
    }
};

QTEST_GUILESS_MAIN(PackageNameRulesTest)
#include "PackageNameRulesTest.moc"
