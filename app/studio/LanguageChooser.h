#pragma once

#include <QLocale>
#include <QString>

namespace Pygen {

// Which language the studio speaks: the one chosen in the settings, else the system's. Used once
// at start-up for Pygen::installTranslations, before any window exists.
class LanguageChooser final
{
public:
    // `languageSetting` is StudioSettings::language(): a BCP 47 name ("de", "en") or empty for
    // the system. A name Qt does not know falls back to the system locale as well.
    static QLocale localeFor(const QString &languageSetting, const QLocale &system);
};

} // namespace Pygen
