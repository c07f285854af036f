#include "MainWindow.h"

#include "DocumentationPanel.h"
#include "EditorArea.h"
#include "ExportDialog.h"
#include "HistoryPanel.h"
#include "LoggingCategories.h"
#include "NewPackageWizard.h"
#include "PackageTreeView.h"
#include "PipelinePanel.h"
#include "PygenVersion.h"
#include "SettingsDialog.h"
#include "StudioServices.h"
#include "StudioSettings.h"
#include "llm/ProviderClient.h"
#include "llm/ProviderSettings.h"
#include "pipeline/PipelineStage.h"
#include "project/ProjectSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Pygen {

namespace {

QDockWidget *dock(const QString &title, const QString &objectName, QWidget *content)
{
    auto *widget = new QDockWidget(title);
    widget->setObjectName(objectName);
    widget->setWidget(content);
    widget->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                        | QDockWidget::DockWidgetClosable);
    return widget;
}

} // namespace

MainWindow::MainWindow(StudioServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_fileTree(new PackageTreeView)
    , m_editorArea(new EditorArea(services.repository()))
    , m_documentationPanel(new DocumentationPanel(services.repository()))
    , m_pipelinePanel(new PipelinePanel)
    , m_historyPanel(new HistoryPanel)
    , m_providerStatus(new QLabel)
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_editorArea);
    m_editorArea->setAccessibleName(tr("Editor"));
    createDocks();
    createActions();
    createMenus();

    connect(m_fileTree, &PackageTreeView::openRequested, m_editorArea, &EditorArea::openPackageFile);
    connect(m_documentationPanel, &DocumentationPanel::fileLinkActivated, this,
            [this](const QString &path, const QString &) { m_editorArea->openPackageFile(path); });
    connect(m_editorArea, &EditorArea::saveFailed, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message); });
    connect(m_editorArea, &EditorArea::fileSaved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Saved %1").arg(path), 5000); });
    connect(m_editorArea, &EditorArea::currentFileChanged, this, &MainWindow::updateActions);
    connect(&m_loadWatcher, &QFutureWatcher<Project::LoadResult>::finished, this, &MainWindow::showLoadResult);
    connect(&m_services.settings(), &StudioSettings::recentProjectsChanged, this, &MainWindow::rebuildRecentMenu);

    m_providerStatus->setAccessibleName(tr("Provider"));
    statusBar()->addPermanentWidget(m_providerStatus);
    statusBar()->showMessage(tr("Create a package with File › New Package, or open a project."));
    resize(1280, 800);
    restoreLayout();
    rebuildRecentMenu();
    updateActions();
    updateTitle();
}

