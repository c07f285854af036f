#include "DocumentationPanel.h"
#include "CodeEditor.h"
#include "DocumentationViewer.h"
#include "project/ProjectSession.h"

#include <KSyntaxHighlighting/Repository>
#include <QAction>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest/QTest>

#include <memory>

using Pygen::DocumentationPanel;

namespace {

const QString placeholder = QStringLiteral("Documentation appears here once the Document stage has run.");

// A project in a temporary folder with the given package files, and its session.
struct Fixture
{
    QTemporaryDir directory;
    std::unique_ptr<Pygen::ProjectSession> session;

    explicit Fixture(const QList<std::pair<QString, QString>> &files)
    {
        Pygen::ProjectState state;
        state.spec.name = QStringLiteral("Weather Station");
        state.spec.description = QStringLiteral("Summaries of readings from a small weather station.");
        state.spec.features = {QStringLiteral("Readings")};
        Pygen::Project::LoadResult created = Pygen::Project::create(directory.path(), state);
        if (!created.project)
            qFatal("Cannot create a project: %s", qPrintable(created.errorMessage));
        session = std::make_unique<Pygen::ProjectSession>(created.project);
        for (const auto &[path, content] : files)
            save(path, content);
    }

    void save(const QString &path, const QString &content) const
    {
        if (const auto refused = session->saveFile(path, content.toUtf8()))
            qFatal("Cannot save %s: %s", qPrintable(path), qPrintable(*refused));
    }

    ~Fixture()
    {
        // Let the queued writes reach the folder before it is removed.
        session->project().flushed().waitForFinished();
    }
};

QString longDocument()
{
    QString markdown = QStringLiteral("# Weather Station\n\nIntro.\n\n## Installation\n\n");
    for (int i = 0; i < 60; ++i)
        markdown += QStringLiteral("Paragraph %1 about installing.\n\n").arg(i);
    markdown += QStringLiteral("### From source\n\nBuild it.\n\n## Usage\n\n");
    for (int i = 0; i < 60; ++i)
        markdown += QStringLiteral("Paragraph %1 about using.\n\n").arg(i);
    markdown += QStringLiteral("## Licence\n\nMIT.\n");
    return markdown;
}

} // namespace

class DocumentationPanelTest final : public QObject
{
    Q_OBJECT

private:
    static void clickText(Pygen::DocumentationViewer *viewer, const QString &text)
    {
        QTextCursor cursor = viewer->document()->find(text);
        QVERIFY2(!cursor.isNull(), qPrintable(text));
        cursor.setPosition(cursor.selectionStart() + int(text.size()) / 2);
        const QRect rect = viewer->cursorRect(cursor);
        QTest::mouseClick(viewer->viewport(), Qt::LeftButton, {}, rect.center());
    }

    KSyntaxHighlighting::Repository m_repository;

private Q_SLOTS:
    void showsAPlaceholderUntilThereIsDocumentation()
    {
        Fixture fixture({{QStringLiteral("src/weather/core.py"), QStringLiteral("def read():\n    pass\n")}});
        DocumentationPanel panel(m_repository);
        QCOMPARE(panel.viewer()->placeholderText(), placeholder);
        panel.setSession(fixture.session.get());

        QVERIFY(panel.documentPath().isEmpty());
        QVERIFY(panel.viewer()->document()->isEmpty());
        QCOMPARE(panel.viewer()->placeholderText(), placeholder);
        QVERIFY(!panel.showSourceAction()->isEnabled());
        QCOMPARE(panel.outline()->model()->rowCount(), 0);

        // The Document stage writes the README: the panel shows it without being asked.
        fixture.save(QStringLiteral("README.md"), QStringLiteral("# Weather Station\n\nReads the weather.\n"));
        QCOMPARE(panel.documentPath(), QStringLiteral("README.md"));
        QVERIFY(panel.viewer()->toPlainText().startsWith(QStringLiteral("Weather Station")));
        QVERIFY(panel.showSourceAction()->isEnabled());
        QCOMPARE(panel.outline()->model()->rowCount(), 1);

        // And when it goes away, the placeholder comes back.
        fixture.session->deleteFile(QStringLiteral("README.md"));
        QTRY_VERIFY(panel.documentPath().isEmpty());
        QVERIFY(panel.viewer()->document()->isEmpty());
    }

