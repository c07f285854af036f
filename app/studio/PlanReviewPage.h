#pragma once

#include <QPointer>
#include <QWizardPage>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Pygen {

class PlanTreeModel;
class ProjectSession;
class StageProgressView;
class WizardDraft;

// The new-package wizard's review of the plan: it plans (or takes the plan file the person
// opened) while showing the run, then shows the plan as an editable tree with its problems
// beside it, checked as the person types. Next stays disabled while the plan has problems.
class PlanReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanReviewPage)

public:
    explicit PlanReviewPage(WizardDraft &draft, QWidget *parent = nullptr);
    ~PlanReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isWorking() const { return m_working; }
    bool isEditing() const;
    QString errorText() const;
    bool showsFallbackNote() const;

    PlanTreeModel *model() const { return m_model; }
    StageProgressView *progressView() const { return m_progress; }
    QTreeView *tree() const { return m_tree; }
    QListWidget *problemList() const { return m_problems; }
    QLineEdit *importNameEdit() const { return m_importName; }
    QLineEdit *distributionNameEdit() const { return m_distributionName; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QPlainTextEdit *dependenciesEdit() const { return m_dependencies; }
    QAction *addFileAction() const { return m_addFile; }
    QAction *removeAction() const { return m_remove; }
    QAction *addEntryAction() const { return m_addEntry; }
    QAction *planAgainAction() const { return m_planAgain; }

private:
    void start();
    void runPlanning();
    void runEnded(bool succeeded);
    void setWorking(bool working);
    void connectSession(ProjectSession *session);
    void showEditor();
    void showError(const QString &message);
    void updateProblems();
    void goToProblem(QListWidgetItem *item);
    void addFile();
    void addEntry();
    void removeCurrent();
    void planAgain();
    // Keeps the person's edits in the project when they go Back.
    void saveEdits();

    WizardDraft &m_draft;
    QPointer<ProjectSession> m_connectedSession;
    PlanTreeModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    StageProgressView *m_progress = nullptr;
    QWidget *m_editorPage = nullptr;
    QLabel *m_fallbackNote = nullptr;
    QLineEdit *m_importName = nullptr;
    QLineEdit *m_distributionName = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_dependencies = nullptr;
    QTreeView *m_tree = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_problemsStatus = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_addFile = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_addEntry = nullptr;
    QAction *m_planAgain = nullptr;

    bool m_working = false;
    bool m_loaded = false;
    bool m_filling = false;
    bool m_restartWhenEnded = false;
};

} // namespace Pygen
