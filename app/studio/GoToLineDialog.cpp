#include "GoToLineDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Pygen {

GoToLineDialog::GoToLineDialog(QPlainTextEdit *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_line(new QSpinBox)
{
    setObjectName(QStringLiteral("goToLineDialog"));
    setWindowTitle(tr("Go to Line"));
    const int lineCount = editor ? editor->blockCount() : 1;
    m_line->setRange(1, qMax(1, lineCount));
    m_line->setValue(editor ? editor->textCursor().blockNumber() + 1 : 1);
    m_line->setAccessibleName(tr("Line number"));
    m_line->selectAll();

    auto *form = new QFormLayout;
    form->addRow(tr("&Line (1–%1):").arg(lineCount), m_line);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToLineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoToLineDialog::reject);
}

GoToLineDialog::~GoToLineDialog() = default;

void GoToLineDialog::accept()
{
    // The spin box may still hold typed text that was not interpreted yet.
    m_line->interpretText();
    if (m_editor)
        goToLine(m_editor, m_line->value());
    QDialog::accept();
}

void GoToLineDialog::goToLine(QPlainTextEdit *editor, int line)
{
    const QTextBlock block = editor->document()->findBlockByNumber(qBound(1, line, editor->blockCount()) - 1);
    QTextCursor cursor(block);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    editor->setFocus(Qt::OtherFocusReason);
}

} // namespace Pygen
