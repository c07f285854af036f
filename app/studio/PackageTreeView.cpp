#include "PackageTreeView.h"

#include "PackageItemDelegate.h"
#include "package/PackageTreeModel.h"
#include "project/ProjectSession.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace Pygen {

PackageTreeView::PackageTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new PackageTreeModel(this))
    , m_delegate(new PackageItemDelegate(this))
{
    setAccessibleName(tr("Package files"));
    setAccessibleDescription(tr("The files of the package with their state. Enter opens a file, F2 renames it, "
                                "Del deletes it."));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Renaming goes through the session (F2 opens a dialog), never through an inline editor.
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(true);

    m_openAction = addViewAction(tr("&Open"), QStringLiteral("document-open"), {Qt::Key_Return, Qt::Key_Enter});
    m_renameAction = addViewAction(tr("&Rename…"), QStringLiteral("edit-rename"), {Qt::Key_F2});
    m_deleteAction = addViewAction(tr("&Delete…"), QStringLiteral("edit-delete"), {QKeySequence::Delete});
    m_newFileAction =
        addViewAction(tr("&New File…"), QStringLiteral("document-new"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)});
    m_copyPathAction =
        addViewAction(tr("&Copy Path"), QStringLiteral("edit-copy"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    connect(m_openAction, &QAction::triggered, this, &PackageTreeView::openCurrent);
    connect(m_renameAction, &QAction::triggered, this, &PackageTreeView::renameCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &PackageTreeView::deleteCurrent);
    connect(m_newFileAction, &QAction::triggered, this, &PackageTreeView::createNewFile);
    connect(m_copyPathAction, &QAction::triggered, this, &PackageTreeView::copyCurrentPath);

    // After the actions: setting the model calls currentChanged(), which updates them.
    setModel(m_model);
    setItemDelegate(m_delegate);

    // Folders open on double click by expanding (QTreeView does that); files ask to be opened.
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(PackageTreeModel::IsFolderRole).toBool())
            Q_EMIT openRequested(m_model->pathForIndex(index));
    });
    // A new project and the folders the pipeline adds are shown open, so its files are in sight.
    connect(m_model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PackageTreeView::expandInsertedFolders);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PackageTreeView::updateActions);
    updateActions();
}

PackageTreeView::~PackageTreeView() = default;

ProjectSession *PackageTreeView::session() const
{
    return m_session;
}

QAction *PackageTreeView::addViewAction(const QString &text, const QString &iconName,
                                        const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setShortcuts(shortcuts);
    // Only while the tree has focus: Del and Enter mean something else in the editor.
    action->setShortcutContext(Qt::WidgetShortcut);
    addAction(action);
    return action;
}

void PackageTreeView::setSession(ProjectSession *session)
{
    m_session = session;
    m_model->setProject(session ? &session->project() : nullptr);
    updateActions();
}

QString PackageTreeView::currentPath() const
{
    return m_model->pathForIndex(currentIndex());
}

QIcon PackageTreeView::iconForIndex(const QModelIndex &index) const
{
    return m_delegate->iconFor(index);
}

bool PackageTreeView::currentIsFolder() const
{
    return currentIndex().data(PackageTreeModel::IsFolderRole).toBool();
}

void PackageTreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    updateActions();
}

void PackageTreeView::updateActions()
{
    const bool hasCurrent = currentIndex().isValid();
    const bool hasSession = m_session != nullptr;
    m_openAction->setEnabled(hasCurrent);
    m_renameAction->setEnabled(hasSession && hasCurrent && !currentIsFolder());
    m_deleteAction->setEnabled(hasSession && hasCurrent);
    m_newFileAction->setEnabled(hasSession);
    m_copyPathAction->setEnabled(hasCurrent);
}

void PackageTreeView::expandInsertedFolders(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex inserted = m_model->index(row, 0, parent);
        if (inserted.data(PackageTreeModel::IsFolderRole).toBool())
            expand(inserted);
    }
}

QStringList PackageTreeView::filesUnder(const QModelIndex &index) const
{
    if (!index.data(PackageTreeModel::IsFolderRole).toBool())
        return {m_model->pathForIndex(index)};
    QStringList files;
    for (int row = 0; row < m_model->rowCount(index); ++row)
        files += filesUnder(m_model->index(row, 0, index));
    return files;
}

void PackageTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    // A click beside the rows means "no file": New File then goes to the package's top.
    const QModelIndex clicked = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (event->reason() == QContextMenuEvent::Mouse && !clicked.isValid())
        setCurrentIndex({});
    updateActions();

    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_openAction);
    menu->addSeparator();
    menu->addAction(m_newFileAction);
    menu->addAction(m_renameAction);
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addAction(m_copyPathAction);
    menu->popup(event->globalPos());
    event->accept();
}

void PackageTreeView::openCurrent()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    if (index.data(PackageTreeModel::IsFolderRole).toBool())
        setExpanded(index, !isExpanded(index));
    else
        Q_EMIT openRequested(m_model->pathForIndex(index));
}

void PackageTreeView::renameCurrent()
{
    const QString from = currentPath();
    if (!m_session || from.isEmpty() || currentIsFolder())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename File"));
    dialog->setLabelText(tr("New path of %1 inside the package (use / for folders):").arg(from));
    dialog->setTextValue(from);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, from](const QString &value) {
        const QString to = value.trimmed();
        if (!m_session || to == from)
            return;
        if (const auto refused = m_session->renameFile(from, to)) {
            showRefusal(tr("Cannot Rename %1").arg(from), *refused);
            return;
        }
        select(to);
    });
    dialog->open();
    // The name without its suffix is what one usually changes.
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        const qsizetype nameStart = from.lastIndexOf(u'/') + 1;
        const qsizetype dot = from.lastIndexOf(u'.');
        const qsizetype nameEnd = dot > nameStart ? dot : from.size();
        edit->setSelection(int(nameStart), int(nameEnd - nameStart));
    }
}

void PackageTreeView::deleteCurrent()
{
    const QModelIndex index = currentIndex();
    if (!m_session || !index.isValid())
        return;
    const QString path = m_model->pathForIndex(index);
    const QStringList files = filesUnder(index);
    const bool folder = index.data(PackageTreeModel::IsFolderRole).toBool();

    auto *box =
        new QMessageBox(QMessageBox::Question, folder ? tr("Delete Folder") : tr("Delete File"),
                        folder ? tr("Delete the folder %1 and the %n file(s) in it?", "", int(files.size())).arg(path)
                               : tr("Delete %1?").arg(path),
                        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The files are removed from the package folder on disk. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, files, path](QAbstractButton *clicked) {
        if (clicked != remove || !m_session)
            return;
        const Project &project = m_session->project();
        QStringList plannedOnly;
        for (const QString &file : files) {
            if (!project.package().contains(file) && !project.state().files.contains(file)) {
                plannedOnly.append(file);
                continue;
            }
            if (const auto refused = m_session->deleteFile(file)) {
                showRefusal(tr("Cannot Delete %1").arg(path), *refused);
                return;
            }
        }
        if (!plannedOnly.isEmpty()) {
            showRefusal(tr("Cannot Delete %1").arg(path),
                        tr("%1 is only planned, not written yet. Remove it from the plan instead.")
                            .arg(plannedOnly.join(QStringLiteral(", "))));
        }
    });
    box->open();
}

void PackageTreeView::createNewFile()
{
    if (!m_session)
        return;
    // In the current folder, or beside the current file.
    QString folder = currentPath();
    if (!folder.isEmpty() && !currentIsFolder())
        folder = folder.contains(u'/') ? folder.section(u'/', 0, -2) : QString();
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';

    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New File"));
    dialog->setLabelText(tr("Path of the new file inside the package (use / for folders):"));
    dialog->setTextValue(prefix);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &value) {
        const QString path = value.trimmed();
        if (!m_session)
            return;
        if (const auto refused = m_session->createFile(path)) {
            showRefusal(tr("Cannot Create the File"), *refused);
            return;
        }
        select(path);
        Q_EMIT openRequested(path);
    });
    dialog->open();
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setCursorPosition(int(prefix.size()));
}

void PackageTreeView::copyCurrentPath()
{
    const QString path = currentPath();
    if (!path.isEmpty())
        QGuiApplication::clipboard()->setText(path);
}

void PackageTreeView::select(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return;
    scrollTo(index);
    setCurrentIndex(index);
}

void PackageTreeView::showRefusal(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Pygen
