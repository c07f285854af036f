#include "python/MarkdownChecker.h"
#include "package/Package.h"
#include "python/ApiReferenceExtractor.h"
#include "python/PythonInterpreter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Pygen;

class MarkdownCheckerTest final : public QObject
{
    Q_OBJECT

private:
    QString m_python;
    ApiReference m_reference;

    static Package samplePackage()
    {
        const QList<std::pair<QString, QString>> files{
            {u"src/weather_station/__init__.py"_s,
             u"from .readings import Reading, load_csv\n__all__ = [\"Reading\", \"load_csv\"]\n"_s},
            {u"src/weather_station/readings.py"_s,
             u"import enum\n"
             "DEFAULT_DELIMITER = \",\"\n"
             "def load_csv(path, delimiter=DEFAULT_DELIMITER):\n"
             "    return []\n"
             "class Unit(enum.Enum):\n"
             "    CELSIUS = \"C\"\n"
             "class Reading:\n"
             "    def mean(self):\n"
             "        pass\n"_s},
            {u"src/weather_station/stats.py"_s, u"def summarise(rows):\n    pass\n"_s},
        };
        Package package;
        for (const auto &[path, content] : files) {
            PackageFile file;
            file.path = path;
            file.content = content.toUtf8();
            if (const auto problem = package.setFile(file))
                qFatal("The test package was refused: %s", qPrintable(*problem));
        }
        return package;
    }

