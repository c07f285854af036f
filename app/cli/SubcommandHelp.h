#pragma once

#include <QCommandLineParser>
#include <QString>

namespace Pygen {

// QCommandLineParser names only the program in its usage line; a command's help names both.
inline QString subcommandHelp(const QCommandLineParser &parser, QStringView command)
{
    QString help = parser.helpText();
    const qsizetype options = help.indexOf(u" [options]");
    if (options >= 0)
        help.insert(options, u' ' + command.toString());
    return help;
}

} // namespace Pygen
