#include "PullCommand.h"

#include "ExitCode.h"
#include "SubcommandHelp.h"
#include "llm/ModelPullReply.h"
#include "llm/OllamaClient.h"

#include <QLocale>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Pygen {

PullCommand::PullCommand(QTextStream &output, QTextStream &errors, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_errors(errors)
    , m_network(network)
    , m_providerOptions(m_parser)
{
}

PullCommand::~PullCommand() = default;

std::optional<int> PullCommand::parse(const QStringList &arguments)
{
    m_parser.setApplicationDescription(tr("Downloads a model into Ollama, showing the progress."));
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    m_parser.addPositionalArgument(QStringLiteral("model"),
                                   tr("The model, as in Ollama's library: llama3.2, "
                                      "qwen2.5-coder:7b, …"),
                                   tr("model"));
    const auto badUsage = [this](const QString &message) {
        m_errors << "pygen pull: " << message << u'\n' << tr("Run 'pygen pull --help' for the options.") << u'\n';
        return BadUsage;
    };
    if (!m_parser.parse(arguments))
        return badUsage(m_parser.errorText());
    if (m_parser.isSet(helpOption)) {
        m_output << subcommandHelp(m_parser, u"pull");
        return Success;
    }
    if (const QString problem = m_providerOptions.read(m_parser); !problem.isEmpty())
        return badUsage(problem);
    if (m_providerOptions.configuration().preset.kind != ProviderKind::Ollama)
        return badUsage(tr("only Ollama downloads models; %1 offers its models as they are.")
                            .arg(m_providerOptions.configuration().preset.displayName));
    if (m_parser.positionalArguments().size() != 1 || m_parser.positionalArguments().constFirst().trimmed().isEmpty())
        return badUsage(tr("name one model, for example: pygen pull llama3.2"));
    m_model = m_parser.positionalArguments().constFirst().trimmed();
    m_terminal = ::isatty(STDERR_FILENO);
    return std::nullopt;
}

void PullCommand::start()
{
    m_client = new OllamaClient(m_providerOptions.configuration(), &m_network, this);
    m_reply = m_client->pullModel(m_model);
    connect(m_reply, &ModelPullReply::progressChanged, this, &PullCommand::showProgress);
    connect(m_reply, &ModelPullReply::finished, this, &PullCommand::report);
}

void PullCommand::showProgress(const QString &status, qint64 completed, qint64 total)
{
    const QLocale locale;
    QString line = status;
    if (total > 0)
        line += tr(": %1% (%2 of %3)")
                    .arg(completed * 100 / total)
                    .arg(locale.formattedDataSize(completed), locale.formattedDataSize(total));
    const bool sameStep = status == m_lastStatus;
    if (m_terminal) {
        // Redrawn in place while a step progresses; a new step starts a new line.
        if (line == m_lastLine)
            return;
        if (!m_lastLine.isEmpty())
            m_errors << (sameStep ? u"\r\x1b[K"_s : u"\n"_s);
        m_errors << line;
    } else {
        // A log gets each step once, not every percent of it.
        if (sameStep)
            return;
        m_errors << line << u'\n';
    }
    m_errors.flush();
    m_lastLine = line;
    m_lastStatus = status;
}

void PullCommand::report()
{
    if (m_terminal && !m_lastLine.isEmpty())
        m_errors << u'\n';
    if (m_reply->succeeded()) {
        m_errors << tr("“%1” is ready in Ollama.").arg(m_model) << u'\n';
        Q_EMIT finished(Success);
    } else if (m_reply->error().isError()) {
        m_errors << "pygen pull: " << m_reply->error().message << u'\n';
        Q_EMIT finished(JobFailed);
    } else {
        m_errors << tr("Cancelled.") << u'\n';
        Q_EMIT finished(Interrupted);
    }
    m_errors.flush();
}

void PullCommand::cancel()
{
    if (m_reply)
        m_reply->cancel();
    else
        Q_EMIT finished(Interrupted);
}

} // namespace Pygen
