#include "llm/CredentialStore.h"
#include "llm/SecretRedactor.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <optional>

using Pygen::CredentialStore;
using Pygen::SecretRedactor;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environmentFrom(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return environment;
}

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

} // namespace

class CredentialStoreTest final : public QObject
{
    Q_OBJECT

private:
    // Runs one readKey and waits for its callback; checks that it came later, not inside the call.
    static std::optional<CredentialStore::Key> read(CredentialStore &store, const QString &providerId)
    {
        QObject context;
        std::optional<CredentialStore::Key> result;
        int calls = 0;
        store.readKey(providerId, &context, [&](CredentialStore::Key key) {
            ++calls;
            result = std::move(key);
        });
        if (calls != 0) {
            qWarning("readKey called back synchronously");
            return std::nullopt;
        }
        if (!QTest::qWaitFor([&] { return calls > 0; }))
            return std::nullopt;
        // Exactly once.
        QCoreApplication::processEvents();
        return calls == 1 ? result : std::nullopt;
    }

    struct Stored
    {
        bool permanently = true;
        QString notice;
    };

    static std::optional<Stored> store(CredentialStore &store, const QString &providerId, const QString &key)
    {
        QObject context;
        std::optional<Stored> result;
        store.storeKey(providerId, key, &context, [&](bool permanently, QString notice) {
            result = Stored{permanently, std::move(notice)};
        });
        if (result)
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return result.has_value(); }))
            return std::nullopt;
        return result;
    }

    static std::optional<QString> remove(CredentialStore &store, const QString &providerId)
    {
        QObject context;
        std::optional<QString> result;
        store.removeKey(providerId, &context, [&](QString error) { result = std::move(error); });
        if (result)
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return result.has_value(); }))
            return std::nullopt;
        return result;
    }

    QTemporaryDir m_runtimeDirectory;
    const QString m_serviceName = u"Pygen Studio test %1"_s.arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        // No session bus, hence no keychain service: what a headless machine or a bare container has.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(m_runtimeDirectory.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDirectory.path()));
        // QtKeychain then picks KWallet, the backend that has a plain-text fallback: were the fallback
        // on, keysNeverReachDisk would find the keys in a settings file.
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qputenv("KDE_SESSION_VERSION", "6");
    }

    void init() { SecretRedactor::forgetAll(); }

    void namesEnvironmentVariables_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("groq") << u"groq"_s << QStringList{u"GROQ_API_KEY"_s};
        QTest::newRow("gemini") << u"gemini"_s << QStringList{u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s};
        QTest::newRow("openai") << u"openai"_s << QStringList{u"OPENAI_API_KEY"_s};
        QTest::newRow("openrouter") << u"openrouter"_s << QStringList{u"OPENROUTER_API_KEY"_s};
        for (const QString &local :
             {u"lmstudio"_s, u"llamacpp"_s, u"vllm"_s, u"ollama"_s, u"ollama-openai"_s, u"custom"_s, u"unknown"_s}) {
            QTest::newRow(qPrintable(local)) << local << QStringList();
        }
    }

    void namesEnvironmentVariables()
    {
        QFETCH(QString, providerId);
        QFETCH(QStringList, expected);
        QCOMPARE(CredentialStore::environmentVariables(providerId), expected);
    }

    void environmentOverrides_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected");

        const QString groq = u"GROQ_API_KEY=env-groq-key-1"_s;
        const QString gemini = u"GEMINI_API_KEY=env-gemini-key-2"_s;
        const QString google = u"GOOGLE_API_KEY=env-google-key-3"_s;
        const QString openAi = u"OPENAI_API_KEY=env-openai-key-4"_s;
        const QString openRouter = u"OPENROUTER_API_KEY=env-openrouter-key-5"_s;
        const QStringList all{groq, gemini, google, openAi, openRouter};

        QTest::newRow("groq") << u"groq"_s << all << u"env-groq-key-1"_s;
        QTest::newRow("gemini over google") << u"gemini"_s << all << u"env-gemini-key-2"_s;
        QTest::newRow("google alone") << u"gemini"_s << QStringList{google} << u"env-google-key-3"_s;
        QTest::newRow("empty gemini falls back to google")
            << u"gemini"_s << QStringList{u"GEMINI_API_KEY=  "_s, google} << u"env-google-key-3"_s;
        QTest::newRow("openai") << u"openai"_s << all << u"env-openai-key-4"_s;
        QTest::newRow("openrouter") << u"openrouter"_s << all << u"env-openrouter-key-5"_s;
        QTest::newRow("surrounding whitespace is dropped")
            << u"groq"_s << QStringList{u"GROQ_API_KEY= env-groq-key-6\n"_s} << u"env-groq-key-6"_s;
    }

    void environmentOverrides()
    {
        QFETCH(QString, providerId);
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);

        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment(environmentFrom(environment));
        const auto key = read(credentials, providerId);
        QVERIFY(key);
        QCOMPARE(key->value, expected);
        QCOMPARE(key->source, CredentialStore::Source::Environment);
        QVERIFY(key->notice.isEmpty());
        // Read keys are known to the redactor from then on.
        QCOMPARE(SecretRedactor::redact(u"got "_s + expected), u"got [redacted]"_s);
    }

    void localProvidersIgnoreCloudVariables()
    {
        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment(
            environmentFrom({u"OPENAI_API_KEY=env-openai-key-4"_s, u"GROQ_API_KEY=env-groq-key-1"_s}));
        const auto key = read(credentials, u"lmstudio"_s);
        QVERIFY(key);
        QCOMPARE(key->value, QString());
        QCOMPARE(key->source, CredentialStore::Source::None);
    }

    void withoutKeychainKeepsKeyForTheSession()
    {
        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        QSignalSpy unavailable(&credentials, &CredentialStore::keychainUnavailable);
        QVERIFY(credentials.isKeychainAvailable());

        const QString expectedNotice =
            u"No keychain service is running, so the key for Groq is kept for this session only. Start your "
            "desktop's keyring (GNOME Keyring or KWallet) or set GROQ_API_KEY to keep it."_s;
        const auto stored = store(credentials, u"groq"_s, u"  session-groq-key-7\n"_s);
        QVERIFY(stored);
        QVERIFY(!stored->permanently);
        QCOMPARE(stored->notice, expectedNotice);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(unavailable.at(0).at(0).toString(), expectedNotice);
        QVERIFY(!credentials.isKeychainAvailable());
        QCOMPARE(SecretRedactor::redact(u"session-groq-key-7"_s), SecretRedactor::marker);

        const auto key = read(credentials, u"groq"_s);
        QVERIFY(key);
        QCOMPARE(key->value, u"session-groq-key-7"_s);
        QCOMPARE(key->source, CredentialStore::Source::Session);
        QVERIFY(key->notice.isEmpty());

        // Another store of this process does not share the session memory.
        CredentialStore other(m_serviceName);
        other.setEnvironment({});
        const auto otherKey = read(other, u"groq"_s);
        QVERIFY(otherKey);
        QCOMPARE(otherKey->source, CredentialStore::Source::None);
        QVERIFY2(otherKey->notice.contains(u"No keychain service is running"_s), qPrintable(otherKey->notice));
        QVERIFY(otherKey->notice.contains(u"GROQ_API_KEY"_s));

        // The environment still wins over the session.
        credentials.setEnvironment(environmentFrom({u"GROQ_API_KEY=env-groq-key-1"_s}));
        QCOMPARE(read(credentials, u"groq"_s).value_or(CredentialStore::Key{}).source,
                 CredentialStore::Source::Environment);
        credentials.setEnvironment({});

        const auto error = remove(credentials, u"groq"_s);
        QVERIFY(error);
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        const auto forgotten = read(credentials, u"groq"_s);
        QVERIFY(forgotten);
        QCOMPARE(forgotten->value, QString());
        QCOMPARE(forgotten->source, CredentialStore::Source::None);
    }

    void noticeForProvidersWithoutVariable()
    {
        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        const auto stored = store(credentials, u"custom"_s, u"custom-server-key-8"_s);
        QVERIFY(stored);
        QVERIFY(!stored->permanently);
        QCOMPARE(stored->notice,
                 u"No keychain service is running, so the key for the custom server is kept for this session only. "
                 "Start your desktop's keyring (GNOME Keyring or KWallet) to keep it."_s);
        QCOMPARE(read(credentials, u"custom"_s).value_or(CredentialStore::Key{}).value, u"custom-server-key-8"_s);

        // Nothing was kept in the session for this one, so the keychain would have had to remove it.
        const auto error = remove(credentials, u"ollama"_s);
        QVERIFY(error);
        QVERIFY2(error->contains(u"could not be removed"_s), qPrintable(*error));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expectedNoticePart");

        QTest::newRow("empty provider") << QString() << u"valid-key-123"_s << u"is not a valid provider name"_s;
        QTest::newRow("path in provider") << u"../groq"_s << u"valid-key-123"_s << u"is not a valid provider name"_s;
        QTest::newRow("space in provider") << u"my server"_s << u"valid-key-123"_s << u"is not a valid provider name"_s;
        QTest::newRow("overlong provider")
            << QString(65, u'a') << u"valid-key-123"_s << u"is not a valid provider name"_s;
        QTest::newRow("empty key") << u"groq"_s << u" \n"_s << u"The key for Groq is empty"_s;
        QTest::newRow("two lines") << u"openai"_s << u"first-line-key\nsecond-line"_s
                                   << u"The key for OpenAI contains spaces or line breaks"_s;
        QTest::newRow("inner space") << u"gemini"_s << u"half-a-key other-half"_s
                                     << u"The key for Google Gemini contains spaces or line breaks"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QString, providerId);
        QFETCH(QString, key);
        QFETCH(QString, expectedNoticePart);

        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        const auto stored = store(credentials, providerId, key);
        QVERIFY(stored);
        QVERIFY(!stored->permanently);
        QVERIFY2(stored->notice.contains(expectedNoticePart), qPrintable(stored->notice));
        QVERIFY2(key.trimmed().isEmpty() || !stored->notice.contains(key.trimmed()), "the notice repeats the key");
        const auto readBack = read(credentials, providerId);
        QVERIFY(readBack);
        QCOMPARE(readBack->value, QString());
        QCOMPARE(readBack->source, CredentialStore::Source::None);
    }

    void deadContextGetsNoCallback_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::newRow("answered from the environment") << QStringList{u"GROQ_API_KEY=env-groq-key-1"_s};
        QTest::newRow("answered by the keychain") << QStringList();
    }

    void deadContextGetsNoCallback()
    {
        QFETCH(QStringList, environment);

        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment(environmentFrom(environment));
        int calls = 0;
        auto *context = new QObject;
        credentials.readKey(u"groq"_s, context, [&](CredentialStore::Key) { ++calls; });
        credentials.storeKey(u"groq"_s, u"late-groq-key-9"_s, context, [&](bool, QString) { ++calls; });
        credentials.removeKey(u"groq"_s, context, [&](QString) { ++calls; });
        delete context;

        // Keychain jobs run one after another, so this one's answer comes after the others'.
        QVERIFY(read(credentials, u"openai"_s));
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void callbackSurvivesTheStore()
    {
        QObject context;
        std::optional<CredentialStore::Key> result;
        {
            CredentialStore credentials(m_serviceName);
            credentials.setEnvironment({});
            credentials.readKey(u"openrouter"_s, &context, [&](CredentialStore::Key key) { result = key; });
        }
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->source, CredentialStore::Source::None);
    }

    // Last, after the others have stored and read keys.
    void keysNeverReachDisk()
    {
        if (qEnvironmentVariableIsEmpty("PYGEN_TEST_OUTPUT_DIR"))
            QSKIP("Run through ctest, which gives the test a HOME of its own to search.");

        CredentialStore credentials(m_serviceName);
        credentials.setEnvironment({});
        const QString key = u"disk-check-key-0123456789"_s;
        QVERIFY(store(credentials, u"openai"_s, key));
        QCOMPARE(read(credentials, u"openai"_s).value_or(CredentialStore::Key{}).value, key);

        QStringList folders{QDir::homePath(), m_runtimeDirectory.path()};
        for (const auto location :
             {QStandardPaths::ConfigLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
              QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
              QStandardPaths::StateLocation, QStandardPaths::GenericStateLocation})
            folders.append(QStandardPaths::writableLocation(location));

        // The search finds what is there.
        const QByteArray probe = "probe-" + QByteArray::number(QCoreApplication::applicationPid());
        QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        QFile probeFile(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/probe.txt"_s);
        QVERIFY(probeFile.open(QIODevice::WriteOnly));
        probeFile.write("x" + probe + "x");
        probeFile.close();
        QCOMPARE(filesContaining(folders, probe).size(), 1);
        QVERIFY(probeFile.remove());

        for (const QString &secret : {key, u"session-groq-key-7"_s, u"custom-server-key-8"_s, u"late-groq-key-9"_s}) {
            const QStringList found = filesContaining(folders, secret.toUtf8());
            QVERIFY2(found.isEmpty(), qPrintable(secret + u" found in "_s + found.join(u", ")));
        }
    }
};

QTEST_GUILESS_MAIN(CredentialStoreTest)

#include "CredentialStoreTest.moc"
