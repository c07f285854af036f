#pragma once

#include "llm/CredentialStore.h"
#include "llm/ProviderConfiguration.h"

#include <KSyntaxHighlighting/Repository>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

namespace Pygen {

class PipelinePreferences;
class ProviderSettings;
class ResponseCache;
class StudioSettings;

// The long-lived things every window and dialog of the studio shares: one network manager, the
// keychain, the settings, the response cache and the highlighting repository. Made once in
// main() (or by a test, with its own keychain namespace and environment) and passed down.
class StudioServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioServices)

public:
    struct Options
    {
        QString keychainService = QStringLiteral("Pygen Studio");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Empty: ResponseCache::defaultDirectory().
        QString cacheDirectory;
    };

    explicit StudioServices(QObject *parent = nullptr);
    explicit StudioServices(Options options, QObject *parent = nullptr);
    ~StudioServices() override;

    QNetworkAccessManager &network() { return m_network; }
    CredentialStore &credentials() { return m_credentials; }
    ProviderSettings &providerSettings() { return *m_providerSettings; }
    PipelinePreferences &pipelinePreferences() { return *m_pipelinePreferences; }
    StudioSettings &settings() { return *m_settings; }
    ResponseCache &responseCache() { return *m_responseCache; }
    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    const QProcessEnvironment &environment() const { return m_options.environment; }

    // The configuration for a provider as the settings describe it, before the key: the preset,
    // the stored address (OLLAMA_HOST wins for Ollama), timeouts and retries from the preferences.
    ProviderConfiguration configurationFor(const QString &providerId) const;
    // The same with the key from the environment or keychain; `ready` runs once, later, in
    // `context`'s thread, with the key's notice (keychain unavailable …) if there was one.
    void resolveProvider(const QString &providerId, QObject *context,
                         std::function<void(const ProviderConfiguration &, const QString &notice)> ready);

private:
    Options m_options;
    QNetworkAccessManager m_network;
    CredentialStore m_credentials;
    std::unique_ptr<ProviderSettings> m_providerSettings;
    std::unique_ptr<PipelinePreferences> m_pipelinePreferences;
    std::unique_ptr<StudioSettings> m_settings;
    std::unique_ptr<ResponseCache> m_responseCache;
    KSyntaxHighlighting::Repository m_repository;
};

} // namespace Pygen
