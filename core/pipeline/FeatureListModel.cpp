#include "pipeline/FeatureListModel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

QString normalisedForComparison(const QString &feature)
{
    return feature.simplified().toCaseFolded();
}

} // namespace

FeatureListModel::FeatureListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Every structural change and edit ends in featuresChanged, and refreshes the duplicates.
    const auto changed = [this] { Q_EMIT featuresChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, changed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(this, &QAbstractItemModel::rowsMoved, this, changed);
    connect(this, &QAbstractItemModel::modelReset, this, changed);
}

FeatureListModel::~FeatureListModel() = default;

QStringList FeatureListModel::features() const
{
    QStringList result;
    result.reserve(m_features.size());
    for (const QString &feature : m_features)
        result.append(feature.trimmed());
    return result;
}

void FeatureListModel::setFeatures(const QStringList &features)
{
    beginResetModel();
    m_features = features;
    endResetModel();
}

QString FeatureListModel::stripListMarker(const QString &line)
{
    // Bullets, numbers ("1." "2)"), letters ("a)") and task boxes ("[ ]", "[x]") as editors write them.
    static const QRegularExpression marker(
        u"^\\s*(?:[-*+\u2022\u2023\u25E6\u2013\u2014]|\\d{1,3}[.)]|[A-Za-z][)]|\\[[ xX]?\\])\\s+"_s);
    QString stripped = line;
    stripped.remove(marker);
    // "- [ ] task" has two markers.
    stripped.remove(marker);
    return stripped.trimmed();
}

int FeatureListModel::insertLines(int row, const QString &text)
{
    QStringList texts;
    const QStringList lines = text.split(QRegularExpression(u"\\r\\n|\\r|\\n"_s));
    for (const QString &line : lines) {
        const QString feature = stripListMarker(line);
        if (!feature.isEmpty())
            texts.append(feature);
    }
    if (row < 0 || row > m_features.size())
        row = int(m_features.size());
    insertTexts(row, texts);
    return int(texts.size());
}

void FeatureListModel::insertTexts(int row, const QStringList &texts)
{
    if (texts.isEmpty())
        return;
    beginInsertRows({}, row, row + int(texts.size()) - 1);
    for (qsizetype i = 0; i < texts.size(); ++i)
        m_features.insert(row + i, texts.at(i));
    endInsertRows();
    refreshProblems();
}

std::optional<QString> FeatureListModel::problem(int row) const
{
    if (row < 0 || row >= m_features.size())
        return std::nullopt;
    const QString key = normalisedForComparison(m_features.at(row));
    if (key.isEmpty())
        return tr("Feature %1 is empty: describe it or remove it.").arg(row + 1);
    for (int earlier = 0; earlier < row; ++earlier) {
        if (normalisedForComparison(m_features.at(earlier)) == key)
            return tr("Feature %1 repeats feature %2: remove one or say how they differ.")
                .arg(row + 1)
                .arg(earlier + 1);
    }
    return std::nullopt;
}

bool FeatureListModel::hasProblems() const
{
    for (int row = 0; row < m_features.size(); ++row) {
        if (problem(row))
            return true;
    }
    return false;
}

int FeatureListModel::usableCount() const
{
    int count = 0;
    for (int row = 0; row < m_features.size(); ++row) {
        if (!problem(row))
            ++count;
    }
    return count;
}

int FeatureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_features.size());
}

QVariant FeatureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_features.at(index.row());
    case Qt::ToolTipRole:
    case ProblemRole:
        if (const auto found = problem(index.row()))
            return *found;
        return {};
    default:
        return {};
    }
}

bool FeatureListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // A line pasted into the editor keeps its first line here; insertLines handles many.
    const QString text = value.toString().section(u'\n', 0, 0).trimmed();
    if (m_features.at(index.row()) == text)
        return true;
    m_features[index.row()] = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    refreshProblems();
    Q_EMIT featuresChanged();
    return true;
}

Qt::ItemFlags FeatureListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

bool FeatureListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_features.size() || count <= 0)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_features.insert(row, QString());
    endInsertRows();
    refreshProblems();
    return true;
}

bool FeatureListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_features.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_features.remove(row, count);
    endRemoveRows();
    refreshProblems();
    return true;
}

bool FeatureListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_features.size() || destinationChild < 0 || destinationChild > m_features.size())
        return false;
    // Moving a block onto itself is no move (and beginMoveRows refuses it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QStringList moved = m_features.mid(sourceRow, count);
    m_features.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_features.insert(target + i, moved.at(i));
    endMoveRows();
    refreshProblems();
    return true;
}

Qt::DropActions FeatureListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions FeatureListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList FeatureListModel::mimeTypes() const
{
    return {QString(mimeType), u"text/plain"_s};
}

QMimeData *FeatureListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QStringList texts;
    for (const int row : std::as_const(rows))
        texts.append(m_features.at(row));
    auto *data = new QMimeData;
    data->setData(QString(mimeType), QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
    data->setText(texts.join(u'\n'));
    return data;
}

bool FeatureListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int column,
                                       const QModelIndex &parent) const
{
    if (!data || parent.isValid() || column > 0 || !(action == Qt::MoveAction || action == Qt::CopyAction))
        return false;
    return data->hasFormat(QString(mimeType)) || data->hasText();
}

bool FeatureListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (row < 0 || row > m_features.size())
        row = int(m_features.size());
    // Our own rows arrive as copies: for a move, the view that started the drag removes the
    // originals afterwards (QListView moves with moveRows instead, when it can).
    if (data->hasFormat(QString(mimeType))) {
        const QJsonArray array = QJsonDocument::fromJson(data->data(QString(mimeType))).array();
        QStringList texts;
        for (const QJsonValue &value : array)
            texts.append(value.toString());
        insertTexts(row, texts);
        return !texts.isEmpty();
    }
    return insertLines(row, data->text()) > 0;
}

void FeatureListModel::refreshProblems()
{
    if (m_features.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(int(m_features.size()) - 1), {Qt::ToolTipRole, ProblemRole});
}

} // namespace Pygen
