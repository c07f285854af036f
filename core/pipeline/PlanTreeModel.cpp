#include "pipeline/PlanTreeModel.h"

#include "pipeline/PlanReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

FileRole guessedRole(const QString &path)
{
    const QString lower = path.toLower();
    const QString name = lower.section(u'/', -1);
    if (name.startsWith(u"test_"_s) || name.endsWith(u"_test.py"_s) || name == u"conftest.py")
        return FileRole::Test;
    if (lower.startsWith(u"examples/"_s) && lower.endsWith(u".py"_s))
        return FileRole::Example;
    if (lower.endsWith(u".py"_s))
        return FileRole::Module;
    if (lower.endsWith(u".md"_s) || lower.endsWith(u".rst"_s) || lower.endsWith(u".txt"_s))
        return FileRole::Doc;
    return FileRole::Config;
}

// "files[3].interface[1].signature: …" → file 3, entry 1, field "signature".
struct ProblemPlace
{
    int file = -1;
    int entry = -1;
    QString field;
};

ProblemPlace placeOf(const QString &problem)
{
    static const QRegularExpression pattern(u"^files\\[(\\d+)\\](?:\\.interface\\[(\\d+)\\])?(?:\\.(\\w+))?"_s);
    const QRegularExpressionMatch match = pattern.match(problem);
    if (!match.hasMatch())
        return {};
    ProblemPlace place;
    place.file = match.captured(1).toInt();
    if (match.hasCaptured(2) && !match.captured(2).isEmpty())
        place.entry = match.captured(2).toInt();
    place.field = match.captured(3);
    return place;
}

// What a problem is about: the text before ": ".
QString fieldOf(const QString &problem)
{
    return problem.section(u": "_s, 0, 0);
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    validate();
}

PlanTreeModel::~PlanTreeModel() = default;

QStringList PlanTreeModel::fileRoleNames()
{
    QStringList names;
    for (const FileRole role : {FileRole::Module, FileRole::Test, FileRole::Example, FileRole::Doc, FileRole::Config})
        names.append(fileRoleName(role));
    return names;
}

void PlanTreeModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_fileIds.clear();
    for (qsizetype i = 0; i < m_plan.files.size(); ++i)
        m_fileIds.append(m_nextId++);
    endResetModel();
    changed();
}

void PlanTreeModel::setImportName(const QString &importName)
{
    if (m_plan.importName == importName)
        return;
    m_plan.importName = importName;
    changed();
}

void PlanTreeModel::setDistributionName(const QString &distributionName)
{
    if (m_plan.distributionName == distributionName)
        return;
    m_plan.distributionName = distributionName;
    changed();
}

void PlanTreeModel::setSummary(const QString &summary)
{
    if (m_plan.summary == summary)
        return;
    m_plan.summary = summary;
    changed();
}

void PlanTreeModel::setDependencies(const QStringList &dependencies)
{
    if (m_plan.dependencies == dependencies)
        return;
    m_plan.dependencies = dependencies;
    changed();
}

QModelIndex PlanTreeModel::addFile(const QString &path)
{
    const int row = int(m_plan.files.size());
    beginInsertRows({}, row, row);
    PlannedFile file;
    file.path = path.trimmed();
    file.role = guessedRole(file.path);
    m_plan.files.append(file);
    m_fileIds.append(m_nextId++);
    endInsertRows();
    changed();
    return index(row, PathColumn);
}

bool PlanTreeModel::removeFile(int row)
{
    if (row < 0 || row >= m_plan.files.size())
        return false;
    beginRemoveRows({}, row, row);
    const QString path = m_plan.files.at(row).path;
    m_plan.files.removeAt(row);
    m_fileIds.removeAt(row);
    endRemoveRows();
    // A file that is gone is nothing to depend on.
    for (PlannedFile &file : m_plan.files)
        file.dependsOn.removeAll(path);
    changed();
    return true;
}

QModelIndex PlanTreeModel::addInterfaceEntry(int fileRow)
{
    if (fileRow < 0 || fileRow >= m_plan.files.size())
        return {};
    const QModelIndex parentIndex = index(fileRow, PathColumn);
    const int row = int(m_plan.files.at(fileRow).interface.size());
    beginInsertRows(parentIndex, row, row);
    m_plan.files[fileRow].interface.append(InterfaceEntry{});
    endInsertRows();
    changed();
    return index(row, SignatureColumn, parentIndex);
}

bool PlanTreeModel::removeInterfaceEntry(int fileRow, int row)
{
    if (fileRow < 0 || fileRow >= m_plan.files.size() || row < 0 || row >= m_plan.files.at(fileRow).interface.size())
        return false;
    beginRemoveRows(index(fileRow, PathColumn), row, row);
    m_plan.files[fileRow].interface.removeAt(row);
    endRemoveRows();
    changed();
    return true;
}

