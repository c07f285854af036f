#pragma once

#include "FileRole.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

namespace Pygen {

class Project;

// The files a project knows, as a tree of folders and files: those in package/, those its
// project.json records, and those the plan names that are not written yet (Planned). Folders come
// first, then files, each sorted by name regardless of case. The model follows the project's
// signals with row inserts, removes and dataChanged, so views keep their selection and expansion
// while the pipeline runs; only a different project resets it. A folder exists only while a file
// is below it.
class PackageTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageTreeModel)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // package path; a folder's own path for folders
        IsFolderRole,
        FileRoleRole, // FileRole as int
        StatusRole, // FileStatus as int
        OriginRole, // FileOrigin as int
        MessageRole, // why the file failed or was skipped
        BadgeRole, // a short translated word for the file's state: "generated", "edited by you" …
    };
    Q_ENUM(Role)

    explicit PackageTreeModel(QObject *parent = nullptr);
    ~PackageTreeModel() override;

    // nullptr shows nothing. The model does not own the project and forgets it when it is destroyed.
    void setProject(Project *project);
    Project *project() const;

    // The index of the file or folder at `path`, or an invalid index.
    QModelIndex indexForPath(const QString &path) const;
    QString pathForIndex(const QModelIndex &index) const;

    // The badge BadgeRole shows for a file in this state.
    static QString badgeText(FileStatus status, FileOrigin origin);
    static QString statusText(FileStatus status);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct FileInfo
    {
        FileRole role = FileRole::Module;
        FileOrigin origin = FileOrigin::Generated;
        FileStatus status = FileStatus::Planned;
        QString message;
        friend bool operator==(const FileInfo &, const FileInfo &) = default;
    };
    struct Node;

    // What the project knows now, by package path.
    QMap<QString, FileInfo> currentFiles() const;
    // Brings the tree in line with the project by inserts, removes and dataChanged.
    void synchronise();
    void rebuild();
    void removeFileNode(Node *node);
    void insertFile(const QString &path, const FileInfo &info);
    Node *nodeForIndex(const QModelIndex &index) const;
    Node *nodeForPath(const QString &path) const;
    QModelIndex indexForNode(const Node *node) const;
    static void collectFiles(Node *node, QMap<QString, Node *> &files);

    QPointer<Project> m_project;
    std::unique_ptr<Node> m_root;
    QMetaObject::Connection m_connections[4];
};

} // namespace Pygen
