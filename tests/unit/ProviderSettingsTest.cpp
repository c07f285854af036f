#include "llm/ProviderSettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace Pygen;

class ProviderSettingsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QFile::remove(ProviderSettings().fileName()); }

    void defaultsBeforeAnyChoice()
    {
        const ProviderSettings settings;
        QCOMPARE(settings.defaultProviderId(), QStringLiteral("ollama"));
        QVERIFY(settings.baseUrl(QStringLiteral("groq")).isEmpty());
        QVERIFY(settings.defaultModel(QStringLiteral("groq")).isEmpty());
        // The studio and the command line read the same file.
        QVERIFY2(settings.fileName().endsWith(u"Pygen/pygen-studio.ini"), qPrintable(settings.fileName()));
    }

    void choicesPersist()
    {
        {
            ProviderSettings settings;
            QSignalSpy updated(&settings, &ProviderSettings::updated);
            settings.setDefaultProviderId(QStringLiteral("groq"));
            settings.setBaseUrl(QStringLiteral("vllm"), QUrl(QStringLiteral("http://gpu-box:8000/v1/")));
            settings.setDefaultModel(QStringLiteral("groq"), QStringLiteral(" llama-3.3-70b-versatile "));
            QCOMPARE(updated.count(), 3);
        }
        const ProviderSettings reread;
        QCOMPARE(reread.defaultProviderId(), QStringLiteral("groq"));
        QCOMPARE(reread.baseUrl(QStringLiteral("vllm")), QUrl(QStringLiteral("http://gpu-box:8000/v1")));
        QCOMPARE(reread.defaultModel(QStringLiteral("groq")), QStringLiteral("llama-3.3-70b-versatile"));

        ProviderSettings clearing;
        clearing.setBaseUrl(QStringLiteral("vllm"), QUrl());
        clearing.setDefaultModel(QStringLiteral("groq"), QString());
        QVERIFY(clearing.baseUrl(QStringLiteral("vllm")).isEmpty());
        QVERIFY(clearing.defaultModel(QStringLiteral("groq")).isEmpty());
    }

    void secretsInAnAddressAreNeverStored()
    {
        ProviderSettings settings;
        settings.setBaseUrl(
            QStringLiteral("custom"),
            QUrl(QStringLiteral("https://me:sk-inpassword0123456789@llm.example.org/v1?key=AIzaInQuery0123#frag")));
        QCOMPARE(settings.baseUrl(QStringLiteral("custom")), QUrl(QStringLiteral("https://llm.example.org/v1")));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("sk-inpassword"));
        QVERIFY(!content.contains("AIzaInQuery"));
        QVERIFY(content.contains("llm.example.org"));
    }

    void unusableValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown default provider") << QStringLiteral("providers/default") << QStringLiteral("skynet");
        QTest::newRow("base url without host") << QStringLiteral("providers/groq/baseUrl") << QStringLiteral("http://");
        QTest::newRow("base url with another scheme")
            << QStringLiteral("providers/groq/baseUrl") << QStringLiteral("ftp://host/v1");
        QTest::newRow("base url that is no url") << QStringLiteral("providers/groq/baseUrl") << QStringLiteral("::::");
    }

    void unusableValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        {
            QSettings raw(ProviderSettings().fileName(), QSettings::IniFormat);
            raw.setValue(key, value);
        }
        const ProviderSettings settings;
        QCOMPARE(settings.defaultProviderId(), QStringLiteral("ollama"));
        QVERIFY(settings.baseUrl(QStringLiteral("groq")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ProviderSettingsTest)
#include "ProviderSettingsTest.moc"
