#pragma once

#include "project/StageState.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QWizardPage;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Pygen {

class PipelineStage;
class ProjectSession;
struct RetryWait;
class WizardDraft;

// What a run on a session looks like while a review page waits for it: the stage, its progress,
// the text streaming from the model, retry waits and warnings, a Cancel button, and on failure
// the message with a "Try again" button. Shared by the enhancement and plan review pages.
class StageProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageProgressView)

public:
    explicit StageProgressView(QWidget *parent = nullptr);
    ~StageProgressView() override;

    // Follows the runs of `session` from now on (stages it starts, failures, the end).
    void follow(ProjectSession *session);
    // A new run is about to start: clears what the last one showed.
    void begin(const QString &title);
    // Shows "Preparing the project" while the draft makes (or updates) its session; then `ready`
    // runs — unless the project could not be made (the failure is shown here) or `page` is no
    // longer the wizard's current one (Back was pressed meanwhile), in which case `stopped` runs.
    // Neither runs once `page` is gone.
    void prepareSession(WizardDraft &draft, QWizardPage *page, std::function<void()> ready,
                        std::function<void()> stopped);
    // Shows a failure that did not come from a stage (the project could not be made, the run was
    // refused) with "Try again".
    void showFailure(const QString &message);

    QString streamedText() const;
    QString failureMessage() const;
    QString noticeText() const;
    QStringList warnings() const { return m_warnings; }
    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *streamView() const { return m_stream; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    // The person pressed "Try again".
    void retryRequested();

private:
    void stageStarted(StageId id, PipelineStage *stage);
    void stageFailed(StageId id, const QString &message);
    void runEnded(bool succeeded);
    void appendText(const QString &file, const QString &delta);
    void showRetry(const RetryWait &wait);
    void addWarning(const QString &message);

    QPointer<ProjectSession> m_session;
    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_stream = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_warningLabel = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QStringList m_warnings;
    QString m_lastFile;
    QString m_failureMessage;
};

} // namespace Pygen
