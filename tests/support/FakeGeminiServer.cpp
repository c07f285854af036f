#include "FakeGeminiServer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace Pygen::Testing {

namespace {

constexpr QByteArrayView apiPrefix = "/v1beta";
constexpr QByteArrayView eventStream = "text/event-stream";
constexpr QByteArrayView json = "application/json; charset=UTF-8";

QJsonObject errorObject(int code, const QString &message, const QString &status)
{
    return {{QStringLiteral("error"),
             QJsonObject{
                 {QStringLiteral("code"), code},
                 {QStringLiteral("message"), message},
                 {QStringLiteral("status"), status},
             }}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString modelId(const QString &name)
{
    return name.startsWith(u"models/") ? name.mid(7) : name;
}

// "gemini-2.0-flash" -> "Gemini 2.0 Flash"
QString displayName(const QString &id)
{
    QStringList words = id.split(u'-', Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return words.join(u' ');
}

QString finishReason(const QString &neutral)
{
    if (neutral == u"stop")
        return QStringLiteral("STOP");
    if (neutral == u"length")
        return QStringLiteral("MAX_TOKENS");
    if (neutral == u"filtered")
        return QStringLiteral("SAFETY");
    return neutral;
}

QJsonArray blockingSafetyRatings()
{
    return {QJsonObject{
        {QStringLiteral("category"), QStringLiteral("HARM_CATEGORY_DANGEROUS_CONTENT")},
        {QStringLiteral("probability"), QStringLiteral("HIGH")},
        {QStringLiteral("blocked"), true},
    }};
}

QJsonObject usageMetadata(int promptTokens, std::optional<int> outputTokens)
{
    QJsonObject usage{{QStringLiteral("promptTokenCount"), promptTokens}};
    if (outputTokens)
        usage.insert(QStringLiteral("candidatesTokenCount"), *outputTokens);
    usage.insert(QStringLiteral("totalTokenCount"), promptTokens + outputTokens.value_or(0));
    return usage;
}

QJsonObject modelObject(const FakeModel &model)
{
    const QString id = modelId(model.name);
    QJsonObject object{
        {QStringLiteral("name"), QString(QStringLiteral("models/") + id)},
        {QStringLiteral("version"), QStringLiteral("001")},
        {QStringLiteral("displayName"), displayName(id)},
        {QStringLiteral("description"), QStringLiteral("A fake model for tests.")},
        {QStringLiteral("outputTokenLimit"), model.outputTokenLimit},
    };
    if (model.contextLength > 0)
        object.insert(QStringLiteral("inputTokenLimit"), model.contextLength);
    if (model.supportsGenerate) {
        object.insert(QStringLiteral("supportedGenerationMethods"),
                      QJsonArray{QStringLiteral("generateContent"), QStringLiteral("countTokens")});
        object.insert(QStringLiteral("temperature"), 1.0);
        object.insert(QStringLiteral("topP"), 0.95);
        object.insert(QStringLiteral("topK"), 64);
        object.insert(QStringLiteral("maxTemperature"), 2.0);
    } else {
        object.insert(QStringLiteral("supportedGenerationMethods"), QJsonArray{QStringLiteral("embedContent")});
    }
    return object;
}

} // namespace

FakeGeminiServer::FakeGeminiServer(QObject *parent)
    : FakeProviderServer(parent)
{
}

FakeGeminiServer::~FakeGeminiServer() = default;

QUrl FakeGeminiServer::apiBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QString::fromLatin1(apiPrefix));
    return url;
}

void FakeGeminiServer::setRequiredApiKey(const QString &key)
{
    m_requiredApiKey = key;
}

void FakeGeminiServer::setModelPageSize(int size)
{
    m_pageSize = std::max(1, size);
}

int FakeGeminiServer::queryKeyRequestCount() const
{
    return m_queryKeyRequestCount;
}

QByteArray FakeGeminiServer::errorBody(int code, const QString &message, const QString &status)
{
    return compact(errorObject(code, message, status));
}

QByteArray FakeGeminiServer::rateLimitBody(const QString &retryDelay)
{
    QJsonObject error =
        errorObject(429,
                    QStringLiteral("You exceeded your current quota, please check your plan and billing "
                                   "details. For more information on this error, head to: "
                                   "https://ai.google.dev/gemini-api/docs/rate-limits."),
                    QStringLiteral("RESOURCE_EXHAUSTED"))
            .value(QStringLiteral("error"))
            .toObject();
    error.insert(QStringLiteral("details"),
                 QJsonArray{
                     QJsonObject{
                         {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.QuotaFailure")},
                         {QStringLiteral("violations"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("quotaMetric"),
                               QStringLiteral("generativelanguage.googleapis.com/generate_content_free_tier_requests")},
                              {QStringLiteral("quotaId"),
                               QStringLiteral("GenerateRequestsPerMinutePerProjectPerModel-FreeTier")},
                              {QStringLiteral("quotaValue"), QStringLiteral("15")},
                          }}},
                     },
                     QJsonObject{
                         {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo")},
                         {QStringLiteral("retryDelay"), retryDelay},
                     },
                 });
    return compact({{QStringLiteral("error"), error}});
}

FakeHttpServer::Response FakeGeminiServer::respond(const RecordedRequest &request)
{
    const QByteArray path = request.pathWithoutQuery();
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(QStringLiteral("key")))
        ++m_queryKeyRequestCount;

