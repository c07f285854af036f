#include "StudioServices.h"

#include "StudioSettings.h"
#include "llm/ProviderSettings.h"
#include "llm/ResponseCache.h"
#include "pipeline/PipelinePreferences.h"

namespace Pygen {

StudioServices::StudioServices(QObject *parent)
    : StudioServices(Options{}, parent)
{
}

StudioServices::StudioServices(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(m_options.keychainService)
    , m_providerSettings(std::make_unique<ProviderSettings>())
    , m_pipelinePreferences(std::make_unique<PipelinePreferences>())
    , m_settings(std::make_unique<StudioSettings>())
{
    m_credentials.setEnvironment(m_options.environment);
    m_responseCache = std::make_unique<ResponseCache>(
        m_options.cacheDirectory.isEmpty() ? ResponseCache::defaultDirectory() : m_options.cacheDirectory,
        m_pipelinePreferences->cacheMaximumBytes());
    connect(m_pipelinePreferences.get(), &PipelinePreferences::updated, this, [this] {
        m_responseCache->setMaximumBytes(m_pipelinePreferences->cacheMaximumBytes());
        m_responseCache->setEnabled(m_pipelinePreferences->pipelineSettings().useCache);
    });
    m_responseCache->setEnabled(m_pipelinePreferences->pipelineSettings().useCache);
}

StudioServices::~StudioServices() = default;

ProviderConfiguration StudioServices::configurationFor(const QString &providerId) const
{
    const std::optional<ProviderPreset> preset = ProviderPreset::find(providerId);
    ProviderConfiguration configuration =
        ProviderConfiguration::forPreset(preset ? *preset : *ProviderPreset::find(u"ollama"), m_options.environment);
    const bool ollamaHostSet = configuration.preset.kind == ProviderKind::Ollama
        && m_options.environment.contains(QStringLiteral("OLLAMA_HOST"));
    if (!ollamaHostSet) {
        const QUrl stored = m_providerSettings->baseUrl(configuration.preset.id);
        if (!stored.isEmpty())
            configuration.baseUrl = stored;
    }
    m_pipelinePreferences->applyTo(configuration);
    return configuration;
}

void StudioServices::resolveProvider(const QString &providerId, QObject *context,
                                     std::function<void(const ProviderConfiguration &, const QString &)> ready)
{
    const ProviderConfiguration configuration = configurationFor(providerId);
    if (!configuration.preset.requiresKey) {
        QMetaObject::invokeMethod(
            context, [configuration, ready] { ready(configuration, {}); }, Qt::QueuedConnection);
        return;
    }
    m_credentials.readKey(configuration.preset.id, context, [configuration, ready](const CredentialStore::Key &key) {
        ProviderConfiguration withKey = configuration;
        withKey.apiKey = key.value;
        ready(withKey, key.notice);
    });
}

} // namespace Pygen
