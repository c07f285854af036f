#include "FindReplaceBar.h"
#include "CodeEditor.h"

#include <KSyntaxHighlighting/Repository>
#include <QCheckBox>
#include <QLineEdit>
#include <QTextCursor>
#include <QVBoxLayout>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Pygen::FindReplaceBar;

namespace {

const QString sample = u"def total(values):\n"
                       u"    Total = 0\n"
                       u"    for value in values:\n"
                       u"        total_value = value\n"
                       u"        Total += total_value\n"
                       u"    return Total\n"_s;

} // namespace

class FindReplaceBarTest final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QWidget window;
        Pygen::CodeEditor *editor = nullptr;
        FindReplaceBar *bar = nullptr;
    };

    std::unique_ptr<Fixture> makeFixture(const QString &text)
    {
        auto fixture = std::make_unique<Fixture>();
        auto *layout = new QVBoxLayout(&fixture->window);
        fixture->editor = new Pygen::CodeEditor(m_repository);
        fixture->editor->setFileName(u"sample.py"_s);
        fixture->editor->setPlainText(text);
        fixture->bar = new FindReplaceBar;
        layout->addWidget(fixture->editor);
        layout->addWidget(fixture->bar);
        fixture->bar->setEditor(fixture->editor);
        return fixture;
    }

    static void setOptions(FindReplaceBar &bar, const QString &search, bool matchCase, bool words, bool regex)
    {
        bar.setCaseSensitive(matchCase);
        bar.setWholeWords(words);
        bar.setRegularExpression(regex);
        bar.setSearchText(search);
    }

    KSyntaxHighlighting::Repository m_repository;