    if (!m_requiredApiKey.isEmpty() && request.header("x-goog-api-key") != m_requiredApiKey.toUtf8()) {
        QJsonObject error = errorObject(400, QStringLiteral("API key not valid. Please pass a valid API key."),
                                        QStringLiteral("INVALID_ARGUMENT"))
                                .value(QStringLiteral("error"))
                                .toObject();
        error.insert(
            QStringLiteral("details"),
            QJsonArray{QJsonObject{
                {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                {QStringLiteral("reason"), QStringLiteral("API_KEY_INVALID")},
                {QStringLiteral("domain"), QStringLiteral("googleapis.com")},
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("service"), QStringLiteral("generativelanguage.googleapis.com")}}},
            }});
        return jsonResponse(400, {{QStringLiteral("error"), error}});
    }

    const QByteArray modelsPath = apiPrefix.toByteArray() + "/models";
    if (request.method == "GET" && path == modelsPath)
        return modelPage(request);
    if (path.startsWith(QByteArray(modelsPath + '/'))) {
        const QString rest = QString::fromUtf8(path.mid(modelsPath.size() + 1));
        const qsizetype colon = rest.indexOf(u':');
        const QString id = rest.left(colon);
        const QString method = colon < 0 ? QString() : rest.mid(colon + 1);
        if (request.method == "GET" && method.isEmpty()) {
            if (const std::optional<FakeModel> model = findModel(id))
                return jsonResponse(200, modelObject(*model));
        } else if (request.method == "POST" && method == u"streamGenerateContent") {
            return generate(request, id, true, query.queryItemValue(QStringLiteral("alt")) == u"sse");
        } else if (request.method == "POST" && method == u"generateContent") {
            return generate(request, id, false, false);
        }
    }
    return jsonResponse(
        404, errorObject(404, QStringLiteral("Requested entity was not found."), QStringLiteral("NOT_FOUND")));
}

