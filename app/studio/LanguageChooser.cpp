#include "LanguageChooser.h"

namespace Pygen {

QLocale LanguageChooser::localeFor(const QString &languageSetting, const QLocale &system)
{
    const QString name = languageSetting.trimmed();
    if (name.isEmpty())
        return system;
    const QLocale chosen(name);
    // QLocale turns an unknown name into the C locale, which has no translations at all.
    if (chosen.language() == QLocale::C || chosen.language() == QLocale::AnyLanguage)
        return system;
    return chosen;
}

} // namespace Pygen
