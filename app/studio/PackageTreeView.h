#pragma once

#include <QPointer>
#include <QTreeView>

class QAction;

namespace Pygen {

class PackageItemDelegate;
class PackageTreeModel;
class ProjectSession;

// The package's files as a tree, with file-type icons and status badges, and the file actions a
// person needs beside the editor: Open (Enter, double click), Rename (F2), Delete (Del), New File
// (Ctrl+Alt+N) and Copy Path (Ctrl+Shift+C), in the context menu and on the keyboard. Changes go
// through the session, and a change the session refuses is explained in a message box.
class PackageTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageTreeView)

public:
    explicit PackageTreeView(QWidget *parent = nullptr);
    ~PackageTreeView() override;

    // Shows the session's project; nullptr shows nothing. The session must outlive its use here
    // or be destroyed first (the view then shows nothing).
    void setSession(ProjectSession *session);
    ProjectSession *session() const;
    PackageTreeModel *packageModel() const { return m_model; }
    PackageItemDelegate *packageDelegate() const { return m_delegate; }

    // The package path of the current file or folder; empty when nothing is current.
    QString currentPath() const;
    // The icon painted for a row.
    QIcon iconForIndex(const QModelIndex &index) const;

    QAction *openAction() const { return m_openAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *newFileAction() const { return m_newFileAction; }
    QAction *copyPathAction() const { return m_copyPathAction; }

Q_SIGNALS:
    // A file should be shown in the editor (its package path).
    void openRequested(const QString &path);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    QAction *addViewAction(const QString &text, const QString &iconName, const QList<QKeySequence> &shortcuts);
    void updateActions();
    bool currentIsFolder() const;
    // Package paths of the files at or below `path`.
    QStringList filesUnder(const QModelIndex &index) const;
    void openCurrent();
    void renameCurrent();
    void deleteCurrent();
    void createNewFile();
    void copyCurrentPath();
    void select(const QString &path);
    void showRefusal(const QString &title, const QString &message);
    void expandInsertedFolders(const QModelIndex &parent, int first, int last);

    PackageTreeModel *m_model;
    PackageItemDelegate *m_delegate;
    QPointer<ProjectSession> m_session;
    QAction *m_openAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_newFileAction = nullptr;
    QAction *m_copyPathAction = nullptr;
};

} // namespace Pygen
