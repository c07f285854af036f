#include "FakeGeminiServer.h"
#include "FakeOllamaServer.h"
#include "FakeOpenAiServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest/QTest>

#include <memory>

#if defined(__SANITIZE_ADDRESS__)
#define PYGEN_HAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYGEN_HAS_ASAN 1
#endif
#endif
#ifdef PYGEN_HAS_ASAN
// From libasan; declared here because its header is not always installed.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#else
#define PYGEN_HAS_ASAN 0
#include <malloc.h>
#endif

using namespace Pygen::Testing;

namespace {

enum class Provider { Ollama, OpenAi, Gemini };

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// What a plain QNetworkAccessManager client saw of one request.
struct Exchange
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    Headers headers; // names lowercased
    QByteArray body;
    int readyReadCount = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A provider fake with the URL and body of one streamed chat request to it.
struct Fake
{
    std::unique_ptr<FakeProviderServer> server;
    QUrl chatUrl;
    QByteArray chatBody;
};

QUrl withPath(QUrl url, const QString &path, const QString &query = {})
{
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QJsonArray userMessage{
    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("Hi")}}};

QByteArray ollamaChatBody(const QString &model, bool stream = true)
{
    return compact({{QStringLiteral("model"), model},
                    {QStringLiteral("messages"), userMessage},
                    {QStringLiteral("stream"), stream},
                    {QStringLiteral("options"), QJsonObject{{QStringLiteral("num_ctx"), 8192}}}});
}

QByteArray openAiChatBody(const QString &model, bool stream = true, bool includeUsage = true)
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"), userMessage},
                     {QStringLiteral("stream"), stream},
                     {QStringLiteral("max_completion_tokens"), 100}};
    if (includeUsage)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return compact(body);
}

QByteArray geminiChatBody()
{
    return compact(
        {{QStringLiteral("contents"),
          QJsonArray{QJsonObject{
              {QStringLiteral("role"), QStringLiteral("user")},
              {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}}}}}}}});
}

QUrl geminiStreamUrl(const FakeGeminiServer &server, const QString &model)
{
    return withPath(server.apiBaseUrl(), QStringLiteral("/models/%1:streamGenerateContent").arg(model),
                    QStringLiteral("alt=sse"));
}

Fake makeFake(Provider provider)
{
    Fake fake;
    switch (provider) {
    case Provider::Ollama: {
        auto server = std::make_unique<FakeOllamaServer>();
        fake.chatUrl = withPath(server->baseUrl(), QStringLiteral("/api/chat"));
        fake.chatBody = ollamaChatBody(QStringLiteral("llama3.2"));
        fake.server = std::move(server);
        break;
    }
    case Provider::OpenAi: {
        auto server = std::make_unique<FakeOpenAiServer>();
        fake.chatUrl = withPath(server->apiBaseUrl(), QStringLiteral("/chat/completions"));
        fake.chatBody = openAiChatBody(QStringLiteral("gpt-4o-mini"));
        fake.server = std::move(server);
        break;
    }
    case Provider::Gemini: {
        auto server = std::make_unique<FakeGeminiServer>();
        fake.chatUrl = geminiStreamUrl(*server, QStringLiteral("gemini-2.0-flash"));
        fake.chatBody = geminiChatBody();
        fake.server = std::move(server);
        break;
    }
    }
    return fake;
}

