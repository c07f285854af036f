#include "llm/ProviderConfiguration.h"

#include <QtTest/QTest>

using namespace Pygen;

class ProviderConfigurationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ollamaHostForms_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expectedUrl");
        QTest::newRow("host and port") << QStringLiteral("gpu-box:11500") << QStringLiteral("http://gpu-box:11500");
        QTest::newRow("host only") << QStringLiteral("gpu-box") << QStringLiteral("http://gpu-box:11434");
        QTest::newRow("bind-all address") << QStringLiteral("0.0.0.0") << QStringLiteral("http://127.0.0.1:11434");
        QTest::newRow("bind-all with port")
            << QStringLiteral("0.0.0.0:9999") << QStringLiteral("http://127.0.0.1:9999");
        QTest::newRow("full url") << QStringLiteral("https://ollama.example.org")
                                  << QStringLiteral("https://ollama.example.org");
        QTest::newRow("url with port") << QStringLiteral("http://10.0.0.5:8000")
                                       << QStringLiteral("http://10.0.0.5:8000");
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  127.0.0.1:11434 ") << QStringLiteral("http://127.0.0.1:11434");
    }

    void ollamaHostForms()
    {
        QFETCH(QString, host);
        QFETCH(QString, expectedUrl);
        QCOMPARE(ProviderConfiguration::ollamaUrlFromHost(host).toString(), expectedUrl);
    }

    void ollamaHostComesFromTheEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OLLAMA_HOST"), QStringLiteral("box:1234"));
        const auto configuration = ProviderConfiguration::forPreset(*ProviderPreset::find(u"ollama"), environment);
        QCOMPARE(configuration.baseUrl.toString(), QStringLiteral("http://box:1234"));
        const auto fallback = ProviderConfiguration::forPreset(*ProviderPreset::find(u"ollama"), QProcessEnvironment());
        QCOMPARE(fallback.baseUrl.toString(), QStringLiteral("http://127.0.0.1:11434"));
        // The other providers ignore it.
        const auto groq = ProviderConfiguration::forPreset(*ProviderPreset::find(u"groq"), environment);
        QCOMPARE(groq.baseUrl.toString(), QStringLiteral("https://api.groq.com/openai/v1"));
    }

    void keysOverPlainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080/v1") << QStringLiteral("k") << false;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080/v1") << QStringLiteral("k") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/v1") << QStringLiteral("k") << false;
        QTest::newRow("other host, http") << QStringLiteral("http://10.1.2.3:8080/v1") << QStringLiteral("k") << true;
        QTest::newRow("named host, http") << QStringLiteral("http://llm.lan/v1") << QStringLiteral("k") << true;
        QTest::newRow("other host, https") << QStringLiteral("https://llm.lan/v1") << QStringLiteral("k") << false;
        QTest::newRow("no key") << QStringLiteral("http://llm.lan/v1") << QString() << false;
    }

    void keysOverPlainHttp()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(bool, insecure);
        auto configuration = ProviderConfiguration::forPreset(*ProviderPreset::find(u"custom"), {});
        configuration.baseUrl = QUrl(url);
        configuration.apiKey = key;
        QCOMPARE(configuration.wouldSendKeyInsecurely(), insecure);
        QCOMPARE(configuration.problem().contains(u"plain http"), insecure);
    }

    void problemsNameTheFix_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expectedPart");
        QTest::newRow("groq without key")
            << QStringLiteral("groq") << QString() << QString() << QStringLiteral("GROQ_API_KEY");
        QTest::newRow("gemini without key")
            << QStringLiteral("gemini") << QString() << QString() << QStringLiteral("GEMINI_API_KEY or GOOGLE_API_KEY");
        QTest::newRow("custom without url")
            << QStringLiteral("custom") << QString() << QString() << QStringLiteral("needs a base URL");
        QTest::newRow("ftp url") << QStringLiteral("custom") << QStringLiteral("ftp://host/v1") << QString()
                                 << QStringLiteral("http:// or https://");
        QTest::newRow("ollama is fine") << QStringLiteral("ollama") << QString() << QString() << QString();
        QTest::newRow("groq with key is fine")
            << QStringLiteral("groq") << QString() << QStringLiteral("gsk_x") << QString();
    }

    void problemsNameTheFix()
    {
        QFETCH(QString, preset);
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, expectedPart);
        auto configuration = ProviderConfiguration::forPreset(*ProviderPreset::find(preset), {});
        if (!url.isEmpty())
            configuration.baseUrl = QUrl(url);
        configuration.apiKey = key;
        const QString problem = configuration.problem();
        if (expectedPart.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expectedPart), qPrintable(problem));
    }

    void presetsAreComplete()
    {
        const QStringList expected{QStringLiteral("ollama"),        QStringLiteral("groq"),
                                   QStringLiteral("gemini"),        QStringLiteral("openai"),
                                   QStringLiteral("openrouter"),    QStringLiteral("lmstudio"),
                                   QStringLiteral("llamacpp"),      QStringLiteral("vllm"),
                                   QStringLiteral("ollama-openai"), QStringLiteral("custom")};
        QCOMPARE(ProviderPreset::ids(), expected);
        QCOMPARE(ProviderPreset::find(u"openai")->outputLimitField,
                 ProviderPreset::OutputLimitField::MaxCompletionTokens);
        QCOMPARE(ProviderPreset::find(u"vllm")->outputLimitField, ProviderPreset::OutputLimitField::MaxTokens);
        QVERIFY(!ProviderPreset::find(u"nonsense"));
        // Secrets in the address never reach a message.
        auto configuration = ProviderConfiguration::forPreset(*ProviderPreset::find(u"custom"), {});
        configuration.baseUrl = QUrl(QStringLiteral("https://user:sk-secretsecret@host/v1?key=AIzaSecret"));
        QVERIFY(!configuration.displayBaseUrl().contains(u"secret"));
        QVERIFY(!configuration.displayBaseUrl().contains(u"Secret"));
    }
};

QTEST_GUILESS_MAIN(ProviderConfigurationTest)
#include "ProviderConfigurationTest.moc"
