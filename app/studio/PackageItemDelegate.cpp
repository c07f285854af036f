#include "PackageItemDelegate.h"

#include "package/PackageTreeModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>

namespace Pygen {

namespace {

// Space around the pill and between its parts, in pixels.
constexpr int badgeMargin = 4;
constexpr int badgePadding = 5;
constexpr int badgeIconGap = 3;

QString statusIconResource(PackageItemDelegate::BadgeKind kind)
{
    using Kind = PackageItemDelegate::BadgeKind;
    switch (kind) {
    case Kind::Planned:
        return QStringLiteral(":/icons/status/planned.svg");
    case Kind::Generating:
        return QStringLiteral(":/icons/status/generating.svg");
    case Kind::Generated:
        return QStringLiteral(":/icons/status/generated.svg");
    case Kind::Edited:
        return QStringLiteral(":/icons/status/edited.svg");
    case Kind::Fallback:
        return QStringLiteral(":/icons/status/fallback.svg");
    case Kind::Failed:
        return QStringLiteral(":/icons/status/failed.svg");
    case Kind::Skipped:
        return QStringLiteral(":/icons/status/skipped.svg");
    }
    return {};
}

// The hue and saturation of each badge; the lightness comes from the palette.
QColor badgeHue(PackageItemDelegate::BadgeKind kind)
{
    using Kind = PackageItemDelegate::BadgeKind;
    switch (kind) {
    case Kind::Planned:
        return QColor(0x7f, 0x8b, 0x97);
    case Kind::Generating:
        return QColor(0x2f, 0x7f, 0xd0);
    case Kind::Generated:
        return QColor(0x2f, 0x9e, 0x55);
    case Kind::Edited:
        return QColor(0x8a, 0x4f, 0xc8);
    case Kind::Fallback:
        return QColor(0xe0, 0x96, 0x2a);
    case Kind::Failed:
        return QColor(0xd0, 0x39, 0x2b);
    case Kind::Skipped:
        return QColor(0x8b, 0x96, 0xa1);
    }
    return Qt::gray;
}

} // namespace

PackageItemDelegate::PackageItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

PackageItemDelegate::~PackageItemDelegate() = default;

QString PackageItemDelegate::fileIconName(const QString &path, FileRole role, bool folder)
{
    auto resource = [](QStringView name) { return QStringLiteral(":/icons/files/%1.svg").arg(name); };
    if (folder)
        return resource(u"folder");
    const QString name = path.section(u'/', -1).toLower();
    const QString suffix = QFileInfo(name).suffix();
    if (name.startsWith(u"license") || name.startsWith(u"licence") || name.startsWith(u"copying"))
        return resource(u"licence");
    const bool python = suffix == u"py" || suffix == u"pyi";
    if (role == FileRole::Test
        || (python && (name.startsWith(u"test_") || name.endsWith(u"_test.py") || name == u"conftest.py")))
        return resource(u"test");
    if (python)
        return resource(u"python");
    if (suffix == u"md" || suffix == u"markdown")
        return resource(u"markdown");
    if (suffix == u"toml" || suffix == u"cfg" || suffix == u"ini" || suffix == u"yaml" || suffix == u"yml"
        || suffix == u"json" || (name.startsWith(u'.') && name.indexOf(u'.', 1) < 0)
        || name.startsWith(u"requirements"))
        return resource(u"config");
    if (suffix == u"txt" || suffix == u"rst")
        return resource(u"text");
    return resource(u"file");
}

QIcon PackageItemDelegate::cachedIcon(const QString &resource) const
{
    auto found = m_icons.constFind(resource);
    if (found == m_icons.cend())
        found = m_icons.insert(resource, QIcon(resource));
    return *found;
}

QIcon PackageItemDelegate::iconFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const bool folder = index.data(PackageTreeModel::IsFolderRole).toBool();
    const auto role = FileRole(index.data(PackageTreeModel::FileRoleRole).toInt());
    return cachedIcon(fileIconName(index.data(PackageTreeModel::PathRole).toString(), role, folder));
}