    void followsChangesToTheShownDocument()
    {
        Fixture fixture({{QStringLiteral("README.md"), QStringLiteral("# Old title\n\nText.\n")}});
        DocumentationPanel panel(m_repository);
        panel.setSession(fixture.session.get());
        QVERIFY(panel.viewer()->toPlainText().startsWith(QStringLiteral("Old title")));

        fixture.save(QStringLiteral("README.md"), QStringLiteral("# New title\n\n## Usage\n\nText.\n"));
        QVERIFY(panel.viewer()->toPlainText().startsWith(QStringLiteral("New title")));
        QCOMPARE(panel.sourceView()->toPlainText(), QStringLiteral("# New title\n\n## Usage\n\nText.\n"));
        QCOMPARE(panel.outline()->model()->index(0, 0).data().toString(), QStringLiteral("New title"));
    }

    void choosesBetweenReadmeAndDocumentation()
    {
        Fixture fixture({{QStringLiteral("README.md"), QStringLiteral("# Read me\n\nShort.\n")}});
        DocumentationPanel panel(m_repository);
        panel.setSession(fixture.session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QComboBox *chooser = panel.documentChooser();
        QCOMPARE(chooser->accessibleName(), QStringLiteral("Document"));
        // Nothing to choose from yet.
        QVERIFY(!chooser->isVisible());

        fixture.save(QStringLiteral("DOCUMENTATION.md"), QStringLiteral("# Reference\n\n## API\n\nAll of it.\n"));
        QVERIFY(chooser->isVisible());
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->currentText(), QStringLiteral("README.md"));
        QCOMPARE(panel.documentPath(), QStringLiteral("README.md"));

        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(panel.documentPath(), QStringLiteral("DOCUMENTATION.md"));
        QVERIFY(panel.viewer()->toPlainText().startsWith(QStringLiteral("Reference")));
        QCOMPARE(panel.outline()->model()->index(0, 0).data().toString(), QStringLiteral("Reference"));

        QTest::keyClick(chooser, Qt::Key_Up);
        QCOMPARE(panel.documentPath(), QStringLiteral("README.md"));
        QVERIFY(panel.viewer()->toPlainText().startsWith(QStringLiteral("Read me")));
    }

