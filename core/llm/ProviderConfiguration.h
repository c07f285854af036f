#pragma once

#include "ProviderPreset.h"
#include "RetryPolicy.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Pygen {

// Everything a client needs to talk to one provider. The key is held only in memory: this
// struct is never written to settings or projects as a whole.
struct ProviderConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ProviderConfiguration)

public:
    ProviderPreset preset;
    QUrl baseUrl;
    QString apiKey;
    // Ollama sends headers only once the model is loaded, which can take minutes.
    std::chrono::milliseconds firstByteTimeout{std::chrono::minutes(5)};
    // Silence between two chunks of a reply that has started.
    std::chrono::milliseconds idleTimeout{std::chrono::minutes(2)};
    RetrySettings retry;
    // A reply larger than this is stopped: no source file is this large, a runaway model is.
    qint64 maximumReplyBytes = 64LL * 1024 * 1024;

    // The preset's defaults; for Ollama, OLLAMA_HOST in `environment` gives the base URL.
    static ProviderConfiguration
    forPreset(const ProviderPreset &preset,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // OLLAMA_HOST may be "host", "host:port", ":port" or a URL; 0.0.0.0 means this machine.
    static QUrl ollamaUrlFromHost(const QString &host);

    // Empty when the configuration can be used; otherwise a message that says what to change.
    QString problem() const;
    // True when the key would travel unencrypted to another machine.
    bool wouldSendKeyInsecurely() const;
    // The base URL as shown to a person: without user info or query, which may hold secrets.
    QString displayBaseUrl() const;
};

} // namespace Pygen
