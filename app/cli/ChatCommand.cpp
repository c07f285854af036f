#include "ChatCommand.h"

#include "ExitCode.h"
#include "SubcommandHelp.h"

#include "llm/ChatReply.h"
#include "llm/ProviderClient.h"
#include "llm/ResponseCache.h"
#include "project/TextFileReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace Pygen {

ChatCommand::ChatCommand(QTextStream &output, QTextStream &errors, QNetworkAccessManager &network,
                         CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_errors(errors)
    , m_network(network)
    , m_credentials(credentials)
    , m_providerOptions(m_parser)
{
}

ChatCommand::~ChatCommand() = default;

std::optional<int> ChatCommand::parse(const QStringList &arguments)
{
    m_parser.setApplicationDescription(tr("Sends one prompt to a model and streams the reply to standard output. "
                                          "Retries, warnings and usage go to standard error."));
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   tr("The model to ask (see 'pygen models')."), tr("model"));
    const QCommandLineOption system(QStringLiteral("system"), tr("A system prompt."), tr("text"));
    const QCommandLineOption schema(QStringLiteral("json-schema"),
                                    tr("Ask for JSON that follows the JSON Schema in this file."), tr("file"));
    const QCommandLineOption temperature(QStringLiteral("temperature"), tr("Sampling temperature, 0 to 2."),
                                         tr("number"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), tr("The most tokens the reply may have."),
                                       tr("count"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("A seed, for repeatable replies where supported."),
                                  tr("number"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Ask the provider even if the same request "
                                        "was answered before, and do not keep the "
                                        "reply."));
    m_parser.addOptions({model, system, schema, temperature, maxTokens, seed, noCache});
    m_parser.addPositionalArgument(QStringLiteral("prompt"), tr("The prompt; '-' reads it from standard input."),
                                   tr("prompt…"));

    const auto badUsage = [this](const QString &message) {
        m_errors << "pygen chat: " << message << u'\n' << tr("Run 'pygen chat --help' for the options.") << u'\n';
        return BadUsage;
    };
    if (!m_parser.parse(arguments))
        return badUsage(m_parser.errorText());
    if (m_parser.isSet(helpOption)) {
        m_output << subcommandHelp(m_parser, u"chat");
        return Success;
    }
    if (const QString problem = m_providerOptions.read(m_parser); !problem.isEmpty())
        return badUsage(problem);

    m_request.model = m_parser.isSet(model) ? m_parser.value(model).trimmed() : m_providerOptions.defaultModel();
    if (m_request.model.isEmpty())
        return badUsage(tr("choose a model with --model; 'pygen models --provider %1' lists them.")
                            .arg(m_providerOptions.configuration().preset.id));
    QString prompt = m_parser.positionalArguments().join(u' ');
    if (prompt == u"-") {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return badUsage(tr("standard input cannot be read."));
        prompt = QString::fromUtf8(input.readAll());
    }
    if (prompt.trimmed().isEmpty())
        return badUsage(tr("give a prompt, for example: pygen chat --model llama3.2 \"Write a haiku\"."));
    if (m_parser.isSet(system))
        m_request.messages.append({ChatMessage::Role::System, m_parser.value(system)});
    m_request.messages.append({ChatMessage::Role::User, prompt});

    bool valid = true;
    if (m_parser.isSet(temperature)) {
        const double value = m_parser.value(temperature).toDouble(&valid);
        if (!valid || value < 0 || value > 2)
            return badUsage(
                tr("--temperature must be a number from 0 to 2, not “%1”.").arg(m_parser.value(temperature)));
        m_request.temperature = value;
    }
    if (m_parser.isSet(maxTokens)) {
        const int value = m_parser.value(maxTokens).toInt(&valid);
        if (!valid || value <= 0)
            return badUsage(
                tr("--max-tokens must be a positive whole number, not “%1”.").arg(m_parser.value(maxTokens)));
        m_request.maximumOutputTokens = value;
    }
    if (m_parser.isSet(seed)) {
        const qint64 value = m_parser.value(seed).toLongLong(&valid);
        if (!valid)
            return badUsage(tr("--seed must be a whole number, not “%1”.").arg(m_parser.value(seed)));
        m_request.seed = value;
    }
    if (m_parser.isSet(schema)) {
        const TextFileReader::Result file = TextFileReader::read(m_parser.value(schema));
        if (!file.succeeded())
            return badUsage(file.errorMessage);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.text.toUtf8(), &parseError);
        if (!document.isObject())
            return badUsage(parseError.error != QJsonParseError::NoError
                                ? tr("%1 is not valid JSON: %2 at character %3.")
                                      .arg(file.path, parseError.errorString())
                                      .arg(parseError.offset)
                                : tr("%1 must hold a JSON Schema object.").arg(file.path));
        m_request.jsonSchema = document.object();
    }
    m_request.useCache = !m_parser.isSet(noCache);
    return std::nullopt;
}

