#include "CodeEditor.h"

#include "LineNumberArea.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace Pygen {

namespace {

constexpr int lineNumberPadding = 6;
constexpr int tabWidthInSpaces = 4;

QColor themeColour(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

} // namespace

CodeEditor::CodeEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_lineNumberArea(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * tabWidthInSpaces);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);

    // The theme must be in place before any definition: a definition without a valid theme
    // paints every character transparent.
    applyThemeForPalette();
    updateLineNumberAreaWidth();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setFileName(const QString &fileName)
{
    m_highlighter->setDefinition(m_repository.definitionForFileName(fileName));
}

QString CodeEditor::definitionName() const
{
    const KSyntaxHighlighting::Definition definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

KSyntaxHighlighting::Theme CodeEditor::theme() const
{
    return m_highlighter->theme();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int lines = qMax(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    // Room for two digits at least, so the text does not shift on the tenth line.
    return 2 * lineNumberPadding + fontMetrics().horizontalAdvance(u'9') * qMax(2, digits);
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    const KSyntaxHighlighting::Theme currentTheme = theme();
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), themeColour(currentTheme, KSyntaxHighlighting::Theme::IconBorder));

    const int currentBlockNumber = textCursor().blockNumber();
    const int textWidth = m_lineNumberArea->width() - lineNumberPadding;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool current = block.blockNumber() == currentBlockNumber;
            painter.setPen(themeColour(currentTheme,
                                       current ? KSyntaxHighlighting::Theme::CurrentLineNumber
                                               : KSyntaxHighlighting::Theme::LineNumbers));
            painter.drawText(0, top, textWidth, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumberArea->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme)
        applyThemeForPalette();
}

void CodeEditor::applyThemeForPalette()
{
    // Decide light or dark from the surroundings, not from this widget's palette: that one
    // already carries the previous theme's colours.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const KSyntaxHighlighting::Theme newTheme = m_repository.themeForPalette(surroundings);
    m_highlighter->setTheme(newTheme);

    QPalette colours = palette();
    colours.setColor(QPalette::Base, themeColour(newTheme, KSyntaxHighlighting::Theme::BackgroundColor));
    colours.setColor(QPalette::Text, QColor::fromRgba(newTheme.textColor(KSyntaxHighlighting::Theme::Normal)));
    colours.setColor(QPalette::Highlight, themeColour(newTheme, KSyntaxHighlighting::Theme::TextSelection));
    m_applyingTheme = true;
    setPalette(colours);
    m_applyingTheme = false;

    m_highlighter->rehighlight();
    highlightCurrentLine();
    m_lineNumberArea->update();
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(themeColour(theme(), KSyntaxHighlighting::Theme::CurrentLine));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = textCursor();
    selection.cursor.clearSelection();
    setExtraSelections({selection});
}

} // namespace Pygen
