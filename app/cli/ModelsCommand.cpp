#include "ModelsCommand.h"

#include "ExitCode.h"
#include "SubcommandHelp.h"
#include "llm/ModelListReply.h"
#include "llm/ProviderClient.h"

#include <QTextStream>

namespace Pygen {

ModelsCommand::ModelsCommand(QTextStream &output, QTextStream &errors, QNetworkAccessManager &network,
                             CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_errors(errors)
    , m_network(network)
    , m_credentials(credentials)
    , m_providerOptions(m_parser)
{
}

ModelsCommand::~ModelsCommand() = default;

std::optional<int> ModelsCommand::parse(const QStringList &arguments)
{
    m_parser.setApplicationDescription(tr("Lists the models a provider offers, with their context length."));
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    if (!m_parser.parse(arguments) || !m_parser.positionalArguments().isEmpty()) {
        const QString problem = m_parser.errorText().isEmpty()
            ? tr("unexpected argument “%1”.").arg(m_parser.positionalArguments().value(0))
            : m_parser.errorText();
        m_errors << "pygen models: " << problem << u'\n' << tr("Run 'pygen models --help' for the options.") << u'\n';
        return BadUsage;
    }
    if (m_parser.isSet(helpOption)) {
        m_output << subcommandHelp(m_parser, u"models");
        return Success;
    }
    if (const QString problem = m_providerOptions.read(m_parser); !problem.isEmpty()) {
        m_errors << "pygen models: " << problem << u'\n';
        return BadUsage;
    }
    return std::nullopt;
}

void ModelsCommand::start()
{
    m_providerOptions.resolveKey(m_credentials, this,
                                 [this](const ProviderConfiguration &configuration) { list(configuration); });
}

void ModelsCommand::list(const ProviderConfiguration &configuration)
{
    if (m_cancelled)
        return;
    if (const QString problem = configuration.problem(); !problem.isEmpty()) {
        m_errors << "pygen models: " << problem << u'\n';
        Q_EMIT finished(configuration.wouldSendKeyInsecurely() ? BadUsage : JobFailed);
        return;
    }
    m_client = ProviderClient::create(configuration, &m_network, this);
    m_reply = m_client->listModels();
    connect(m_reply, &ModelListReply::finished, this, &ModelsCommand::report);
}

void ModelsCommand::report()
{
    if (m_cancelled) {
        m_errors << tr("Cancelled.") << u'\n';
        Q_EMIT finished(Interrupted);
        return;
    }
    const ProviderConfiguration &configuration = m_client->configuration();
    if (m_reply->error().isError()) {
        m_errors << "pygen models: " << m_reply->error().message << u'\n';
        Q_EMIT finished(JobFailed);
        return;
    }
    const QList<ModelInfo> models = m_reply->models();
    if (models.isEmpty()) {
        m_errors << (configuration.preset.kind == ProviderKind::Ollama
                         ? tr("Ollama at %1 has no models installed. Pull one, for example: ollama pull llama3.2")
                               .arg(configuration.displayBaseUrl())
                         : tr("%1 at %2 offers no models.")
                               .arg(configuration.preset.displayName, configuration.displayBaseUrl()))
                 << u'\n';
        Q_EMIT finished(Success);
        return;
    }
    qsizetype idWidth = tr("MODEL").size();
    for (const ModelInfo &model : models)
        idWidth = std::max(idWidth, model.id.size());
    m_output << tr("MODEL").leftJustified(idWidth + 2) << tr("CONTEXT").leftJustified(10) << tr("DETAILS") << u'\n';
    for (const ModelInfo &model : models) {
        const QString context = model.contextLength ? QString::number(*model.contextLength) : QStringLiteral("-");
        m_output << model.id.leftJustified(idWidth + 2) << context.leftJustified(10) << model.details << u'\n';
    }
    if (!m_reply->serverVersion().isEmpty())
        m_errors << tr("%1 %2 at %3")
                        .arg(configuration.preset.displayName, m_reply->serverVersion(), configuration.displayBaseUrl())
                 << u'\n';
    m_output.flush();
    Q_EMIT finished(Success);
}

void ModelsCommand::cancel()
{
    m_cancelled = true;
    if (m_reply && !m_reply->isFinished())
        m_reply->cancel();
    else if (!m_reply)
        Q_EMIT finished(Interrupted);
}

} // namespace Pygen
