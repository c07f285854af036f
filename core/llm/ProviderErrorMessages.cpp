#include "ProviderErrorMessages.h"

#include "SecretRedactor.h"

namespace Pygen {

namespace {

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number((duration.count() + 999) / 1000);
}

} // namespace

QString ProviderErrorMessages::keyLocationHint(const ProviderConfiguration &configuration)
{
    const QStringList variables = configuration.preset.keyEnvironmentVariables();
    if (variables.isEmpty())
        return tr("Set the key in Settings ▸ Providers.");
    return tr("Set the key in Settings ▸ Providers, or in the environment variable %1.")
        .arg(variables.join(tr(" or ")));
}

ProviderError::Kind ProviderErrorMessages::kindForStatus(int httpStatus)
{
    using Kind = ProviderError::Kind;
    switch (httpStatus) {
    case 401:
    case 403:
        return Kind::Authentication;
    case 404:
        return Kind::ModelNotFound;
    case 413:
        return Kind::RequestTooLarge;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Kind::ServerError;
    if (httpStatus >= 400)
        return Kind::BadRequest;
    return Kind::InvalidResponse;
}

ProviderError ProviderErrorMessages::make(ProviderError::Kind kind, const ProviderConfiguration &configuration,
                                          const QString &model, int httpStatus, const QString &serverMessage)
{
    using Kind = ProviderError::Kind;
    ProviderError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.serverMessage = SecretRedactor::redact(serverMessage.trimmed());
    const QString provider = configuration.preset.displayName;
    const QString address = configuration.displayBaseUrl();
    const QString said = error.serverMessage.isEmpty() ? tr("no details") : error.serverMessage;
    const bool ollama = configuration.preset.kind == ProviderKind::Ollama;

    switch (kind) {
    case Kind::None:
        break;
    case Kind::ServiceUnreachable:
        error.message = ollama
            ? tr("No Ollama is answering at %1. Start it with “ollama serve”, or choose another provider.").arg(address)
            : tr("Nothing answers at %1 (%2). Check the base URL and your network connection, or choose another "
                 "provider.")
                  .arg(address, provider);
        break;
    case Kind::NetworkInterrupted:
        error.message = tr("The connection to %1 at %2 broke: %3.").arg(provider, address, said);
        break;
    case Kind::Timeout:
        error.message = tr("%1 did not answer in time.").arg(provider);
        break;
    case Kind::Authentication:
        error.message = tr("The key for %1 was rejected (%2). %3").arg(provider, said, keyLocationHint(configuration));
        break;
    case Kind::MissingKey:
        error.message = tr("%1 needs an API key and none is set. %2").arg(provider, keyLocationHint(configuration));
        break;
    case Kind::InsecureTransport:
        error.message = configuration.problem();
        break;
    case Kind::ModelNotFound:
        error.message = ollama
            ? tr("The model “%1” is not installed in Ollama. Pull it (“pygen pull %1” or “ollama pull %1”), or "
                 "pick an installed model.")
                  .arg(model)
            : tr("%1 has no model “%2” (%3). Run “pygen models --provider %4” to see the models it offers.")
                  .arg(provider, model, said, configuration.preset.id);
        break;
    case Kind::RateLimited:
        error.message = tr("%1 rate-limited the request (%2).").arg(provider, said);
        break;
    case Kind::QuotaExhausted:
        error.message = tr("The quota of your %1 account is used up (%2), so the request was not retried. Check "
                           "your plan and billing, or choose another provider.")
                            .arg(provider, said);
        break;
    case Kind::RequestTooLarge:
        error.message = tr("The request is too large for %1 (%2). Shorten the input, choose a model with a larger "
                           "context, or lower the output limit.")
                            .arg(provider, said);
        break;
    case Kind::BadRequest:
        error.message = tr("%1 rejected the request with HTTP %2: %3").arg(provider).arg(httpStatus).arg(said);
        break;
    case Kind::ServerError:
        error.message = httpStatus > 0 ? tr("%1 failed with HTTP %2: %3").arg(provider).arg(httpStatus).arg(said)
                                       : tr("%1 reported an error in the middle of the reply: %2").arg(provider, said);
        break;
    case Kind::ContentBlocked:
        error.message = tr("%1 blocked the prompt (%2). Rephrase the request.").arg(provider, said);
        break;
    case Kind::InvalidResponse:
        error.message = tr("%1 sent a reply that cannot be read: %2").arg(provider, said);
        break;
    case Kind::ReplyTooLarge:
        error.message = tr("The reply from %1 grew beyond %2 MB and was stopped. Lower the output limit.")
                            .arg(provider)
                            .arg(configuration.maximumReplyBytes / (1024 * 1024));
        break;
    }
    error.message = SecretRedactor::redact(error.message);
    return error;
}

ProviderError ProviderErrorMessages::fromNetwork(QNetworkReply::NetworkError code, const QString &detail,
                                                 const ProviderConfiguration &configuration)
{
    using Kind = ProviderError::Kind;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return make(Kind::ServiceUnreachable, configuration, {}, 0, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return make(Kind::BadRequest, configuration, {}, 0,
                    tr("the secure connection could not be set up: %1").arg(detail));
    default:
        return make(Kind::NetworkInterrupted, configuration, {}, 0, detail);
    }
}

ProviderError ProviderErrorMessages::timeout(bool beforeFirstByte, std::chrono::milliseconds limit,
                                             const ProviderConfiguration &configuration)
{
    ProviderError error = make(ProviderError::Kind::Timeout, configuration, {});
    const QString provider = configuration.preset.displayName;
    error.message = beforeFirstByte
        ? tr("%1 sent nothing for %2 s. A large model can take long to load: raise the first-response timeout in "
             "Settings, or try a smaller model.")
              .arg(provider, seconds(limit))
        : tr("%1 stopped sending for %2 s in the middle of the reply.").arg(provider, seconds(limit));
    return error;
}

} // namespace Pygen
