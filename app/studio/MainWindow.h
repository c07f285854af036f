#pragma once

#include "project/Project.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace Pygen {

class DocumentationPanel;
class EditorArea;
class HistoryPanel;
class PackageTreeView;
class PipelinePanel;
class ProjectSession;
class StudioServices;

// The studio's main window: the package's files, the editor, the documentation, the pipeline's
// live progress and the history of model requests, over one project at a time.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(StudioServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the project folder in the background; ends with projectOpened or projectOpenFailed.
    void openProject(const QString &folder);
    // Takes over a session (from the wizard), whose run may be going on.
    void setSession(std::shared_ptr<ProjectSession> session);
    ProjectSession *session() const { return m_session.get(); }

    // The new-package wizard, pre-filled from a spec or plan file when one is given.
    void startNewPackage(const QString &specOrPlanFile = {});

    PackageTreeView *fileTree() const { return m_fileTree; }
    EditorArea *editorArea() const { return m_editorArea; }
    DocumentationPanel *documentationPanel() const { return m_documentationPanel; }
    PipelinePanel *pipelinePanel() const { return m_pipelinePanel; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }

Q_SIGNALS:
    void projectOpened(const QString &folder);
    void projectOpenFailed(const QString &folder, const QString &message);
    // The wizard is up (tests drive it from here).
    void wizardOpened(QWidget *wizard);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void restoreLayout();
    void updateActions();
    void updateTitle();
    void rebuildRecentMenu();
    void chooseProjectToOpen();
    void chooseSpecOrPlanToOpen();
    void showLoadResult();
    void connectProvider();
    void exportPackage(bool asZip);
    void openSettings();
    void showHelp();
    void showAbout();
    void showMessage(const QString &title, const QString &text);
    // Asks about unsaved edits and a running pipeline; `proceed` runs when the person agrees.
    void confirmLeavingProject(const std::function<void()> &proceed);

    StudioServices &m_services;
    std::shared_ptr<ProjectSession> m_session;
    PackageTreeView *m_fileTree;
    EditorArea *m_editorArea;
    DocumentationPanel *m_documentationPanel;
    PipelinePanel *m_pipelinePanel;
    HistoryPanel *m_historyPanel;
    QDockWidget *m_filesDock = nullptr;
    QDockWidget *m_documentationDock = nullptr;
    QDockWidget *m_pipelineDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QLabel *m_providerStatus;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_rerunMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSpecAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_exportZipAction = nullptr;
    QAction *m_exportFolderAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_closeProjectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_helpAction = nullptr;

    QString m_loadingFolder;
    QFutureWatcher<Project::LoadResult> m_loadWatcher;
    bool m_closeConfirmed = false;
};

} // namespace Pygen
