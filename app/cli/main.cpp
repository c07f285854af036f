#include "CommandLineTool.h"
#include "InterruptWatcher.h"
#include "PygenVersion.h"
#include "Translations.h"
#include "llm/SecretRedactor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pygen"));
    QCoreApplication::setApplicationName(QStringLiteral("pygen"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Pygen::version));
    Pygen::installTranslations(application, QLocale::system());
    Pygen::SecretRedactor::installMessageHandler();
    // Standard error is the user's here: the commands say what happened in their own words, so
    // the library's informational log would only repeat it. QT_LOGGING_RULES still overrides.
    QLoggingCategory::setFilterRules(QStringLiteral("pygen.*.info=false"));

    QTextStream output(stdout);
    QTextStream errors(stderr);
    Pygen::CommandLineTool tool(output, errors);
    Pygen::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &Pygen::InterruptWatcher::interrupted, &tool, &Pygen::CommandLineTool::cancel);
    if (const std::optional<int> exitCode = tool.start(QCoreApplication::arguments()))
        return *exitCode;
    QObject::connect(&tool, &Pygen::CommandLineTool::finished, &application,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    return QCoreApplication::exec();
}
