#pragma once

#include "llm/CredentialStore.h"
#include "llm/ProviderConfiguration.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>

class QCommandLineParser;

namespace Pygen {

// The provider options every model command shares (--provider, --base-url), turned into a
// configuration: flags first, then the environment, then the settings and the keychain.
class ProviderOptions final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ProviderOptions)

public:
    explicit ProviderOptions(QCommandLineParser &parser);

    // Empty when the flags make sense; otherwise a message for a bad-usage exit.
    QString read(const QCommandLineParser &parser,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    const ProviderConfiguration &configuration() const { return m_configuration; }
    // The model the settings name for the provider; empty when none.
    QString defaultModel() const { return m_defaultModel; }

    // Adds the key (environment or keychain) and calls `ready` once, later, in `context`'s thread.
    void resolveKey(CredentialStore &credentials, QObject *context,
                    std::function<void(const ProviderConfiguration &)> ready) const;

private:
    QCommandLineOption m_provider;
    QCommandLineOption m_baseUrl;
    ProviderConfiguration m_configuration;
    QString m_defaultModel;
};

} // namespace Pygen
