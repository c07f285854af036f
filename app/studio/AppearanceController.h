#pragma once

#include "StudioSettings.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace Pygen {

// Applies StudioSettings::appearance() to the application and follows its changes live: Fusion
// with a light or dark palette, or the platform's own style and palette for FollowSystem. Widgets
// get QEvent::PaletteChange, which CodeEditor uses to pick a matching highlighting theme.
class AppearanceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceController)

public:
    // Remembers the platform's style and palette (as they are now) for FollowSystem, then applies
    // the stored appearance. Needs a QApplication.
    explicit AppearanceController(StudioSettings &settings, QObject *parent = nullptr);
    ~AppearanceController() override;

    void apply(StudioSettings::Appearance appearance);

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    QString m_systemStyleName;
    QPalette m_systemPalette;
};

} // namespace Pygen
