#include "llm/CredentialStore.h"

#include "LoggingCategories.h"
#include "llm/SecretRedactor.h"

#include <QPointer>
#include <QRegularExpression>
#include <qt6keychain/keychain.h>

#include <algorithm>

namespace Pygen {

namespace {

constexpr qsizetype maximumProviderIdLength = 64;

bool isValidProviderId(const QString &providerId)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return providerId.size() <= maximumProviderIdLength && shape.match(providerId).hasMatch();
}

// Keys are single tokens; whitespace or control characters inside mean something else was pasted
// along, and a line break would end up inside an HTTP header.
bool hasInnerWhitespaceOrControl(const QString &key)
{
    return std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

// Queued even when the result is already known, so callers never see the callback inside their call.
template<typename Call>
void deliver(QObject *context, Call call)
{
    if (context)
        QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

template<typename JobType>
JobType *makeJob(const QString &serviceName, const QString &providerId)
{
    auto *job = new JobType(serviceName);
    job->setAutoDelete(true);
    // The fallback would write the key into a QSettings file in plain text.
    job->setInsecureFallback(false);
    job->setKey(providerId);
    return job;
}

QString unavailableForStore(const QString &name, const QString &variable)
{
    if (variable.isEmpty())
        return CredentialStore::tr("No keychain service is running, so the key for %1 is kept for this session only. "
                                   "Start your desktop's keyring (GNOME Keyring or KWallet) to keep it.")
            .arg(name);
    return CredentialStore::tr("No keychain service is running, so the key for %1 is kept for this session only. "
                               "Start your desktop's keyring (GNOME Keyring or KWallet) or set %2 to keep it.")
        .arg(name, variable);
}

QString unavailableForRead(const QString &name, const QString &variable)
{
    if (variable.isEmpty())
        return CredentialStore::tr("No keychain service is running, so a key for %1 saved earlier cannot be read. "
                                   "Start your desktop's keyring (GNOME Keyring or KWallet), or enter the key again "
                                   "to use it for this session.")
            .arg(name);
    return CredentialStore::tr("No keychain service is running, so a key for %1 saved earlier cannot be read. "
                               "Start your desktop's keyring (GNOME Keyring or KWallet) or set %2.")
        .arg(name, variable);
}

QString refusedForStore(const QString &name, const QString &reason, const QString &variable)
{
    if (variable.isEmpty())
        return CredentialStore::tr("The keychain did not store the key for %1 (%2), so it is kept for this session "
                                   "only. Unlock your keyring and save the key again to keep it.")
            .arg(name, reason);
    return CredentialStore::tr("The keychain did not store the key for %1 (%2), so it is kept for this session "
                               "only. Unlock your keyring and save the key again, or set %3, to keep it.")
        .arg(name, reason, variable);
}

QString refusedForRead(const QString &name, const QString &reason, const QString &variable)
{
    if (variable.isEmpty())
        return CredentialStore::tr("The keychain did not give out the key for %1 (%2). Unlock your keyring and try "
                                   "again.")
            .arg(name, reason);
    return CredentialStore::tr("The keychain did not give out the key for %1 (%2). Unlock your keyring and try "
                               "again, or set %3.")
        .arg(name, reason, variable);
}

} // namespace

CredentialStore::CredentialStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

QStringList CredentialStore::environmentVariables(const QString &providerId)
{
    if (providerId == u"groq")
        return {QStringLiteral("GROQ_API_KEY")};
    if (providerId == u"gemini")
        return {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")};
    if (providerId == u"openai")
        return {QStringLiteral("OPENAI_API_KEY")};
    if (providerId == u"openrouter")
        return {QStringLiteral("OPENROUTER_API_KEY")};
    return {};
}

QString CredentialStore::providerDisplayName(const QString &providerId)
{
    struct Name
    {
        QLatin1StringView id;
        QLatin1StringView name;
    };
    static constexpr Name names[] = {
        {QLatin1StringView("groq"), QLatin1StringView("Groq")},
        {QLatin1StringView("gemini"), QLatin1StringView("Google Gemini")},
        {QLatin1StringView("openai"), QLatin1StringView("OpenAI")},
        {QLatin1StringView("openrouter"), QLatin1StringView("OpenRouter")},
        {QLatin1StringView("lmstudio"), QLatin1StringView("LM Studio")},
        {QLatin1StringView("llamacpp"), QLatin1StringView("llama.cpp")},
        {QLatin1StringView("vllm"), QLatin1StringView("vLLM")},
        {QLatin1StringView("ollama"), QLatin1StringView("Ollama")},
    };
    for (const Name &entry : names) {
        if (providerId == entry.id)
            return entry.name;
    }
    if (providerId == u"ollama-openai")
        return tr("Ollama (OpenAI-compatible)");
    if (providerId == u"custom")
        return tr("the custom server");
    return providerId;
}

void CredentialStore::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

QString CredentialStore::invalidProviderMessage(const QString &providerId)
{
    return tr("“%1” is not a valid provider name (letters, digits, '.', '_' and '-', at most %2 characters), so no key "
              "can be "
              "kept for it.")
        .arg(providerId.left(maximumProviderIdLength), QString::number(maximumProviderIdLength));
}

CredentialStore::Outcome CredentialStore::outcomeOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return Outcome::Done;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return Outcome::Refused;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a session bus or a Secret Service, QtKeychain's backends report OtherError.
        break;
    }
    return Outcome::Unavailable;
}

QString CredentialStore::environmentVariableInUse(const QString &providerId) const
{
    const QStringList variables = environmentVariables(providerId);
    const auto set = std::find_if(variables.cbegin(), variables.cend(), [this](const QString &variable) {
        return !m_environment.value(variable).trimmed().isEmpty();
    });
    return set == variables.cend() ? QString() : *set;
}

QString CredentialStore::environmentKey(const QString &providerId) const
{
    const QString variable = environmentVariableInUse(providerId);
    return variable.isEmpty() ? QString() : m_environment.value(variable).trimmed();
}

void CredentialStore::noteKeychainState(Outcome outcome, const QString &notice)
{
    m_keychainAvailable = outcome != Outcome::Unavailable;
    if (!m_keychainAvailable)
        emit keychainUnavailable(notice);
}

void CredentialStore::readKey(const QString &providerId, QObject *context, std::function<void(Key)> done)
{
    if (!context) {
        qCWarning(logLlm) << "CredentialStore::readKey called without a context object; nothing is read.";
        return;
    }
    if (!isValidProviderId(providerId)) {
        deliver(context, [done = std::move(done), notice = invalidProviderMessage(providerId)] {
            done(Key{{}, Source::None, notice});
        });
        return;
    }
    if (const QString value = environmentKey(providerId); !value.isEmpty()) {
        SecretRedactor::registerSecret(value);
        deliver(context, [done = std::move(done), value] { done(Key{value, Source::Environment, {}}); });
        return;
    }
    if (const auto session = m_sessionKeys.constFind(providerId); session != m_sessionKeys.cend()) {
        deliver(context, [done = std::move(done), value = *session] { done(Key{value, Source::Session, {}}); });
        return;
    }

    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, providerId);
    // Connected to the job, not to this store: the callback still comes if the store goes first.
    connect(job, &QKeychain::Job::finished, job,
            [job, self = QPointer(this), target = QPointer(context), providerId, done = std::move(done)] {
                Key key;
                const Outcome outcome = outcomeOf(*job);
                const QString name = providerDisplayName(providerId);
                const QString variable = environmentVariables(providerId).value(0);
                const QString reason = SecretRedactor::redact(job->errorString());
                switch (outcome) {
                case Outcome::Done:
                    key.value = job->textData();
                    key.source = key.value.isEmpty() ? Source::None : Source::Keychain;
                    SecretRedactor::registerSecret(key.value);
                    break;
                case Outcome::NotFound:
                    break;
                case Outcome::Unavailable:
                    qCDebug(logLlm) << "No keychain service for reading the key for" << providerId << ":" << reason;
                    key.notice = unavailableForRead(name, variable);
                    break;
                case Outcome::Refused:
                    qCInfo(logLlm) << "The keychain refused the key for" << providerId << ":" << reason;
                    key.notice = refusedForRead(name, reason, variable);
                    break;
                }
                if (self)
                    self->noteKeychainState(outcome, key.notice);
                deliver(target.data(), [done, key] { done(key); });
            });
    job->start();
}

