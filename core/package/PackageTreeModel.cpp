#include "PackageTreeModel.h"

#include "PackagePath.h"
#include "project/Project.h"

#include <algorithm>

namespace Pygen {

struct PackageTreeModel::Node
{
    QString name;
    QString path; // the package path; for folders the folder's path
    bool folder = true;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children; // folders first, then files, by name
    FileInfo info; // files only

    int row() const
    {
        if (!parent)
            return 0;
        const auto found = std::find_if(parent->children.cbegin(), parent->children.cend(),
                                        [this](const std::unique_ptr<Node> &child) { return child.get() == this; });
        return int(found - parent->children.cbegin());
    }

    // Where a node with this name and kind belongs among the children.
    int insertionRow(const QString &childName, bool childIsFolder) const
    {
        const auto before = [&](const std::unique_ptr<Node> &child) {
            if (child->folder != childIsFolder)
                return child->folder;
            const int caseless = QString::compare(child->name, childName, Qt::CaseInsensitive);
            return caseless != 0 ? caseless < 0 : child->name < childName;
        };
        return int(std::find_if_not(children.cbegin(), children.cend(), before) - children.cbegin());
    }

    Node *childFolder(const QString &childName) const
    {
        for (const std::unique_ptr<Node> &child : children) {
            if (child->folder && child->name == childName)
                return child.get();
        }
        return nullptr;
    }
};

PackageTreeModel::PackageTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

PackageTreeModel::~PackageTreeModel() = default;

Project *PackageTreeModel::project() const
{
    return m_project;
}

void PackageTreeModel::setProject(Project *project)
{
    if (project == m_project)
        return;
    for (QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_project = project;
    if (project) {
        // stateChanged follows every file change, but the file signals come first and let a view
        // update the row before anything else reads the state.
        m_connections[0] = connect(project, &Project::stateChanged, this, &PackageTreeModel::synchronise);
        m_connections[1] = connect(project, &Project::fileChanged, this, &PackageTreeModel::synchronise);
        m_connections[2] = connect(project, &Project::fileRemoved, this, &PackageTreeModel::synchronise);
        // By the time destroyed() comes, the project's members are gone: forget it before reading.
        m_connections[3] = connect(project, &QObject::destroyed, this, [this] {
            m_project = nullptr;
            rebuild();
        });
    }
    rebuild();
}

QString PackageTreeModel::badgeText(FileStatus status, FileOrigin origin)
{
    if (origin == FileOrigin::Edited)
        return tr("edited by you");
    if (origin == FileOrigin::Fallback)
        return tr("fallback");
    switch (status) {
    case FileStatus::Planned:
        return tr("planned");
    case FileStatus::Generating:
        return tr("generating");
    case FileStatus::Generated:
        return tr("generated");
    case FileStatus::Failed:
        return tr("failed");
    case FileStatus::Skipped:
        return tr("skipped");
    }
    return {};
}

QString PackageTreeModel::statusText(FileStatus status)
{
    switch (status) {
    case FileStatus::Planned:
        return tr("Planned, not generated yet");
    case FileStatus::Generating:
        return tr("Being generated");
    case FileStatus::Generated:
        return tr("Generated");
    case FileStatus::Failed:
        return tr("Generation failed");
    case FileStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QMap<QString, PackageTreeModel::FileInfo> PackageTreeModel::currentFiles() const
{
    QMap<QString, FileInfo> files;
    if (!m_project)
        return files;
    const ProjectState &state = m_project->state();
    // The plan first, so that a written file's record replaces its planned entry.
    if (state.plan) {
        for (const PlannedFile &planned : state.plan->files) {
            // A plan a person is still editing may hold a path that cannot be a file.
            if (PackagePath::isSafe(planned.path))
                files.insert(planned.path, FileInfo{planned.role, FileOrigin::Generated, FileStatus::Planned, {}});
        }
    }
    for (const PackageFile &file : m_project->package().files())
        files.insert(file.path, FileInfo{file.role, file.origin, file.status, file.message});
    for (auto it = state.files.cbegin(); it != state.files.cend(); ++it) {
        if (PackagePath::isSafe(it.key()))
            files.insert(it.key(), FileInfo{it->role, it->origin, it->status, it->message});
    }
    return files;
}

void PackageTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    const QMap<QString, FileInfo> files = currentFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        Node *parent = m_root.get();
        const QStringList parts = it.key().split(u'/');
        QString folderPath;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            folderPath = folderPath.isEmpty() ? parts[i] : folderPath + u'/' + parts[i];
            Node *folder = parent->childFolder(parts[i]);
            if (!folder) {
                auto created = std::make_unique<Node>(Node{parts[i], folderPath, true, parent, {}, {}});
                folder = created.get();
                parent->children.insert(parent->children.begin() + parent->insertionRow(parts[i], true),
                                        std::move(created));
            }
            parent = folder;
        }
        auto file = std::make_unique<Node>(Node{parts.last(), it.key(), false, parent, {}, it.value()});
        parent->children.insert(parent->children.begin() + parent->insertionRow(parts.last(), false), std::move(file));
    }
    endResetModel();
}

void PackageTreeModel::collectFiles(Node *node, QMap<QString, Node *> &files)
{
    for (const std::unique_ptr<Node> &child : node->children) {
        if (child->folder)
            collectFiles(child.get(), files);
        else
            files.insert(child->path, child.get());
    }
}

void PackageTreeModel::synchronise()
{
    const QMap<QString, FileInfo> wanted = currentFiles();
    QMap<QString, Node *> shown;
    collectFiles(m_root.get(), shown);

    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (!wanted.contains(it.key()))
            removeFileNode(it.value());
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        Node *node = shown.value(it.key());
        if (!node) {
            insertFile(it.key(), it.value());
        } else if (!(node->info == it.value())) {
            node->info = it.value();
            const QModelIndex changed = indexForNode(node);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

void PackageTreeModel::removeFileNode(Node *node)
{
    // The highest folder that holds nothing else goes with the file.
    while (node->parent != m_root.get() && node->parent->children.size() == 1)
        node = node->parent;
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexForNode(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void PackageTreeModel::insertFile(const QString &path, const FileInfo &info)
{
    Node *parent = m_root.get();
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        Node *folder = parent->childFolder(parts[i]);
        if (!folder) {
            const QString folderPath = parent == m_root.get() ? parts[i] : parent->path + u'/' + parts[i];
            const int row = parent->insertionRow(parts[i], true);
            beginInsertRows(indexForNode(parent), row, row);
            auto created = std::make_unique<Node>(Node{parts[i], folderPath, true, parent, {}, {}});
            folder = created.get();
            parent->children.insert(parent->children.begin() + row, std::move(created));
            endInsertRows();
        }
        parent = folder;
    }
    const int row = parent->insertionRow(parts.last(), false);
    beginInsertRows(indexForNode(parent), row, row);
    parent->children.insert(parent->children.begin() + row,
                            std::make_unique<Node>(Node{parts.last(), path, false, parent, {}, info}));
    endInsertRows();
}

PackageTreeModel::Node *PackageTreeModel::nodeForIndex(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

PackageTreeModel::Node *PackageTreeModel::nodeForPath(const QString &path) const
{
    if (path.isEmpty())
        return nullptr;
    Node *node = m_root.get();
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i + 1 == parts.size();
        Node *next = nullptr;
        // A file and a folder may share a name; the file wins for the last part.
        for (const std::unique_ptr<Node> &child : node->children) {
            if (child->name == parts[i] && (child->folder || last)) {
                next = child.get();
                if (!child->folder)
                    break;
            }
        }
        if (!next)
            return nullptr;
        node = next;
    }
    return node;
}

QModelIndex PackageTreeModel::indexForNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex PackageTreeModel::indexForPath(const QString &path) const
{
    return indexForNode(nodeForPath(path));
}

QString PackageTreeModel::pathForIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index));
    return nodeForIndex(index)->path;
}

QModelIndex PackageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeForIndex(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex PackageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexForNode(nodeForIndex(child)->parent);
}

int PackageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeForIndex(parent)->children.size());
}

int PackageTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PackageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index));
    const Node *node = nodeForIndex(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::ToolTipRole: {
        if (node->folder)
            return node->path;
        QString tip = node->path + u'\n' + statusText(node->info.status);
        if (node->info.origin == FileOrigin::Edited)
            tip += u'\n' + tr("Edited by you.");
        else if (node->info.origin == FileOrigin::Fallback)
            tip += u'\n' + tr("Written from a template because the model could not write it.");
        if (!node->info.message.isEmpty())
            tip += u'\n' + node->info.message;
        return tip;
    }
    case PathRole:
        return node->path;
    case IsFolderRole:
        return node->folder;
    default:
        break;
    }
    if (node->folder)
        return {};
    switch (role) {
    case FileRoleRole:
        return int(node->info.role);
    case StatusRole:
        return int(node->info.status);
    case OriginRole:
        return int(node->info.origin);
    case MessageRole:
        return node->info.message;
    case BadgeRole:
        return badgeText(node->info.status, node->info.origin);
    default:
        return {};
    }
}

QVariant PackageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Package files");
    return {};
}

Qt::ItemFlags PackageTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index));
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!nodeForIndex(index)->folder)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QHash<int, QByteArray> PackageTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(IsFolderRole, "isFolder");
    names.insert(FileRoleRole, "fileRole");
    names.insert(StatusRole, "status");
    names.insert(OriginRole, "origin");
    names.insert(MessageRole, "message");
    names.insert(BadgeRole, "badge");
    return names;
}

} // namespace Pygen
