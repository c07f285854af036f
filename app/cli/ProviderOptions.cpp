#include "ProviderOptions.h"

#include "llm/ProviderSettings.h"

#include <QCommandLineParser>

namespace Pygen {

ProviderOptions::ProviderOptions(QCommandLineParser &parser)
    : m_provider(QStringList{QStringLiteral("p"), QStringLiteral("provider")},
                 tr("The provider: %1. Without it, the one chosen in the settings, else ollama.")
                     .arg(ProviderPreset::ids().join(u", ")),
                 tr("provider"))
    , m_baseUrl(QStringLiteral("base-url"),
                tr("The provider's address, when it is not the usual one. For Ollama, OLLAMA_HOST sets the usual one."),
                tr("url"))
{
    parser.addOption(m_provider);
    parser.addOption(m_baseUrl);
}

QString ProviderOptions::read(const QCommandLineParser &parser, const QProcessEnvironment &environment)
{
    // Flags first, then the environment (OLLAMA_HOST, keys), then the settings the studio keeps.
    const ProviderSettings settings;
    const QString id =
        parser.isSet(m_provider) ? parser.value(m_provider).trimmed().toLower() : settings.defaultProviderId();
    const std::optional<ProviderPreset> preset = ProviderPreset::find(id);
    if (!preset)
        return tr("Unknown provider “%1”. Choose one of: %2.").arg(id, ProviderPreset::ids().join(u", "));
    m_configuration = ProviderConfiguration::forPreset(*preset, environment);
    if (parser.isSet(m_baseUrl)) {
        const QString text = parser.value(m_baseUrl).trimmed();
        const QUrl url = QUrl::fromUserInput(text);
        if (text.isEmpty() || !url.isValid() || url.host().isEmpty())
            return tr("“%1” is not a usable base URL. Give a full address such as http://127.0.0.1:8080/v1.").arg(text);
        m_configuration.baseUrl = url;
    } else if (preset->kind != ProviderKind::Ollama || !environment.contains(QStringLiteral("OLLAMA_HOST"))) {
        const QUrl stored = settings.baseUrl(id);
        if (!stored.isEmpty())
            m_configuration.baseUrl = stored;
    }
    m_defaultModel = settings.defaultModel(id);
    if (m_configuration.baseUrl.isEmpty())
        return tr("The provider “%1” needs --base-url, for example --base-url http://127.0.0.1:8080/v1.").arg(id);
    return {};
}

void ProviderOptions::resolveKey(CredentialStore &credentials, QObject *context,
                                 std::function<void(const ProviderConfiguration &)> ready) const
{
    credentials.readKey(m_configuration.preset.id, context,
                        [configuration = m_configuration, ready = std::move(ready)](const CredentialStore::Key &key) {
                            ProviderConfiguration withKey = configuration;
                            withKey.apiKey = key.value;
                            ready(withKey);
                        });
}

} // namespace Pygen
