#include "FakeOpenAiServer.h"
#include "llm/CredentialStore.h"
#include "llm/SecretRedactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <optional>
#include <sys/prctl.h>

using Pygen::CredentialStore;
using Pygen::SecretRedactor;
using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::seconds keychainTimeout{20};

// Every file under the given folders (which may nest) whose bytes contain needle.
QStringList filesContaining(const QStringList &folders, const QByteArray &needle)
{
    QStringList found;
    for (const QString &folder : folders) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(QFileInfo(file).canonicalFilePath());
        }
    }
    found.removeDuplicates();
    return found;
}

std::optional<CredentialStore::Key> read(CredentialStore &store, const QString &providerId)
{
    QObject context;
    std::optional<CredentialStore::Key> result;
    store.readKey(providerId, &context, [&](CredentialStore::Key key) { result = std::move(key); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, keychainTimeout))
        return std::nullopt;
    return result;
}

struct Stored
{
    bool permanently = false;
    QString notice;
};

std::optional<Stored> store(CredentialStore &store, const QString &providerId, const QString &key)
{
    QObject context;
    std::optional<Stored> result;
    store.storeKey(providerId, key, &context, [&](bool permanently, QString notice) {
        result = Stored{permanently, std::move(notice)};
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, keychainTimeout))
        return std::nullopt;
    return result;
}

std::optional<QString> remove(CredentialStore &store, const QString &providerId)
{
    QObject context;
    std::optional<QString> result;
    store.removeKey(providerId, &context, [&](QString error) { result = std::move(error); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, keychainTimeout))
        return std::nullopt;
    return result;
}

} // namespace

