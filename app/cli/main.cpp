#include "CommandLineTool.h"
#include "PygenVersion.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pygen"));
    QCoreApplication::setApplicationName(QStringLiteral("pygen"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Pygen::version));
    Pygen::installTranslations(application, QLocale::system());

    QTextStream output(stdout);
    QTextStream errors(stderr);
    Pygen::CommandLineTool tool(output, errors);
    return tool.run(QCoreApplication::arguments());
}
