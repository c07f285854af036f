#pragma once

#include "package/FileRole.h"

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace Pygen {

// Paints a package tree row: an icon for the kind of file (Python module, test, Markdown, config,
// text, licence, folder …) and, at the right, a small coloured pill with the file's badge
// ("generating", "edited by you" …) and its status icon. The pill's colours are picked for the
// palette, so they read on light and dark themes alike.
class PackageItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageItemDelegate)

public:
    enum class BadgeKind { Planned, Generating, Generated, Edited, Fallback, Failed, Skipped };

    struct BadgeColours
    {
        QColor background;
        QColor border;
        QColor text;
    };

    explicit PackageItemDelegate(QObject *parent = nullptr);
    ~PackageItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The icon for a row of PackageTreeModel.
    QIcon iconFor(const QModelIndex &index) const;
    // ":/icons/files/<name>.svg" for a file at `path` (or a folder).
    static QString fileIconName(const QString &path, FileRole role, bool folder);
    static BadgeKind badgeKind(FileStatus status, FileOrigin origin);
    static BadgeColours badgeColours(BadgeKind kind, const QPalette &palette);
    // Where the badge of this row is painted; empty when the row has none.
    QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon cachedIcon(const QString &resource) const;
    QSize badgeSize(const QStyleOptionViewItem &option, const QString &text) const;
    static QFont badgeFont(const QFont &itemFont);

    // QIcon renders and caches each SVG per size, so one QIcon per resource is kept.
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace Pygen
