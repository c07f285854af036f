#pragma once

#include "llm/ChatUsage.h"
#include "llm/RetryWait.h"
#include "project/StageState.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Pygen {

class PipelineStage;
class ProjectSession;

// What the pipeline of a project does: the six stages and their states, the files of the
// generation with their progress, the live text of running requests, tokens and time, retry waits
// and warnings; with Cancel and "Run this stage again". Dock-able; follows one ProjectSession.
class PipelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePanel)

public:
    // Text kept per stream; older text is dropped from the front.
    static constexpr qsizetype maximumStreamChars = 200 * 1024;

    explicit PipelinePanel(QWidget *parent = nullptr);
    ~PipelinePanel() override;

    // nullptr clears the panel. The session must outlive the panel or be unset before it goes.
    void setSession(ProjectSession *session);
    ProjectSession *session() const;

    // Run totals (cached replies cost nothing and are counted apart).
    qint64 promptTokens() const { return m_promptTokens; }
    qint64 outputTokens() const { return m_outputTokens; }
    int cachedReplies() const { return m_cachedReplies; }
    // The streams that had text in this run: a file's path, or a stage's name for other requests.
    QStringList streams() const { return m_streamOrder; }
    QString streamText(const QString &stream) const;

    // The parts, for the window's tests and for accessibility tools.
    QTreeWidget *stageList() const { return m_stageList; }
    QTreeWidget *fileList() const { return m_fileList; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QComboBox *streamSelector() const { return m_streamSelector; }
    QPlainTextEdit *liveText() const { return m_liveText; }
    QLabel *usageLabel() const { return m_usageLabel; }
    QLabel *retryLabel() const { return m_retryLabel; }
    QListWidget *warningList() const { return m_warningList; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *messageLabel() const { return m_messageLabel; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *rerunButton() const { return m_rerunButton; }
    QAction *rerunAction() const { return m_rerunAction; }
    QAction *cancelAction() const { return m_cancelAction; }

    static QString stateText(StageState state);

private:
    enum class FileState { Queued, Generating, Done, Failed };
    struct Stream
    {
        QString text;
        QString pending; // arrived since the last flush
    };
    struct Retry
    {
        RetryWait wait;
        QDeadlineTimer deadline;
    };

    void clear();
    void startRun();
    void connectStage(StageId id, PipelineStage *stage);
    void refreshStages();
    void updateControls();
    void updateUsage();
    void updateRetries();
    void tick();
    void setFileState(const QString &path, FileState state);
    void appendText(const QString &stream, const QString &delta);
    void flushText();
    void showStream(const QString &stream);
    void cancel();
    void rerunSelected();
    void runFinished(bool succeeded);
    std::optional<StageId> selectedStage() const;

    QPointer<ProjectSession> m_session;
    QList<QPointer<PipelineStage>> m_connectedStages;
    QMetaObject::Connection m_projectConnection;

    QTreeWidget *m_stageList;
    QTreeWidget *m_fileList;
    QProgressBar *m_progressBar;
    QComboBox *m_streamSelector;
    QPlainTextEdit *m_liveText;
    QLabel *m_usageLabel;
    QLabel *m_retryLabel;
    QListWidget *m_warningList;
    QLabel *m_statusLabel;
    QLabel *m_messageLabel;
    QPushButton *m_cancelButton;
    QPushButton *m_rerunButton;
    QAction *m_rerunAction;
    QAction *m_cancelAction;

    QHash<QString, Stream> m_streams;
    QStringList m_streamOrder;
    QString m_shownStream;
    // Follows the newest stream until the person picks one.
    bool m_followNewest = true;
    bool m_flushQueued = false;

    QHash<QString, QTreeWidgetItem *> m_fileItems;
    QMap<QString, Retry> m_retries;

    qint64 m_promptTokens = 0;
    qint64 m_outputTokens = 0;
    qint64 m_generationMs = 0;
    int m_cachedReplies = 0;
    QElapsedTimer m_runClock;
    qint64 m_lastRunMs = 0;
    QTimer m_ticker;
    bool m_cancelling = false;
};

} // namespace Pygen
