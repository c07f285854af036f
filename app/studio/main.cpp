#include "MainWindow.h"
#include "PygenVersion.h"
#include "Translations.h"
#include "llm/SecretRedactor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pygen"));
    QApplication::setApplicationName(QStringLiteral("pygen-studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(Pygen::version));
    QApplication::setDesktopFileName(QStringLiteral("pygen-studio"));
    Pygen::installTranslations(application, QLocale::system());
    Pygen::SecretRedactor::installMessageHandler();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Pygen Studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pygen-studio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Pygen Studio turns an idea for a Python package into a tested, "
                                "documented package with language models."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A file to open."),
                                 QStringLiteral("[file]"));
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << u'\n'
                            << QApplication::translate("main", "Run 'pygen-studio --help' for the options.") << u'\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QApplication::applicationName() << u' ' << QApplication::applicationVersion() << u'\n';
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << QApplication::translate("main", "Give at most one file to open.") << u'\n';
        return 2;
    }

    Pygen::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