QModelIndex PlanTreeModel::indexForProblem(const QString &problem) const
{
    const ProblemPlace place = placeOf(problem);
    if (place.file < 0 || place.file >= m_plan.files.size())
        return {};
    if (place.entry >= 0) {
        if (place.entry >= m_plan.files.at(place.file).interface.size())
            return index(place.file, PathColumn);
        return index(place.entry, place.field == u"summary" ? SummaryColumn : SignatureColumn,
                     index(place.file, PathColumn));
    }
    const int column = place.field == u"role" ? RoleColumn : place.field == u"purpose" ? PurposeColumn : PathColumn;
    return index(place.file, column);
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, m_fileIds.at(parent.row()));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = fileRow(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, PathColumn, quintptr(0));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.files.size());
    if (!isFile(parent) || parent.column() != PathColumn)
        return 0;
    return int(m_plan.files.at(parent.row()).interface.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int PlanTreeModel::fileRow(quintptr id) const
{
    return int(m_fileIds.indexOf(id));
}

QStringList PlanTreeModel::problemsFor(const QModelIndex &index) const
{
    if (isFile(index))
        return m_rowProblems.value({index.row(), -1});
    return m_rowProblems.value({fileRow(index.internalId()), index.row()});
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == ProblemRole)
        return problemsFor(index);
    if (role == HasProblemRole)
        return !problemsFor(index).isEmpty();
    if (role == Qt::ToolTipRole) {
        const QStringList problems = problemsFor(index);
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};

    if (isFile(index)) {
        const PlannedFile &file = m_plan.files.at(index.row());
        switch (index.column()) {
        case PathColumn:
            return file.path;
        case RoleColumn:
            return fileRoleName(file.role);
        case PurposeColumn:
            return file.purpose;
        default:
            return {};
        }
    }
    const int row = fileRow(index.internalId());
    if (row < 0)
        return {};
    const InterfaceEntry &entry = m_plan.files.at(row).interface.at(index.row());
    switch (index.column()) {
    case SignatureColumn:
        return entry.signature;
    case SummaryColumn:
        return entry.summary;
    default:
        return {};
    }
}

bool PlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString();

    if (isFile(index)) {
        PlannedFile &file = m_plan.files[index.row()];
        switch (index.column()) {
        case PathColumn: {
            const QString path = text.trimmed();
            if (path == file.path)
                return true;
            const QString old = file.path;
            file.path = path;
            // A rename keeps what depended on the file pointing at it — unless the old path still
            // names another file, or the new one already did: then the references were not (or
            // would not be) about this file alone.
            const auto named = [this](const QString &candidate) {
                return std::count_if(m_plan.files.cbegin(), m_plan.files.cend(),
                                     [&candidate](const PlannedFile &planned) { return planned.path == candidate; });
            };
            if (named(old) == 0 && named(path) == 1) {
                for (PlannedFile &other : m_plan.files)
                    std::replace(other.dependsOn.begin(), other.dependsOn.end(), old, path);
            }
            break;
        }
        case RoleColumn: {
            const std::optional<FileRole> fileRole = fileRoleFromName(text.trimmed());
            if (!fileRole)
                return false;
            if (*fileRole == file.role)
                return true;
            file.role = *fileRole;
            break;
        }
        case PurposeColumn:
            if (text == file.purpose)
                return true;
            file.purpose = text;
            break;
        default:
            return false;
        }
    } else {
        const int row = fileRow(index.internalId());
        if (row < 0)
            return false;
        InterfaceEntry &entry = m_plan.files[row].interface[index.row()];
        QString &field = index.column() == SignatureColumn ? entry.signature : entry.summary;
        if (index.column() != SignatureColumn && index.column() != SummaryColumn)
            return false;
        if (field == text)
            return true;
        field = text;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    changed();
    return true;
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isFile(index) || index.column() != PurposeColumn)
        result |= Qt::ItemIsEditable;
    if (!isFile(index))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path / signature");
    case RoleColumn:
        return tr("Role / summary");
    case PurposeColumn:
        return tr("Purpose");
    default:
        return {};
    }
}

void PlanTreeModel::changed()
{
    validate();
    Q_EMIT planChanged();
}

void PlanTreeModel::validate()
{
    // The schema's errors (empty fields, bad role names) and the meaning checks together: while
    // one purpose is empty, a duplicate path elsewhere must still show.
    QStringList problems = PlanReader::fromJson(m_plan.toJson()).errors;
    QSet<QString> fields;
    for (const QString &problem : std::as_const(problems))
        fields.insert(fieldOf(problem));
    for (const QString &problem : PlanReader::problems(m_plan)) {
        if (!problems.contains(problem) && !fields.contains(fieldOf(problem)))
            problems.append(problem);
    }

    QHash<QPair<int, int>, QStringList> rowProblems;
    for (const QString &problem : std::as_const(problems)) {
        const ProblemPlace place = placeOf(problem);
        if (place.file < 0 || place.file >= m_plan.files.size())
            continue;
        rowProblems[{place.file, -1}].append(problem);
        if (place.entry >= 0 && place.entry < m_plan.files.at(place.file).interface.size())
            rowProblems[{place.file, place.entry}].append(problem);
    }

    // Rows whose marks changed are repainted.
    QSet<QPair<int, int>> touched;
    for (auto it = rowProblems.cbegin(); it != rowProblems.cend(); ++it) {
        if (m_rowProblems.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    for (auto it = m_rowProblems.cbegin(); it != m_rowProblems.cend(); ++it) {
        if (!rowProblems.contains(it.key()))
            touched.insert(it.key());
    }
    m_rowProblems = rowProblems;
    for (const auto &[file, entry] : std::as_const(touched)) {
        if (file >= m_plan.files.size())
            continue;
        const QModelIndex first = entry < 0 ? index(file, 0) : index(entry, 0, index(file, 0));
        if (!first.isValid())
            continue;
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1),
                           {ProblemRole, HasProblemRole, Qt::ToolTipRole});
    }

    if (problems != m_problems) {
        m_problems = problems;
        Q_EMIT problemsChanged();
    }
}

} // namespace Pygen
