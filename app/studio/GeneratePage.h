#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace Pygen {

class WizardDraft;

// The new-package wizard's last page: what will be generated, by which provider and model, into
// which folder, and the "Generate" button. Generate makes the project if no earlier page has (the
// review pages are skipped when pausing for review is off) and starts the rest of the pipeline;
// the wizard then hands the running session to the main window.
class GeneratePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneratePage)

public:
    explicit GeneratePage(WizardDraft &draft, QWidget *parent = nullptr);
    ~GeneratePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The summary as text, one "label: value" a line.
    QString summaryText() const;
    QString errorText() const;
    bool hasStarted() const { return m_started; }

Q_SIGNALS:
    // The pipeline runs on the draft's session.
    void generationStarted();

private:
    void addRow(const QString &label, const QString &value);
    void showError(const QString &message);
    void startGeneration();

    WizardDraft &m_draft;
    QFormLayout *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    bool m_starting = false;
    bool m_started = false;
};

} // namespace Pygen
