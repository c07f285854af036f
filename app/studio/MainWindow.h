#pragma once

#include "project/TextFileReader.h"

#include <KSyntaxHighlighting/Repository>
#include <QFutureWatcher>
#include <QMainWindow>

class QStandardItemModel;
class QTreeView;

namespace Pygen {

class CodeEditor;
class DocumentationViewer;

// The studio's main window: the package's files, an editor and the documentation side by side.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the file in the background, then shows it in the editor (and, for Markdown, in the
    // documentation viewer). Ends with fileOpened or fileOpenFailed.
    void openFile(const QString &path);

    QTreeView *fileTree() const { return m_fileTree; }
    CodeEditor *editor() const { return m_editor; }
    DocumentationViewer *documentationViewer() const { return m_documentationViewer; }

Q_SIGNALS:
    void fileOpened(const QString &path);
    void fileOpenFailed(const QString &path, const QString &message);

private:
    void createMenus();
    void chooseFileToOpen();
    void showReadResult();
    void showAbout();

    // Every editor and viewer highlights from this one, loaded once.
    KSyntaxHighlighting::Repository m_repository;
    QStandardItemModel *m_packageModel;
    QTreeView *m_fileTree;
    CodeEditor *m_editor;
    DocumentationViewer *m_documentationViewer;
    QFutureWatcher<TextFileReader::Result> m_readWatcher;
};

} // namespace Pygen