PackageItemDelegate::BadgeKind PackageItemDelegate::badgeKind(FileStatus status, FileOrigin origin)
{
    // The same precedence as PackageTreeModel::badgeText.
    if (origin == FileOrigin::Edited)
        return BadgeKind::Edited;
    if (origin == FileOrigin::Fallback)
        return BadgeKind::Fallback;
    switch (status) {
    case FileStatus::Planned:
        return BadgeKind::Planned;
    case FileStatus::Generating:
        return BadgeKind::Generating;
    case FileStatus::Generated:
        return BadgeKind::Generated;
    case FileStatus::Failed:
        return BadgeKind::Failed;
    case FileStatus::Skipped:
        return BadgeKind::Skipped;
    }
    return BadgeKind::Planned;
}

PackageItemDelegate::BadgeColours PackageItemDelegate::badgeColours(BadgeKind kind, const QPalette &palette)
{
    const QColor hue = badgeHue(kind);
    const float h = hue.hslHueF();
    const float s = hue.hslSaturationF();
    // A pale pill with dark text on light themes, a deep one with pale text on dark themes: the
    // text keeps a contrast of well over 4.5:1 either way.
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor::fromHslF(h, s * 0.55f, 0.24f), QColor::fromHslF(h, s * 0.6f, 0.45f),
                QColor::fromHslF(h, s * 0.7f, 0.86f)};
    return {QColor::fromHslF(h, s * 0.7f, 0.91f), QColor::fromHslF(h, s * 0.6f, 0.70f),
            QColor::fromHslF(h, s * 0.9f, 0.26f)};
}

QFont PackageItemDelegate::badgeFont(const QFont &itemFont)
{
    QFont font = itemFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(qMax(8, font.pixelSize() * 85 / 100));
    return font;
}

QSize PackageItemDelegate::badgeSize(const QStyleOptionViewItem &option, const QString &text) const
{
    const QFontMetrics metrics(badgeFont(option.font));
    const int height = metrics.height() + 2;
    const int iconSize = height - 4;
    return {badgePadding + iconSize + badgeIconGap + metrics.horizontalAdvance(text) + badgePadding, height};
}

QRect PackageItemDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(PackageTreeModel::BadgeRole).toString();
    if (text.isEmpty())
        return {};
    QSize size = badgeSize(option, text);
    size.setHeight(qMin(size.height(), option.rect.height()));
    QRect rect(QPoint(), size);
    rect.moveRight(option.rect.right() - badgeMargin);
    rect.moveTop(option.rect.top() + (option.rect.height() - size.height()) / 2);
    return rect;
}

void PackageItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QIcon icon = iconFor(index);
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void PackageItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const QRect badge = badgeRect(item, index);
    if (!badge.isEmpty()) {
        // The name gives way to the badge: elide it to the room left of the pill.
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        const int room = badge.left() - badgeMargin - textRect.left();
        item.text = item.fontMetrics.elidedText(item.text, item.textElideMode, qMax(0, room));
    }
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (badge.isEmpty())
        return;

    const auto kind = badgeKind(FileStatus(index.data(PackageTreeModel::StatusRole).toInt()),
                                FileOrigin(index.data(PackageTreeModel::OriginRole).toInt()));
    const BadgeColours colours = badgeColours(kind, option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QPen(colours.border, 1));
    painter->setBrush(colours.background);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);

    const int iconSize = badge.height() - 4;
    const QRect iconRect(badge.left() + badgePadding, badge.top() + 2, iconSize, iconSize);
    cachedIcon(statusIconResource(kind)).paint(painter, iconRect);

    painter->setFont(badgeFont(option.font));
    painter->setPen(colours.text);
    const QRect textRect = badge.adjusted(badgePadding + iconSize + badgeIconGap, 0, -badgePadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, index.data(PackageTreeModel::BadgeRole).toString());
    painter->restore();
}

QSize PackageItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(PackageTreeModel::BadgeRole).toString();
    if (!text.isEmpty()) {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QSize badge = badgeSize(item, text);
        size.rwidth() += badgeMargin * 2 + badge.width();
        size.setHeight(qMax(size.height(), badge.height()));
    }
    return size;
}

} // namespace Pygen