// CredentialStore against a real Secret Service: a private session bus and a gnome-keyring whose
// login keyring is unlocked with a password on standard input, both started here and ended with
// the test.
class KeychainTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtimeDirectory;
    QProcess m_bus;
    const QString m_serviceName = u"Pygen Studio keychain test"_s;

    QString keyringFolder() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/keyrings"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString busDaemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        // QtKeychain loads libsecret at run time to reach the Secret Service.
        QLibrary libsecret(u"secret-1"_s, 0);
        if (busDaemon.isEmpty() || keyringDaemon.isEmpty() || !libsecret.load())
            QSKIP("Needs dbus-daemon, dbus-user-session, gnome-keyring and libsecret-1-0 installed.");

        // QtKeychain prefers KWallet on KDE desktops; this test is about the Secret Service.
        for (const char *variable :
             {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
            qunsetenv(variable);
        QVERIFY(m_runtimeDirectory.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDirectory.path()));
        // A keyring left by an earlier run may have another password.
        QVERIFY(QDir(keyringFolder()).removeRecursively());

        m_bus.setProgram(busDaemon);
        m_bus.setArguments({u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        m_bus.setStandardErrorFile(QProcess::nullDevice());
        // The bus, and with it the keyring daemon, ends with this process even if it crashes.
        m_bus.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_bus.start();
        QVERIFY2(m_bus.waitForStarted(), qPrintable(m_bus.errorString()));
        while (!m_bus.canReadLine() && m_bus.waitForReadyRead(10'000)) { }
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY2(address.startsWith("unix:"), address.constData());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        QProcess keyring;
        const QString keyringLog = m_runtimeDirectory.filePath(u"gnome-keyring.log"_s);
        keyring.setStandardOutputFile(keyringLog);
        keyring.setStandardErrorFile(keyringLog, QIODevice::Append);
        // --unlock reads the password from standard input and creates the login keyring, which
        // becomes the default collection; the daemon forks and this process returns when it is ready.
        keyring.start(keyringDaemon, {u"--unlock"_s, u"--components=secrets"_s});
        QVERIFY2(keyring.waitForStarted(), qPrintable(keyring.errorString()));
        keyring.write("keychain-test-password");
        keyring.closeWriteChannel();
        QVERIFY(keyring.waitForFinished(30'000));
        QFile log(keyringLog);
        QVERIFY2(keyring.exitStatus() == QProcess::NormalExit && keyring.exitCode() == 0,
                 log.open(QIODevice::ReadOnly) ? log.readAll().constData() : "gnome-keyring-daemon failed");
    }

    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished();
    }

    void init() { SecretRedactor::forgetAll(); }

    void storesReadsAndRemoves()
    {
        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        QSignalSpy unavailable(&credentials, &CredentialStore::keychainUnavailable);
        const QString key = u"gsk_keychainTestKey0123456789abcdefABCDEF"_s;

        const auto stored = store(credentials, u"groq"_s, key);
        QVERIFY(stored);
        QVERIFY2(stored->permanently, qPrintable(stored->notice));
        QCOMPARE(stored->notice, QString());
        QVERIFY(credentials.isKeychainAvailable());
        QCOMPARE(SecretRedactor::redact(key), SecretRedactor::marker);

        // A new store has no session memory: the key can only come from the keychain.
        CredentialStore fresh(m_serviceName);
        fresh.setEnvironment({});
        auto readBack = read(fresh, u"groq"_s);
        QVERIFY(readBack);
        QCOMPARE(readBack->value, key);
        QCOMPARE(readBack->source, CredentialStore::Source::Keychain);
        QCOMPARE(readBack->notice, QString());
        readBack = read(credentials, u"groq"_s);
        QVERIFY(readBack);
        QCOMPARE(readBack->source, CredentialStore::Source::Keychain);

        // Storing again replaces the key; non-ASCII survives the round trip.
        const QString replacement = u"schlüssel-ünïcode-0123456789"_s;
        QVERIFY(store(credentials, u"groq"_s, replacement).value_or(Stored{}).permanently);
        QCOMPARE(read(fresh, u"groq"_s).value_or(CredentialStore::Key{}).value, replacement);

        const auto error = remove(credentials, u"groq"_s);
        QVERIFY(error);
        QCOMPARE(*error, QString());
        const auto removed = read(fresh, u"groq"_s);
        QVERIFY(removed);
        QCOMPARE(removed->value, QString());
        QCOMPARE(removed->source, CredentialStore::Source::None);
        QCOMPARE(removed->notice, QString());
        // Removing what is not there is no error.
        QCOMPARE(remove(credentials, u"groq"_s), std::optional<QString>(QString()));

        QCOMPARE(unavailable.count(), 0);
        QVERIFY(credentials.isKeychainAvailable());
    }

    void environmentStillWins()
    {
        CredentialStore credentials(m_serviceName);
        QProcessEnvironment environment;
        environment.insert(u"OPENAI_API_KEY"_s, u"env-openai-key-123"_s);
        credentials.setEnvironment(environment);

        const auto stored = store(credentials, u"openai"_s, u"keychain-openai-key-456"_s);
        QVERIFY(stored);
        QVERIFY(stored->permanently);
        QCOMPARE(stored->notice,
                 u"The key for OpenAI is saved in the keychain, but OPENAI_API_KEY is set in the "
                 "environment and is used instead."_s);
        const auto key = read(credentials, u"openai"_s);
        QVERIFY(key);
        QCOMPARE(key->value, u"env-openai-key-123"_s);
        QCOMPARE(key->source, CredentialStore::Source::Environment);

        credentials.setEnvironment({});
        QCOMPARE(read(credentials, u"openai"_s).value_or(CredentialStore::Key{}).value, u"keychain-openai-key-456"_s);
        QCOMPARE(remove(credentials, u"openai"_s), std::optional<QString>(QString()));
    }

    void providersAreSeparate()
    {
        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        QVERIFY(store(credentials, u"gemini"_s, u"gemini-keychain-key-1"_s).value_or(Stored{}).permanently);
        QVERIFY(store(credentials, u"vllm"_s, u"vllm-keychain-key-2"_s).value_or(Stored{}).permanently);
        QCOMPARE(read(credentials, u"gemini"_s).value_or(CredentialStore::Key{}).value, u"gemini-keychain-key-1"_s);
        QCOMPARE(read(credentials, u"vllm"_s).value_or(CredentialStore::Key{}).value, u"vllm-keychain-key-2"_s);
        QCOMPARE(remove(credentials, u"gemini"_s), std::optional<QString>(QString()));
        QCOMPARE(read(credentials, u"vllm"_s).value_or(CredentialStore::Key{}).value, u"vllm-keychain-key-2"_s);
        QCOMPARE(remove(credentials, u"vllm"_s), std::optional<QString>(QString()));
    }

    void servicesAreSeparate()
    {
        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        CredentialStore other(m_serviceName + u" (other)"_s);
        other.setEnvironment({});

        QVERIFY(store(credentials, u"custom"_s, u"custom-server-key-789"_s).value_or(Stored{}).permanently);
        const auto key = read(other, u"custom"_s);
        QVERIFY(key);
        QCOMPARE(key->source, CredentialStore::Source::None);
        QCOMPARE(read(credentials, u"custom"_s).value_or(CredentialStore::Key{}).source,
                 CredentialStore::Source::Keychain);
        QCOMPARE(remove(credentials, u"custom"_s), std::optional<QString>(QString()));
    }

    void keyIsNotOnDiskInPlainText()
    {
        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        const QString key = u"sk-or-v1-plaintextcheck0123456789abcdef"_s;
        QVERIFY(store(credentials, u"openrouter"_s, key).value_or(Stored{}).permanently);

        // The keyring file holds it, encrypted.
        QVERIFY(QFileInfo::exists(keyringFolder() + u"/login.keyring"_s));
        QStringList folders{QDir::homePath(), m_runtimeDirectory.path()};
        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                                    QStandardPaths::GenericCacheLocation, QStandardPaths::GenericStateLocation})
            folders.append(QStandardPaths::writableLocation(location));
        const QStringList found = filesContaining(folders, key.toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(u"found in "_s + found.join(u", ")));

        QCOMPARE(remove(credentials, u"openrouter"_s), std::optional<QString>(QString()));
    }

    // The command line end to end: `pygen key set` puts the key in the keychain, `pygen chat`
    // finds it there and the provider accepts it, `pygen key remove` takes it away again.
    void commandLineStoresAndUsesTheKey()
    {
        const QString key = u"gsk_commandLineKeychainKey0123456789"_s;
        Pygen::Testing::FakeOpenAiServer groq("/openai/v1");
        groq.setRequiredApiKey(key);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"GROQ_API_KEY"_s);
        const auto pygen = [&environment](const QStringList &arguments, const QByteArray &input = {}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(PYGEN_CLI_PATH), arguments);
            process.write(input);
            process.closeWriteChannel();
            // The event loop keeps running, so the fake server in this process answers.
            if (!finished.wait(60'000))
                return std::pair{-1, QString()};
            return std::pair{process.exitCode(),
                             QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
        };
        const QStringList chat{u"chat"_s,
                               u"--provider"_s,
                               u"groq"_s,
                               u"--base-url"_s,
                               groq.apiBaseUrl().toString(),
                               u"--model"_s,
                               u"llama-3.3-70b-versatile"_s,
                               u"--no-cache"_s,
                               u"hi"_s};

        auto [exitCode, output] = pygen({u"key"_s, u"set"_s, u"groq"_s}, key.toUtf8() + '\n');
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains(u"stored in the keychain"_s), qPrintable(output));
        std::tie(exitCode, output) = pygen(chat);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY2(output.startsWith(u"Hello, world!"_s), qPrintable(output));
        QCOMPARE(groq.lastChatRequest().header("authorization"), "Bearer " + key.toUtf8());

        std::tie(exitCode, output) = pygen({u"key"_s, u"remove"_s, u"groq"_s});
        QVERIFY2(exitCode == 0, qPrintable(output));
        std::tie(exitCode, output) = pygen(chat);
        QCOMPARE(exitCode, 1);
        QVERIFY2(output.contains(u"GROQ_API_KEY"_s), qPrintable(output));
        QCOMPARE(groq.chatRequestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(KeychainTest)

#include "KeychainTest.moc"
