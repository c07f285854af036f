#include "MainWindow.h"

#include "CodeEditor.h"
#include "DocumentationViewer.h"
#include "LoggingCategories.h"
#include "PygenVersion.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTreeView>
#include <QUrl>

namespace Pygen {

namespace {

bool isMarkdown(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_packageModel(new QStandardItemModel(this))
    , m_fileTree(new QTreeView)
    , m_editor(new CodeEditor(m_repository))
    , m_documentationViewer(new DocumentationViewer(m_repository))
{
    m_packageModel->setHorizontalHeaderLabels({tr("Package files")});
    m_fileTree->setModel(m_packageModel);
    m_fileTree->setAccessibleName(tr("Package files"));
    m_fileTree->header()->setStretchLastSection(true);

    // A viewer until saving lands; edits that could not be saved would be lost on close.
    m_editor->setReadOnly(true);
    m_editor->setAccessibleName(tr("Editor"));
    m_documentationViewer->setAccessibleName(tr("Documentation"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_fileTree);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_documentationViewer);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    setCentralWidget(splitter);

    connect(&m_readWatcher, &QFutureWatcher<TextFileReader::Result>::finished, this, &MainWindow::showReadResult);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 720);
}

// A read still running when the window closes owns copies of everything it uses and reports
// into the future's shared state, so the window need not (and must not) wait for the disk.
MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open File…"), this, &MainWindow::chooseFileToOpen);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Pygen Studio"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::chooseFileToOpen()
{
    auto *dialog = new QFileDialog(this, tr("Open File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Python and Markdown files (*.py *.md *.toml *.txt *.cfg)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFile);
    dialog->open();
}

void MainWindow::openFile(const QString &path)
{
    qCDebug(logStudio) << "Opening" << path;
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    // A newer request replaces an older one that has not finished; only the newest is shown.
    m_readWatcher.setFuture(TextFileReader::readInBackground(path));
}

void MainWindow::showReadResult()
{
    const TextFileReader::Result result = m_readWatcher.result();
    if (!result.succeeded()) {
        statusBar()->showMessage(result.errorMessage);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the file"), result.errorMessage,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT fileOpenFailed(result.path, result.errorMessage);
        return;
    }

    const QFileInfo info(result.path);
    m_editor->setFileName(info.fileName());
    m_editor->setPlainText(result.text);
    if (isMarkdown(result.path))
        m_documentationViewer->showMarkdown(result.text, QUrl::fromLocalFile(info.absoluteFilePath()));
    setWindowFilePath(info.absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    Q_EMIT fileOpened(result.path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pygen Studio"),
                       tr("<h3>Pygen Studio %1</h3>"
                          "<p>Turns an idea for a Python package into a complete, tested and documented "
                          "package with the help of language models, local or in the cloud.</p>")
                           .arg(QString::fromLatin1(version)));
}

} // namespace Pygen
