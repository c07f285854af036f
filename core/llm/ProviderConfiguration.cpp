#include "ProviderConfiguration.h"

#include <QHostAddress>

namespace Pygen {

ProviderConfiguration ProviderConfiguration::forPreset(const ProviderPreset &preset,
                                                       const QProcessEnvironment &environment)
{
    ProviderConfiguration configuration;
    configuration.preset = preset;
    configuration.baseUrl = preset.defaultBaseUrl;
    if (preset.kind == ProviderKind::Ollama) {
        const QString host = environment.value(QStringLiteral("OLLAMA_HOST")).trimmed();
        if (!host.isEmpty())
            configuration.baseUrl = ollamaUrlFromHost(host);
    } else {
        // Cloud providers answer quickly or not at all; local servers may be loading a model.
        if (!preset.isLocal)
            configuration.firstByteTimeout = std::chrono::minutes(2);
    }
    return configuration;
}

QUrl ProviderConfiguration::ollamaUrlFromHost(const QString &host)
{
    QString text = host.trimmed();
    if (!text.contains(u"://"))
        text.prepend(u"http://");
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return QUrl(text);
    if (url.host().isEmpty() || url.host() == u"0.0.0.0")
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (url.host() == u"::")
        url.setHost(QStringLiteral("::1"));
    if (url.port() == -1 && url.scheme() == u"http")
        url.setPort(11434);
    return url;
}

bool ProviderConfiguration::wouldSendKeyInsecurely() const
{
    if (apiKey.isEmpty() || baseUrl.scheme() != u"http")
        return false;
    const QString host = baseUrl.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString ProviderConfiguration::displayBaseUrl() const
{
    return baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
}

QString ProviderConfiguration::problem() const
{
    if (baseUrl.isEmpty())
        return tr("%1 needs a base URL, for example http://127.0.0.1:8080/v1.").arg(preset.displayName);
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("“%1” is not a valid base URL for %2. Give a full address such as http://127.0.0.1:8080/v1.")
            .arg(displayBaseUrl(), preset.displayName);
    if (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https")
        return tr("The base URL for %1 must start with http:// or https://, not “%2://”.")
            .arg(preset.displayName, baseUrl.scheme());
    if (wouldSendKeyInsecurely())
        return tr("Refusing to send the key for %1 over plain http to %2: anyone on the network could read it. "
                  "Use an https:// address, or a server on this machine.")
            .arg(preset.displayName, baseUrl.host());
    if (preset.requiresKey && apiKey.isEmpty()) {
        const QStringList variables = preset.keyEnvironmentVariables();
        return variables.isEmpty()
            ? tr("%1 needs an API key. Store it in Settings ▸ Providers.").arg(preset.displayName)
            : tr("%1 needs an API key. Store it in Settings ▸ Providers, or set the environment variable %2.")
                  .arg(preset.displayName, variables.join(tr(" or ")));
    }
    return {};
}

} // namespace Pygen
