#include "FakeOllamaServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace Pygen::Testing {

namespace {

constexpr QByteArrayView ndjson = "application/x-ndjson";
constexpr QByteArrayView json = "application/json; charset=utf-8";
// Timings on the final line: 5 ms to load, 1 ms per prompt token, 25 ms per output token
// (40 tokens/s), so a client's tokens-per-second figure is predictable.
constexpr qint64 loadNs = 5'000'000;
constexpr qint64 promptTokenNs = 1'000'000;
constexpr qint64 outputTokenNs = 25'000'000;

QString normalizedName(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(u'/');
    return name.indexOf(u':', slash + 1) < 0 ? name + QStringLiteral(":latest") : name;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Fixed, so that two runs of a reply are byte for byte the same.
QString createdAt()
{
    return QStringLiteral("2025-10-01T12:00:00.123456789Z");
}

QString digestOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject details(const FakeModel &model)
{
    return {
        {QStringLiteral("parent_model"), QString()},
        {QStringLiteral("format"), QStringLiteral("gguf")},
        {QStringLiteral("family"), model.family},
        {QStringLiteral("families"), QJsonArray{model.family}},
        {QStringLiteral("parameter_size"), model.parameterSize},
        {QStringLiteral("quantization_level"), model.quantization},
    };
}

qint64 modelSize(const FakeModel &model)
{
    bool ok = false;
    const double billions =
        QStringView(model.parameterSize).chopped(model.parameterSize.endsWith(u'B') ? 1 : 0).toDouble(&ok);
    return ok ? qint64(billions * 600'000'000) : qint64(4'920'753'328);
}

QString doneReason(const QString &finishReason)
{
    return finishReason == u"filtered" ? QStringLiteral("stop") : finishReason;
}

QJsonObject finalObject(const QString &model, const ScriptedReply &reply, const QString &content, int outputTokens)
{
    QJsonObject object{
        {QStringLiteral("model"), model},
        {QStringLiteral("created_at"), createdAt()},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), content}}},
        {QStringLiteral("done"), true},
        {QStringLiteral("done_reason"), doneReason(reply.finishReason)},
        {QStringLiteral("load_duration"), loadNs},
    };
    qint64 total = loadNs;
    if (reply.promptTokens > 0) {
        object.insert(QStringLiteral("prompt_eval_count"), reply.promptTokens);
        object.insert(QStringLiteral("prompt_eval_duration"), reply.promptTokens * promptTokenNs);
        total += reply.promptTokens * promptTokenNs;
    }
    if (outputTokens > 0) {
        object.insert(QStringLiteral("eval_count"), outputTokens);
        object.insert(QStringLiteral("eval_duration"), outputTokens * outputTokenNs);
        total += outputTokens * outputTokenNs;
    }
    object.insert(QStringLiteral("total_duration"), total);
    return object;
}

QJsonObject errorObject(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

FakeModel defaultModel(const QString &name)
{
    FakeModel model;
    model.name = name;
    return model;
}

} // namespace

FakeOllamaServer::FakeOllamaServer(QObject *parent)
    : FakeProviderServer(parent)
{
}

FakeOllamaServer::~FakeOllamaServer() = default;

void FakeOllamaServer::enqueuePullError(const QString &message)
{
    m_pullErrors.enqueue(message);
}

int FakeOllamaServer::pullRequestCount() const
{
    return m_pullRequestCount;
}

QByteArray FakeOllamaServer::errorBody(const QString &message)
{
    return QJsonDocument(errorObject(message)).toJson(QJsonDocument::Compact);
}

FakeHttpServer::Response FakeOllamaServer::respond(const RecordedRequest &request)
{
    const QByteArray path = request.pathWithoutQuery();
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get && path == "/")
        return plainResponse(200, "text/plain; charset=utf-8", "Ollama is running");
    if (get && path == "/api/version")
        return jsonResponse(200, {{QStringLiteral("version"), QStringLiteral("0.12.3")}});
    if (get && path == "/api/tags")
        return tags();
    if (post && path == "/api/show")
        return show(request);
    if (post && path == "/api/chat")
        return chat(request);
    if (post && path == "/api/pull")
        return pull(request);
    return plainResponse(404, "text/plain", "404 page not found");
}

FakeHttpServer::Response FakeOllamaServer::chat(const RecordedRequest &request)
{
    recordChatRequest(request);
    const QJsonObject body = request.json();
    const QString model = body.value(QStringLiteral("model")).toString();
    if (model.isEmpty())
        return jsonResponse(400, errorObject(QStringLiteral("model is required")));
    if (!findModel(model))
        return jsonResponse(404,
                            errorObject(QStringLiteral("model \"%1\" not found, try pulling it first").arg(model)));

    const ScriptedReply reply = takeChatReply();
    if (reply.status != 200)
        return scriptedErrorResponse(reply, json.toByteArray());
    const auto wrap = [](const QString &message) { return errorObject(message); };

    if (!body.value(QStringLiteral("stream")).toBool(true)) {
        Response response = reply.midStreamError.isEmpty()
            ? jsonResponse(200, finalObject(model, reply, wholeText(reply), outputTokens(reply, deltaCount(reply))))
            : plainResponse(500, json.toByteArray(), midStreamErrorJson(reply, wrap));
        response.headers = reply.extraHeaders;
        response.misbehaviour = reply.misbehaviour;
        return response;
    }

    const auto deltaPieces = [model](const QString &delta, int, bool) -> QList<QByteArray> {
        return {line({
            {QStringLiteral("model"), model},
            {QStringLiteral("created_at"), createdAt()},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), delta}}},
            {QStringLiteral("done"), false},
        })};
    };
    const auto endPieces = [model, reply, wrap](int deltas) -> QList<QByteArray> {
        if (!reply.midStreamError.isEmpty())
            return {midStreamErrorJson(reply, wrap) + '\n'};
        return {line(finalObject(model, reply, QString(), outputTokens(reply, deltas)))};
    };
    return streamedResponse(reply, ndjson.toByteArray(), {}, deltaPieces, endPieces);
}