void ChatCommand::start()
{
    m_providerOptions.resolveKey(m_credentials, this,
                                 [this](const ProviderConfiguration &configuration) { send(configuration); });
}

void ChatCommand::send(const ProviderConfiguration &configuration)
{
    if (m_cancelled)
        return;
    m_cache = std::make_unique<ResponseCache>();
    m_client = ProviderClient::create(configuration, &m_network, this);
    m_client->setResponseCache(m_cache.get());
    m_reply = m_client->chat(m_request);
    // Streamed straight to the terminal: keeping a copy is only needed for the cache.
    m_reply->setKeepsText(m_request.useCache);
    connect(m_reply, &ChatReply::textReceived, this, [this](const QString &delta) {
        m_output << delta;
        m_output.flush();
        m_endsWithNewline = delta.endsWith(u'\n');
    });
    connect(m_reply, &ChatReply::retryScheduled, this, [this](const RetryWait &wait) {
        m_errors << wait.message() << u'\n';
        m_errors.flush();
    });
    connect(m_reply, &ChatReply::warningRaised, this, [this](const QString &warning) {
        m_errors << tr("Warning: %1").arg(warning) << u'\n';
        m_errors.flush();
    });
    connect(m_reply, &ChatReply::finished, this, &ChatCommand::report);
}

void ChatCommand::report()
{
    if (!m_endsWithNewline) {
        m_output << u'\n';
        m_output.flush();
    }
    const ChatUsage usage = m_reply->usage();
    QStringList parts;
    if (usage.promptTokens)
        parts.append(tr("%n prompt tokens", nullptr, *usage.promptTokens));
    if (usage.outputTokens)
        parts.append(tr("%n output tokens", nullptr, *usage.outputTokens));
    if (usage.tokensPerSecond)
        parts.append(tr("%1 tokens/s").arg(QLocale().toString(*usage.tokensPerSecond, 'f', 1)));
    if (usage.timeToFirstTokenMs)
        parts.append(
            tr("first token after %1 s").arg(QLocale().toString(double(*usage.timeToFirstTokenMs) / 1000.0, 'f', 2)));
    if (m_reply->isCached())
        parts.append(tr("from the cache"));
    if (!parts.isEmpty())
        m_errors << tr("Usage: %1.").arg(parts.join(u", ")) << u'\n';

    int exitCode = Success;
    switch (m_reply->finishReason()) {
    case FinishReason::Stop:
        break;
    case FinishReason::Length:
    case FinishReason::Filtered:
        // The warning has been printed; the reply is incomplete, so the job did not succeed.
        exitCode = JobFailed;
        break;
    case FinishReason::Cancelled:
        m_errors << tr("Cancelled.") << u'\n';
        exitCode = Interrupted;
        break;
    case FinishReason::Error:
        m_errors << "pygen chat: " << m_reply->error().message << u'\n';
        exitCode = JobFailed;
        break;
    }
    m_errors.flush();
    Q_EMIT finished(exitCode);
}

void ChatCommand::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->cancel();
    else
        Q_EMIT finished(Interrupted);
}

} // namespace Pygen
