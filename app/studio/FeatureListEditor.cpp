#include "FeatureListEditor.h"

#include "pipeline/FeatureListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Pygen {

namespace {

// A button that shows and triggers an action, with its own mnemonic text.
QPushButton *buttonFor(QAction *action, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setIcon(action->icon());
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    button->setEnabled(action->isEnabled());
    return button;
}

QAction *makeAction(const QString &text, const QString &iconName, const QKeySequence &shortcut, QWidget *owner)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, owner);
    action->setShortcut(shortcut);
    // Only while the list itself has the focus: an open item editor keeps Delete and Ctrl+V.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace

FeatureListEditor::FeatureListEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new FeatureListModel(this))
    , m_view(new QListView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Features"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setWordWrap(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_add = makeAction(tr("Add Feature"), QStringLiteral("list-add"), QKeySequence(Qt::Key_Insert), m_view);
    m_remove = makeAction(tr("Remove Feature"), QStringLiteral("list-remove"), QKeySequence::Delete, m_view);
    m_moveUp = makeAction(tr("Move Up"), QStringLiteral("go-up"), QKeySequence(Qt::AltModifier | Qt::Key_Up), m_view);
    m_moveDown =
        makeAction(tr("Move Down"), QStringLiteral("go-down"), QKeySequence(Qt::AltModifier | Qt::Key_Down), m_view);
    m_paste = makeAction(tr("Paste Features"), QStringLiteral("edit-paste"), QKeySequence::Paste, m_view);
    connect(m_add, &QAction::triggered, this, &FeatureListEditor::addFeature);
    connect(m_remove, &QAction::triggered, this, &FeatureListEditor::removeSelected);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_paste, &QAction::triggered, this, &FeatureListEditor::pasteFeatures);

    // Mnemonics avoid the wizard's own (Back, Next, Cancel, Finish).
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(buttonFor(m_add, tr("&Add"), this));
    buttons->addWidget(buttonFor(m_remove, tr("&Remove"), this));
    buttons->addWidget(buttonFor(m_moveUp, tr("Move &Up"), this));
    buttons->addWidget(buttonFor(m_moveDown, tr("Move Do&wn"), this));
    buttons->addWidget(buttonFor(m_paste, tr("&Paste List"), this));
    buttons->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FeatureListEditor::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FeatureListEditor::updateActions);
    connect(m_model, &FeatureListModel::featuresChanged, this, &FeatureListEditor::updateActions);
    updateActions();
}

FeatureListEditor::~FeatureListEditor() = default;

int FeatureListEditor::insertionRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() + 1 : m_model->rowCount();
}

void FeatureListEditor::addFeature()
{
    const int row = insertionRow();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->setFocus(Qt::ShortcutFocusReason);
    m_view->edit(index);
}

void FeatureListEditor::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
    // Keep a current row so that Delete can be pressed again.
    const int next = std::min(rows.constLast(), m_model->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next));
}

void FeatureListEditor::moveCurrent(int offset)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + offset;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRows' destination is the row the block goes before, counted before the move.
    const int destination = offset > 0 ? target + 1 : target;
    if (m_model->moveRows({}, row, 1, {}, destination))
        m_view->setCurrentIndex(m_model->index(target));
}

void FeatureListEditor::pasteFeatures()
{
    const QString text = QApplication::clipboard()->text();
    const int row = insertionRow();
    const int added = m_model->insertLines(row, text);
    if (added > 0) {
        m_view->setCurrentIndex(m_model->index(row + added - 1));
        m_view->selectionModel()->select(QItemSelection(m_model->index(row), m_model->index(row + added - 1)),
                                         QItemSelectionModel::ClearAndSelect);
    }
}

void FeatureListEditor::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool hasCurrent = current.isValid();
    m_remove->setEnabled(hasCurrent || m_view->selectionModel()->hasSelection());
    m_moveUp->setEnabled(hasCurrent && current.row() > 0);
    m_moveDown->setEnabled(hasCurrent && current.row() < m_model->rowCount() - 1);
}

} // namespace Pygen
