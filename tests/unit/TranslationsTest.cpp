#include "Translations.h"
#include "project/TextFileReader.h"

#include <QLocale>
#include <QtTest/QTest>

// The .ts -> .qm -> embedded resource -> translator chain, checked through a real message.
// The order matters: translators stay installed for the rest of the process.
class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageWithoutCatalogueKeepsEnglish()
    {
        QVERIFY(!Pygen::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swahili)));
        QVERIFY(Pygen::TextFileReader::read(QString()).errorMessage.startsWith(QStringLiteral("No file name")));
    }

    void germanTranslatesCoreMessages()
    {
        QVERIFY(Pygen::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        const QString message = Pygen::TextFileReader::read(QString()).errorMessage;
        QVERIFY2(message.startsWith(QStringLiteral("Es wurde kein Dateiname angegeben")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
