#include "CommandLineTool.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Pygen {

CommandLineTool::CommandLineTool(QTextStream &output, QTextStream &errors)
    : m_output(output)
    , m_errors(errors)
{
}

int CommandLineTool::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("pygen turns an idea for a Python package into a tested, documented package with language "
           "models, without the graphical studio."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const QString helpHint = tr("Run 'pygen --help' for the options.");
    if (!parser.parse(arguments)) {
        m_errors << "pygen: " << parser.errorText() << u'\n' << helpHint << u'\n';
        return BadUsage;
    }
    if (parser.isSet(helpOption)) {
        m_output << parser.helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_output << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    if (parser.positionalArguments().isEmpty()) {
        m_errors << tr("pygen: nothing to do.") << u'\n' << parser.helpText();
        return BadUsage;
    }
    m_errors << tr("pygen: unknown command '%1'.").arg(parser.positionalArguments().constFirst()) << u'\n' << helpHint
             << u'\n';
    return BadUsage;
}

} // namespace Pygen
