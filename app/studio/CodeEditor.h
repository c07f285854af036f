#pragma once

#include <KSyntaxHighlighting/Theme>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Pygen {

class LineNumberArea;

// A plain-text editor with syntax highlighting chosen by file name, line numbers and a
// highlighted current line, in colours that follow the palette (light or dark).
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    // The repository is shared by every editor and must outlive them.
    explicit CodeEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Picks the highlighting for a file of this name; an unknown kind is shown uncoloured.
    void setFileName(const QString &fileName);
    QString definitionName() const;
    KSyntaxHighlighting::Theme theme() const;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyThemeForPalette();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    LineNumberArea *m_lineNumberArea;
    bool m_applyingTheme = false;
};

} // namespace Pygen
