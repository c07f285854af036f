#include "FieldProblemLabel.h"

#include <QEvent>

namespace Pygen {

FieldProblemLabel::FieldProblemLabel(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Message"));
    hide();
}

FieldProblemLabel::~FieldProblemLabel() = default;

void FieldProblemLabel::setProblem(const std::optional<QString> &problem)
{
    if (!problem) {
        clearMessage();
        return;
    }
    m_hasProblem = true;
    setText(*problem);
    if (m_field)
        m_field->setAccessibleDescription(*problem);
    applyColour();
    show();
}

void FieldProblemLabel::setNote(const QString &note)
{
    m_hasProblem = false;
    setText(note);
    if (m_field)
        m_field->setAccessibleDescription(note);
    applyColour();
    setVisible(!note.isEmpty());
}

void FieldProblemLabel::clearMessage()
{
    m_hasProblem = false;
    clear();
    if (m_field)
        m_field->setAccessibleDescription(QString());
    hide();
}

void FieldProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void FieldProblemLabel::applyColour()
{
    // A red that reads on light and dark backgrounds alike; the palette has no "error" role.
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    const QColor problemColour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    colours.setColor(QPalette::WindowText, m_hasProblem ? problemColour : QPalette().color(QPalette::WindowText));
    // Setting the palette sends a PaletteChange event; this guard keeps it from recursing.
    if (colours != palette())
        setPalette(colours);
}

} // namespace Pygen
