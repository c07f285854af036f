#pragma once

#include <QLabel>

#include <optional>

namespace Pygen {

// The line under a field that says what is wrong with it and what to do. Hidden while there is
// nothing to say; the field's accessible description carries the same text, so a screen reader
// reads it with the field.
class FieldProblemLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldProblemLabel)

public:
    // `field` is the control the message is about; it may be null.
    explicit FieldProblemLabel(QWidget *field, QWidget *parent = nullptr);
    ~FieldProblemLabel() override;

    void setProblem(const std::optional<QString> &problem);
    // A neutral note (a hint, "Checking…"), shown in the ordinary text colour.
    void setNote(const QString &note);
    void clearMessage();
    bool hasProblem() const { return m_hasProblem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    QWidget *m_field;
    bool m_hasProblem = false;
};

} // namespace Pygen