// Loads still running own copies of what they use; nothing here waits for them.
MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_fileTree->setAccessibleName(tr("Package files"));
    m_documentationPanel->setAccessibleName(tr("Documentation"));
    m_pipelinePanel->setAccessibleName(tr("Pipeline progress"));
    m_historyPanel->setAccessibleName(tr("Request history"));
    m_filesDock = dock(tr("Files"), QStringLiteral("FilesDock"), m_fileTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_filesDock);
    m_documentationDock = dock(tr("Documentation"), QStringLiteral("DocumentationDock"), m_documentationPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_documentationDock);
    m_pipelineDock = dock(tr("Pipeline"), QStringLiteral("PipelineDock"), m_pipelinePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_pipelineDock);
    m_historyDock = dock(tr("History"), QStringLiteral("HistoryDock"), m_historyPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_pipelineDock, m_historyDock);
    m_pipelineDock->raise();
    resizeDocks({m_filesDock, m_documentationDock}, {260, 420}, Qt::Horizontal);
    resizeDocks({m_pipelineDock}, {230}, Qt::Vertical);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *created = new QAction(QIcon(icon), text, this);
        created->setShortcut(shortcut);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_newAction = action(tr("&New Package…"), QStringLiteral(":/icons/actions/new.svg"), QKeySequence::New,
                         [this] { startNewPackage(); });
    m_openAction = action(tr("&Open Project…"), QStringLiteral(":/icons/actions/open.svg"), QKeySequence::Open,
                          &MainWindow::chooseProjectToOpen);
    m_openSpecAction = action(tr("New Package from &Spec or Plan…"), QString(), QKeySequence(tr("Ctrl+Shift+O")),
                              &MainWindow::chooseSpecOrPlanToOpen);
    // The editor's own actions: its shortcuts work while it has focus, and a second window-wide
    // action on the same keys would make both ambiguous.
    m_saveAction = m_editorArea->saveAction();
    m_saveAction->setIcon(QIcon(QStringLiteral(":/icons/actions/save.svg")));
    m_saveAllAction = m_editorArea->saveAllAction();
    m_exportZipAction = action(tr("Export as &Zip…"), QStringLiteral(":/icons/actions/export.svg"),
                               QKeySequence(tr("Ctrl+E")), [this] { exportPackage(true); });
    m_exportFolderAction =
        action(tr("Export to &Folder…"), QString(), QKeySequence(tr("Ctrl+Shift+E")), [this] { exportPackage(false); });
    m_settingsAction = action(tr("Se&ttings…"), QStringLiteral(":/icons/actions/settings.svg"),
                              QKeySequence::Preferences, &MainWindow::openSettings);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_closeProjectAction = action(tr("&Close Project"), QString(), QKeySequence(tr("Ctrl+Shift+W")),
                                  [this] { confirmLeavingProject([this] { setSession(nullptr); }); });
    m_quitAction = action(tr("&Quit"), QString(), QKeySequence::Quit, [this] { close(); });
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_runAction =
        action(tr("&Run Remaining Stages"), QStringLiteral(":/icons/actions/run.svg"), QKeySequence(tr("F5")), [this] {
            if (!m_session)
                return;
            if (const auto refused = m_session->run())
                showMessage(tr("Cannot run the pipeline"), *refused);
        });
    m_cancelAction =
        action(tr("&Cancel Run"), QStringLiteral(":/icons/actions/cancel.svg"), QKeySequence(tr("Shift+F5")), [this] {
            if (m_session)
                m_session->cancel();
        });
    m_helpAction = action(tr("Pygen Studio &Help"), QString(), QKeySequence::HelpContents, &MainWindow::showHelp);
    if (m_helpAction->shortcut().isEmpty())
        m_helpAction->setShortcut(QKeySequence(tr("F1")));

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("MainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->addActions({m_newAction, m_openAction, m_saveAction});
    toolBar->addSeparator();
    toolBar->addActions({m_runAction, m_cancelAction});
    toolBar->addSeparator();
    toolBar->addActions({m_exportZipAction, m_settingsAction});
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addActions({m_newAction, m_openSpecAction, m_openAction});
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addSeparator();
    fileMenu->addActions({m_saveAction, m_saveAllAction});
    fileMenu->addSeparator();
    fileMenu->addActions({m_exportZipAction, m_exportFolderAction});
    fileMenu->addSeparator();
    fileMenu->addActions({m_settingsAction, m_closeProjectAction});
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({m_editorArea->findAction(), m_editorArea->replaceAction(), m_editorArea->findNextAction(),
                          m_editorArea->findPreviousAction()});
    editMenu->addSeparator();
    editMenu->addActions({m_editorArea->goToLineAction(), m_editorArea->nextTabAction(),
                          m_editorArea->previousTabAction(), m_editorArea->closeTabAction()});

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *widget : {m_filesDock, m_documentationDock, m_pipelineDock, m_historyDock})
        viewMenu->addAction(widget->toggleViewAction());

    QMenu *pipelineMenu = menuBar()->addMenu(tr("&Pipeline"));
    pipelineMenu->addActions({m_runAction, m_cancelAction});
    m_rerunMenu = pipelineMenu->addMenu(tr("Run &Stage Again"));
    for (const StageId stage :
         {StageId::Screen, StageId::Enhance, StageId::Context, StageId::Plan, StageId::Generate, StageId::Document}) {
        m_rerunMenu->addAction(PipelineStage::displayName(stage), this, [this, stage] {
            if (!m_session)
                return;
            if (const auto refused = m_session->rerun(stage))
                showMessage(tr("Cannot run the stage again"), *refused);
        });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_helpAction);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Pygen Studio"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_services.settings().windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_services.settings().windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::updateActions()
{
    const bool hasProject = m_session != nullptr;
    const bool running = hasProject && m_session->isRunning();
    for (QAction *projectAction : {m_exportZipAction, m_exportFolderAction, m_closeProjectAction})
        projectAction->setEnabled(hasProject);
    m_runAction->setEnabled(hasProject && !running);
    m_cancelAction->setEnabled(running);
    m_rerunMenu->setEnabled(hasProject && !running);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        return;
    }
    const QString name = m_session->project().state().spec.name;
    setWindowFilePath(m_session->project().folder());
    setWindowTitle(name.isEmpty() ? QDir::toNativeSeparators(m_session->project().folder()) : name);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = m_services.settings().recentProjects();
    int number = 1;
    for (const QString &folder : folders) {
        // &1 … &9 give keyboard users a mnemonic per entry.
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(folder))
                                          : QDir::toNativeSeparators(folder);
        m_recentMenu->addAction(label, this, [this, folder] { openProject(folder); });
        ++number;
    }
    if (folders.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] { m_services.settings().clearRecentProjects(); });
}