    void outlineNestsHeadingsAndScrollsToThem()
    {
        Fixture fixture({{QStringLiteral("README.md"), longDocument()}});
        DocumentationPanel panel(m_repository);
        panel.resize(700, 400);
        panel.setSession(fixture.session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QAbstractItemModel *model = panel.outline()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex title = model->index(0, 0);
        QCOMPARE(title.data().toString(), QStringLiteral("Weather Station"));
        QCOMPARE(model->rowCount(title), 3);
        const QModelIndex installation = model->index(0, 0, title);
        QCOMPARE(installation.data().toString(), QStringLiteral("Installation"));
        QCOMPARE(model->index(0, 0, installation).data().toString(), QStringLiteral("From source"));
        const QModelIndex licence = model->index(2, 0, title);
        QCOMPARE(licence.data().toString(), QStringLiteral("Licence"));

        QScrollBar *scrollBar = panel.viewer()->verticalScrollBar();
        QCOMPARE(scrollBar->value(), 0);
        const QRect licenceRect = panel.outline()->visualRect(licence);
        QVERIFY(licenceRect.isValid());
        QTest::mouseClick(panel.outline()->viewport(), Qt::LeftButton, {}, licenceRect.center());
        QTRY_VERIFY(scrollBar->value() > 0);
        const int atLicence = scrollBar->value();

        // Enter on another heading goes there, as a click does.
        const QModelIndex usage = model->index(1, 0, title);
        panel.outline()->setFocus();
        panel.outline()->setCurrentIndex(usage);
        QTest::keyClick(panel.outline(), Qt::Key_Return);
        QTRY_VERIFY(scrollBar->value() > 0 && scrollBar->value() < atLicence);
    }

    void showsTheMarkdownSource()
    {
        const QString markdown =
            QStringLiteral("# Weather Station\n\nUse *it* like this:\n\n```python\nimport weather\n```\n");
        Fixture fixture({{QStringLiteral("README.md"), markdown}});
        DocumentationPanel panel(m_repository);
        panel.setSession(fixture.session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QVERIFY(!panel.isShowingSource());
        QVERIFY(panel.sourceView()->isReadOnly());
        QCOMPARE(panel.sourceView()->definitionName(), QStringLiteral("Markdown"));

        panel.viewer()->setFocus();
        QTest::keyClick(panel.viewer(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel.isShowingSource());
        QVERIFY(panel.showSourceAction()->isChecked());
        QVERIFY(panel.sourceView()->isVisible());
        QCOMPARE(panel.sourceView()->toPlainText(), markdown);

        QTest::keyClick(panel.sourceView(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!panel.isShowingSource());
        QVERIFY(panel.viewer()->isVisible());
        QVERIFY(panel.viewer()->toPlainText().startsWith(QStringLiteral("Weather Station")));
    }

    void followsLinks_data()
    {
        QTest::addColumn<QString>("linkText");
        // "panel" (opened in the panel), "file" (forwarded) or "refused"
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("module") << QStringLiteral("the module") << QStringLiteral("file")
                                << QStringLiteral("src/weather/core.py") << QStringLiteral("read");
        QTest::newRow("guide") << QStringLiteral("the guide") << QStringLiteral("panel")
                               << QStringLiteral("docs/guide.md") << QString();
        QTest::newRow("missing file") << QStringLiteral("the plan") << QStringLiteral("refused") << QString()
                                      << QString();
        QTest::newRow("outside") << QStringLiteral("the secret") << QStringLiteral("refused") << QString() << QString();
    }

    void followsLinks()
    {
        QFETCH(QString, linkText);
        QFETCH(QString, outcome);
        QFETCH(QString, path);
        QFETCH(QString, fragment);

        Fixture fixture({
            {QStringLiteral("README.md"),
             QStringLiteral("# Weather Station\n\nSee [the module](src/weather/core.py#read), "
                            "[the guide](docs/guide.md), [the plan](PLAN.md) and [the secret](../project.json).\n")},
            {QStringLiteral("docs/guide.md"), QStringLiteral("# Guide\n\nBack to the [README](../README.md).\n")},
            {QStringLiteral("src/weather/core.py"), QStringLiteral("def read():\n    pass\n")},
        });
        DocumentationPanel panel(m_repository);
        panel.resize(800, 400);
        panel.setSession(fixture.session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QSignalSpy fileLinks(&panel, &DocumentationPanel::fileLinkActivated);
        QSignalSpy refusals(&panel, &DocumentationPanel::linkRefused);
        clickText(panel.viewer(), linkText);

        if (outcome == u"file") {
            QTRY_COMPARE(fileLinks.size(), 1);
            QCOMPARE(fileLinks.constFirst().at(0).toString(), path);
            QCOMPARE(fileLinks.constFirst().at(1).toString(), fragment);
            QCOMPARE(panel.documentPath(), QStringLiteral("README.md"));
        } else if (outcome == u"panel") {
            QTRY_COMPARE(panel.documentPath(), path);
            QVERIFY(panel.viewer()->toPlainText().startsWith(QStringLiteral("Guide")));
            QCOMPARE(panel.documentChooser()->currentText(), path);
            QCOMPARE(fileLinks.size(), 0);
            // And back again through the guide's own relative link.
            clickText(panel.viewer(), QStringLiteral("README"));
            QTRY_COMPARE(panel.documentPath(), QStringLiteral("README.md"));
        } else {
            QTRY_COMPARE(refusals.size(), 1);
            QVERIFY(!refusals.constFirst().at(0).toString().isEmpty());
            QCOMPARE(fileLinks.size(), 0);
            QCOMPARE(panel.documentPath(), QStringLiteral("README.md"));
        }
        QCOMPARE(fileLinks.size(), outcome == u"file" ? 1 : 0);
    }

    void accessibleNames()
    {
        DocumentationPanel panel(m_repository);
        QCOMPARE(panel.outline()->accessibleName(), QStringLiteral("Document outline"));
        QCOMPARE(panel.viewer()->accessibleName(), QStringLiteral("Documentation"));
        QCOMPARE(panel.sourceView()->accessibleName(), QStringLiteral("Markdown source"));
        QCOMPARE(panel.showSourceAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    }
};

QTEST_MAIN(DocumentationPanelTest)
#include "DocumentationPanelTest.moc"
