#include "DocumentationViewer.h"

#include <KSyntaxHighlighting/Repository>
#include <QDesktopServices>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest/QTest>

#include <tuple>

// Stands in for the web browser: QDesktopServices hands it the links it would open.
class LinkRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

class DocumentationViewerTest final : public QObject
{
    Q_OBJECT

private:
    // Clicks the middle of the first occurrence of text, as a person would.
    static void clickText(Pygen::DocumentationViewer &viewer, const QString &text)
    {
        QTextCursor cursor = viewer.document()->find(text);
        QVERIFY2(!cursor.isNull(), qPrintable(text));
        cursor.setPosition(cursor.selectionStart() + int(text.size()) / 2);
        viewer.ensureCursorVisible();
        const QRect rect = viewer.cursorRect(cursor);
        QTest::mouseClick(viewer.viewport(), Qt::LeftButton, {}, rect.center());
    }

    // Every foreground colour set on the text of the code block that contains `text`.
    static QSet<QRgb> codeColours(const Pygen::DocumentationViewer &viewer, const QString &text)
    {
        QSet<QRgb> colours;
        const QTextCursor found = viewer.document()->find(text);
        if (found.isNull())
            return colours;
        for (QTextBlock block = found.block();
             block.isValid() && block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                const QTextCharFormat format = fragment.fragment().charFormat();
                if (format.hasProperty(QTextFormat::ForegroundBrush))
                    colours.insert(format.foreground().color().rgba());
            }
        }
        return colours;
    }

    static QPalette darkPalette()
    {
        QPalette palette;
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
            palette.setColor(role, QColor(0x23, 0x26, 0x29));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(role, QColor(0xfc, 0xfc, 0xfc));
        return palette;
    }

    static QPalette lightPalette()
    {
        QPalette palette;
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
            palette.setColor(role, QColor(0xff, 0xff, 0xff));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(role, QColor(0x23, 0x26, 0x29));
        return palette;
    }

    KSyntaxHighlighting::Repository m_repository;
    LinkRecorder m_browser;

