#pragma once

#include <QAbstractListModel>
#include <QStringList>

#include <optional>

namespace Pygen {

// The features of a spec as an editable list: rows are edited in place, moved (moveRows, which
// views use for internal drag and drop), dragged to other views as MIME data and dropped in from
// them, and pasted many at once with insertLines(). Problems (empty or duplicate features) are
// reported per row, not refused, so a person can finish typing.
class FeatureListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureListModel)

public:
    enum Role {
        // The row's problem as a sentence; an invalid QVariant when there is none.
        ProblemRole = Qt::UserRole + 1,
    };

    // Rows carried in a drag: a JSON array of the features' texts.
    static constexpr QLatin1StringView mimeType{"application/x-pygen-features"};

    explicit FeatureListModel(QObject *parent = nullptr);
    ~FeatureListModel() override;

    // The features as edited, trimmed, in order (empty rows included).
    QStringList features() const;
    void setFeatures(const QStringList &features);

    // One feature per non-empty line of `text`, with list markers ("- ", "* ", "• ", "1. ", "2) ")
    // stripped, inserted before `row` (-1 or rowCount(): at the end). Returns how many were added.
    int insertLines(int row, const QString &text);
    // "- Fetch data" → "Fetch data"; "12) Plot" → "Plot"; trimmed.
    static QString stripListMarker(const QString &line);

    std::optional<QString> problem(int row) const;
    bool hasProblems() const;
    // Rows that are neither empty nor repeated: what at least one of must exist.
    int usableCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // After any change of text, order or count.
    void featuresChanged();

private:
    void insertTexts(int row, const QStringList &texts);
    // Problems depend on other rows: a change anywhere can add or clear a duplicate elsewhere.
    void refreshProblems();

    QStringList m_features;
};

} // namespace Pygen
