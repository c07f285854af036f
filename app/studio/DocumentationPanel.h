#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

namespace Pygen {

class CodeEditor;
class DocumentationViewer;
class ProjectSession;

// The main window's documentation pane: an outline of the shown document's headings, the rendered
// Markdown (or, on request, its source), and a choice between README.md and DOCUMENTATION.md
// when the package has both. It follows the project: when the shown file changes it is shown
// again, keeping the place.
class DocumentationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentationPanel)

public:
    // The repository is shared by every viewer and editor and must outlive the panel.
    explicit DocumentationPanel(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~DocumentationPanel() override;

    // Shows the package's README.md (or DOCUMENTATION.md when it has no README); null shows
    // nothing. The session must outlive the panel or be replaced first.
    void setSession(ProjectSession *session);
    // Shows a Markdown file of the package; a path the package has no file at shows the
    // placeholder.
    void showDocument(const QString &packagePath);
    // The package path shown; empty when the placeholder is shown.
    QString documentPath() const { return m_documentPath; }

    DocumentationViewer *viewer() const { return m_viewer; }
    CodeEditor *sourceView() const { return m_source; }
    QTreeView *outline() const { return m_outline; }
    QComboBox *documentChooser() const { return m_chooser; }
    // Checkable: the Markdown source instead of the rendered document (Ctrl+Shift+M).
    QAction *showSourceAction() const { return m_showSourceAction; }
    bool isShowingSource() const;

Q_SIGNALS:
    // A link to a file of the package that is not Markdown (Markdown opens in the panel).
    void fileLinkActivated(const QString &packagePath, const QString &fragment);
    // A link that was not followed, and why, for the status bar.
    void linkRefused(const QString &message);

private:
    void fileChanged(const QString &path);
    void fileRemoved(const QString &path);
    void refreshChooser();
    void showDefaultDocument();
    void showPlaceholder();
    void render(bool keepPlace);
    void rebuildOutline();
    void scrollToOutlineEntry(const QModelIndex &index);
    void setShowingSource(bool source);
    void followFileLink(const QString &packagePath, const QString &fragment);
    QString contentOf(const QString &packagePath, bool *found) const;

    QPointer<ProjectSession> m_session;
    QString m_documentPath;
    QComboBox *m_chooser;
    QLabel *m_chooserLabel;
    QToolButton *m_sourceButton;
    QAction *m_showSourceAction;
    QTreeView *m_outline;
    QStandardItemModel *m_outlineModel;
    QStackedWidget *m_pages;
    DocumentationViewer *m_viewer;
    CodeEditor *m_source;
    bool m_updatingChooser = false;
};

} // namespace Pygen