void MainWindow::startNewPackage(const QString &specOrPlanFile)
{
    // The new package replaces the open project once it generates: settle that one first.
    confirmLeavingProject([this, specOrPlanFile] {
        auto *wizard = new NewPackageWizard(m_services, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &NewPackageWizard::generationStarted, this,
                [this](std::shared_ptr<ProjectSession> session) { setSession(std::move(session)); });
        if (!specOrPlanFile.isEmpty())
            wizard->loadFile(specOrPlanFile);
        wizard->open();
        Q_EMIT wizardOpened(wizard);
    });
}

void MainWindow::chooseProjectToOpen()
{
    auto *dialog = new QFileDialog(this, tr("Open Project"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openProject);
    dialog->open();
}

void MainWindow::chooseSpecOrPlanToOpen()
{
    auto *dialog = new QFileDialog(this, tr("New Package from a Spec or Plan"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Spec or plan files (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { startNewPackage(file); });
    dialog->open();
}

void MainWindow::openProject(const QString &folder)
{
    // A project.json chosen instead of its folder opens the folder.
    const QFileInfo info(folder);
    const QString target = info.isFile() && info.fileName() == u"project.json" ? info.absolutePath() : folder;
    if (m_session
        && QFileInfo(target).canonicalFilePath() == QFileInfo(m_session->project().folder()).canonicalFilePath()) {
        // Loading it again beside itself would race its own pending writes.
        statusBar()->showMessage(tr("%1 is already open.").arg(QDir::toNativeSeparators(target)), 5000);
        Q_EMIT projectOpened(m_session->project().folder());
        return;
    }
    confirmLeavingProject([this, target] {
        // The old project goes now, so nothing edits it while the new one loads.
        setSession(nullptr);
        m_loadingFolder = target;
        qCDebug(logStudio) << "Opening project" << m_loadingFolder;
        statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(m_loadingFolder)));
        m_loadWatcher.setFuture(Project::load(m_loadingFolder));
    });
}

void MainWindow::showLoadResult()
{
    const Project::LoadResult result = m_loadWatcher.result();
    const QString folder = m_loadingFolder;
    if (!result.project) {
        statusBar()->showMessage(result.errorMessage);
        showMessage(tr("Cannot open the project"), result.errorMessage);
        Q_EMIT projectOpenFailed(folder, result.errorMessage);
        return;
    }
    setSession(std::make_shared<ProjectSession>(result.project));
    m_services.settings().addRecentProject(result.project->folder());
    if (!result.warnings.isEmpty())
        showMessage(tr("The project was repaired while opening"), result.warnings.join(u'\n'));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(result.project->folder())), 5000);
    Q_EMIT projectOpened(result.project->folder());
}

