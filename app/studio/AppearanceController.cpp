#include "AppearanceController.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Pygen {

namespace {

const QString fusion = QStringLiteral("Fusion");

void setStyleNamed(const QString &name)
{
    if (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

AppearanceController::AppearanceController(StudioSettings &settings, QObject *parent)
    : QObject(parent)
    , m_systemStyleName(QApplication::style() ? QApplication::style()->name() : fusion)
    , m_systemPalette(QApplication::palette())
{
    connect(&settings, &StudioSettings::appearanceChanged, this, &AppearanceController::apply);
    apply(settings.appearance());
}

AppearanceController::~AppearanceController() = default;

void AppearanceController::apply(StudioSettings::Appearance appearance)
{
    switch (appearance) {
    case StudioSettings::Appearance::Light:
        setStyleNamed(fusion);
        QApplication::setPalette(lightPalette());
        return;
    case StudioSettings::Appearance::Dark:
        setStyleNamed(fusion);
        QApplication::setPalette(darkPalette());
        return;
    case StudioSettings::Appearance::FollowSystem:
        break;
    }
    setStyleNamed(m_systemStyleName);
    QApplication::setPalette(m_systemPalette);
}

QPalette AppearanceController::lightPalette()
{
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1d, 0x1d, 0x1d);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    const QColor highlight(0x30, 0x8c, 0xc6);
    QPalette palette(text, window, Qt::white, QColor(0xa0, 0xa0, 0xa0), QColor(0xb8, 0xb8, 0xb8), text, Qt::white);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb5));
    palette.setColor(QPalette::LinkVisited, QColor(0x74, 0x3a, 0xa6));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xc8, 0xc8, 0xc8));
    return palette;
}

QPalette AppearanceController::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7a, 0x7a, 0x7a);
    const QColor highlight(0x2f, 0x7d, 0xc4);
    QPalette palette(text, window, QColor(0x4a, 0x4a, 0x4e), QColor(0x1a, 0x1a, 0x1a), QColor(0x3a, 0x3a, 0x3d), text,
                     base);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8e, 0xe0));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

} // namespace Pygen
