#pragma once

class QCoreApplication;
class QLocale;

namespace Pygen {

// Installs translators for Pygen's own strings (embedded under :/i18n) and for Qt's, in the
// language of the locale. Returns whether Pygen's catalogue for that language was found.
bool installTranslations(QCoreApplication &application, const QLocale &locale);

} // namespace Pygen