void MainWindow::setSession(std::shared_ptr<ProjectSession> session)
{
    // Dialogs about the old project (export, rename, delete …) must not act on another one.
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible() && !qobject_cast<NewPackageWizard *>(dialog))
            dialog->reject();
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->project().disconnect(this);
        // Released once its queued writes are on disk, so the window never waits for them.
        const std::shared_ptr<ProjectSession> old = m_session;
        old->cancel();
        old->project().flushed().then(this, [old] {});
    }
    // The views let go of the old session before it may be destroyed.
    m_fileTree->setSession(session.get());
    m_editorArea->setSession(session.get());
    m_documentationPanel->setSession(session.get());
    m_pipelinePanel->setSession(session.get());
    m_historyPanel->setProject(session ? &session->project() : nullptr);
    m_session = std::move(session);
    if (m_session) {
        connect(m_session.get(), &ProjectSession::runningChanged, this, &MainWindow::updateActions);
        connect(m_session.get(), &ProjectSession::finished, this, [this](bool succeeded) {
            statusBar()->showMessage(succeeded ? tr("The pipeline finished.") : tr("The pipeline stopped."), 8000);
        });
        connect(&m_session->project(), &Project::writeFailed, this,
                [this](const QString &message) { showMessage(tr("Could not save to the project"), message); });
        if (!m_session->hasProvider())
            connectProvider();
        else
            m_providerStatus->setText(tr("%1 · %2").arg(m_session->client()->configuration().preset.displayName,
                                                        m_session->settings().model));
    } else {
        m_providerStatus->clear();
    }
    updateActions();
    updateTitle();
}

void MainWindow::connectProvider()
{
    const QJsonObject snapshot = m_session->project().state().settings;
    QString providerId = snapshot.value(QStringLiteral("provider")).toString();
    if (!ProviderPreset::find(providerId))
        providerId = m_services.providerSettings().defaultProviderId();
    const std::weak_ptr<ProjectSession> weak = m_session;
    m_services.resolveProvider(
        providerId, this, [this, weak](const ProviderConfiguration &configuration, const QString &notice) {
            const std::shared_ptr<ProjectSession> session = weak.lock();
            if (!session || session != m_session || session->hasProvider())
                return;
            session->setProvider(configuration, &m_services.network(), &m_services.responseCache());
            m_providerStatus->setText(tr("%1 · %2").arg(configuration.preset.displayName, session->settings().model));
            if (!notice.isEmpty())
                statusBar()->showMessage(notice);
        });
}

void MainWindow::exportPackage(bool asZip)
{
    if (!m_session)
        return;
    auto *dialog = new ExportDialog(*m_session, m_editorArea->unsavedFiles(),
                                    asZip ? ExportDialog::Mode::Zip : ExportDialog::Mode::Folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHelp()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Pygen Studio Help"));
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("helpBrowser"));
    browser->setAccessibleName(tr("Help"));
    browser->setOpenExternalLinks(true);
    QFile help(QStringLiteral(":/help/studio.md"));
    if (help.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(help.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(720, 560);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pygen Studio"),
                       tr("<h3>Pygen Studio %1</h3>"
                          "<p>Turns an idea for a Python package into a complete, tested and documented "
                          "package with the help of language models, local or in the cloud.</p>")
                           .arg(QString::fromLatin1(version)));
}

void MainWindow::showMessage(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::confirmLeavingProject(const std::function<void()> &proceed)
{
    if (!m_session) {
        proceed();
        return;
    }
    const auto askAboutRun = [this, proceed] {
        if (!m_session || !m_session->isRunning()) {
            proceed();
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Question, tr("The pipeline is running"),
                                    tr("Stop the run? Files already generated are kept, and the next run goes on "
                                       "from there."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->button(QMessageBox::Yes)->setText(tr("Stop the Run"));
        connect(box, &QMessageBox::finished, this, [this, box, proceed](int) {
            if (box->clickedButton() != box->button(QMessageBox::Yes))
                return;
            m_session->cancel();
            proceed();
        });
        box->open();
    };
    const QStringList unsaved = m_editorArea->unsavedFiles();
    if (unsaved.isEmpty()) {
        askAboutRun();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("These files have changes that are not saved:\n%1").arg(unsaved.join(u'\n')),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, askAboutRun](int) {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked == box->button(QMessageBox::Save)) {
            if (!m_editorArea->saveAll())
                return;
            askAboutRun();
        } else if (clicked == box->button(QMessageBox::Discard)) {
            askAboutRun();
        }
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.settings().setWindowLayout(saveGeometry(), saveState());
    if (m_closeConfirmed || !m_session) {
        event->accept();
        return;
    }
    event->ignore();
    confirmLeavingProject([this] {
        m_closeConfirmed = true;
        // Discarded edits must not be asked about again by the editor on the way out.
        setSession(nullptr);
        close();
    });
}

} // namespace Pygen