// A scripted reply with the text of the fakes' default reply, to add a misbehaviour to.
ScriptedReply helloReply()
{
    ScriptedReply reply;
    reply.chunks = {QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world"), QStringLiteral("!")};
    return reply;
}

// Qt ends a reply whose connection closes mid-body either with RemoteHostClosedError or, when
// its socket has already gone when it looks (QHttpProtocolHandler::_q_receiveReply), as if the
// close were the end of the body, even for chunked replies. Clients must notice the missing
// final event themselves; these tests accept both.
bool endedByClose(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::NoError;
}

// The NDJSON lines of a body; every line must be a JSON object ending in \n.
QList<QJsonObject> ndjsonLines(const QByteArray &body, QString *problem)
{
    QList<QJsonObject> objects;
    if (!body.endsWith('\n')) {
        *problem = QStringLiteral("the body does not end with a newline");
        return objects;
    }
    for (const QByteArray &line : body.chopped(1).split('\n')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QStringLiteral("not a JSON object: ") + QString::fromUtf8(line);
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

// The SSE events of a body: each event's data payload, in order; comment lines are counted. The
// body must use `separator` between events and end with it.
struct SseBody
{
    QList<QByteArray> data;
    int comments = 0;
    QString problem;
};

QList<QByteArray> splitBy(const QByteArray &bytes, const QByteArray &separator)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at = bytes.indexOf(separator); at >= 0; at = bytes.indexOf(separator, from)) {
        parts.append(bytes.mid(from, at - from));
        from = at + separator.size();
    }
    parts.append(bytes.mid(from));
    return parts;
}

SseBody sseEvents(const QByteArray &body, const QByteArray &separator)
{
    SseBody result;
    if (!body.endsWith(separator)) {
        result.problem = QStringLiteral("the body does not end with the event separator");
        return result;
    }
    const QByteArray lineEnd = separator.left(separator.size() / 2);
    for (const QByteArray &block : splitBy(body.chopped(separator.size()), separator)) {
        for (const QByteArray &line : splitBy(block, lineEnd)) {
            if (line.startsWith(':'))
                ++result.comments;
            else if (line.startsWith("data: "))
                result.data.append(line.mid(6));
            else
                result.problem = QStringLiteral("unexpected line: ") + QString::fromUtf8(line);
        }
    }
    return result;
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The text of a streamed reply as a client would assemble it.
QString streamedText(Provider provider, const QByteArray &body)
{
    QString text;
    if (provider == Provider::Ollama) {
        QString problem;
        for (const QJsonObject &line : ndjsonLines(body, &problem))
            text += line.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
        return text;
    }
    const SseBody events = sseEvents(body, provider == Provider::Gemini ? "\r\n\r\n" : "\n\n");
    for (const QByteArray &data : events.data) {
        const QJsonObject event = jsonOf(data);
        if (provider == Provider::OpenAi) {
            text += event.value(QStringLiteral("choices"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("delta"))
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString();
        } else {
            const QJsonArray parts = event.value(QStringLiteral("candidates"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("content"))
                                         .toObject()
                                         .value(QStringLiteral("parts"))
                                         .toArray();
            for (const QJsonValue &part : parts)
                text += part.toObject().value(QStringLiteral("text")).toString();
        }
    }
    return text;
}

// Bytes the process has allocated and not freed. Unlike the resident peak (VmHWM) this ignores
// memory AddressSanitizer keeps in quarantine after it was freed.
qint64 liveHeapBytes()
{
#if PYGEN_HAS_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    return qint64(mallinfo2().uordblks);
#endif
}

} // namespace

Q_DECLARE_METATYPE(Provider)

class FakeServersTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;

    QNetworkReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers)
    {
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_manager->sendCustomRequest(request, verb, body);
    }

    static void collect(QNetworkReply *reply, Exchange *exchange)
    {
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, exchange] {
            exchange->body += reply->readAll();
            ++exchange->readyReadCount;
        });
    }

    static void fill(QNetworkReply *reply, Exchange *exchange)
    {
        exchange->finished = reply->isFinished();
        exchange->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange->error = reply->error();
        exchange->contentType = reply->rawHeader("Content-Type");
        for (const auto &[name, value] : reply->rawHeaderPairs())
            exchange->headers.append({name.toLower(), value});
        exchange->body += reply->readAll();
    }

    Exchange send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const Headers &headers = {})
    {
        Exchange exchange;
        const std::unique_ptr<QNetworkReply> reply(start(verb, url, body, headers));
        collect(reply.get(), &exchange);
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(20'000);
        fill(reply.get(), &exchange);
        return exchange;
    }

    Exchange get(const QUrl &url, const Headers &headers = {}) { return send("GET", url, {}, headers); }
    Exchange post(const QUrl &url, const QByteArray &body, const Headers &headers = {})
    {
        return send("POST", url, body, headers);
    }

private Q_SLOTS:
    void init()
    {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup() { m_manager.reset(); }

    void serversListenOnLoopback()
    {
        FakeOllamaServer ollama;
        FakeOpenAiServer groq("/openai/v1/");
        FakeGeminiServer gemini;
        QVERIFY(ollama.isListening());
        QVERIFY(groq.isListening());
        QVERIFY(gemini.isListening());
        QCOMPARE(ollama.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(ollama.baseUrl().port() > 0);
        QVERIFY(ollama.baseUrl().port() != groq.baseUrl().port());
        QCOMPARE(groq.apiBaseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/openai/v1").arg(groq.baseUrl().port()));
        QCOMPARE(gemini.apiBaseUrl().path(), QStringLiteral("/v1beta"));
    }

    void ollamaVersionTagsAndShow()
    {
        FakeOllamaServer server;
        FakeModel qwen;
        qwen.name = QStringLiteral("qwen2.5-coder:7b");
        qwen.family = QStringLiteral("qwen2");
        qwen.contextLength = 32768;
        qwen.capabilities = {QStringLiteral("completion"), QStringLiteral("tools")};
        qwen.parameterSize = QStringLiteral("7.6B");
        FakeModel llama;
        llama.name = QStringLiteral("llama3.2");
        server.setModels({qwen, llama});

        const Exchange version = get(withPath(server.baseUrl(), QStringLiteral("/api/version")));
        QCOMPARE(version.status, 200);
        QCOMPARE(version.json().value(QStringLiteral("version")).toString(), QStringLiteral("0.12.3"));

        const Exchange tags = get(withPath(server.baseUrl(), QStringLiteral("/api/tags")));
        QCOMPARE(tags.status, 200);
        QVERIFY(tags.contentType.startsWith("application/json"));
        const QJsonArray models = tags.json().value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject first = models.at(0).toObject();
        QCOMPARE(first.keys(),
                 (QStringList{QStringLiteral("details"), QStringLiteral("digest"), QStringLiteral("model"),
                              QStringLiteral("modified_at"), QStringLiteral("name"), QStringLiteral("size")}));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("qwen2.5-coder:7b"));
        QCOMPARE(first.value(QStringLiteral("digest")).toString().size(), 64);
        QVERIFY(first.value(QStringLiteral("size")).toInteger() > 0);
        const QJsonObject details = first.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("family")).toString(), QStringLiteral("qwen2"));
        QCOMPARE(details.value(QStringLiteral("parameter_size")).toString(), QStringLiteral("7.6B"));
        QCOMPARE(details.value(QStringLiteral("quantization_level")).toString(), QStringLiteral("Q4_K_M"));
        QCOMPARE(models.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("llama3.2:latest"));

        const Exchange show = post(withPath(server.baseUrl(), QStringLiteral("/api/show")),
                                   compact({{QStringLiteral("model"), QStringLiteral("qwen2.5-coder:7b")}}));
        QCOMPARE(show.status, 200);
        const QJsonObject info = show.json().value(QStringLiteral("model_info")).toObject();
        QCOMPARE(info.value(QStringLiteral("general.architecture")).toString(), QStringLiteral("qwen2"));
        QCOMPARE(info.value(QStringLiteral("qwen2.context_length")).toInt(), 32768);
        QCOMPARE(show.json().value(QStringLiteral("capabilities")).toArray(),
                 (QJsonArray{QStringLiteral("completion"), QStringLiteral("tools")}));
        QCOMPARE(show.json().value(QStringLiteral("details")).toObject().value(QStringLiteral("family")).toString(),
                 QStringLiteral("qwen2"));

        const Exchange missing = post(withPath(server.baseUrl(), QStringLiteral("/api/show")),
                                      compact({{QStringLiteral("model"), QStringLiteral("mistral")}}));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error, QNetworkReply::ContentNotFoundError);
        QCOMPARE(missing.json().value(QStringLiteral("error")).toString(), QStringLiteral("model 'mistral' not found"));
    }

    void ollamaChatStream()
    {
        FakeOllamaServer server;
        QSignalSpy received(&server, &FakeHttpServer::requestReceived);
        const Exchange exchange =
            post(withPath(server.baseUrl(), QStringLiteral("/api/chat")), ollamaChatBody(QStringLiteral("llama3.2")));
        QCOMPARE(exchange.status, 200);
        QCOMPARE(exchange.error, QNetworkReply::NoError);
        QCOMPARE(exchange.contentType, QByteArray("application/x-ndjson"));

        QString problem;
        const QList<QJsonObject> lines = ndjsonLines(exchange.body, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lines.size(), 5);
        QStringList deltas;
        for (qsizetype i = 0; i < 4; ++i) {
            const QJsonObject &line = lines.at(i);
            QCOMPARE(line.value(QStringLiteral("model")).toString(), QStringLiteral("llama3.2"));
            QVERIFY(!line.value(QStringLiteral("created_at")).toString().isEmpty());
            QCOMPARE(line.value(QStringLiteral("done")), QJsonValue(false));
            const QJsonObject message = line.value(QStringLiteral("message")).toObject();
            QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
            deltas.append(message.value(QStringLiteral("content")).toString());
        }
        QCOMPARE(
            deltas,
            (QStringList{QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world"), QStringLiteral("!")}));
        const QJsonObject last = lines.last();
        QCOMPARE(last.value(QStringLiteral("done")), QJsonValue(true));
        QCOMPARE(last.value(QStringLiteral("done_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(last.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
                 QString());
        QCOMPARE(last.value(QStringLiteral("prompt_eval_count")).toInt(), 12);
        QCOMPARE(last.value(QStringLiteral("eval_count")).toInt(), 4);
        QCOMPARE(last.value(QStringLiteral("eval_duration")).toInteger(), 100'000'000); // 40 tokens/s
        for (const char *field : {"total_duration", "load_duration", "prompt_eval_duration"})
            QVERIFY2(last.value(QString::fromLatin1(field)).toInteger() > 0, field);

        QCOMPARE(server.chatRequestCount(), 1);
        QCOMPARE(server.lastChatRequest().method, QByteArray("POST"));
        QCOMPARE(server.lastChatRequest().path, QByteArray("/api/chat"));
        QCOMPARE(server.lastChatRequest().header("content-type"), QByteArray("application/json"));
        QCOMPARE(server.lastChatRequest()
                     .json()
                     .value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("num_ctx"))
                     .toInt(),
                 8192);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<RecordedRequest>().path, QByteArray("/api/chat"));
        QTRY_COMPARE(server.openConnectionCount(), 0);
    }

    void ollamaChatVariants_data()
    {
        QTest::addColumn<QString>("finishReason");
        QTest::addColumn<int>("outputTokens");
        QTest::addColumn<QByteArray>("midStreamError");
        QTest::addColumn<QJsonObject>("expectedLast");

        QTest::newRow("length") << QStringLiteral("length") << -1 << QByteArray()
                                << QJsonObject{{QStringLiteral("done_reason"), QStringLiteral("length")},
                                               {QStringLiteral("eval_count"), 2}};
        QTest::newRow("token count set") << QStringLiteral("stop") << 9 << QByteArray()
                                         << QJsonObject{{QStringLiteral("done_reason"), QStringLiteral("stop")},
                                                        {QStringLiteral("eval_count"), 9}};
        QTest::newRow("error message") << QStringLiteral("stop") << -1 << QByteArray("out of memory")
                                       << QJsonObject{{QStringLiteral("error"), QStringLiteral("out of memory")}};
        QTest::newRow("error object verbatim")
            << QStringLiteral("stop") << -1 << QByteArray(R"({"error":"GGML_ASSERT failed"})")
            << QJsonObject{{QStringLiteral("error"), QStringLiteral("GGML_ASSERT failed")}};
    }

    void ollamaChatVariants()
    {
        QFETCH(QString, finishReason);
        QFETCH(int, outputTokens);
        QFETCH(QByteArray, midStreamError);
        QFETCH(QJsonObject, expectedLast);

        FakeOllamaServer server;
        ScriptedReply reply;
        reply.chunks = {QStringLiteral("def "), QStringLiteral("f(): pass")};
        reply.finishReason = finishReason;
        reply.outputTokens = outputTokens;
        reply.midStreamError = midStreamError;
        server.enqueueChat(reply);
        const Exchange exchange =
            post(withPath(server.baseUrl(), QStringLiteral("/api/chat")), ollamaChatBody(QStringLiteral("llama3.2")));
        QCOMPARE(exchange.status, 200);
        QString problem;
        const QList<QJsonObject> lines = ndjsonLines(exchange.body, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("f(): pass"));
        if (!midStreamError.isEmpty()) {
            QCOMPARE(lines.last(), expectedLast);
            QCOMPARE(exchange.body.count("\"done\":true"), 0);
            return;
        }
        for (auto it = expectedLast.constBegin(); it != expectedLast.constEnd(); ++it)
            QCOMPARE(lines.last().value(it.key()), it.value());
    }

    void ollamaChatWithoutStreaming()
    {
        FakeOllamaServer server;
        const Exchange exchange = post(withPath(server.baseUrl(), QStringLiteral("/api/chat")),
                                       ollamaChatBody(QStringLiteral("llama3.2"), false));
        QCOMPARE(exchange.status, 200);
        QVERIFY(exchange.contentType.startsWith("application/json"));
        QCOMPARE(exchange.body.count('\n'), 0);
        const QJsonObject object = exchange.json();
        QCOMPARE(object.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Hello, world!"));
        QCOMPARE(object.value(QStringLiteral("done")), QJsonValue(true));
        QCOMPARE(object.value(QStringLiteral("eval_count")).toInt(), 4);
    }

    void ollamaUnknownModelKeepsTheQueue()
    {
        FakeOllamaServer server;
        FakeModel llama;
        llama.name = QStringLiteral("llama3.2:latest");
        server.setModels({llama});
        ScriptedReply scripted;
        scripted.chunks = {QStringLiteral("scripted")};
        server.enqueueChat(scripted);

        const QUrl url = withPath(server.baseUrl(), QStringLiteral("/api/chat"));
        const Exchange missing = post(url, ollamaChatBody(QStringLiteral("mistral")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("model \"mistral\" not found, try pulling it first"));
        QCOMPARE(server.queuedChatReplyCount(), 1);
        QCOMPARE(server.chatRequestCount(), 1);

        const Exchange known = post(url, ollamaChatBody(QStringLiteral("llama3.2")));
        QCOMPARE(known.status, 200);
        QCOMPARE(streamedText(Provider::Ollama, known.body), QStringLiteral("scripted"));
        QCOMPARE(server.queuedChatReplyCount(), 0);
    }

    void ollamaPull()
    {
        FakeOllamaServer server;
        server.setModels({});
        const QUrl pullUrl = withPath(server.baseUrl(), QStringLiteral("/api/pull"));
        const QByteArray body = compact({{QStringLiteral("model"), QStringLiteral("qwen2.5:0.5b")}});

        const Exchange pull = post(pullUrl, body);
        QCOMPARE(pull.status, 200);
        QCOMPARE(pull.contentType, QByteArray("application/x-ndjson"));
        QString problem;
        const QList<QJsonObject> lines = ndjsonLines(pull.body, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("pulling manifest"));
        QCOMPARE(lines.last().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        qint64 previous = -1;
        int progressLines = 0;
        for (const QJsonObject &line : lines) {
            if (!line.contains(QStringLiteral("completed"))
                || !line.value(QStringLiteral("digest")).toString().contains(QStringLiteral("sha256:")))
                continue;
            const qint64 total = line.value(QStringLiteral("total")).toInteger();
            const qint64 completed = line.value(QStringLiteral("completed")).toInteger();
            QVERIFY(total > 0);
            QVERIFY(completed <= total);
            if (progressLines < 4)
                QVERIFY(completed > previous);
            previous = completed;
            ++progressLines;
        }
        QVERIFY(progressLines >= 4);

        const Exchange tags = get(withPath(server.baseUrl(), QStringLiteral("/api/tags")));
        QCOMPARE(tags.json().value(QStringLiteral("models")).toArray().size(), 1);
        QCOMPARE(tags.json().value(QStringLiteral("models")).toArray().at(0).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("qwen2.5:0.5b")));

        server.enqueuePullError(QStringLiteral("pull model manifest: file does not exist"));
        const Exchange failed = post(pullUrl, compact({{QStringLiteral("model"), QStringLiteral("no-such-model")}}));
        QCOMPARE(failed.status, 200);
        const QList<QJsonObject> failedLines = ndjsonLines(failed.body, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(failedLines.last(),
                 (QJsonObject{{QStringLiteral("error"), QStringLiteral("pull model manifest: file does not exist")}}));
        QCOMPARE(failed.body.count("success"), 0);
        QCOMPARE(server.pullRequestCount(), 2);
        QCOMPARE(get(withPath(server.baseUrl(), QStringLiteral("/api/tags")))
                     .json()
                     .value(QStringLiteral("models"))
                     .toArray()
                     .size(),
                 1);
    }

    void openAiStream_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<FakeOpenAiServer::UsageStyle>("style");
        QTest::addColumn<bool>("askForUsage");
        QTest::addColumn<bool>("keepAlives");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<QString>("usageAt"); // "", "usage chunk" or "x_groq"

        using Style = FakeOpenAiServer::UsageStyle;
        QTest::newRow("openai, usage asked")
            << QByteArray("/v1") << Style::StreamOptions << true << false << false << QStringLiteral("usage chunk");
        QTest::newRow("openai, usage not asked")
            << QByteArray("/v1") << Style::StreamOptions << false << false << false << QString();
        QTest::newRow("groq") << QByteArray("/openai/v1") << Style::Groq << true << false << false
                              << QStringLiteral("x_groq");
        QTest::newRow("no usage, keep-alives, crlf")
            << QByteArray("/api/v1") << Style::None << true << true << true << QString();
        QTest::newRow("gemini openai endpoint, crlf") << QByteArray("/v1beta/openai") << Style::StreamOptions << true
                                                      << false << true << QStringLiteral("usage chunk");
    }

    void openAiStream()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(FakeOpenAiServer::UsageStyle, style);
        QFETCH(bool, askForUsage);
        QFETCH(bool, keepAlives);
        QFETCH(bool, crlf);
        QFETCH(QString, usageAt);

        FakeOpenAiServer server(prefix);
        server.setUsageStyle(style);
        server.setSendKeepAlives(keepAlives);
        server.setUseCrlf(crlf);
        const Exchange exchange = post(withPath(server.apiBaseUrl(), QStringLiteral("/chat/completions")),
                                       openAiChatBody(QStringLiteral("gpt-4o-mini"), true, askForUsage));
        QCOMPARE(exchange.status, 200);
        QVERIFY(exchange.contentType.startsWith("text/event-stream"));
        QCOMPARE(server.lastChatRequest().path, QByteArray(prefix + "/chat/completions"));

        const QByteArray separator = crlf ? "\r\n\r\n" : "\n\n";
        if (crlf)
            QCOMPARE(exchange.body.count('\n'), exchange.body.count("\r\n"));
        else
            QCOMPARE(exchange.body.count('\r'), 0);
        const SseBody events = sseEvents(exchange.body, separator);
        QVERIFY2(events.problem.isEmpty(), qPrintable(events.problem));
        QCOMPARE(events.comments > 0, keepAlives);
        QCOMPARE(events.data.last(), QByteArray("[DONE]"));
        QCOMPARE(events.data.count("[DONE]"), 1);

        QString text;
        int finishChunks = 0;
        QJsonObject usage;
        QString usageFoundAt;
        for (qsizetype i = 0; i + 1 < events.data.size(); ++i) {
            const QJsonObject chunk = jsonOf(events.data.at(i));
            QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
            QCOMPARE(chunk.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
            QVERIFY(!chunk.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(chunk.contains(QStringLiteral("created")));
            const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
            if (choices.isEmpty()) {
                usage = chunk.value(QStringLiteral("usage")).toObject();
                usageFoundAt = QStringLiteral("usage chunk");
                continue;
            }
            const QJsonObject choice = choices.at(0).toObject();
            QCOMPARE(choice.value(QStringLiteral("index")).toInt(), 0);
            const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
            if (i == 0)
                QCOMPARE(delta.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
            text += delta.value(QStringLiteral("content")).toString();
            if (!choice.value(QStringLiteral("finish_reason")).isNull()) {
                ++finishChunks;
                QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
                QVERIFY(delta.isEmpty());
                if (chunk.contains(QStringLiteral("x_groq"))) {
                    usage = chunk.value(QStringLiteral("x_groq")).toObject().value(QStringLiteral("usage")).toObject();
                    usageFoundAt = QStringLiteral("x_groq");
                }
            }
        }
        QCOMPARE(text, QStringLiteral("Hello, world!"));
        QCOMPARE(finishChunks, 1);
        QCOMPARE(usageFoundAt, usageAt);
        if (!usageAt.isEmpty()) {
            QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 12);
            QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 4);
            QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 16);
        }
    }

    void openAiFinishReasons_data()
    {
        QTest::addColumn<QString>("neutral");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stop") << QStringLiteral("stop") << QStringLiteral("stop");
        QTest::newRow("length") << QStringLiteral("length") << QStringLiteral("length");
        QTest::newRow("filtered") << QStringLiteral("filtered") << QStringLiteral("content_filter");
        QTest::newRow("unknown, verbatim") << QStringLiteral("tool_calls") << QStringLiteral("tool_calls");
    }

    void openAiFinishReasons()
    {
        QFETCH(QString, neutral);
        QFETCH(QString, expected);
        FakeOpenAiServer server;
        ScriptedReply reply;
        reply.chunks = {QStringLiteral("x")};
        reply.finishReason = neutral;
        server.enqueueChat(reply);
        const Exchange exchange = post(withPath(server.apiBaseUrl(), QStringLiteral("/chat/completions")),
                                       openAiChatBody(QStringLiteral("m")));
        const SseBody events = sseEvents(exchange.body, "\n\n");
        QVERIFY2(events.problem.isEmpty(), qPrintable(events.problem));
        // role chunk, "x", finish chunk, usage chunk, [DONE]
        QCOMPARE(events.data.size(), 5);
        QCOMPARE(jsonOf(events.data.at(2))
                     .value(QStringLiteral("choices"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("finish_reason"))
                     .toString(),
                 expected);
    }

    void openAiErrorsAndModels()
    {
        FakeOpenAiServer server("/openai/v1");
        FakeModel llama;
        llama.name = QStringLiteral("llama-3.3-70b-versatile");
        llama.contextLength = 131072;
        FakeModel small;
        small.name = QStringLiteral("llama-3.1-8b-instant");
        server.setModels({llama, small});
        server.setContextField(QStringLiteral("context_window"));
        const QUrl chat = withPath(server.apiBaseUrl(), QStringLiteral("/chat/completions"));

        const Exchange models = get(withPath(server.apiBaseUrl(), QStringLiteral("/models")));
        QCOMPARE(models.status, 200);
        QCOMPARE(models.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        const QJsonArray data = models.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("llama-3.3-70b-versatile"));
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("object")).toString(), QStringLiteral("model"));
        QVERIFY(data.at(0).toObject().contains(QStringLiteral("owned_by")));
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("context_window")).toInt(), 131072);
        server.setContextField(QString());
        QVERIFY(!get(withPath(server.apiBaseUrl(), QStringLiteral("/models")))
                     .json()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("context_window")));

        const Exchange unknown = post(chat, openAiChatBody(QStringLiteral("gpt-5")));
        QCOMPARE(unknown.status, 404);
        const QJsonObject error = unknown.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("model_not_found"));
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(u"`gpt-5` does not exist"));

        ScriptedReply broken;
        broken.chunks = {QStringLiteral("partial")};
        broken.midStreamError = "The server had an error while processing your request.";
        server.enqueueChat(broken);
        const Exchange midStream = post(chat, openAiChatBody(QStringLiteral("llama-3.1-8b-instant")));
        QCOMPARE(midStream.status, 200);
        const SseBody events = sseEvents(midStream.body, "\n\n");
        QVERIFY2(events.problem.isEmpty(), qPrintable(events.problem));
        QVERIFY(!events.data.contains("[DONE]"));
        const QJsonObject streamError = jsonOf(events.data.last()).value(QStringLiteral("error")).toObject();
        QCOMPARE(streamError.value(QStringLiteral("message")).toString(),
                 QStringLiteral("The server had an error while processing your request."));
        QCOMPARE(streamError.value(QStringLiteral("type")).toString(), QStringLiteral("server_error"));
        QCOMPARE(midStream.body.count("finish_reason\":\"stop"), 0);

        const Exchange whole = post(chat, openAiChatBody(QStringLiteral("llama-3.1-8b-instant"), false, false));
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.contentType.startsWith("application/json"));
        QCOMPARE(whole.json().value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        const QJsonObject choice = whole.json().value(QStringLiteral("choices")).toArray().at(0).toObject();
        QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Hello, world!"));
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(
            whole.json().value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt(),
            4);

        const Exchange elsewhere = post(withPath(server.baseUrl(), QStringLiteral("/v1/chat/completions")),
                                        openAiChatBody(QStringLiteral("llama-3.1-8b-instant")));
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(server.chatRequestCount(), 3);
    }

    void openAiApiKey_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("code");

        QTest::newRow("right key") << QByteArray("Bearer sk-right-key-0123456789") << 200 << QString() << QString();
        QTest::newRow("wrong key") << QByteArray("Bearer sk-abcdefghijklmnopyz") << 401
                                   << QStringLiteral("Incorrect API key provided: sk-ab***yz.")
                                   << QStringLiteral("invalid_api_key");
        QTest::newRow("no key") << QByteArray() << 401 << QStringLiteral("You didn't provide an API key") << QString();
        QTest::newRow("key without Bearer")
            << QByteArray("sk-right-key-0123456789") << 401 << QStringLiteral("Incorrect API key provided")
            << QStringLiteral("invalid_api_key");
    }

    void openAiApiKey()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        QFETCH(QString, code);

        FakeOpenAiServer server;
        server.setRequiredApiKey(QStringLiteral("sk-right-key-0123456789"));
        const Headers headers = authorization.isEmpty() ? Headers() : Headers{{"Authorization", authorization}};
        for (const QUrl &url : {withPath(server.apiBaseUrl(), QStringLiteral("/chat/completions")),
                                withPath(server.apiBaseUrl(), QStringLiteral("/models"))}) {
            const bool chat = url.path().endsWith(u"completions");
            const Exchange exchange =
                chat ? post(url, openAiChatBody(QStringLiteral("gpt-4o-mini")), headers) : get(url, headers);
            QCOMPARE(exchange.status, status);
            if (status == 200)
                continue;
            QCOMPARE(exchange.error, QNetworkReply::AuthenticationRequiredError);
            const QJsonObject error = exchange.json().value(QStringLiteral("error")).toObject();
            const QString message = error.value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(messagePart), qPrintable(message));
            QVERIFY2(!message.contains(u"abcdefghijklmnop"), "the whole key is never echoed");
            QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
            QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        }
        QCOMPARE(server.chatRequestCount(), status == 200 ? 1 : 0);
    }

    void openAiErrorHelpers()
    {
        const QJsonObject rate = jsonOf(FakeOpenAiServer::rateLimitBody(QStringLiteral("Rate limit reached")))
                                     .value(QStringLiteral("error"))
                                     .toObject();
        QCOMPARE(rate.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(rate.value(QStringLiteral("type")).toString(), QStringLiteral("tokens"));
        QCOMPARE(rate.value(QStringLiteral("message")).toString(), QStringLiteral("Rate limit reached"));
        const QJsonObject quota = jsonOf(FakeOpenAiServer::quotaBody()).value(QStringLiteral("error")).toObject();
        QCOMPARE(quota.value(QStringLiteral("code")).toString(), QStringLiteral("insufficient_quota"));
        const QJsonObject plain =
            jsonOf(FakeOpenAiServer::errorBody(QStringLiteral("m"), QStringLiteral("t"), QString()))
                .value(QStringLiteral("error"))
                .toObject();
        QVERIFY(plain.value(QStringLiteral("code")).isNull());
        QCOMPARE(FakeOllamaServer::errorBody(QStringLiteral("boom")), QByteArray(R"({"error":"boom"})"));
    }

    void geminiStream()
    {
        FakeGeminiServer server;
        server.setRequiredApiKey(QStringLiteral("AIza-fake"));
        const Exchange exchange = post(geminiStreamUrl(server, QStringLiteral("gemini-2.0-flash")), geminiChatBody(),
                                       {{"x-goog-api-key", "AIza-fake"}});
        QCOMPARE(exchange.status, 200);
        QVERIFY(exchange.contentType.startsWith("text/event-stream"));
        QCOMPARE(server.lastChatRequest().path,
                 QByteArray("/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse"));
        QCOMPARE(exchange.body.count("\r\n\r\n"), 4);
        QCOMPARE(exchange.body.count('\n'), exchange.body.count("\r\n"));

        const SseBody events = sseEvents(exchange.body, "\r\n\r\n");
        QVERIFY2(events.problem.isEmpty(), qPrintable(events.problem));
        QCOMPARE(events.data.size(), 4);
        QVERIFY(!events.data.contains("[DONE]"));
        QCOMPARE(streamedText(Provider::Gemini, exchange.body), QStringLiteral("Hello, world!"));
        for (qsizetype i = 0; i < events.data.size(); ++i) {
            const QJsonObject event = jsonOf(events.data.at(i));
            const QJsonObject candidate = event.value(QStringLiteral("candidates")).toArray().at(0).toObject();
            QCOMPARE(candidate.value(QStringLiteral("content")).toObject().value(QStringLiteral("role")).toString(),
                     QStringLiteral("model"));
            QCOMPARE(candidate.value(QStringLiteral("index")).toInt(), 0);
            QCOMPARE(event.value(QStringLiteral("modelVersion")).toString(), QStringLiteral("gemini-2.0-flash"));
            const QJsonObject usage = event.value(QStringLiteral("usageMetadata")).toObject();
            QCOMPARE(usage.value(QStringLiteral("promptTokenCount")).toInt(), 12);
            const bool last = i == events.data.size() - 1;
            QCOMPARE(candidate.contains(QStringLiteral("finishReason")), last);
            if (last) {
                QCOMPARE(candidate.value(QStringLiteral("finishReason")).toString(), QStringLiteral("STOP"));
                QCOMPARE(usage.value(QStringLiteral("candidatesTokenCount")).toInt(), 4);
                QCOMPARE(usage.value(QStringLiteral("totalTokenCount")).toInt(), 16);
            }
        }

        const Exchange whole =
            post(withPath(server.apiBaseUrl(), QStringLiteral("/models/gemini-2.0-flash:generateContent")),
                 geminiChatBody(), {{"x-goog-api-key", "AIza-fake"}});
        QCOMPARE(whole.status, 200);
        QCOMPARE(streamedText(Provider::Gemini, "data: " + whole.body + "\r\n\r\n"), QStringLiteral("Hello, world!"));
    }

    void geminiVariants_data()
    {
        QTest::addColumn<QString>("finishReason");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<QByteArray>("midStreamError");
        QTest::addColumn<QString>("expectedFinish");

        QTest::newRow("length") << QStringLiteral("length") << false << QByteArray() << QStringLiteral("MAX_TOKENS");
        QTest::newRow("filtered") << QStringLiteral("filtered") << false << QByteArray() << QStringLiteral("SAFETY");
        QTest::newRow("blocked prompt") << QStringLiteral("stop") << true << QByteArray() << QString();
        QTest::newRow("mid-stream error")
            << QStringLiteral("stop") << false << QByteArray("backend overloaded") << QString();
    }

    void geminiVariants()
    {
        QFETCH(QString, finishReason);
        QFETCH(bool, blocked);
        QFETCH(QByteArray, midStreamError);
        QFETCH(QString, expectedFinish);

        FakeGeminiServer server;
        ScriptedReply reply;
        reply.chunks = {QStringLiteral("one"), QStringLiteral("two")};
        reply.finishReason = finishReason;
        reply.blockedPrompt = blocked;
        reply.midStreamError = midStreamError;
        server.enqueueChat(reply);
        const Exchange exchange = post(geminiStreamUrl(server, QStringLiteral("gemini-2.5-pro")), geminiChatBody());
        QCOMPARE(exchange.status, 200);
        const SseBody events = sseEvents(exchange.body, "\r\n\r\n");
        QVERIFY2(events.problem.isEmpty(), qPrintable(events.problem));
        const QJsonObject last = jsonOf(events.data.last());
        if (blocked) {
            QCOMPARE(events.data.size(), 1);
            QVERIFY(!last.contains(QStringLiteral("candidates")));
            QCOMPARE(
                last.value(QStringLiteral("promptFeedback")).toObject().value(QStringLiteral("blockReason")).toString(),
                QStringLiteral("SAFETY"));
            QCOMPARE(last.value(QStringLiteral("usageMetadata")).toObject().value(QStringLiteral("promptTokenCount")),
                     QJsonValue(12));
        } else if (!midStreamError.isEmpty()) {
            QCOMPARE(events.data.size(), 3);
            QCOMPARE(last,
                     (QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("code"), 500},
                                               {QStringLiteral("message"), QStringLiteral("backend overloaded")},
                                               {QStringLiteral("status"), QStringLiteral("INTERNAL")}}}}));
            QCOMPARE(exchange.body.count("finishReason"), 0);
        } else {
            QCOMPARE(events.data.size(), 2);
            QCOMPARE(last.value(QStringLiteral("candidates"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("finishReason"))
                         .toString(),
                     expectedFinish);
        }
    }

    void geminiModelsPage()
    {
        FakeGeminiServer server;
        QList<FakeModel> models;
        for (const char *name : {"gemini-2.0-flash", "models/gemini-2.5-pro", "gemini-2.5-flash", "text-embedding-004",
                                 "gemma-3-27b-it"}) {
            FakeModel model;
            model.name = QString::fromLatin1(name);
            model.contextLength = 1'048'576;
            model.supportsGenerate = !model.name.contains(u"embedding");
            models.append(model);
        }
        server.setModels(models);

        QStringList names;
        QString token;
        int pages = 0;
        do {
            QString query = QStringLiteral("pageSize=1000");
            if (!token.isEmpty())
                query += QStringLiteral("&pageToken=") + token;
            const Exchange page = get(withPath(server.apiBaseUrl(), QStringLiteral("/models"), query));
            QCOMPARE(page.status, 200);
            const QJsonArray list = page.json().value(QStringLiteral("models")).toArray();
            QVERIFY(list.size() <= 2);
            for (const QJsonValue &value : list) {
                const QJsonObject model = value.toObject();
                names.append(model.value(QStringLiteral("name")).toString());
                QVERIFY(!model.value(QStringLiteral("displayName")).toString().isEmpty());
                QCOMPARE(model.value(QStringLiteral("inputTokenLimit")).toInt(), 1'048'576);
                QVERIFY(model.value(QStringLiteral("outputTokenLimit")).toInt() > 0);
                const QJsonArray methods = model.value(QStringLiteral("supportedGenerationMethods")).toArray();
                QCOMPARE(methods.contains(QStringLiteral("generateContent")),
                         !model.value(QStringLiteral("name")).toString().contains(u"embedding"));
            }
            token = page.json().value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("models/gemini-2.0-flash"), QStringLiteral("models/gemini-2.5-pro"),
                              QStringLiteral("models/gemini-2.5-flash"), QStringLiteral("models/text-embedding-004"),
                              QStringLiteral("models/gemma-3-27b-it")}));

        const Exchange badToken =
            get(withPath(server.apiBaseUrl(), QStringLiteral("/models"), QStringLiteral("pageToken=nonsense")));
        QCOMPARE(badToken.status, 400);

        for (const QString &model : {QStringLiteral("text-embedding-004"), QStringLiteral("gemini-1.0-pro")}) {
            const Exchange chat = post(geminiStreamUrl(server, model), geminiChatBody());
            QCOMPARE(chat.status, 404);
            const QJsonObject error = chat.json().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toInt(), 404);
            QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("NOT_FOUND"));
            QVERIFY(error.value(QStringLiteral("message"))
                        .toString()
                        .startsWith(QStringLiteral("models/%1 is not found for API version v1beta").arg(model)));
        }
        QCOMPARE(post(geminiStreamUrl(server, QStringLiteral("gemini-2.5-pro")), geminiChatBody()).status, 200);
    }

    void geminiApiKey_data()
    {
        QTest::addColumn<QByteArray>("headerKey");
        QTest::addColumn<QString>("queryKey");
        QTest::addColumn<int>("status");

        QTest::newRow("header") << QByteArray("AIza-right") << QString() << 200;
        QTest::newRow("wrong header") << QByteArray("AIza-wrong") << QString() << 400;
        QTest::newRow("none") << QByteArray() << QString() << 400;
        QTest::newRow("query only, not accepted") << QByteArray() << QStringLiteral("AIza-right") << 400;
    }

    void geminiApiKey()
    {
        QFETCH(QByteArray, headerKey);
        QFETCH(QString, queryKey);
        QFETCH(int, status);

        FakeGeminiServer server;
        server.setRequiredApiKey(QStringLiteral("AIza-right"));
        QUrl url = geminiStreamUrl(server, QStringLiteral("gemini-2.0-flash"));
        if (!queryKey.isEmpty())
            url.setQuery(QStringLiteral("alt=sse&key=") + queryKey);
        const Headers headers = headerKey.isEmpty() ? Headers() : Headers{{"x-goog-api-key", headerKey}};
        const Exchange exchange = post(url, geminiChatBody(), headers);
        QCOMPARE(exchange.status, status);
        QCOMPARE(server.queryKeyRequestCount(), queryKey.isEmpty() ? 0 : 1);
        QCOMPARE(server.requests().constFirst().path.contains("key="), !queryKey.isEmpty());
        if (status == 200)
            return;
        const QJsonObject error = exchange.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("API key not valid. Please pass a valid API key."));
        QCOMPARE(error.value(QStringLiteral("details")).toArray().at(0).toObject().value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("API_KEY_INVALID")));
    }

    void geminiRateLimitBody()
    {
        const QJsonObject error =
            jsonOf(FakeGeminiServer::rateLimitBody(QStringLiteral("7s"))).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 429);
        QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
        bool found = false;
        for (const QJsonValue &detail : error.value(QStringLiteral("details")).toArray()) {
            if (detail.toObject().value(QStringLiteral("@type")).toString()
                == u"type.googleapis.com/google.rpc.RetryInfo") {
                QCOMPARE(detail.toObject().value(QStringLiteral("retryDelay")).toString(), QStringLiteral("7s"));
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(jsonOf(FakeGeminiServer::errorBody(503, QStringLiteral("overloaded"), QStringLiteral("UNAVAILABLE"))),
                 (QJsonObject{{QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), 503},
                                           {QStringLiteral("message"), QStringLiteral("overloaded")},
                                           {QStringLiteral("status"), QStringLiteral("UNAVAILABLE")}}}}));
    }

    void queueOrder_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::newRow("ollama") << Provider::Ollama;
        QTest::newRow("openai") << Provider::OpenAi;
        QTest::newRow("gemini") << Provider::Gemini;
    }

    void queueOrder()
    {
        QFETCH(Provider, provider);
        const Fake fake = makeFake(provider);
        ScriptedReply limited;
        limited.status = 429;
        limited.extraHeaders = {{"retry-after", "7"}};
        limited.errorBody = FakeOpenAiServer::rateLimitBody(QStringLiteral("Rate limit reached"));
        ScriptedReply fine;
        fine.chunks = {QStringLiteral("after "), QStringLiteral("the wait")};
        fake.server->enqueueChat(limited);
        fake.server->enqueueChat(fine);

        const Exchange first = post(fake.chatUrl, fake.chatBody);
        QCOMPARE(first.status, 429);
        QCOMPARE(first.header("retry-after"), QByteArray("7"));
        QCOMPARE(first.body, limited.errorBody);
        const Exchange second = post(fake.chatUrl, fake.chatBody);
        QCOMPARE(second.status, 200);
        QCOMPARE(streamedText(provider, second.body), QStringLiteral("after the wait"));
        const Exchange third = post(fake.chatUrl, fake.chatBody);
        QCOMPARE(streamedText(provider, third.body), QStringLiteral("Hello, world!"));
        QCOMPARE(fake.server->chatRequestCount(), 3);
    }

    void fragmentedResponse_data() { queueOrder_data(); }

    void fragmentedResponse()
    {
        QFETCH(Provider, provider);
        // Two servers, so counters in ids match and the bodies compare byte for byte.
        const Fake plain = makeFake(provider);
        const Fake split = makeFake(provider);
        ScriptedReply reply;
        reply.chunks = {QStringLiteral("Gr\u00fc\u00dfe, "), QStringLiteral("\u4e16\u754c"), QStringLiteral("!")};
        plain.server->enqueueChat(reply);
        reply.misbehaviour.fragmentBytes = 1;
        split.server->enqueueChat(reply);

        const Exchange whole = post(plain.chatUrl, plain.chatBody);
        const Exchange pieces = post(split.chatUrl, split.chatBody);
        QCOMPARE(whole.status, 200);
        QCOMPARE(pieces.status, 200);
        QCOMPARE(pieces.error, QNetworkReply::NoError);
        QCOMPARE(pieces.body, whole.body);
        QCOMPARE(streamedText(provider, pieces.body), QStringLiteral("Gr\u00fc\u00dfe, \u4e16\u754c!"));
        // How often QNetworkAccessManager's thread gets to read depends on the machine's load,
        // so the separate arrival of the pieces is checked with a raw client below.
    }

    void fragmentsReachARawClientSeparately()
    {
        FakeOllamaServer server;
        Misbehaviour fragments;
        fragments.fragmentBytes = 1;
        server.setDefaultMisbehaviour(fragments);

        // In this thread, the client reads between the server's turns, whatever the load.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray response;
        int reads = 0;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
            response += socket.readAll();
            ++reads;
        });
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.write("GET /api/version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(disconnected.wait(10'000));
        response += socket.readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        QVERIFY(response.endsWith("\r\n\r\n{\"version\":\"0.12.3\"}"));
        QVERIFY2(reads > response.size() / 4,
                 qPrintable(QStringLiteral("%1 reads of %2 bytes").arg(reads).arg(response.size())));
    }

    void defaultMisbehaviourAppliesToEveryResponse()
    {
        FakeOllamaServer server;
        Misbehaviour fragments;
        fragments.fragmentBytes = 5;
        server.setDefaultMisbehaviour(fragments);
        const Exchange tags = get(withPath(server.baseUrl(), QStringLiteral("/api/tags")));
        QCOMPARE(tags.status, 200);
        QCOMPARE(tags.body, QByteArray(R"({"models":[]})"));

        // A reply's own misbehaviour wins over the default.
        ScriptedReply dropped = helloReply();
        dropped.misbehaviour.dropAfterBodyBytes = 0;
        server.enqueueChat(dropped);
        const Exchange chat =
            post(withPath(server.baseUrl(), QStringLiteral("/api/chat")), ollamaChatBody(QStringLiteral("m")));
        QCOMPARE(chat.status, 200);
        QVERIFY(endedByClose(chat.error));
        QCOMPARE(chat.body, QByteArray());
    }

    void stallBeforeHeaders_data()
    {
        QTest::addColumn<bool>("abortFirst");
        QTest::newRow("server destroyed first") << false;
        QTest::newRow("reply aborted first") << true;
    }

    void stallBeforeHeaders()
    {
        QFETCH(bool, abortFirst);
        auto server = std::make_unique<FakeOpenAiServer>();
        ScriptedReply reply;
        reply.misbehaviour.stallBeforeHeaders = true;
        server->enqueueChat(reply);

        const std::unique_ptr<QNetworkReply> network(
            start("POST", withPath(server->apiBaseUrl(), QStringLiteral("/chat/completions")),
                  openAiChatBody(QStringLiteral("m")), {}));
        QSignalSpy finished(network.get(), &QNetworkReply::finished);
        QTRY_COMPARE(server->chatRequestCount(), 1);
        QVERIFY(!finished.wait(300));
        QCOMPARE(server->openConnectionCount(), 1);
        QVERIFY(!network->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());

        if (abortFirst) {
            network->abort();
            QCOMPARE(network->error(), QNetworkReply::OperationCanceledError);
            QTRY_COMPARE(server->openConnectionCount(), 0);
            server.reset();
        } else {
            server.reset();
            QTRY_VERIFY(network->isFinished());
            QVERIFY(network->error() != QNetworkReply::NoError);
        }
    }

    void stallAfterBodyBytes()
    {
        auto server = std::make_unique<FakeOllamaServer>();
        ScriptedReply reply = helloReply();
        reply.misbehaviour.stallAfterBodyBytes = 50;
        server->enqueueChat(reply);

        Exchange exchange;
        const std::unique_ptr<QNetworkReply> network(start(
            "POST", withPath(server->baseUrl(), QStringLiteral("/api/chat")), ollamaChatBody(QStringLiteral("m")), {}));
        collect(network.get(), &exchange);
        QSignalSpy finished(network.get(), &QNetworkReply::finished);
        QTRY_COMPARE(exchange.body.size(), 50);
        QVERIFY(!finished.wait(300));
        QCOMPARE(exchange.body.size(), 50);
        QCOMPARE(network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(server->openConnectionCount(), 1);

        server.reset();
        QTRY_VERIFY(network->isFinished());
        QVERIFY(endedByClose(network->error()));
        QCOMPARE(exchange.body.size() + network->readAll().size(), 50);
    }

    void dropAfterBodyBytes_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<int>("bytes");
        QTest::newRow("ollama, 0") << Provider::Ollama << 0;
        QTest::newRow("ollama, mid-line") << Provider::Ollama << 70;
        QTest::newRow("openai, mid-event") << Provider::OpenAi << 200;
        QTest::newRow("gemini, mid-event") << Provider::Gemini << 30;
    }

    void dropAfterBodyBytes()
    {
        QFETCH(Provider, provider);
        QFETCH(int, bytes);
        const Fake plain = makeFake(provider);
        const Fake dropping = makeFake(provider);
        ScriptedReply reply = helloReply();
        reply.misbehaviour.dropAfterBodyBytes = bytes;
        dropping.server->enqueueChat(reply);

        const Exchange whole = post(plain.chatUrl, plain.chatBody);
        const Exchange cut = post(dropping.chatUrl, dropping.chatBody);
        QVERIFY(whole.body.size() > bytes);
        QCOMPARE(cut.status, 200);
        QVERIFY(cut.finished);
        QVERIFY2(endedByClose(cut.error), qPrintable(QString::number(cut.error)));
        QCOMPARE(cut.body, whole.body.left(bytes));
        QCOMPARE(dropping.server->requests().size(), 1);
        QTRY_COMPARE(dropping.server->openConnectionCount(), 0);
    }

    void delayBetweenChunks()
    {
        FakeOllamaServer server;
        ScriptedReply reply = helloReply();
        reply.misbehaviour.delayBetweenChunksMs = 40;
        server.enqueueChat(reply);
        QElapsedTimer timer;
        timer.start();
        const Exchange exchange =
            post(withPath(server.baseUrl(), QStringLiteral("/api/chat")), ollamaChatBody(QStringLiteral("m")));
        QCOMPARE(exchange.status, 200);
        // Five lines, four pauses.
        QVERIFY2(timer.elapsed() >= 160, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(exchange.readyReadCount >= 3, qPrintable(QString::number(exchange.readyReadCount)));
        QCOMPARE(streamedText(Provider::Ollama, exchange.body), QStringLiteral("Hello, world!"));
    }

    void generatedText_data() { queueOrder_data(); }

    void generatedText()
    {
        QFETCH(Provider, provider);
        const Fake fake = makeFake(provider);
        ScriptedReply reply;
        reply.generatedTextBytes = 100'000;
        reply.generatedChunkBytes = 3000;
        fake.server->enqueueChat(reply);
        const Exchange exchange = post(fake.chatUrl, fake.chatBody);
        QCOMPARE(exchange.status, 200);
        QCOMPARE(streamedText(provider, exchange.body),
                 QString::fromLatin1(FakeProviderServer::generatedText(0, 100'000)));
        QCOMPARE(FakeProviderServer::generatedText(70, 30), FakeProviderServer::generatedText(0, 100).mid(70));
    }

    void fiftyMegabytesStreamWithoutBuffering()
    {
        constexpr qint64 textBytes = 50 * 1024 * 1024;
        constexpr int chunkBytes = 64 * 1024;
        FakeOpenAiServer server;
        ScriptedReply scripted;
        scripted.generatedTextBytes = textBytes;
        scripted.generatedChunkBytes = chunkBytes;
        server.enqueueChat(scripted);

        const qint64 heapBefore = liveHeapBytes();
        qint64 heapPeak = heapBefore;
        const std::unique_ptr<QNetworkReply> reply(
            start("POST", withPath(server.apiBaseUrl(), QStringLiteral("/chat/completions")),
                  openAiChatBody(QStringLiteral("m")), {}));
        reply->setReadBufferSize(256 * 1024);
        qint64 received = 0;
        QByteArray tail;
        connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
            const QByteArray data = reply->readAll();
            received += data.size();
            tail = QByteArray(tail + data).right(4096);
            heapPeak = std::max(heapPeak, liveHeapBytes());
        });
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(received > textBytes);
        QVERIFY(tail.endsWith("data: [DONE]\n\n"));
        QVERIFY(tail.contains(QByteArray("\"completion_tokens\":" + QByteArray::number(textBytes / chunkBytes))));

        // The server made and sent the body a piece at a time: never more than about one event
        // waited in its sockets, and the process never held a large part of the 50 MB.
        QVERIFY2(server.peakBufferedBytes() < 2 * chunkBytes, qPrintable(QString::number(server.peakBufferedBytes())));
        const qint64 heapGrowth = heapPeak - heapBefore;
        QVERIFY2(heapGrowth < 8 * 1024 * 1024, qPrintable(QString::number(heapGrowth)));
        qInfo("peak buffered in the server: %lld bytes; live heap grew by at most %lld KiB", server.peakBufferedBytes(),
              heapGrowth / 1024);
    }

    void slowClientHoldsTheServerBack()
    {
        constexpr int chunkBytes = 64 * 1024;
        FakeOpenAiServer server;
        ScriptedReply scripted;
        scripted.generatedTextBytes = 50 * 1024 * 1024;
        scripted.generatedChunkBytes = chunkBytes;
        server.enqueueChat(scripted);

        // A raw socket that reads nothing for a while: QNetworkAccessManager would buffer.
        QTcpSocket socket;
        socket.setReadBufferSize(chunkBytes);
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = openAiChatBody(QStringLiteral("m"));
        socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        // The kernel's socket buffers fill up; the server must then wait, not queue the rest.
        QVERIFY(!disconnected.wait(500));
        QVERIFY2(server.peakBufferedBytes() < 2 * chunkBytes, qPrintable(QString::number(server.peakBufferedBytes())));

        qint64 received = 0;
        QByteArray tail;
        const auto read = [&] {
            const QByteArray data = socket.readAll();
            received += data.size();
            tail = QByteArray(tail + data).right(64);
        };
        connect(&socket, &QTcpSocket::readyRead, &socket, read);
        read();
        QVERIFY(disconnected.wait(60'000));
        read();
        QVERIFY(received > scripted.generatedTextBytes);
        QVERIFY(tail.endsWith("data: [DONE]\n\n\r\n0\r\n\r\n"));
        QVERIFY2(server.peakBufferedBytes() < 2 * chunkBytes, qPrintable(QString::number(server.peakBufferedBytes())));
    }

    void rawRequestInPieces()
    {
        FakeOllamaServer server;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = ollamaChatBody(QStringLiteral("llama3.2"));
        const QByteArray request = "POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                   "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QSignalSpy received(&server, &FakeHttpServer::requestReceived);
        // Split inside the request line, inside the header terminator and inside the body.
        qsizetype sent = 0;
        for (const qsizetype cut :
             {qsizetype(6), request.indexOf("\r\n\r\n") + 2, request.size() - 10, request.size()}) {
            socket.write(request.mid(sent, cut - sent));
            sent = cut;
            QVERIFY(socket.waitForBytesWritten(5000));
            if (cut < request.size()) {
                QVERIFY(!received.wait(50));
            }
        }
        QTRY_COMPARE(received.size(), 1);
        const RecordedRequest recorded = received.at(0).at(0).value<RecordedRequest>();
        QCOMPARE(recorded.body, body);
        QCOMPARE(recorded.header("content-length"), QByteArray::number(body.size()));

        QByteArray response;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        QVERIFY(disconnected.wait(5000));
        response += socket.readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        const QByteArray head = response.left(response.indexOf("\r\n\r\n") + 4);
        QVERIFY(head.contains("\r\nTransfer-Encoding: chunked\r\n"));
        QVERIFY(head.contains("\r\nConnection: close\r\n"));
        QVERIFY(head.contains("\r\nContent-Type: application/x-ndjson\r\n"));
        QVERIFY(response.endsWith("\r\n0\r\n\r\n"));

        QTcpSocket bad;
        bad.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
        QVERIFY(bad.waitForConnected(5000));
        bad.write("NONSENSE\r\n\r\n");
        QByteArray rejection;
        connect(&bad, &QTcpSocket::readyRead, &bad, [&] { rejection += bad.readAll(); });
        QSignalSpy badClosed(&bad, &QTcpSocket::disconnected);
        QVERIFY(badClosed.wait(5000));
        rejection += bad.readAll();
        QVERIFY2(rejection.startsWith("HTTP/1.1 400 Bad Request\r\n"), rejection.constData());
        QVERIFY(rejection.contains("\r\nContent-Length: "));
        QCOMPARE(server.requests().size(), 1);
        QTRY_COMPARE(server.openConnectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(FakeServersTest)
#include "FakeServersTest.moc"
