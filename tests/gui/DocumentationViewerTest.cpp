#include "DocumentationViewer.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest/QTest>

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

    LinkRecorder m_browser;

private Q_SLOTS:
    void initTestCase() { QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl"); }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void rendersGitHubMarkdown()
    {
        Pygen::DocumentationViewer viewer;
        viewer.showMarkdown(QStringLiteral("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n"), QUrl());
        QCOMPARE(viewer.document()->firstBlock().blockFormat().headingLevel(), 1);
        QVERIFY2(viewer.toPlainText().contains(QStringLiteral("done")), qPrintable(viewer.toPlainText()));
        QVERIFY(!viewer.toPlainText().contains(QStringLiteral("|---|")));
    }

    void opensWebLinksInTheBrowserAndKeepsTheDocument()
    {
        Pygen::DocumentationViewer viewer;
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

        Pygen::DocumentationViewer viewer;
        viewer.showMarkdown(
            QStringLiteral("# Installation\n\n## What's new in 2.0?\n\n## The `summarise_all` function\n\n"
                           "## Examples\n\ntext\n\n## Examples\n\nmore\n"),
            QUrl());
        QCOMPARE(viewer.scrollToHeading(fragment), found);
    }

    void followsLinksWithinTheDocument()
    {
        Pygen::DocumentationViewer viewer;
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
};

QTEST_MAIN(DocumentationViewerTest)
#include "DocumentationViewerTest.moc"
