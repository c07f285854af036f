#include "python/MarkdownChecker.h"
#include "python/MarkdownScanner.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Pygen::MarkdownChecker;
using Pygen::MarkdownScanner;

class MarkdownStructureTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsStructuralProblems_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("levels one by one") << u"# A\n## B\n### C\n#### D\n"_s << QStringList();
        QTest::newRow("jump from 2 to 4")
            << u"# A\n\n## B\n\n#### C\n"_s << QStringList{u"DOC.md:5: heading level jumps from 2 to 4"_s};
        QTest::newRow("jump from 1 to 3")
            << u"# A\n### B\n"_s << QStringList{u"DOC.md:2: heading level jumps from 1 to 3"_s};
        QTest::newRow("first heading may be any level") << u"### Start\n#### Next\n"_s << QStringList();
        QTest::newRow("going up any number of levels is fine") << u"# A\n## B\n### C\n# D\n## E\n"_s << QStringList();
        QTest::newRow("compared with the previous heading, not the first")
            << u"## A\n### B\n## C\n#### D\n"_s << QStringList{u"DOC.md:4: heading level jumps from 2 to 4"_s};
        QTest::newRow("two jumps") << u"# A\n### B\n###### C\n"_s
                                   << QStringList{u"DOC.md:2: heading level jumps from 1 to 3"_s,
                                                  u"DOC.md:3: heading level jumps from 3 to 6"_s};
        QTest::newRow("hash in a fence is no heading")
            << u"# A\n\n```python\n### comment\n```\n## B\n"_s << QStringList();
        QTest::newRow("hash in a tilde fence is no heading") << u"# A\n~~~\n#### x\n~~~\n## B\n"_s << QStringList();
        QTest::newRow("an empty heading is a heading")
            << u"# A\n#### \n"_s << QStringList{u"DOC.md:2: heading level jumps from 1 to 4"_s};
        QTest::newRow("#hashtag is no heading")
            << u"# A\n#hashtag\n### B\n"_s << QStringList{u"DOC.md:3: heading level jumps from 1 to 3"_s};
        QTest::newRow("no space after the hashes: no heading") << u"# A\n###nope\n"_s << QStringList();
        QTest::newRow("seven hashes are no heading") << u"# A\n####### x\n"_s << QStringList();
        QTest::newRow("four spaces make code, not a heading") << u"# A\n\n    ### x\n"_s << QStringList();
        QTest::newRow("up to three spaces still a heading")
            << u"# A\n   ### x\n"_s << QStringList{u"DOC.md:2: heading level jumps from 1 to 3"_s};
        QTest::newRow("setext headings are not looked at")
            << u"# A\nB\n---\n### C\n"_s << QStringList{u"DOC.md:4: heading level jumps from 1 to 3"_s};
        QTest::newRow("unclosed fence at the end")
            << u"# A\n\n```python\nx = 1\n"_s << QStringList{u"DOC.md:3: code block opened with ``` is never closed"_s};
        QTest::newRow("a shorter fence does not close a longer one")
            << u"# A\n````\n```\n## not a heading\n"_s
            << QStringList{u"DOC.md:2: code block opened with ```` is never closed"_s};
        QTest::newRow("a longer fence closes a shorter one") << u"```\nx\n`````\n# A\n## B\n"_s << QStringList();
        QTest::newRow("tildes do not close backticks")
            << u"```\n~~~\n"_s << QStringList{u"DOC.md:1: code block opened with ``` is never closed"_s};
        QTest::newRow("closing fence with text after it does not close")
            << u"```\n``` python\n"_s << QStringList{u"DOC.md:1: code block opened with ``` is never closed"_s};
        QTest::newRow("backticks inline are no fence")
            << u"# A\n```code``` here\n### B\n"_s << QStringList{u"DOC.md:3: heading level jumps from 1 to 3"_s};
        QTest::newRow("indented fence in a list item")
            << u"# A\n1. Step\n\n    ```python\n    # x\n    ```\n## B\n"_s << QStringList();
        QTest::newRow("CRLF line ends") << u"# A\r\n```\r\n# x\r\n```\r\n### B\r\n"_s
                                        << QStringList{u"DOC.md:5: heading level jumps from 1 to 3"_s};
        QTest::newRow("problems in line order")
            << u"# A\n```\n# x\n```\n### B\n~~~\n"_s
            << QStringList{u"DOC.md:5: heading level jumps from 1 to 3"_s,
                           u"DOC.md:6: code block opened with ~~~ is never closed"_s};
    }

    void findsStructuralProblems()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);
        QCOMPARE(MarkdownChecker::structuralProblems(u"DOC.md"_s, markdown), expected);
    }

    void readsCodeBlocksAndSpans()
    {
        const auto outline = MarkdownScanner::scan(u"# T\n"
                                                   "Use `weather_station.load()` or ``a ` b``.\n"
                                                   "\n"
                                                   "```Python title=\"x\"\n"
                                                   "x = 1\n"
                                                   "```\n"
                                                   "- item\n"
                                                   "  ~~~{.pycon}\n"
                                                   "  >>> 1\n"
                                                   "  1\n"
                                                   "  ~~~\n"
                                                   "`not closed\n"_s);
        QCOMPARE(outline.codeBlocks.size(), 2);
        QCOMPARE(outline.codeBlocks.at(0).fenceLine, 4);
        QCOMPARE(outline.codeBlocks.at(0).language, u"python"_s);
        QCOMPARE(outline.codeBlocks.at(0).code, u"x = 1"_s);
        QVERIFY(outline.codeBlocks.at(0).closed);
        QCOMPARE(outline.codeBlocks.at(1).language, u"pycon"_s);
        QCOMPARE(outline.codeBlocks.at(1).fence, u"~~~"_s);
        QCOMPARE(outline.codeBlocks.at(1).code, u">>> 1\n1"_s);
        QCOMPARE(outline.codeSpans.size(), 2);
        QCOMPARE(outline.codeSpans.at(0).line, 2);
        QCOMPARE(outline.codeSpans.at(0).code, u"weather_station.load()"_s);
        QCOMPARE(outline.codeSpans.at(1).code, u"a ` b"_s);
        QCOMPARE(outline.headings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(MarkdownStructureTest)
#include "MarkdownStructureTest.moc"