FakeHttpServer::Response FakeGeminiServer::generate(const RecordedRequest &request, const QString &model, bool streamed,
                                                    bool sse)
{
    recordChatRequest(request);
    const std::optional<FakeModel> known = findModel(model);
    if (!known || !known->supportsGenerate) {
        return jsonResponse(404,
                            errorObject(404,
                                        QStringLiteral("models/%1 is not found for API version v1beta, or is not "
                                                       "supported for generateContent. Call ListModels to see the "
                                                       "list of available models and their supported methods.")
                                            .arg(model),
                                        QStringLiteral("NOT_FOUND")));
    }

    ScriptedReply reply = takeChatReply();
    if (reply.status != 200)
        return scriptedErrorResponse(reply, json.toByteArray());
    const auto wrap = [](const QString &message) { return errorObject(500, message, QStringLiteral("INTERNAL")); };
    const QString responseId = QStringLiteral("fake-response-%1").arg(++m_responseCount);
    const auto response = [=](const QJsonObject &candidate, const QJsonObject &usage) {
        QJsonObject object;
        if (!candidate.isEmpty())
            object.insert(QStringLiteral("candidates"), QJsonArray{candidate});
        object.insert(QStringLiteral("usageMetadata"), usage);
        object.insert(QStringLiteral("modelVersion"), model);
        object.insert(QStringLiteral("responseId"), responseId);
        return object;
    };
    const auto candidate = [reply](const QString &text, bool last) {
        QJsonObject object{
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}},
                         {QStringLiteral("role"), QStringLiteral("model")}}},
            {QStringLiteral("index"), 0},
        };
        if (last) {
            const QString reason = finishReason(reply.finishReason);
            object.insert(QStringLiteral("finishReason"), reason);
            if (reason == u"SAFETY")
                object.insert(QStringLiteral("safetyRatings"), blockingSafetyRatings());
        }
        return object;
    };
    QJsonObject blocked;
    if (reply.blockedPrompt) {
        blocked = response({}, usageMetadata(reply.promptTokens, std::nullopt));
        blocked.insert(QStringLiteral("promptFeedback"),
                       QJsonObject{{QStringLiteral("blockReason"), QStringLiteral("SAFETY")},
                                   {QStringLiteral("safetyRatings"), blockingSafetyRatings()}});
    }

    if (!streamed) {
        Response whole;
        if (!reply.midStreamError.isEmpty()) {
            whole = plainResponse(500, json.toByteArray(), midStreamErrorJson(reply, wrap));
        } else if (reply.blockedPrompt) {
            whole = jsonResponse(200, blocked);
        } else {
            whole = jsonResponse(200,
                                 response(candidate(wholeText(reply), true),
                                          usageMetadata(reply.promptTokens, outputTokens(reply, deltaCount(reply)))));
        }
        whole.headers = reply.extraHeaders;
        whole.misbehaviour = reply.misbehaviour;
        return whole;
    }

    // SSE events end in CRLF CRLF as Gemini sends them; without alt=sse the stream is one JSON
    // array whose elements arrive one by one.
    auto elements = std::make_shared<int>(0);
    const auto frame = [sse, elements](const QByteArray &object) -> QByteArray {
        if (sse)
            return "data: " + object + "\r\n\r\n";
        return ((*elements)++ == 0 ? QByteArray("[") : QByteArray(",\r\n")) + object;
    };
    QList<QByteArray> leading;
    if (reply.blockedPrompt) {
        leading.append(frame(compact(blocked)));
        reply.chunks.clear();
        reply.generatedTextBytes = 0;
        reply.midStreamError.clear();
    }
    const auto deltaPieces = [=](const QString &delta, int index, bool last) -> QList<QByteArray> {
        const std::optional<int> output = last ? std::optional<int>(outputTokens(reply, index + 1)) : std::nullopt;
        return {frame(compact(response(candidate(delta, last), usageMetadata(reply.promptTokens, output))))};
    };
    const auto endPieces = [=](int deltas) -> QList<QByteArray> {
        QList<QByteArray> pieces;
        if (!reply.midStreamError.isEmpty())
            pieces.append(frame(midStreamErrorJson(reply, wrap)));
        else if (deltas == 0 && !reply.blockedPrompt)
            pieces.append(frame(compact(
                response(candidate(QString(), true), usageMetadata(reply.promptTokens, outputTokens(reply, 0))))));
        if (!sse)
            pieces.append(*elements == 0 ? QByteArray("[]") : QByteArray("]"));
        return pieces;
    };
    return streamedResponse(reply, sse ? eventStream.toByteArray() : json.toByteArray(), leading, deltaPieces,
                            endPieces);
}

FakeHttpServer::Response FakeGeminiServer::modelPage(const RecordedRequest &request) const
{
    const QUrlQuery query = request.query();
    const int requested = query.queryItemValue(QStringLiteral("pageSize")).toInt();
    const int pageSize = requested > 0 ? std::min(requested, m_pageSize) : m_pageSize;
    const QString token = query.queryItemValue(QStringLiteral("pageToken"));
    qsizetype offset = 0;
    if (!token.isEmpty()) {
        // Opaque to clients, as Google's tokens are.
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        bool ok = false;
        offset = decoded.startsWith("offset:") ? decoded.mid(7).toLongLong(&ok) : 0;
        if (!ok || offset <= 0 || offset >= models().size())
            return jsonResponse(
                400, errorObject(400, QStringLiteral("Invalid page token."), QStringLiteral("INVALID_ARGUMENT")));
    }
    const QList<FakeModel> all = models();
    QJsonArray page;
    for (qsizetype i = offset; i < all.size() && i < offset + pageSize; ++i)
        page.append(modelObject(all.at(i)));
    QJsonObject body{{QStringLiteral("models"), page}};
    if (offset + pageSize < all.size()) {
        const QByteArray next = "offset:" + QByteArray::number(offset + pageSize);
        body.insert(QStringLiteral("nextPageToken"),
                    QString::fromLatin1(next.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    return jsonResponse(200, body);
}

std::optional<FakeModel> FakeGeminiServer::findModel(const QString &id) const
{
    const QString wanted = modelId(id);
    for (const FakeModel &model : models()) {
        if (modelId(model.name) == wanted)
            return model;
    }
    if (!hasModelList() && !wanted.isEmpty()) {
        FakeModel model;
        model.name = wanted;
        return model;
    }
    return std::nullopt;
}

} // namespace Pygen::Testing
