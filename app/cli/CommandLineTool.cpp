#include "CommandLineTool.h"

#include "ChatCommand.h"
#include "ExitCode.h"
#include "KeyCommand.h"
#include "ModelsCommand.h"
#include "PipelineCommand.h"
#include "PullCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Pygen {

CommandLineTool::CommandLineTool(QTextStream &output, QTextStream &errors, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_errors(errors)
{
}

CommandLineTool::~CommandLineTool() = default;

template<typename Command>
std::optional<int> CommandLineTool::startCommand(Command *command, const QStringList &arguments)
{
    m_command = command;
    // The command's own parser sees "pygen models …" as if "models" were the program.
    if (const std::optional<int> exitCode = command->parse(arguments.mid(1))) {
        delete command;
        return exitCode;
    }
    connect(command, &Command::finished, this, &CommandLineTool::finished);
    m_cancelCommand = [command] { command->cancel(); };
    command->start();
    return std::nullopt;
}

std::optional<int> CommandLineTool::start(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"models")
        return startCommand(new ModelsCommand(m_output, m_errors, m_network, m_credentials, this), arguments);
    if (command == u"chat")
        return startCommand(new ChatCommand(m_output, m_errors, m_network, m_credentials, this), arguments);
    if (command == u"pull")
        return startCommand(new PullCommand(m_output, m_errors, m_network, this), arguments);
    if (command == u"key")
        return startCommand(new KeyCommand(m_output, m_errors, m_credentials, this), arguments);
    const std::optional<PipelineCommand::Mode> pipelineMode = command == u"enhance" ? PipelineCommand::Mode::Enhance
        : command == u"plan"                                                        ? PipelineCommand::Mode::Plan
        : command == u"generate" ? std::optional(PipelineCommand::Mode::Generate)
                                 : std::nullopt;
    if (pipelineMode) {
        return startCommand(new PipelineCommand(*pipelineMode, m_output, m_errors, m_network, m_credentials, this),
                            arguments);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("pygen turns an idea for a Python package into a tested, documented package with language "
           "models, without the graphical studio.\n\n"
           "Commands:\n"
           "  models   List the models a provider offers.\n"
           "  chat     Send a prompt to a model and stream the reply.\n"
           "  pull     Download a model into Ollama.\n"
           "  key      Store an API key in the system keychain, or remove it.\n"
           "  enhance  Enhance a package request and print it as JSON.\n"
           "  plan     Plan a package and print the plan as JSON.\n"
           "  generate Generate a whole package into a project folder.\n\n"
           "Run 'pygen COMMAND --help' for a command's options."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("models, chat, pull, key, enhance, plan or generate"),
                                 tr("command"));

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

void CommandLineTool::cancel()
{
    if (m_command && m_cancelCommand)
        m_cancelCommand();
    else
        Q_EMIT finished(Interrupted);
}

} // namespace Pygen
