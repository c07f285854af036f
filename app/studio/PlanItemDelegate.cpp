#include "PlanItemDelegate.h"

#include "pipeline/PlanTreeModel.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>

namespace Pygen {

namespace {

bool isRoleCell(const QModelIndex &index)
{
    return index.column() == PlanTreeModel::RoleColumn && !index.parent().isValid();
}

} // namespace

PlanItemDelegate::PlanItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (!isRoleCell(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *roles = new QComboBox(parent);
    roles->addItems(PlanTreeModel::fileRoleNames());
    roles->setAccessibleName(tr("File role"));
    return roles;
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *roles = qobject_cast<QComboBox *>(editor); roles && isRoleCell(index)) {
        roles->setCurrentIndex(roles->findText(index.data(Qt::EditRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *roles = qobject_cast<QComboBox *>(editor); roles && isRoleCell(index)) {
        model->setData(index, roles->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void PlanItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // An icon rather than a colour: it reads the same in every palette and to colour-blind eyes.
    if (index.column() == 0 && index.data(PlanTreeModel::HasProblemRole).toBool()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace Pygen
