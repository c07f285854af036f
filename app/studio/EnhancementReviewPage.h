#pragma once

#include "pipeline/EnhancedSpec.h"

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Pygen {

class ProjectSession;
class StageProgressView;
class WizardDraft;

// The new-package wizard's review of the enhanced request: it makes the project, runs screening
// and enhancement while showing them, then lets the person edit the description and every
// feature (description, pseudocode, hints) as Markdown with a live preview, or have one feature
// enhanced again. Going Back and Next again does not repeat what finished.
class EnhancementReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnhancementReviewPage)

public:
    explicit EnhancementReviewPage(WizardDraft &draft, QWidget *parent = nullptr);
    ~EnhancementReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The text as edited so far.
    EnhancedSpec editedSpec() const { return m_edited; }
    // Whether a run this page started is going on (or the project is being made).
    bool isWorking() const { return m_working; }
    // Whether the editor (rather than the progress) is shown.
    bool isEditing() const;
    // The message beside the editor (a refused edit, a failed "enhance again"); empty if none.
    QString errorText() const;

    StageProgressView *progressView() const { return m_progress; }
    // Row 0 is the package description, row k the feature k - 1.
    QListWidget *itemList() const { return m_items; }
    QPlainTextEdit *descriptionEditor() const { return m_description; }
    QPlainTextEdit *pseudocodeEditor() const { return m_pseudocode; }
    QPlainTextEdit *hintsEditor() const { return m_hints; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *enhanceAgainButton() const { return m_enhanceAgain; }

private:
    void start();
    void runScreeningAndEnhancement();
    void runEnded(bool succeeded);
    void setWorking(bool working);
    void connectSession(ProjectSession *session);
    void showEditor();
    void showError(const QString &message);
    void selectItem(int row);
    void storeCurrent();
    void updatePreview();
    void enhanceAgain();

    WizardDraft &m_draft;
    QPointer<ProjectSession> m_connectedSession;
    QStackedWidget *m_stack = nullptr;
    StageProgressView *m_progress = nullptr;
    QWidget *m_editorPage = nullptr;
    QListWidget *m_items = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QWidget *m_featureFields = nullptr;
    QPlainTextEdit *m_pseudocode = nullptr;
    QPlainTextEdit *m_hints = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_enhanceAgain = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_previewTimer;

    EnhancedSpec m_edited;
    int m_current = -1;
    // The feature being enhanced again, -1 for a whole run.
    int m_againFeature = -1;
    bool m_working = false;
    bool m_loaded = false;
    bool m_filling = false;
    // Back was pressed while the run went on; start over when it has ended.
    bool m_restartWhenEnded = false;
};

} // namespace Pygen
