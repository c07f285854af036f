#pragma once

#include <QDialog>
#include <QPointer>

class QPlainTextEdit;
class QSpinBox;

namespace Pygen {

// Ctrl+G: asks for a line number (1 … the editor's line count) and moves the editor's cursor
// to the start of that line, scrolled to the middle of the view.
class GoToLineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToLineDialog)

public:
    explicit GoToLineDialog(QPlainTextEdit *editor, QWidget *parent = nullptr);
    ~GoToLineDialog() override;

    QSpinBox *lineField() const { return m_line; }

    void accept() override;

    // Moves the cursor without asking; `line` is 1-based and clamped to the document.
    static void goToLine(QPlainTextEdit *editor, int line);

private:
    QPointer<QPlainTextEdit> m_editor;
    QSpinBox *m_line;
};

} // namespace Pygen