private Q_SLOTS:
    void countsMatches_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("words");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<int>("expected");

        QTest::newRow("any case") << u"total"_s << false << false << false << 6;
        QTest::newRow("match case") << u"total"_s << true << false << false << 3;
        QTest::newRow("whole words, any case") << u"total"_s << false << true << false << 4;
        QTest::newRow("whole words, match case") << u"Total"_s << true << true << false << 3;
        QTest::newRow("plain text with regex characters") << u"(values)"_s << false << false << false << 1;
        QTest::newRow("regex") << u"val\\w+"_s << true << false << false << 0;
        QTest::newRow("regex on") << u"val\\w+"_s << true << false << true << 6;
        QTest::newRow("regex whole words") << u"total\\w*"_s << true << true << true << 3;
        QTest::newRow("regex across lines") << u":\\n\\s+Total"_s << true << false << true << 1;
        QTest::newRow("zero-length matches do not count") << u"^"_s << false << false << true << 0;
        QTest::newRow("nothing") << u"absent"_s << false << false << false << 0;
        QTest::newRow("empty") << QString() << false << false << false << 0;
    }

    void countsMatches()
    {
        QFETCH(QString, search);
        QFETCH(bool, matchCase);
        QFETCH(bool, words);
        QFETCH(bool, regex);
        QFETCH(int, expected);

        auto fixture = makeFixture(sample);
        setOptions(*fixture->bar, search, matchCase, words, regex);
        QCOMPARE(fixture->bar->matchCount(), expected);
    }

    void replacesAll_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("words");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");

        QTest::newRow("plain") << u"a"_s << u"b"_s << false << false << false << u"a A a"_s << u"b b b"_s << 3;
        QTest::newRow("match case") << u"a"_s << u"b"_s << true << false << false << u"a A a"_s << u"b A b"_s << 2;
        QTest::newRow("whole words") << u"cat"_s << u"dog"_s << false << true << false << u"cat cats cat."_s
                                     << u"dog cats dog."_s << 2;
        QTest::newRow("longer replacement")
            << u"x"_s << u"xyz"_s << false << false << false << u"x\nx\n"_s << u"xyz\nxyz\n"_s << 2;
        QTest::newRow("captures") << u"(\\w+)=(\\d+)"_s << u"\\2=\\1"_s << false << false << true << u"a=1, b=22"_s
                                  << u"1=a, 22=b"_s << 2;
        QTest::newRow("plain text keeps backslashes")
            << u"a"_s << u"\\1"_s << false << false << false << u"a"_s << u"\\1"_s << 1;
        QTest::newRow("regex line break")
            << u";\\s*"_s << u"\\n"_s << false << false << true << u"a; b;c"_s << u"a\nb\nc"_s << 2;
        QTest::newRow("nothing to replace") << u"q"_s << u"z"_s << false << false << false << u"abc"_s << u"abc"_s << 0;
    }

    void replacesAll()
    {
        QFETCH(QString, search);
        QFETCH(QString, replacement);
        QFETCH(bool, matchCase);
        QFETCH(bool, words);
        QFETCH(bool, regex);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(int, count);

        auto fixture = makeFixture(text);
        setOptions(*fixture->bar, search, matchCase, words, regex);
        fixture->bar->setReplacementText(replacement);
        QCOMPARE(fixture->bar->replaceAll(), count);
        QCOMPARE(fixture->editor->toPlainText(), expected);
        if (count > 0) {
            // One step to undo, whatever the number of matches.
            fixture->editor->undo();
            QCOMPARE(fixture->editor->toPlainText(), text);
        }
    }

    void stepsThroughMatchesAndWrapsAround()
    {
        auto fixture = makeFixture(u"one two one three one"_s);
        FindReplaceBar &bar = *fixture->bar;
        bar.showFind();
        setOptions(bar, u"one"_s, false, false, false);

        QVERIFY(bar.findNext());
        QCOMPARE(fixture->editor->textCursor().selectionStart(), 0);
        QCOMPARE(bar.message(), u"1 of 3"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(fixture->editor->textCursor().selectionStart(), 8);
        QCOMPARE(bar.message(), u"2 of 3"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(bar.message(), u"3 of 3"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(fixture->editor->textCursor().selectionStart(), 0);
        QVERIFY2(bar.message().startsWith(u"1 of 3"_s) && bar.message().contains(u"beginning"_s),
                 qPrintable(bar.message()));
        QVERIFY(bar.findPrevious());
        QCOMPARE(fixture->editor->textCursor().selectionStart(), 18);
        QVERIFY2(bar.message().contains(u"end"_s), qPrintable(bar.message()));
        QCOMPARE(bar.currentMatch(), 3);
        QCOMPARE(fixture->editor->textCursor().selectedText(), u"one"_s);
    }

    void searchesAsThePersonTypes()
    {
        auto fixture = makeFixture(sample);
        fixture->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fixture->window));
        FindReplaceBar &bar = *fixture->bar;
        bar.showFind();
        QTest::keyClicks(bar.searchField(), u"retu"_s);
        QCOMPARE(fixture->editor->textCursor().selectedText(), u"retu"_s);
        QCOMPARE(bar.message(), u"1 of 1"_s);
        QTest::keyClicks(bar.searchField(), u"x"_s);
        QCOMPARE(bar.message(), u"No matches"_s);
    }

    void replacesOneMatchAndMovesOn()
    {
        auto fixture = makeFixture(u"a a a"_s);
        FindReplaceBar &bar = *fixture->bar;
        bar.showReplace();
        setOptions(bar, u"a"_s, false, false, false);
        bar.setReplacementText(u"bb"_s);
        // The first press finds, the next ones replace.
        QVERIFY(bar.replace());
        QCOMPARE(fixture->editor->toPlainText(), u"a a a"_s);
        QVERIFY(bar.replace());
        QCOMPARE(fixture->editor->toPlainText(), u"bb a a"_s);
        QCOMPARE(fixture->editor->textCursor().selectionStart(), 3);
        QCOMPARE(bar.message(), u"1 of 2"_s);
        QVERIFY(bar.replace());
        QCOMPARE(fixture->editor->toPlainText(), u"bb bb a"_s);
    }

    void doesNotReplaceInAReadOnlyEditor()
    {
        auto fixture = makeFixture(u"a a"_s);
        fixture->editor->setReadOnly(true);
        setOptions(*fixture->bar, u"a"_s, false, false, false);
        fixture->bar->setReplacementText(u"b"_s);
        QCOMPARE(fixture->bar->replaceAll(), 0);
        QCOMPARE(fixture->editor->toPlainText(), u"a a"_s);
    }

    void explainsAnInvalidExpression_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("words");
        QTest::newRow("open group") << u"(abc"_s << false;
        QTest::newRow("open class, whole words") << u"[a-"_s << true;
        QTest::newRow("nothing to repeat") << u"*x"_s << false;
    }

    void explainsAnInvalidExpression()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, words);
        auto fixture = makeFixture(sample);
        FindReplaceBar &bar = *fixture->bar;
        bar.showFind();
        setOptions(bar, pattern, false, words, true);
        QVERIFY(!bar.findNext());
        QCOMPARE(bar.matchCount(), 0);
        QVERIFY2(bar.message().contains(u"regular expression"_s), qPrintable(bar.message()));
        QVERIFY2(bar.message().contains(u"at character"_s), qPrintable(bar.message()));

        // Treated as plain text, the same characters are found.
        bar.setRegularExpression(false);
        QCOMPARE(bar.findNext(), sample.contains(pattern));
        QCOMPARE(bar.message(), u"No matches"_s);
    }

    void followsTheCurrentEditor()
    {
        auto fixture = makeFixture(u"alpha alpha"_s);
        FindReplaceBar &bar = *fixture->bar;
        setOptions(bar, u"alpha"_s, false, false, false);
        QCOMPARE(bar.matchCount(), 2);
        fixture->editor->setPlainText(u"alpha"_s);
        QCOMPARE(bar.matchCount(), 1);
        Pygen::CodeEditor other(m_repository);
        other.setPlainText(u"alpha alpha alpha"_s);
        bar.setEditor(&other);
        QCOMPARE(bar.matchCount(), 3);
        bar.setEditor(nullptr);
        QCOMPARE(bar.matchCount(), 0);
        QVERIFY(!bar.findNext());
    }

    void escapeClosesTheBar()
    {
        auto fixture = makeFixture(sample);
        fixture->window.show();
        QVERIFY(QTest::qWaitForWindowActive(&fixture->window));
        FindReplaceBar &bar = *fixture->bar;
        bar.showReplace();
        QVERIFY(bar.isVisible());
        QTRY_VERIFY(bar.searchField()->hasFocus());
        QTest::keyClick(bar.searchField(), Qt::Key_Escape);
        QVERIFY(!bar.isVisible());
        QVERIFY(!bar.isReplaceVisible());
        QTRY_VERIFY(fixture->editor->hasFocus());
    }

    void everyFieldHasAnAccessibleName()
    {
        auto fixture = makeFixture(sample);
        QVERIFY(!fixture->bar->searchField()->accessibleName().isEmpty());
        QVERIFY(!fixture->bar->replaceField()->accessibleName().isEmpty());
        for (QCheckBox *box :
             {fixture->bar->caseSensitiveBox(), fixture->bar->wholeWordsBox(), fixture->bar->regularExpressionBox()})
            QVERIFY(box->text().contains(u'&'));
    }
};

QTEST_MAIN(FindReplaceBarTest)
#include "FindReplaceBarTest.moc"