void CredentialStore::storeKey(const QString &providerId, const QString &key, QObject *context,
                               std::function<void(bool, QString)> done)
{
    if (!context) {
        qCWarning(logLlm) << "CredentialStore::storeKey called without a context object; nothing is stored.";
        return;
    }
    if (!isValidProviderId(providerId)) {
        deliver(context,
                [done = std::move(done), notice = invalidProviderMessage(providerId)] { done(false, notice); });
        return;
    }
    const QString name = providerDisplayName(providerId);
    const QString value = key.trimmed();
    if (value.isEmpty()) {
        deliver(context,
                [done = std::move(done), notice = tr("The key for %1 is empty. Paste the whole key.").arg(name)] {
                    done(false, notice);
                });
        return;
    }
    SecretRedactor::registerSecret(value);
    if (hasInnerWhitespaceOrControl(value)) {
        deliver(context,
                [done = std::move(done),
                 notice = tr("The key for %1 contains spaces or line breaks, so it was not saved. Paste "
                             "only the key itself.")
                              .arg(name)] { done(false, notice); });
        return;
    }

    auto *job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, providerId);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, job,
            [job, self = QPointer(this), target = QPointer(context), providerId, name, value, done = std::move(done)] {
                const Outcome outcome = outcomeOf(*job);
                const QString variable = environmentVariables(providerId).value(0);
                const QString reason = SecretRedactor::redact(job->errorString());
                bool storedPermanently = false;
                QString notice;
                switch (outcome) {
                case Outcome::Done:
                    storedPermanently = true;
                    break;
                case Outcome::Unavailable:
                    qCInfo(logLlm) << "No keychain service for storing the key for" << providerId << ":" << reason;
                    notice = unavailableForStore(name, variable);
                    break;
                case Outcome::NotFound:
                case Outcome::Refused:
                    qCInfo(logLlm) << "The keychain refused the key for" << providerId << ":" << reason;
                    notice = refusedForStore(name, reason, variable);
                    break;
                }
                if (self) {
                    if (storedPermanently) {
                        // The keychain now holds it; a session copy would hide a later change made elsewhere.
                        self->m_sessionKeys.remove(providerId);
                        if (const QString overriding = self->environmentVariableInUse(providerId);
                            !overriding.isEmpty()) {
                            notice = tr("The key for %1 is saved in the keychain, but %2 is set in the environment "
                                        "and is used instead.")
                                         .arg(name, overriding);
                        }
                    } else {
                        self->m_sessionKeys.insert(providerId, value);
                    }
                    self->noteKeychainState(outcome, notice);
                }
                deliver(target.data(), [done, storedPermanently, notice] { done(storedPermanently, notice); });
            });
    job->start();
}