    QStringList check(MarkdownChecker &checker, const QMap<QString, QString> &documents, const ApiReference &reference,
                      const QString &python)
    {
        QSignalSpy finished(&checker, &MarkdownChecker::finished);
        checker.start(documents, reference, u"weather_station"_s, python);
        if (!finished.wait(60'000))
            qWarning("The check did not finish");
        QCoreApplication::sendPostedEvents();
        if (finished.count() != 1)
            qWarning("finished came %d times", int(finished.count()));
        return checker.problems();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_python = PythonInterpreter::find();
        if (m_python.isEmpty())
            QSKIP("No Python 3 here; these tests need one.");
        ApiReferenceExtractor extractor;
        QSignalSpy finished(&extractor, &ApiReferenceExtractor::finished);
        extractor.start(samplePackage(), m_python);
        QVERIFY(finished.wait(60'000));
        QVERIFY2(extractor.errorMessage().isEmpty(), qPrintable(extractor.errorMessage()));
        m_reference = extractor.result();
        QVERIFY(m_reference.hasName(u"weather_station.Reading.mean"_s));
    }

    void findsProblems_data()
    {
        QTest::addColumn<QString>("markdown");
        // Each problem as "<line>: <start of the message>" (Python words syntax errors its own way).
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("existing names")
            << u"# Usage\n"
               "\n"
               "```python\n"
               "from weather_station import Reading, load_csv\n"
               "from weather_station.readings import Unit, DEFAULT_DELIMITER\n"
               "import weather_station.stats as stats\n"
               "import weather_station\n"
               "\n"
               "rows = load_csv(\"a.csv\", delimiter=DEFAULT_DELIMITER)\n"
               "print(stats.summarise(rows), Reading.mean, Unit.CELSIUS.value, weather_station.Reading)\n"
               "print(weather_station.readings.load_csv, weather_station.__version__)\n"
               "```\n"
               "\n"
               "Or call `weather_station.readings.load_csv(path)` and `weather_station.Reading`.\n"_s
            << QStringList();
        QTest::newRow("does not compile") << u"# T\n\n```python\nx = 1\ndef f(:\n    pass\n```\n"_s
                                          << QStringList{u"5: Python block does not compile: "_s};
        QTest::newRow("statement that only the compiler refuses")
            << u"```py\nx = 1\nreturn x\n```\n"_s << QStringList{u"3: Python block does not compile: "_s};
        QTest::newRow("missing module") << u"```python\nimport weather_station.plots\n```\n"_s
                                        << QStringList{u"2: weather_station.plots does not exist"_s};
        QTest::newRow("missing function") << u"```python\nfrom weather_station.readings import load_data\n```\n"_s
                                          << QStringList{u"2: weather_station.readings.load_data does not exist"_s};
        QTest::newRow("names from a missing module: only the module")
            << u"```python\nfrom weather_station.plots import bar, line\n```\n"_s
            << QStringList{u"2: weather_station.plots does not exist"_s};
        QTest::newRow("missing re-export") << u"```python\nfrom weather_station import load\n```\n"_s
                                           << QStringList{u"2: weather_station.load does not exist"_s};
        QTest::newRow("through a module alias")
            << u"```python\nimport weather_station.readings as r\nr.load_csv('x')\nr.save('x')\n```\n"_s
            << QStringList{u"4: weather_station.readings.save does not exist"_s};
        QTest::newRow("through an imported module")
            << u"```python\nfrom weather_station import stats\nstats.summarise([])\nstats.median([])\n```\n"_s
            << QStringList{u"4: weather_station.stats.median does not exist"_s};
        QTest::newRow("method through a re-export")
            << u"```python\nfrom weather_station import Reading\nReading.mean\nReading.median()\n```\n"_s
            << QStringList{u"4: weather_station.Reading.median does not exist"_s};
        QTest::newRow("reported once per block")
            << u"```python\nimport weather_station as ws\nws.nope()\nws.nope()\n```\n"_s
            << QStringList{u"3: weather_station.nope does not exist"_s};
        QTest::newRow("other packages are not checked")
            << u"```python\nimport numpy as np\nnp.array([])\nfrom os import path\nimport weather_stationary\n```\n"_s
            << QStringList();
        QTest::newRow("inline references")
            << u"# T\n\nCall `weather_station.missing()` or `weather_station.load_csv(path)`, not "
               "`weather_station.Reading.median`.\n"_s
            << QStringList{u"3: weather_station.missing does not exist"_s,
                           u"3: weather_station.Reading.median does not exist"_s};
        QTest::newRow("inline code in a fence is not inline")
            << u"```text\n`weather_station.nope`\n```\n"_s << QStringList();
        QTest::newRow("session prompts are stripped") << u"```pycon\n"
                                                         ">>> from weather_station import load_csv\n"
                                                         ">>> load_csv('a')\n"
                                                         "[]\n"
                                                         ">>> for x in []:\n"
                                                         "...     print(x)\n"
                                                         "...\n"
                                                         ">>> from weather_station import nope\n"
                                                         "```\n"_s
                                                      << QStringList{u"8: weather_station.nope does not exist"_s};
        QTest::newRow("a python block written as a session")
            << u"# T\n```python\n>>> x = (\n```\n"_s << QStringList{u"3: Python block does not compile: "_s};
        QTest::newRow("top-level await is allowed")
            << u"```python\nimport weather_station.readings as r\nawait r.load_csv('x')\n```\n"_s << QStringList();
        QTest::newRow("other languages are not compiled")
            << u"```bash\npip install .\n```\n\n```\nnot python (\n```\n"_s << QStringList();
        QTest::newRow("unclosed block: only the fence")
            << u"# T\n```python\ndef f(:\n"_s << QStringList{u"2: code block opened with ``` is never closed"_s};
        QTest::newRow("all kinds, in line order")
            << u"# T\n"
               "```python\n"
               "import weather_station.gone\n"
               "```\n"
               "### Jump\n"
               "See `weather_station.away`.\n"
               "```py\n"
               "(\n"
               "```\n"_s
            << QStringList{u"3: weather_station.gone does not exist"_s, u"5: heading level jumps from 1 to 3"_s,
                           u"6: weather_station.away does not exist"_s, u"8: Python block does not compile: "_s};
    }

    void findsProblems()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);

        MarkdownChecker checker;
        const QStringList problems = check(checker, {{u"README.md"_s, markdown}}, m_reference, m_python);
        QVERIFY2(checker.errorMessage().isEmpty(), qPrintable(checker.errorMessage()));
        const QByteArray shown = problems.join(u'\n').toUtf8();
        QVERIFY2(problems.size() == expected.size(), shown.constData());
        for (qsizetype index = 0; index < expected.size(); ++index)
            QVERIFY2(problems.at(index).startsWith(u"README.md:"_s + expected.at(index)), shown.constData());
    }

    void sortsByFileThenLine()
    {
        MarkdownChecker checker;
        const QStringList problems =
            check(checker,
                  {{u"README.md"_s, u"# A\n### B\n"_s},
                   {u"DOCUMENTATION.md"_s,
                    u"# A\n\n\n\n\n\n\n\n`weather_station.x`\n```python\nimport weather_station.y\n```\n"_s}},
                  m_reference, m_python);
        QCOMPARE(problems,
                 (QStringList{u"DOCUMENTATION.md:9: weather_station.x does not exist"_s,
                              u"DOCUMENTATION.md:11: weather_station.y does not exist"_s,
                              u"README.md:2: heading level jumps from 1 to 3"_s}));
    }

    void withoutReferenceOnlyCompiles()
    {
        MarkdownChecker checker;
        const QStringList problems =
            check(checker, {{u"README.md"_s, u"`weather_station.x`\n```python\nimport weather_station.y\n(\n```\n"_s}},
                  ApiReference(), m_python);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith("README.md:4: Python block does not compile"_L1),
                 qPrintable(problems.first()));
    }

    void withoutPythonChecksWhatItCan()
    {
        MarkdownChecker checker;
        const QStringList problems =
            check(checker, {{u"README.md"_s, u"# A\n### B\n`weather_station.x`\n```python\n(\n```\n"_s}}, m_reference,
                  QString());
        QVERIFY(checker.errorMessage().contains("PYGEN_PYTHON"_L1));
        QCOMPARE(problems,
                 (QStringList{u"README.md:2: heading level jumps from 1 to 3"_s,
                              u"README.md:3: weather_station.x does not exist"_s}));
    }

    void needsNoPythonWithoutPythonBlocks()
    {
        MarkdownChecker checker;
        const QStringList problems =
            check(checker, {{u"README.md"_s, u"# A\n```bash\nls\n```\n"_s}}, m_reference, u"/nonexistent/python3"_s);
        QVERIFY(checker.errorMessage().isEmpty());
        QVERIFY(problems.isEmpty());
    }

    void cancels()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString slowPython = directory.filePath(u"python3"_s);
        QFile file(slowPython);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexec sleep 600\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        MarkdownChecker checker;
        QSignalSpy finished(&checker, &MarkdownChecker::finished);
        checker.start({{u"README.md"_s, u"# A\n### B\n```python\nx = 1\n```\n"_s}}, m_reference, u"weather_station"_s,
                      slowPython);
        checker.cancel();
        checker.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(checker.errorMessage().contains("cancelled"_L1));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);

        // A new start after a cancel reports its own result, once.
        checker.start({{u"README.md"_s, u"```python\nimport weather_station.q\n```\n"_s}}, m_reference,
                      u"weather_station"_s, m_python);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(checker.problems(), QStringList{u"README.md:2: weather_station.q does not exist"_s});
    }
};

QTEST_GUILESS_MAIN(MarkdownCheckerTest)
#include "MarkdownCheckerTest.moc"
