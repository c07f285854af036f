#include "FakeOllamaServer.h"
#include "FakeOpenAiServer.h"
#include "ProviderTestSupport.h"
#include "llm/ProviderSettings.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Pygen::Testing;

namespace {
struct Run
{
    int exitCode = -1;
    QString output;
    QString errors;
};
} // namespace

// `pygen models` and `pygen chat` end to end: the real binary against fakes in this process.
class ModelCommandsTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOllamaServer> m_ollama;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment environment = environmentWithoutProviders();
        return environment;
    }

    // Runs pygen while this process' event loop serves the fakes.
    static Run run(const QStringList &arguments, const QProcessEnvironment &processEnvironment = environment(),
                   const std::function<void(QProcess &)> &whileRunning = {})
    {
        QProcess process;
        process.setProcessEnvironment(processEnvironment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(PYGEN_CLI_PATH), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.closeWriteChannel(); // standard input is empty
        if (whileRunning)
            whileRunning(process);
        if (finished.isEmpty() && !finished.wait(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString ollamaUrl() const { return m_ollama->baseUrl().toString(); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(Pygen::ProviderSettings().fileName());
        m_ollama = std::make_unique<FakeOllamaServer>();
        m_ollama->setModels({FakeModel{QStringLiteral("llama3.2:latest"), 131072},
                             FakeModel{QStringLiteral("qwen2.5-coder:7b"), 32768}});
    }

    void cleanup() { m_ollama.reset(); }

    void listsModels()
    {
        const Run result = run({QStringLiteral("models"), QStringLiteral("--base-url"), ollamaUrl()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
        const QStringList lines = result.output.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"MODEL"));
        QVERIFY2(lines.at(1).startsWith(u"llama3.2:latest"), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"131072"), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u"32768"), qPrintable(lines.at(2)));
    }

    void ollamaHostIsTheDefault()
    {
        QProcessEnvironment processEnvironment = environment();
        processEnvironment.insert(QStringLiteral("OLLAMA_HOST"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_ollama->baseUrl().port()));
        const Run result = run({QStringLiteral("models")}, processEnvironment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
        QVERIFY(result.output.contains(u"qwen2.5-coder:7b"));
    }

    void chatStreamsToStandardOutput()
    {
        ScriptedReply script;
        script.chunks = {QStringLiteral("print("), QStringLiteral("'hi')")};
        m_ollama->enqueueChat(script);
        const Run result = run({QStringLiteral("chat"), QStringLiteral("--base-url"), ollamaUrl(),
                                QStringLiteral("--model"), QStringLiteral("llama3.2"), QStringLiteral("--system"),
                                QStringLiteral("be brief"), QStringLiteral("Say"), QStringLiteral("hi")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
        QCOMPARE(result.output, QStringLiteral("print('hi')\n"));
        QVERIFY2(result.errors.contains(u"2 output tokens"), qPrintable(result.errors));
        const QJsonArray messages = m_ollama->lastChatRequest().json().value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject().value(u"content").toString(), QStringLiteral("Say hi"));

        // The same request again comes from the cache; --no-cache asks again.
        const Run cached = run({QStringLiteral("chat"), QStringLiteral("--base-url"), ollamaUrl(), QStringLiteral("-m"),
                                QStringLiteral("llama3.2"), QStringLiteral("--system"), QStringLiteral("be brief"),
                                QStringLiteral("Say hi")});
        QCOMPARE(cached.output, QStringLiteral("print('hi')\n"));
        QVERIFY2(cached.errors.contains(u"from the cache"), qPrintable(cached.errors));
        QCOMPARE(m_ollama->chatRequestCount(), 1);
        const Run fresh = run({QStringLiteral("chat"), QStringLiteral("--base-url"), ollamaUrl(), QStringLiteral("-m"),
                               QStringLiteral("llama3.2"), QStringLiteral("--no-cache"), QStringLiteral("Say hi")});
        QCOMPARE(fresh.exitCode, 0);
        QCOMPARE(m_ollama->chatRequestCount(), 2);
    }

    void settingsChooseProviderAddressAndModel()
    {
        {
            Pygen::ProviderSettings settings;
            settings.setDefaultProviderId(QStringLiteral("ollama"));
            settings.setBaseUrl(QStringLiteral("ollama"), m_ollama->baseUrl());
            settings.setDefaultModel(QStringLiteral("ollama"), QStringLiteral("qwen2.5-coder:7b"));
        }
        const Run result = run({QStringLiteral("chat"), QStringLiteral("--no-cache"), QStringLiteral("hi")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
        QCOMPARE(m_ollama->lastChatRequest().json().value(u"model").toString(), QStringLiteral("qwen2.5-coder:7b"));
        // Flags still win over the settings.
        const Run flagged = run({QStringLiteral("chat"), QStringLiteral("--no-cache"), QStringLiteral("-m"),
                                 QStringLiteral("llama3.2"), QStringLiteral("hi")});
        QCOMPARE(flagged.exitCode, 0);
        QCOMPARE(m_ollama->lastChatRequest().json().value(u"model").toString(), QStringLiteral("llama3.2"));
    }

    void pullsAModelWithProgress()
    {
        const Run pulled =
            run({QStringLiteral("pull"), QStringLiteral("--base-url"), ollamaUrl(), QStringLiteral("phi4")});
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.errors));
        QVERIFY2(pulled.errors.contains(u"pulling manifest"), qPrintable(pulled.errors));
        QVERIFY2(pulled.errors.contains(u"%"), qPrintable(pulled.errors));
        QVERIFY2(pulled.errors.contains(u"“phi4” is ready"), qPrintable(pulled.errors));
        const Run listed = run({QStringLiteral("models"), QStringLiteral("--base-url"), ollamaUrl()});
        QVERIFY2(listed.output.contains(u"phi4"), qPrintable(listed.output));

        m_ollama->enqueuePullError(QStringLiteral("pull model manifest: file does not exist"));
        const Run failed =
            run({QStringLiteral("pull"), QStringLiteral("--base-url"), ollamaUrl(), QStringLiteral("nonsense")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.errors.contains(u"could not pull “nonsense”"), qPrintable(failed.errors));
    }

    void chatWithAJsonSchema()
    {
        QTemporaryDir folder;
        const QString schemaPath = folder.filePath(QStringLiteral("schema.json"));
        QFile schemaFile(schemaPath);
        QVERIFY(schemaFile.open(QIODevice::WriteOnly));
        schemaFile.write(R"({"type":"object","properties":{"name":{"type":"string"}},"required":["name"]})");
        schemaFile.close();
        ScriptedReply script;
        script.chunks = {QStringLiteral("{\"name\":\"x\"}")};
        m_ollama->enqueueChat(script);
        const Run result = run({QStringLiteral("chat"), QStringLiteral("--base-url"), ollamaUrl(), QStringLiteral("-m"),
                                QStringLiteral("llama3.2"), QStringLiteral("--no-cache"),
                                QStringLiteral("--json-schema"), schemaPath, QStringLiteral("name it")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
        QCOMPARE(m_ollama->lastChatRequest().json().value(u"format").toObject().value(u"type").toString(),
                 QStringLiteral("object"));
    }

    void retriesAreShownOnStandardError()
    {
        FakeOpenAiServer groq(nullptr);
        groq.setUsageStyle(FakeOpenAiServer::UsageStyle::Groq);
        groq.setRequiredApiKey(QStringLiteral("gsk_clitest0123456789"));
        ScriptedReply limited;
        limited.status = 429;
        limited.extraHeaders = {{"retry-after", "1"}};
        limited.errorBody = FakeOpenAiServer::rateLimitBody(QStringLiteral("Rate limit reached"));
        groq.enqueueChat(limited);
        QProcessEnvironment processEnvironment = environment();
        processEnvironment.insert(QStringLiteral("GROQ_API_KEY"), QStringLiteral("gsk_clitest0123456789"));
        const Run result =
            run({QStringLiteral("chat"), QStringLiteral("--provider"), QStringLiteral("groq"),
                 QStringLiteral("--base-url"), groq.apiBaseUrl().toString(), QStringLiteral("-m"),
                 QStringLiteral("llama-3.3-70b-versatile"), QStringLiteral("--no-cache"), QStringLiteral("hi")},
                processEnvironment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
        QCOMPARE(result.output, QStringLiteral("Hello, world!\n"));
        QVERIFY2(result.errors.contains(u"1 s"), qPrintable(result.errors));
        QVERIFY2(result.errors.count(u"attempt 2 of 5") == 1, qPrintable(result.errors));
        QVERIFY(!result.errors.contains(u"gsk_clitest"));
    }

    void failuresAndBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExitCode");
        QTest::addColumn<QString>("expectedErrorPart");
        const QString url = QStringLiteral("@URL@");
        QTest::newRow("unknown model")
            << QStringList{QStringLiteral("chat"), QStringLiteral("--base-url"), url,
                           QStringLiteral("-m"),   QStringLiteral("nope:1b"),    QStringLiteral("hi")}
            << 1 << QStringLiteral("ollama pull nope:1b");
        QTest::newRow("no model") << QStringList{QStringLiteral("chat"), QStringLiteral("--base-url"), url,
                                                 QStringLiteral("hi")}
                                  << 2 << QStringLiteral("--model");
        QTest::newRow("no prompt") << QStringList{QStringLiteral("chat"), QStringLiteral("-m"), QStringLiteral("x")}
                                   << 2 << QStringLiteral("give a prompt");
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("skynet")} << 2
            << QStringLiteral("Unknown provider “skynet”");
        QTest::newRow("missing schema file") << QStringList{QStringLiteral("chat"),
                                                            QStringLiteral("-m"),
                                                            QStringLiteral("x"),
                                                            QStringLiteral("--json-schema"),
                                                            QStringLiteral("/nonexistent/schema.json"),
                                                            QStringLiteral("hi")}
                                             << 2 << QStringLiteral("/nonexistent/schema.json");
        QTest::newRow("bad temperature") << QStringList{QStringLiteral("chat"), QStringLiteral("-m"),
                                                        QStringLiteral("x"),    QStringLiteral("--temperature"),
                                                        QStringLiteral("hot"),  QStringLiteral("hi")}
                                         << 2 << QStringLiteral("--temperature");
        QTest::newRow("groq without a key")
            << QStringList{QStringLiteral("chat"), QStringLiteral("--provider"), QStringLiteral("groq"),
                           QStringLiteral("-m"),   QStringLiteral("x"),          QStringLiteral("hi")}
            << 1 << QStringLiteral("GROQ_API_KEY");
        QTest::newRow("custom without address")
            << QStringList{QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("custom")} << 2
            << QStringLiteral("--base-url");
        QTest::newRow("key without a provider")
            << QStringList{QStringLiteral("key"), QStringLiteral("set")} << 2 << QStringLiteral("pygen key set groq");
        QTest::newRow("key for an unknown provider")
            << QStringList{QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("skynet")} << 2
            << QStringLiteral("Unknown provider “skynet”");
        QTest::newRow("key set with nothing on standard input")
            << QStringList{QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("groq")} << 2
            << QStringLiteral("no key came on standard input");
        QTest::newRow("pull from a cloud provider") << QStringList{QStringLiteral("pull"), QStringLiteral("--provider"),
                                                                   QStringLiteral("groq"), QStringLiteral("x")}
                                                    << 2 << QStringLiteral("only Ollama downloads models");
        QTest::newRow("pull without a model")
            << QStringList{QStringLiteral("pull")} << 2 << QStringLiteral("pygen pull llama3.2");
        QTest::newRow("models with a stray argument")
            << QStringList{QStringLiteral("models"), QStringLiteral("extra")} << 2 << QStringLiteral("extra");
    }

    void failuresAndBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExitCode);
        QFETCH(QString, expectedErrorPart);
        arguments.replaceInStrings(QStringLiteral("@URL@"), ollamaUrl());
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == expectedExitCode,
                 qPrintable(QString::number(result.exitCode) + u' ' + result.errors));
        QVERIFY2(result.errors.contains(expectedErrorPart), qPrintable(result.errors));
        QVERIFY(result.output.isEmpty());
    }

    void noOllamaRunning()
    {
        const QString url = ollamaUrl();
        m_ollama.reset();
        const Run result = run({QStringLiteral("models"), QStringLiteral("--base-url"), url});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errors.contains(u"No Ollama is answering at " + url), qPrintable(result.errors));
        QVERIFY2(result.errors.contains(u"ollama serve"), qPrintable(result.errors));
    }

    void interruptCancelsCleanly()
    {
        ScriptedReply slow;
        for (int i = 0; i < 200; ++i)
            slow.chunks.append(QStringLiteral("tok%1 ").arg(i));
        slow.misbehaviour.delayBetweenChunksMs = 50;
        m_ollama->enqueueChat(slow);
        const Run result = run({QStringLiteral("chat"), QStringLiteral("--base-url"), ollamaUrl(), QStringLiteral("-m"),
                                QStringLiteral("llama3.2"), QStringLiteral("--no-cache"), QStringLiteral("go")},
                               environment(), [](QProcess &process) {
                                   QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
                                   QVERIFY(output.wait(20000));
                                   process.terminate(); // SIGTERM, handled like Ctrl-C
                               });
        QCOMPARE(result.exitCode, 130);
        QVERIFY2(result.errors.contains(u"Cancelled"), qPrintable(result.errors));
    }
};

QTEST_GUILESS_MAIN(ModelCommandsTest)
#include "ModelCommandsTest.moc"
