#include "CodeEditor.h"

#include <KSyntaxHighlighting/Repository>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest/QTest>

class CodeEditorTest final : public QObject
{
    Q_OBJECT

private:
    static QPalette paletteWithBase(const QColor &window, const QColor &base, const QColor &text)
    {
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::WindowText, text);
        return palette;
    }

    // The colours the highlighter gave the text, read back from the document's layout.
    static QSet<QRgb> foregroundColours(const QTextDocument *document)
    {
        QSet<QRgb> colours;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
            for (const QTextLayout::FormatRange &range : ranges) {
                if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                    colours.insert(range.format.foreground().color().rgb());
            }
        }
        return colours;
    }

    static bool isDark(const KSyntaxHighlighting::Theme &theme)
    {
        return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
    }

    KSyntaxHighlighting::Repository m_repository;

private Q_SLOTS:
    void picksHighlightingByFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expectedDefinition");

        QTest::newRow("module") << QStringLiteral("weather_station.py") << QStringLiteral("Python");
        QTest::newRow("pyproject") << QStringLiteral("pyproject.toml") << QStringLiteral("TOML");
        QTest::newRow("readme") << QStringLiteral("README.md") << QStringLiteral("Markdown");
        QTest::newRow("unknown kind") << QStringLiteral("data.unknownsuffix") << QString();
    }

    void picksHighlightingByFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, expectedDefinition);

        Pygen::CodeEditor editor(m_repository);
        editor.setFileName(fileName);
        QCOMPARE(editor.definitionName(), expectedDefinition);
    }

    void coloursPythonInSeveralColours()
    {
        Pygen::CodeEditor editor(m_repository);
        editor.setFileName(QStringLiteral("example.py"));
        editor.setPlainText(QStringLiteral("import os\n\n\ndef f(x):\n    return 'text' + str(42)  # note\n"));
        QVERIFY2(foregroundColours(editor.document()).size() >= 3,
                 "keywords, strings, numbers and comments should not all share one colour");
    }

    void leavesUnknownTextUncoloured()
    {
        Pygen::CodeEditor editor(m_repository);
        editor.setFileName(QStringLiteral("notes.unknownsuffix"));
        editor.setPlainText(QStringLiteral("import os\ndef f(): return 'text'\n"));
        QVERIFY(foregroundColours(editor.document()).size() <= 1);
    }

    void lineNumberAreaGrowsWithTheLineCount()
    {
        Pygen::CodeEditor editor(m_repository);
        editor.setPlainText(QStringLiteral("a\nb\nc"));
        const int narrow = editor.lineNumberAreaWidth();
        editor.setPlainText(QString(QStringLiteral("x\n")).repeated(12'000));
        const int wide = editor.lineNumberAreaWidth();
        QVERIFY2(wide > narrow, qPrintable(QStringLiteral("%1 vs %2").arg(wide).arg(narrow)));
        // The text starts right of the gutter.
        QCOMPARE(editor.viewport()->geometry().left(), editor.contentsRect().left() + wide);
    }

    void followsTheSurroundingPalette()
    {
        QWidget window;
        auto *editor = new Pygen::CodeEditor(m_repository, &window);
        editor->setFileName(QStringLiteral("example.py"));

        window.setPalette(paletteWithBase(QColor(0x20, 0x22, 0x26), QColor(0x1b, 0x1e, 0x20), Qt::white));
        QVERIFY(editor->theme().isValid());
        QVERIFY(isDark(editor->theme()));
        QCOMPARE(editor->palette().color(QPalette::Base).rgba(),
                 editor->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));

        // And back: the editor's own (dark) colours must not keep it dark.
        window.setPalette(paletteWithBase(QColor(0xef, 0xf0, 0xf1), Qt::white, Qt::black));
        QVERIFY(!isDark(editor->theme()));
        QCOMPARE(editor->palette().color(QPalette::Base).rgba(),
                 editor->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    }
};

QTEST_MAIN(CodeEditorTest)
#include "CodeEditorTest.moc"
