#include "package/CodeExtractor.h"

#include <QtTest/QTest>

using Pygen::CodeExtractor;
using namespace Qt::StringLiterals;

class CodeExtractorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsTheFile_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("fenced");
        QTest::addColumn<bool>("unterminated");

        const QString module = u"src/pkg/mod.py"_s;
        const QString readme = u"README.md"_s;

        QTest::newRow("python tag, prose before and after")
            << u"Here is the module:\n\n```python\nimport os\n\nprint(os.name)\n```\n\nIt prints the name.\n"_s
            << module << u"import os\n\nprint(os.name)\n"_s << true << false;
        QTest::newRow("py tag") << u"```py\nx = 1\n```"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("toml tag") << u"```toml\n[project]\nname = \"x\"\n```\n"_s << u"pyproject.toml"_s
                                  << u"[project]\nname = \"x\"\n"_s << true << false;
        QTest::newRow("no tag") << u"```\nx = 1\n```"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("spaces around the tag and after fences")
            << u"```   python   \nx = 1\n```   \nDone."_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("info string with a title")
            << u"```python title=\"src/pkg/mod.py\"\nx = 1\n```"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("brace tag") << u"``` {.python}\nx = 1\n```"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("tag with the path after a colon")
            << u"```python:tests/test_mod.py\nt = 1\n```\n```python:src/pkg/mod.py\nx = 1\n```"_s << module
            << u"x = 1\n"_s << true << false;
        QTest::newRow("four backticks") << u"````python\nx = 1\n````"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("tildes") << u"~~~python\nx = 1\n~~~"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("closing fence longer than the opening one")
            << u"```python\nx = 1\n`````\n"_s << module << u"x = 1\n"_s << true << false;

        const QString readmeText = u"# Weather\n\n```bash\npip install weather\n```\n\nUse it.\n"_s;
        QTest::newRow("README in four backticks with its own fences")
            << u"Here is the README:\n\n````markdown\n"_s + readmeText + u"````\n\nAnything else?"_s << readme
            << readmeText << true << false;
        QTest::newRow("README in tildes with its own fences")
            << u"~~~markdown\n"_s + readmeText + u"~~~"_s << readme << readmeText << true << false;
        QTest::newRow("README in three backticks, inner fence tagged")
            << u"```markdown\n"_s + readmeText + u"```\nLet me know."_s << readme << readmeText << true << false;
        const QString bareFencedReadme = u"# Weather\n\n```\npip install weather\n```\n\nUse it.\n"_s;
        QTest::newRow("README in three backticks, inner fence bare")
            << u"Sure:\n```markdown\n"_s + bareFencedReadme + u"```\nLet me know."_s << readme << bareFencedReadme
            << true << false;

        QTest::newRow("README in three backticks, inner bare fences, then prose and a preview")
            << u"```markdown\n"_s + bareFencedReadme
                + u"```\n\nPreview of the output:\n\n```\n$ weather --city Berlin\n21 C\n```\n"_s
            << readme << bareFencedReadme << true << false;
        QTest::newRow("untagged README with inner bare fences")
            << u"```\n"_s + bareFencedReadme + u"```"_s << readme << bareFencedReadme << true << false;
        const QString shortReadme = u"# Weather\n\nReads the weather.\n"_s;
        QTest::newRow("README, then prose and a bare preview block")
            << u"Here is the README:\n\n```markdown\n"_s + shortReadme
                + u"```\n\nHere is a preview of the usage output:\n\n```\n$ weather --city Berlin\n21 C\n```\n"_s
            << readme << shortReadme << true << false;
        QTest::newRow("README, then a sentence and a bare block") << u"```md\n"_s + shortReadme
                + u"```\nI kept it short; a run prints the temperature.\n```\n21 C\n```\nLet me know."_s
                                                                  << readme << shortReadme << true << false;

        const QString taggedDocstring =
            u"\"\"\"Weather.\n\nExample:\n\n```python\n>>> read()\n```\n\"\"\"\n\ndef read():\n    return 1\n"_s;
        QTest::newRow("module docstring with a tagged fence")
            << u"```python\n"_s + taggedDocstring + u"```\nThat is all."_s << module << taggedDocstring << true
            << false;
        const QString bareDocstring = u"\"\"\"Weather.\n\n```\nimport weather\n```\n\"\"\"\nimport os\n"_s;
        QTest::newRow("module docstring with a bare fence pair")
            << u"Here you go:\n```python\n"_s + bareDocstring + u"```\nThat is all."_s << module << bareDocstring
            << true << false;
        const QString indentedDocstring = u"def f():\n    \"\"\"Example:\n\n    ```\n    f()\n    ```\n    \"\"\"\n"_s;
        QTest::newRow("indented docstring fences are content")
            << u"```python\n"_s + indentedDocstring + u"```"_s << module << indentedDocstring << true << false;
        QTest::newRow("bare python reply whose docstring holds a fence")
            << u"\"\"\"Mod.\n\n```python\n>>> f()\n```\n\"\"\"\nimport os\n"_s << module
            << u"\"\"\"Mod.\n\n```python\n>>> f()\n```\n\"\"\"\nimport os\n"_s << false << false;
        QTest::newRow("bare README with its own fences")
            << u"# Weather\n\nInstall:\n\n```bash\npip install weather\n```\n"_s << readme
            << u"# Weather\n\nInstall:\n\n```bash\npip install weather\n```\n"_s << false << false;

        QTest::newRow("language beats a longer block in another language")
            << u"First:\n```bash\npip install requests numpy pandas scipy matplotlib\n```\nThen:\n```python\n"
               u"import requests\n```"_s
            << module << u"import requests\n"_s << true << false;
        QTest::newRow("the longest of two python blocks")
            << u"```python\nx = 1\n```\nOr in full:\n```python\nx = 1\ny = 2\n```"_s << module << u"x = 1\ny = 2\n"_s
            << true << false;
        QTest::newRow("the first of two untagged blocks")
            << u"```\nrequests\n```\nInstall with:\n```\npip install -r requirements.txt\n```"_s
            << u"requirements.txt"_s << u"requests\n"_s << true << false;
        QTest::newRow("the first of two blocks tagged text")
            << u"```text\nrequests\n```\n\nThen run\n\n```text\npip install -r requirements.txt\n```\n"_s
            << u"requirements.txt"_s << u"requests\n"_s << true << false;
        QTest::newRow("the first of two untagged blocks, a longer command after")
            << u"```\nx = 1\n```\nRun it:\n```\npython -m pkg.mod --verbose\n```"_s << module << u"x = 1\n"_s << true
            << false;
        QTest::newRow("tagged beats a longer untagged block")
            << u"```\nsome longer untagged text here\n```\n```python\nx = 1\n```"_s << module << u"x = 1\n"_s << true
            << false;
        const QString twoFiles = u"**src/pkg/a.py**\n```python\na = 1\n```\n\n**tests/test_a.py**\n```python\n"
                                 u"from pkg.a import a\n\n\ndef test_a():\n    assert a == 1\n```\n"_s;
        QTest::newRow("the block named by the line before it")
            << twoFiles << u"src/pkg/a.py"_s << u"a = 1\n"_s << true << false;
        QTest::newRow("the other block named by the line before it")
            << twoFiles << u"tests/test_a.py"_s << u"from pkg.a import a\n\n\ndef test_a():\n    assert a == 1\n"_s
            << true << false;
        const QString cliTests = u"from cli import main\n\n\ndef test_help():\n    assert main([\"--help\"]) == 0\n"_s;
        QTest::newRow("a command naming the file does not beat the file")
            << u"Here are the tests:\n\n```python\n"_s + cliTests
                + u"```\n\nRun them with `pytest tests/test_cli.py`:\n\n```bash\npytest tests/test_cli.py -v\n```\n"_s
            << u"tests/test_cli.py"_s << cliTests << true << false;
        QTest::newRow("a longer command naming the file does not beat the file")
            << u"```py\nx = 1\n```\nCheck src/pkg/mod.py with:\n```shell\npython -m mypy --strict src/pkg/mod.py\n```"_s
            << module << u"x = 1\n"_s << true << false;
        QTest::newRow("a named untagged block beats a tagged one")
            << u"```python\nx = 1\n```\nThe whole src/pkg/mod.py:\n```\nx = 2\n```"_s << module << u"x = 2\n"_s << true
            << false;
        QTest::newRow("path heading before the fence")
            << u"# src/pkg/mod.py\n```python\nx = 1\n```"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("bold path before the fence")
            << u"**src/pkg/mod.py**\n\n```python\nx = 1\n```"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("path heading before an untagged README block")
            << u"# README.md\n```\n# Weather\n\nText\n```"_s << readme << u"# Weather\n\nText\n"_s << true << false;

        QTest::newRow("CRLF") << u"```python\r\nx = 1\r\ny = 2\r\n```\r\n"_s << module << u"x = 1\ny = 2\n"_s << true
                              << false;
        QTest::newRow("lone CR") << u"```python\rx = 1\ry = 2\r```"_s << module << u"x = 1\ny = 2\n"_s << true << false;
        QTest::newRow("byte order mark") << QString(QChar(0xfeff)) + u"```python\nx = 1\n```"_s << module
                                         << u"x = 1\n"_s << true << false;
        QTest::newRow("blank lines around the content")
            << u"\n\n```python\n\n\nx = 1\n\n   \n```\n\n"_s << module << u"x = 1\n"_s << true << false;
        QTest::newRow("tabs and trailing spaces kept")
            << u"```makefile\nall:\n\techo hi\t\nx = 1   \n```"_s << u"Makefile"_s << u"all:\n\techo hi\t\nx = 1   \n"_s
            << true << false;
        QTest::newRow("indented fence in a list")
            << u"1. The module:\n   ```python\n   def f():\n       return 1\n   ```\n"_s << module
            << u"def f():\n    return 1\n"_s << true << false;
        QTest::newRow("inline triple backticks are not a fence")
            << u"```x``` is inline code.\n```python\ny = 2\n```"_s << module << u"y = 2\n"_s << true << false;

        QTest::newRow("no fences: the reply is the file")
            << u"import os\n\nprint(os.name)"_s << module << u"import os\n\nprint(os.name)\n"_s << false << false;
        QTest::newRow("no fences: an introduction line is not guessed away")
            << u"Here is the file:\nimport os\n\n\n"_s << module << u"Here is the file:\nimport os\n"_s << false
            << false;
        QTest::newRow("empty reply") << QString() << module << QString() << false << false;
        QTest::newRow("empty block") << u"```python\n```"_s << module << QString() << true << false;

        QTest::newRow("unterminated: cut off") << u"Here:\n```python\ndef f():\n    return 1\n\ndef g("_s << module
                                               << u"def f():\n    return 1\n\ndef g(\n"_s << true << true;
        QTest::newRow("unterminated: cut inside the closing fence")
            << u"```python\nx = 1\n``"_s << module << u"x = 1\n"_s << true << true;
        QTest::newRow("unterminated after a docstring with a fence")
            << u"```python\n\"\"\"Doc.\n\n```python\n>>> f()\n```\n\"\"\"\ndef f():\n    pa"_s << module
            << u"\"\"\"Doc.\n\n```python\n>>> f()\n```\n\"\"\"\ndef f():\n    pa\n"_s << true << true;
    }

    void extractsTheFile()
    {
        QFETCH(QString, reply);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QFETCH(bool, fenced);
        QFETCH(bool, unterminated);

        const CodeExtractor::Result result = CodeExtractor::extract(reply, path);
        QCOMPARE(result.content, expected);
        QCOMPARE(result.fenced, fenced);
        QCOMPARE(result.unterminated, unterminated);
        QVERIFY(result.content.isEmpty() || (result.content.endsWith(u'\n') && !result.content.endsWith(u"\n\n"_s)));
        QVERIFY(!result.content.contains(u'\r'));
    }

    void stitchesContinuations_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("continuation");
        QTest::addColumn<QString>("expected");

        QTest::newRow("continues mid-line") << u"```python\ndef f():\n    return 1 +"_s << u" 2\n```\n"_s
                                            << u"```python\ndef f():\n    return 1 + 2\n```\n"_s;
        QTest::newRow("restarting fence dropped") << u"```python\nimport os\n"_s << u"```python\nimport sys\n```"_s
                                                  << u"```python\nimport os\nimport sys\n```"_s;
        QTest::newRow("restarting fence with a synonym tag")
            << u"```python\nimport os\n"_s << u"```py\nimport sys\n```"_s << u"```python\nimport os\nimport sys\n```"_s;
        QTest::newRow("introduction and restarting fence dropped")
            << u"```python\nimport os\n"_s << u"Continuing:\n\n```python\nimport sys\n```"_s
            << u"```python\nimport os\nimport sys\n```"_s;
        QTest::newRow("whole lines repeated")
            << u"```python\na = 1\nb = 2\nc = 3\n"_s << u"```python\nb = 2\nc = 3\nd = 4\n```"_s
            << u"```python\na = 1\nb = 2\nc = 3\nd = 4\n```"_s;
        QTest::newRow("partial line repeated from its start")
            << u"```python\nx = 1\ny = comp"_s << u"```python\ny = compute()\n```"_s
            << u"```python\nx = 1\ny = compute()\n```"_s;
        QTest::newRow("whole lines and the partial line repeated")
            << u"```python\nimport os\n\ndef f(a, b):\n    return a +"_s
            << u"```python\ndef f(a, b):\n    return a + b\n```\nDone."_s
            << u"```python\nimport os\n\ndef f(a, b):\n    return a + b\n```\nDone."_s;
        QTest::newRow("cut at a line end, continuation on a new line")
            << u"```python\nx = 1"_s << u"```python\ny = 2\n```"_s << u"```python\nx = 1\ny = 2\n```"_s;
        QTest::newRow("only blank lines in common are not merged")
            << u"```python\nx = 1\n\n"_s << u"\ny = 2\n```"_s << u"```python\nx = 1\n\n\ny = 2\n```"_s;
        QTest::newRow("inner fence of a README is not a restart")
            << u"````markdown\n# T\n```bash\npip install"_s << u"```bash\npip install t\n```\n````"_s
            << u"````markdown\n# T\n```bash\npip install t\n```\n````"_s;
        QTest::newRow("closing an inner fence is not a restart")
            << u"```markdown\n# T\n```bash\npip install t\n"_s << u"```\n\nUse it.\n```"_s
            << u"```markdown\n# T\n```bash\npip install t\n```\n\nUse it.\n```"_s;
        QTest::newRow("bare file continued in a fence")
            << u"import os\nx = "_s << u"```python\nx = 1\n```\nDone."_s << u"import os\nx = 1\n"_s;
        QTest::newRow("CRLF") << u"```python\r\na = 1\r\nb = "_s << u"b = 2\r\n```\r\n"_s
                              << u"```python\na = 1\nb = 2\n```\n"_s;
        QTest::newRow("the whole file started again")
            << u"```python\na = 1\nb = 2\nc = "_s << u"```python\na = 1\nb = 2\nc = 3\n```"_s
            << u"```python\na = 1\nb = 2\nc = 3\n```"_s;
        QTest::newRow("nothing before") << QString() << u"```python\nx = 1\n```"_s << u"```python\nx = 1\n```"_s;
    }

    void stitchesContinuations()
    {
        QFETCH(QString, before);
        QFETCH(QString, continuation);
        QFETCH(QString, expected);

        QCOMPARE(CodeExtractor::stitch(before, continuation), expected);
    }

    void stitchedReplyExtractsWhole()
    {
        const QString cut = u"Here is the module:\n```python\nimport os\n\n\ndef name():\n    return os.na"_s;
        QVERIFY(CodeExtractor::extract(cut, u"m.py"_s).unterminated);
        const QString stitched =
            CodeExtractor::stitch(cut, u"```python\ndef name():\n    return os.name\n```\nThat is the module."_s);
        const CodeExtractor::Result result = CodeExtractor::extract(stitched, u"m.py"_s);
        QVERIFY(!result.unterminated);
        QCOMPARE(result.content, u"import os\n\n\ndef name():\n    return os.name\n"_s);
    }
};

QTEST_GUILESS_MAIN(CodeExtractorTest)
#include "CodeExtractorTest.moc"