void CredentialStore::removeKey(const QString &providerId, QObject *context, std::function<void(QString)> done)
{
    if (!context) {
        qCWarning(logLlm) << "CredentialStore::removeKey called without a context object; nothing is removed.";
        return;
    }
    if (!isValidProviderId(providerId)) {
        deliver(context, [done = std::move(done), error = invalidProviderMessage(providerId)] { done(error); });
        return;
    }
    // A session key exists only because the keychain could not take it, so forgetting it is the removal.
    // Forgotten now for reads that come before the job's answer, and again then: a store started
    // earlier finishes first (QtKeychain runs jobs in order) and may have kept the key since.
    const bool hadSessionKey = m_sessionKeys.remove(providerId);

    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, providerId);
    connect(
        job, &QKeychain::Job::finished, job,
        [job, self = QPointer(this), target = QPointer(context), providerId, hadSessionKey, done = std::move(done)] {
            const bool forgotSessionKey = (self && self->m_sessionKeys.remove(providerId)) || hadSessionKey;
            const Outcome outcome = outcomeOf(*job);
            const QString name = providerDisplayName(providerId);
            const QString reason = SecretRedactor::redact(job->errorString());
            QString error;
            QString notice;
            switch (outcome) {
            case Outcome::Done:
            case Outcome::NotFound:
                break;
            case Outcome::Unavailable:
                qCInfo(logLlm) << "No keychain service for removing the key for" << providerId << ":" << reason;
                notice = tr("No keychain service is running, so a key for %1 saved in it earlier could not be "
                            "removed. Start your desktop's keyring (GNOME Keyring or KWallet) and remove it "
                            "again.")
                             .arg(name);
                if (!forgotSessionKey)
                    error = notice;
                break;
            case Outcome::Refused:
                qCInfo(logLlm) << "The keychain refused to remove the key for" << providerId << ":" << reason;
                error = tr("The keychain did not remove the key for %1 (%2). Unlock your keyring and try again.")
                            .arg(name, reason);
                break;
            }
            if (self)
                self->noteKeychainState(outcome, notice);
            deliver(target.data(), [done, error] { done(error); });
        });
    job->start();
}

} // namespace Pygen
