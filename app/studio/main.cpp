#include "AppearanceController.h"
#include "LanguageChooser.h"
#include "LoggingCategories.h"
#include "MainWindow.h"
#include "PygenVersion.h"
#include "StudioServices.h"
#include "StudioSettings.h"
#include "Translations.h"
#include "llm/SecretRedactor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pygen"));
    QApplication::setApplicationName(QStringLiteral("pygen-studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(Pygen::version));
    QApplication::setDesktopFileName(QStringLiteral("pygen-studio"));
    Pygen::SecretRedactor::installMessageHandler();

    Pygen::StudioServices services;
    Pygen::installTranslations(application,
                               Pygen::LanguageChooser::localeFor(services.settings().language(), QLocale::system()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Pygen Studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pygen-studio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Pygen Studio turns an idea for a Python package into a tested, "
                                "documented package with language models."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QApplication::translate("main",
                                "A project folder to open, or a spec or plan JSON file to start a new "
                                "package from."),
        QStringLiteral("[path]"));
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
        QTextStream(stderr) << QApplication::translate("main", "Give at most one project folder or file.") << u'\n';
        return 2;
    }

    Pygen::AppearanceController appearance(services.settings());
    Pygen::MainWindow window(services);
    window.show();
    // After the first expose and paint: the moment the startup benchmark measures to.
    QTimer::singleShot(0, &window, [] { qCDebug(Pygen::logStudio) << "Main window shown"; });

    const QString path = parser.positionalArguments().value(0);
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (info.isFile() && info.suffix().compare(u"json", Qt::CaseInsensitive) == 0
            && info.fileName() != u"project.json")
            window.startNewPackage(info.absoluteFilePath());
        else
            window.openProject(info.absoluteFilePath());
    } else if (services.settings().recentProjects().isEmpty()) {
        // First run: nothing to open yet, so start where a new user starts.
        QTimer::singleShot(0, &window, [&window] { window.startNewPackage(); });
    }
    return QApplication::exec();
}
