#include "Translations.h"

#include "LoggingCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Pygen {

bool installTranslations(QCoreApplication &application, const QLocale &locale)
{
    // Qt's catalogue translates the standard buttons and dialogs; a missing one is not an error.
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto *pygenTranslator = new QTranslator(&application);
    if (!pygenTranslator->load(locale, QStringLiteral("pygen"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qCDebug(logCore) << "No Pygen translation for" << locale.uiLanguages();
        delete pygenTranslator;
        return false;
    }
    QCoreApplication::installTranslator(pygenTranslator);
    return true;
}

} // namespace Pygen