private Q_SLOTS:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_browser, "openUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    }

    void rendersGitHubMarkdown()
    {
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.showMarkdown(QStringLiteral("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n"), QUrl());
        QCOMPARE(viewer.document()->firstBlock().blockFormat().headingLevel(), 1);
        QVERIFY2(viewer.toPlainText().contains(QStringLiteral("done")), qPrintable(viewer.toPlainText()));
        QVERIFY(!viewer.toPlainText().contains(QStringLiteral("|---|")));
    }

    void opensWebLinksInTheBrowserAndKeepsTheDocument()
    {
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.resize(600, 400);
        viewer.showMarkdown(QStringLiteral("# Package\n\nRead [the guide](https://example.org/guide) first.\n"),
                            QUrl::fromLocalFile(QStringLiteral("/project/package/README.md")));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));

        m_browser.opened.clear();
        clickText(viewer, QStringLiteral("the guide"));
        QTRY_COMPARE(m_browser.opened.size(), 1);
        QCOMPARE(m_browser.opened.constFirst(), QUrl(QStringLiteral("https://example.org/guide")));
        QVERIFY(viewer.toPlainText().startsWith(QStringLiteral("Package")));
    }

    void findsHeadingsByGitHubAnchor_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<bool>("found");

        QTest::newRow("plain") << QStringLiteral("installation") << true;
        QTest::newRow("punctuation dropped") << QStringLiteral("whats-new-in-20") << true;
        QTest::newRow("code and underscores") << QStringLiteral("the-summarise_all-function") << true;
        QTest::newRow("first repeat") << QStringLiteral("examples") << true;
        QTest::newRow("second repeat") << QStringLiteral("examples-1") << true;
        QTest::newRow("no third") << QStringLiteral("examples-2") << false;
        QTest::newRow("unknown") << QStringLiteral("licence") << false;
    }

    void findsHeadingsByGitHubAnchor()
    {
        QFETCH(QString, fragment);
        QFETCH(bool, found);

        Pygen::DocumentationViewer viewer(m_repository);
        viewer.showMarkdown(
            QStringLiteral("# Installation\n\n## What's new in 2.0?\n\n## The `summarise_all` function\n\n"
                           "## Examples\n\ntext\n\n## Examples\n\nmore\n"),
            QUrl());
        QCOMPARE(viewer.scrollToHeading(fragment), found);
    }

    void followsLinksWithinTheDocument()
    {
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.resize(500, 200);
        QString markdown = QStringLiteral("# Top\n\nSee [testing](#testing).\n\n");
        for (int i = 0; i < 80; ++i)
            markdown += QStringLiteral("Paragraph %1.\n\n").arg(i);
        markdown += QStringLiteral("## Testing\n\nRun pytest.\n");
        viewer.showMarkdown(markdown, QUrl());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.verticalScrollBar()->value(), 0);

        m_browser.opened.clear();
        clickText(viewer, QStringLiteral("testing"));
        QTRY_VERIFY(viewer.verticalScrollBar()->value() > 0);
        QVERIFY(m_browser.opened.isEmpty());
        QVERIFY(viewer.toPlainText().startsWith(QStringLiteral("Top")));
    }

    void coloursFencedCodeBlocks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("definition");

        QTest::newRow("python") << QStringLiteral("python")
                                << QStringLiteral("def greet(name):\n    return \"Hello\"  # comment")
                                << QStringLiteral("Python");
        QTest::newRow("py") << QStringLiteral("py") << QStringLiteral("import os\nprint(os.sep, 42)")
                            << QStringLiteral("Python");
        QTest::newRow("bash") << QStringLiteral("bash") << QStringLiteral("pip install pkg  # from PyPI")
                              << QStringLiteral("Bash");
        QTest::newRow("sh") << QStringLiteral("sh") << QStringLiteral("export NAME=\"value\"  # note")
                            << QStringLiteral("Bash");
        QTest::newRow("console") << QStringLiteral("console") << QStringLiteral("echo \"hi\"  # say it")
                                 << QStringLiteral("Bash");
        QTest::newRow("toml") << QStringLiteral("toml") << QStringLiteral("[project]\nname = \"pkg\"")
                              << QStringLiteral("TOML");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("{\"name\": \"pkg\", \"size\": 3}")
                              << QStringLiteral("JSON");
    }

    void coloursFencedCodeBlocks()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, definition);

        Pygen::DocumentationViewer viewer(m_repository);
        viewer.setPalette(lightPalette());
        QCOMPARE(viewer.definitionNameForLanguage(language), definition);
        viewer.showMarkdown(
            QStringLiteral("# Usage\n\nSome prose.\n\n```%1\n%2\n```\n\nMore prose.\n").arg(language, code),
            QStringLiteral("README.md"));
        const QString firstLine = code.section(u'\n', 0, 0);
        const QSet<QRgb> colours = codeColours(viewer, firstLine);
        QVERIFY2(colours.size() >= 2, qPrintable(QString::number(colours.size())));

        // The prose around the block keeps the palette's colours.
        const QTextCursor prose = viewer.document()->find(QStringLiteral("More prose"));
        QVERIFY(!prose.isNull());
        QVERIFY(!prose.block().blockFormat().hasProperty(QTextFormat::BlockCodeLanguage));
        QVERIFY(!prose.charFormat().hasProperty(QTextFormat::ForegroundBrush));
        // The code block stands out from the page.
        QVERIFY(viewer.document()->find(firstLine).block().blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    }

    void keepsTheHighlightingStateAcrossLinesOfABlock()
    {
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.setPalette(lightPalette());
        viewer.showMarkdown(QStringLiteral("```python\nx = \"\"\"\ninside the string\n\"\"\"\ny = 1\n```\n"),
                            QStringLiteral("README.md"));
        const auto colourOf = [&viewer](const QString &text) {
            QTextCursor cursor = viewer.document()->find(text);
            cursor.setPosition(cursor.selectionStart() + 1);
            return cursor.charFormat().foreground().color();
        };
        // The middle line is only a string because of the line before it.
        QCOMPARE(colourOf(QStringLiteral("inside")), colourOf(QStringLiteral("\"\"\"")));
        QVERIFY(colourOf(QStringLiteral("inside")) != colourOf(QStringLiteral("y = 1")));
    }

    void leavesBlocksOfUnknownLanguagesUncoloured()
    {
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.showMarkdown(QStringLiteral("```no-such-language\ndef f(): return 1\n```\n"),
                            QStringLiteral("README.md"));
        QCOMPARE(codeColours(viewer, QStringLiteral("def f")).size(), 1);
    }

    void followsThePalette()
    {
        const QString markdown = QStringLiteral("```python\ndef greet(name):\n    return \"Hello\"  # comment\n```\n");
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.setPalette(lightPalette());
        viewer.showMarkdown(markdown, QStringLiteral("README.md"));
        const QSet<QRgb> light = codeColours(viewer, QStringLiteral("def greet"));
        QVERIFY(light.size() >= 2);

        viewer.setPalette(darkPalette());
        const QSet<QRgb> dark = codeColours(viewer, QStringLiteral("def greet"));
        QVERIFY(dark.size() >= 2);
        QVERIFY(light != dark);
        QCOMPARE(viewer.markdown(), markdown);

        viewer.setPalette(lightPalette());
        QCOMPARE(codeColours(viewer, QStringLiteral("def greet")), light);
    }

    void listsHeadings()
    {
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.showMarkdown(QStringLiteral("# My Package\n\nIntro.\n\n## Usage\n\n### Examples\n\n## API\n\n"
                                           "### Examples\n\n### Examples\n\n## What's new?\n"),
                            QStringLiteral("README.md"));
        QList<std::tuple<int, QString, QString>> found;
        for (const auto &heading : viewer.headings())
            found.append({heading.level, heading.text, heading.anchor});
        const QList<std::tuple<int, QString, QString>> expected = {
            {1, QStringLiteral("My Package"), QStringLiteral("my-package")},
            {2, QStringLiteral("Usage"), QStringLiteral("usage")},
            {3, QStringLiteral("Examples"), QStringLiteral("examples")},
            {2, QStringLiteral("API"), QStringLiteral("api")},
            {3, QStringLiteral("Examples"), QStringLiteral("examples-1")},
            {3, QStringLiteral("Examples"), QStringLiteral("examples-2")},
            {2, QStringLiteral("What's new?"), QStringLiteral("whats-new")},
        };
        QCOMPARE(found, expected);
        const auto headings = viewer.headings();
        for (qsizetype i = 1; i < headings.size(); ++i)
            QVERIFY(headings.at(i).position > headings.at(i - 1).position);
    }

    void followsLinksInAPackage_data()
    {
        QTest::addColumn<QString>("shownPath");
        QTest::addColumn<QString>("link");
        // "file", "refused" or "browser"
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");

        const QString readme = QStringLiteral("README.md");
        const QString guide = QStringLiteral("docs/guide.md");
        QTest::newRow("module") << readme << QStringLiteral("src/pkg/core.py") << QStringLiteral("file")
                                << QStringLiteral("src/pkg/core.py") << QString();
        QTest::newRow("other document with fragment")
            << readme << QStringLiteral("DOCUMENTATION.md#usage") << QStringLiteral("file")
            << QStringLiteral("DOCUMENTATION.md") << QStringLiteral("usage");
        QTest::newRow("beside the document") << guide << QStringLiteral("faq.md") << QStringLiteral("file")
                                             << QStringLiteral("docs/faq.md") << QString();
        QTest::newRow("dot and up") << guide << QStringLiteral("./../src/pkg/core.py") << QStringLiteral("file")
                                    << QStringLiteral("src/pkg/core.py") << QString();
        QTest::newRow("from the top") << guide << QStringLiteral("/README.md#install") << QStringLiteral("file")
                                      << QStringLiteral("README.md") << QStringLiteral("install");
        QTest::newRow("percent encoded") << readme << QStringLiteral("docs/my%20notes.md") << QStringLiteral("file")
                                         << QStringLiteral("docs/my notes.md") << QString();
        QTest::newRow("up out of the package")
            << readme << QStringLiteral("../secret.txt") << QStringLiteral("refused") << QString() << QString();
        QTest::newRow("up twice from a folder")
            << guide << QStringLiteral("../../other/file.py") << QStringLiteral("refused") << QString() << QString();
        QTest::newRow("the package folder")
            << guide << QStringLiteral("..") << QStringLiteral("refused") << QString() << QString();
        QTest::newRow("tool folder") << readme << QStringLiteral(".git/config") << QStringLiteral("refused")
                                     << QString() << QString();
        QTest::newRow("file url") << readme << QStringLiteral("file:///etc/passwd") << QStringLiteral("refused")
                                  << QString() << QString();
        QTest::newRow("javascript") << readme << QStringLiteral("javascript:alert(1)") << QStringLiteral("refused")
                                    << QString() << QString();
        QTest::newRow("other host") << readme << QStringLiteral("//example.org/x") << QStringLiteral("refused")
                                    << QString() << QString();
        QTest::newRow("https") << readme << QStringLiteral("https://example.org/guide") << QStringLiteral("browser")
                               << QString() << QString();
        QTest::newRow("mailto") << readme << QStringLiteral("mailto:someone@example.org") << QStringLiteral("browser")
                                << QString() << QString();
    }

    void followsLinksInAPackage()
    {
        QFETCH(QString, shownPath);
        QFETCH(QString, link);
        QFETCH(QString, outcome);
        QFETCH(QString, path);
        QFETCH(QString, fragment);

        Pygen::DocumentationViewer viewer(m_repository);
        viewer.resize(600, 400);
        viewer.showMarkdown(QStringLiteral("# Package\n\nRead [the target](%1) now.\n").arg(link), shownPath);
        QCOMPARE(viewer.packagePath(), shownPath);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));

        QSignalSpy fileLinks(&viewer, &Pygen::DocumentationViewer::fileLinkActivated);
        QSignalSpy refusals(&viewer, &Pygen::DocumentationViewer::linkRefused);
        m_browser.opened.clear();
        clickText(viewer, QStringLiteral("the target"));

        if (outcome == u"file") {
            QTRY_COMPARE(fileLinks.size(), 1);
            QCOMPARE(fileLinks.constFirst().at(0).toString(), path);
            QCOMPARE(fileLinks.constFirst().at(1).toString(), fragment);
            QCOMPARE(refusals.size(), 0);
        } else if (outcome == u"refused") {
            QTRY_COMPARE(refusals.size(), 1);
            QVERIFY2(!refusals.constFirst().at(0).toString().isEmpty(), "the refusal says why");
            QCOMPARE(fileLinks.size(), 0);
        } else {
            QTRY_COMPARE(m_browser.opened.size(), 1);
            QCOMPARE(m_browser.opened.constFirst(), QUrl(link));
            QCOMPARE(fileLinks.size(), 0);
            QCOMPARE(refusals.size(), 0);
        }
        QVERIFY(outcome == u"browser" || m_browser.opened.isEmpty());
        QVERIFY(viewer.toPlainText().startsWith(QStringLiteral("Package")));
    }

    void refusesFileLinksOutsideAPackage()
    {
        Pygen::DocumentationViewer viewer(m_repository);
        viewer.resize(600, 400);
        viewer.showMarkdown(QStringLiteral("# Notes\n\nSee [the module](core.py).\n"),
                            QUrl::fromLocalFile(QStringLiteral("/somewhere/notes.md")));
        QVERIFY(viewer.packagePath().isEmpty());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));

        QSignalSpy fileLinks(&viewer, &Pygen::DocumentationViewer::fileLinkActivated);
        QSignalSpy refusals(&viewer, &Pygen::DocumentationViewer::linkRefused);
        clickText(viewer, QStringLiteral("the module"));
        QTRY_COMPARE(refusals.size(), 1);
        QCOMPARE(fileLinks.size(), 0);
    }
};

QTEST_MAIN(DocumentationViewerTest)
#include "DocumentationViewerTest.moc"
