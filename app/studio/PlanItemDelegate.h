#pragma once

#include <QStyledItemDelegate>

namespace Pygen {

// Edits a PlanTreeModel's cells: a list of role names for a file's role, a line for the rest;
// rows PlanTreeModel marks as having a problem get a warning icon in their first column.
class PlanItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanItemDelegate)

public:
    explicit PlanItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Pygen