FakeHttpServer::Response FakeOllamaServer::show(const RecordedRequest &request)
{
    const QJsonObject body = request.json();
    // Older clients send "name".
    const QString name = body.value(QStringLiteral("model")).toString(body.value(QStringLiteral("name")).toString());
    const std::optional<FakeModel> model = findModel(name);
    if (!model)
        return jsonResponse(404, errorObject(QStringLiteral("model '%1' not found").arg(name)));

    QJsonObject modelInfo{
        {QStringLiteral("general.architecture"), model->family},
        {QString(model->family + QStringLiteral(".embedding_length")), 4096},
    };
    if (model->contextLength > 0)
        modelInfo.insert(model->family + QStringLiteral(".context_length"), model->contextLength);
    return jsonResponse(200,
                        {
                            {QStringLiteral("license"), QStringLiteral("Fake license")},
                            {QStringLiteral("modelfile"), QString(QStringLiteral("FROM ") + normalizedName(name))},
                            {QStringLiteral("parameters"), QStringLiteral("stop \"<|eot_id|>\"")},
                            {QStringLiteral("template"), QStringLiteral("{{ .Prompt }}")},
                            {QStringLiteral("details"), details(*model)},
                            {QStringLiteral("model_info"), modelInfo},
                            {QStringLiteral("capabilities"), QJsonArray::fromStringList(model->capabilities)},
                            {QStringLiteral("modified_at"), createdAt()},
                        });
}

FakeHttpServer::Response FakeOllamaServer::pull(const RecordedRequest &request)
{
    ++m_pullRequestCount;
    const QJsonObject body = request.json();
    const QString name = body.value(QStringLiteral("model")).toString(body.value(QStringLiteral("name")).toString());
    if (name.isEmpty())
        return jsonResponse(400, errorObject(QStringLiteral("model is required")));
    const std::optional<QString> error =
        m_pullErrors.isEmpty() ? std::nullopt : std::optional<QString>(m_pullErrors.dequeue());

    if (!body.value(QStringLiteral("stream")).toBool(true)) {
        if (error)
            return jsonResponse(500, errorObject(*error));
        if (!isListed(name))
            addModel(defaultModel(normalizedName(name)));
        return jsonResponse(200, {{QStringLiteral("status"), QStringLiteral("success")}});
    }

    QList<QByteArray> lines{line({{QStringLiteral("status"), QStringLiteral("pulling manifest")}})};
    if (error) {
        lines.append(line(errorObject(*error)));
    } else {
        // One big layer in steps, one small one at once, as Ollama reports them.
        const QString weights = digestOf(name);
        const QString parameters = digestOf(name + QStringLiteral("/params"));
        const qint64 total = modelSize(defaultModel(name));
        const auto progress = [](const QString &digest, qint64 layerTotal, std::optional<qint64> completed) {
            QJsonObject object{
                {QStringLiteral("status"), QString(QStringLiteral("pulling ") + digest.left(12))},
                {QStringLiteral("digest"), QString(QStringLiteral("sha256:") + digest)},
                {QStringLiteral("total"), layerTotal},
            };
            if (completed)
                object.insert(QStringLiteral("completed"), *completed);
            return line(object);
        };
        lines.append(progress(weights, total, std::nullopt));
        for (int quarter = 1; quarter <= 4; ++quarter)
            lines.append(progress(weights, total, total / 4 * quarter + (quarter == 4 ? total % 4 : 0)));
        lines.append(progress(parameters, 96, 96));
        for (const char *status : {"verifying sha256 digest", "writing manifest", "success"})
            lines.append(line({{QStringLiteral("status"), QString::fromLatin1(status)}}));
    }

    // The model appears once the last line has been produced, not before.
    auto remaining = std::make_shared<QList<QByteArray>>(lines);
    const bool adds = !error;
    Response response;
    response.contentType = ndjson.toByteArray();
    response.chunked = true;
    response.lazyBody = [this, remaining, adds, name]() -> QByteArray {
        if (remaining->isEmpty())
            return {};
        const QByteArray next = remaining->takeFirst();
        if (remaining->isEmpty() && adds && !isListed(name))
            addModel(defaultModel(normalizedName(name)));
        return next;
    };
    return response;
}

FakeHttpServer::Response FakeOllamaServer::tags() const
{
    QJsonArray list;
    for (const FakeModel &model : models()) {
        const QString name = normalizedName(model.name);
        list.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("model"), name},
            {QStringLiteral("modified_at"), QStringLiteral("2025-09-30T10:15:42.123456789+02:00")},
            {QStringLiteral("size"), modelSize(model)},
            {QStringLiteral("digest"), digestOf(name)},
            {QStringLiteral("details"), details(model)},
        });
    }
    return jsonResponse(200, {{QStringLiteral("models"), list}});
}

bool FakeOllamaServer::isListed(const QString &name) const
{
    const QString wanted = normalizedName(name);
    const QList<FakeModel> list = models();
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const FakeModel &model) { return normalizedName(model.name) == wanted; });
}

std::optional<FakeModel> FakeOllamaServer::findModel(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    const QString wanted = normalizedName(name);
    for (const FakeModel &model : models()) {
        if (normalizedName(model.name) == wanted)
            return model;
    }
    if (!hasModelList())
        return defaultModel(name);
    return std::nullopt;
}

} // namespace Pygen::Testing
