#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QFrame;
class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;

namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

namespace Pygen {

class CodeEditor;
class FindReplaceBar;
class PipelineStage;
class ProjectSession;

// The package's files in tabs, one CodeEditor each. Text comes from the session's project in
// memory and is saved back through ProjectSession::saveFile; a file the pipeline is writing is
// shown read-only as it streams, and a file changed in the project while open is reloaded, or,
// when the person has unsaved changes, offered to reload. A find/replace bar sits under the
// tabs.
class EditorArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorArea)

public:
    // The repository is shared by every editor and must outlive the area.
    explicit EditorArea(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~EditorArea() override;

    // Closes every tab (without asking: check hasUnsavedChanges() first) and shows files of
    // `session`, following each stage it starts. The session must outlive the area or be
    // replaced before it goes.
    void setSession(ProjectSession *session);
    ProjectSession *session() const;

    // Opens the file from the project in memory, or focuses its tab when it is open. A planned
    // file without content opens empty and read-only with a note that it is not generated yet.
    void openPackageFile(const QString &path);

    bool hasUnsavedChanges() const;
    QStringList unsavedFiles() const;
    // Save into the project; on refusal the message shows above the editor and the text stays.
    bool saveCurrent();
    bool saveAll();

    CodeEditor *currentEditor() const;
    QString currentPath() const;
    CodeEditor *editorFor(const QString &path) const;
    QStringList openFiles() const;

    // Streams the text of the files this stage writes into their open tabs.
    void followStage(PipelineStage *stage);
    bool isStreaming(const QString &path) const;
    // A large file shows its beginning at once and the rest over the next event-loop turns, so
    // the window stays responsive; until then the tab is read-only.
    bool isLoading(const QString &path) const;

    // Closes the tab; a modified one asks Save / Discard / Cancel first (the question is a
    // window-modal QMessageBox, opened with open()). Returns true when the tab closed at once.
    bool closeTab(int index);
    bool closeFile(const QString &path);

    // The message above the current editor (a refused save, a file changed in the project);
    // empty when none shows.
    QString noticeText() const;
    // For the "changed in the project" notice: take the project's text, or keep the person's.
    void reloadCurrentFromProject();
    void keepCurrentText();

    QTabWidget *tabWidget() const { return m_tabs; }
    FindReplaceBar *findReplaceBar() const { return m_findBar; }

    // For menus; each has its shortcut and works while focus is inside the area.
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAllAction() const { return m_saveAllAction; }
    QAction *closeTabAction() const { return m_closeAction; }
    QAction *nextTabAction() const { return m_nextTabAction; }
    QAction *previousTabAction() const { return m_previousTabAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }
    QAction *goToLineAction() const { return m_goToLineAction; }

    // Opens the go-to-line dialog for the current editor (window-modal, open()).
    void showGoToLine();

Q_SIGNALS:
    void currentFileChanged(const QString &path);
    void fileSaved(const QString &path);
    void saveFailed(const QString &path, const QString &message);
    // openPackageFile was given a path the project does not know.
    void openFailed(const QString &path, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Notice { None, Message, ChangedInProject };

    struct Tab
    {
        QString path;
        CodeEditor *editor = nullptr;
        bool placeholder = false; // planned, no content yet
        Notice notice = Notice::None;
        QString noticeText;
        // The person's unsaved text when a stream replaced it, offered back afterwards.
        std::optional<QString> stashedText;
        // What is still to be appended while a large file loads.
        QString unloadedText;
    };

    QAction *addShortcutAction(const QString &text, const QList<QKeySequence> &shortcuts);
    Tab *tabFor(const QString &path);
    const Tab *tabFor(const QString &path) const;
    Tab *tabFor(const CodeEditor *editor);
    const Tab *tabFor(const CodeEditor *editor) const;
    int indexOf(const QString &path) const;
    void loadFromProject(Tab &tab);
    bool saveTab(Tab &tab);
    static bool hasUnsavedText(const Tab &tab);
    void restoreStashedText(Tab &tab);
    void removeTab(int index);
    void askToClose(int index);
    void updateTabTitles();
    void setNotice(Tab &tab, Notice notice, const QString &text);
    void showNoticeOfCurrent();
    void currentTabChanged();
    void cycleTabs(int step);

    void projectFileChanged(const QString &path);
    void projectFileRemoved(const QString &path);
    void streamStarted(const QString &path);
    void streamText(const QString &path, const QString &delta);
    void streamRestarted(const QString &path);
    void streamFinished(const QString &path);
    void stageEnded(PipelineStage *stage);
    void beginStreamingInto(Tab &tab);
    void flushStreams();
    void loadMore();
    void updateReadOnly(Tab &tab);

    KSyntaxHighlighting::Repository &m_repository;
    QPointer<ProjectSession> m_session;
    std::vector<std::unique_ptr<Tab>> m_openTabs; // stable addresses
    QTabWidget *m_tabs;
    QFrame *m_noticeBar;
    QLabel *m_noticeLabel;
    QPushButton *m_reloadButton;
    QPushButton *m_keepButton;
    QPushButton *m_dismissButton;
    FindReplaceBar *m_findBar;
    QPointer<QMessageBox> m_closeQuestion;
    QList<QMetaObject::Connection> m_sessionConnections;

    // Streaming: the whole text so far per file (so a tab opened mid-stream catches up), what
    // has not reached its tab yet, and a zero timer that hands it over once per event-loop turn.
    QList<QPointer<PipelineStage>> m_followedStages;
    QHash<QString, PipelineStage *> m_streamingStage;
    QHash<QString, QString> m_streamText;
    QHash<QString, QString> m_pendingText;
    QTimer m_flushTimer;
    QTimer m_loadTimer;

    QAction *m_saveAction;
    QAction *m_saveAllAction;
    QAction *m_closeAction;
    QAction *m_nextTabAction;
    QAction *m_previousTabAction;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_goToLineAction;
};

} // namespace Pygen
