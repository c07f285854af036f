#pragma once

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Pygen {

// Where API keys live: the OS keychain (through QtKeychain), overridden by environment variables.
// A key never goes to QSettings or any file of ours, and QtKeychain's plain-text fallback stays off.
// When no keychain service runs, a stored key is kept in memory for this session only and the
// person is told how to keep it. Every key read or stored here is registered with SecretRedactor.
//
// Use it from the thread it lives in. Results arrive through callbacks, always queued (never
// inside the call), in the thread of the given context object, and not at all once that object
// is destroyed. Keychain jobs are asynchronous; nothing here blocks or spins an event loop.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Source { None, Environment, Keychain, Session };

    struct Key
    {
        QString value;
        Source source = Source::None;
        // Translated; set when the keychain was unavailable or failed, or the provider id is invalid.
        QString notice;
    };

    // serviceName lets tests use their own keychain namespace.
    explicit CredentialStore(QString serviceName = QStringLiteral("Pygen Studio"), QObject *parent = nullptr);

    // The variables that override the stored key, in priority order; empty for providers without one.
    static QStringList environmentVariables(const QString &providerId);
    // The provider's name as a person knows it ("Groq", "Google Gemini"); the id for unknown ones.
    static QString providerDisplayName(const QString &providerId);

    // Environment values come from this (the process environment by default), so tests can inject.
    void setEnvironment(const QProcessEnvironment &environment);

    // Environment first, then the session memory, then the keychain.
    void readKey(const QString &providerId, QObject *context, std::function<void(Key)> done);
    // Stores in the keychain; when that is unavailable or refuses, keeps the key for the session
    // and says so in the notice. done(storedPermanently, notice).
    void storeKey(const QString &providerId, const QString &key, QObject *context,
                  std::function<void(bool, QString)> done);
    // Forgets the session key and deletes the keychain entry; a missing entry is no error.
    void removeKey(const QString &providerId, QObject *context, std::function<void(QString error)> done);

    // Whether the last keychain operation found a working backend (true until one has run).
    bool isKeychainAvailable() const { return m_keychainAvailable; }

signals:
    // Each time an operation finds no working keychain service; the message says what to do.
    void keychainUnavailable(const QString &message);

private:
    enum class Outcome { Done, NotFound, Unavailable, Refused };

    static QString invalidProviderMessage(const QString &providerId);
    static Outcome outcomeOf(const QKeychain::Job &job);
    // The first of the provider's variables that holds a value; empty when none does.
    QString environmentVariableInUse(const QString &providerId) const;
    QString environmentKey(const QString &providerId) const;
    // Records what a finished job says about the keychain; emits keychainUnavailable when needed.
    void noteKeychainState(Outcome outcome, const QString &notice);

    QString m_serviceName;
    QProcessEnvironment m_environment;
    QHash<QString, QString> m_sessionKeys;
    bool m_keychainAvailable = true;
};

} // namespace Pygen
