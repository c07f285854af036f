#include "FakeOpenAiServer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Pygen::Testing {

namespace {

constexpr QByteArrayView eventStream = "text/event-stream; charset=utf-8";
constexpr QByteArrayView json = "application/json";
constexpr QByteArrayView fingerprint = "fp_fake";

QJsonObject errorObject(const QString &message, const QString &type, const QString &code)
{
    return {{QStringLiteral("error"),
             QJsonObject{
                 {QStringLiteral("message"), message},
                 {QStringLiteral("type"), type},
                 {QStringLiteral("param"), QJsonValue::Null},
                 {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)},
             }}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// As OpenAI echoes a rejected key: its start and end only.
QString maskedKey(const QString &key)
{
    return key.size() > 7 ? key.left(5) + QStringLiteral("***") + key.right(2) : QStringLiteral("***");
}

QString finishReason(const QString &neutral)
{
    return neutral == u"filtered" ? QStringLiteral("content_filter") : neutral;
}

QJsonObject usageObject(int promptTokens, int outputTokens)
{
    return {
        {QStringLiteral("prompt_tokens"), promptTokens},
        {QStringLiteral("completion_tokens"), outputTokens},
        {QStringLiteral("total_tokens"), promptTokens + outputTokens},
    };
}

} // namespace

FakeOpenAiServer::FakeOpenAiServer(const QByteArray &pathPrefix, QObject *parent)
    : FakeProviderServer(parent)
    , m_prefix(pathPrefix)
{
    while (m_prefix.endsWith('/'))
        m_prefix.chop(1);
    if (!m_prefix.isEmpty() && !m_prefix.startsWith('/'))
        m_prefix.prepend('/');
}

FakeOpenAiServer::~FakeOpenAiServer() = default;

QUrl FakeOpenAiServer::apiBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QString::fromUtf8(m_prefix));
    return url;
}

QByteArray FakeOpenAiServer::pathPrefix() const
{
    return m_prefix;
}

void FakeOpenAiServer::setUsageStyle(UsageStyle style)
{
    m_usageStyle = style;
}

void FakeOpenAiServer::setRequiredApiKey(const QString &key)
{
    m_requiredApiKey = key;
}

void FakeOpenAiServer::setSendKeepAlives(bool send)
{
    m_sendKeepAlives = send;
}

void FakeOpenAiServer::setUseCrlf(bool use)
{
    m_useCrlf = use;
}

void FakeOpenAiServer::setContextField(const QString &field)
{
    m_contextField = field;
}

QByteArray FakeOpenAiServer::errorBody(const QString &message, const QString &type, const QString &code)
{
    return compact(errorObject(message, type, code));
}

QByteArray FakeOpenAiServer::rateLimitBody(const QString &message)
{
    return errorBody(message, QStringLiteral("tokens"), QStringLiteral("rate_limit_exceeded"));
}

QByteArray FakeOpenAiServer::quotaBody()
{
    return errorBody(QStringLiteral("You exceeded your current quota, please check your plan and billing details. For "
                                    "more information on this error, read the docs: "
                                    "https://platform.openai.com/docs/guides/error-codes/api-errors."),
                     QStringLiteral("insufficient_quota"), QStringLiteral("insufficient_quota"));
}

FakeHttpServer::Response FakeOpenAiServer::respond(const RecordedRequest &request)
{
    const QByteArray path = request.pathWithoutQuery();
    if (!path.startsWith(QByteArray(m_prefix + '/')))
        return jsonResponse(404, errorObject(QStringLiteral("Not found"), QStringLiteral("invalid_request_error"), {}));
    if (std::optional<Response> rejected = rejectedKey(request))
        return *rejected;
    if (request.method == "POST" && path == m_prefix + "/chat/completions")
        return chat(request);
    if (request.method == "GET" && path == m_prefix + "/models")
        return modelList();
    return jsonResponse(
        404,
        errorObject(
            QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromUtf8(request.method), QString::fromUtf8(path)),
            QStringLiteral("invalid_request_error"), {}));
}

std::optional<FakeHttpServer::Response> FakeOpenAiServer::rejectedKey(const RecordedRequest &request) const
{
    if (m_requiredApiKey.isEmpty())
        return std::nullopt;
    const QByteArray authorization = request.header("authorization");
    if (authorization == "Bearer " + m_requiredApiKey.toUtf8())
        return std::nullopt;
    if (authorization.isEmpty()) {
        return jsonResponse(401,
                            errorObject(QStringLiteral("You didn't provide an API key. You need to provide your "
                                                       "API key in an Authorization header using Bearer auth "
                                                       "(i.e. Authorization: Bearer YOUR_KEY)."),
                                        QStringLiteral("invalid_request_error"), {}));
    }
    const QString sent = QString::fromUtf8(authorization.startsWith("Bearer ") ? authorization.mid(7) : authorization);
    return jsonResponse(401,
                        errorObject(QStringLiteral("Incorrect API key provided: %1. You can find your API key at "
                                                   "https://platform.openai.com/account/api-keys.")
                                        .arg(maskedKey(sent)),
                                    QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key")));
}

FakeHttpServer::Response FakeOpenAiServer::chat(const RecordedRequest &request)
{
    recordChatRequest(request);
    const QJsonObject body = request.json();
    const QString model = body.value(QStringLiteral("model")).toString();
    if (hasModelList()) {
        const QList<FakeModel> list = models();
        const bool known =
            std::any_of(list.cbegin(), list.cend(), [&](const FakeModel &entry) { return entry.name == model; });
        if (!known) {
            return jsonResponse(404,
                                errorObject(QStringLiteral("The model `%1` does not exist or you do not have "
                                                           "access to it.")
                                                .arg(model),
                                            QStringLiteral("invalid_request_error"),
                                            QStringLiteral("model_not_found")));
        }
    }

    const ScriptedReply reply = takeChatReply();
    if (reply.status != 200)
        return scriptedErrorResponse(reply, json.toByteArray());
    const auto wrap = [](const QString &message) {
        return QJsonObject{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("message"), message},
                                        {QStringLiteral("type"), QStringLiteral("server_error")}}}};
    };
    const QString id = QStringLiteral("chatcmpl-fake%1").arg(++m_completionCount);
    const qint64 created = 1'759'320'000; // fixed, so that runs compare byte for byte

    if (!body.value(QStringLiteral("stream")).toBool(false)) {
        Response response;
        if (!reply.midStreamError.isEmpty()) {
            response = plainResponse(500, json.toByteArray(), midStreamErrorJson(reply, wrap));
        } else {
            QJsonObject completion{
                {QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("chat.completion")},
                {QStringLiteral("created"), created},
                {QStringLiteral("model"), model},
                {QStringLiteral("system_fingerprint"), QString::fromLatin1(fingerprint)},
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("index"), 0},
                     {QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), wholeText(reply)},
                                  {QStringLiteral("refusal"), QJsonValue::Null}}},
                     {QStringLiteral("logprobs"), QJsonValue::Null},
                     {QStringLiteral("finish_reason"), finishReason(reply.finishReason)},
                 }}},
            };
            if (m_usageStyle != UsageStyle::None) {
                completion.insert(QStringLiteral("usage"),
                                  usageObject(reply.promptTokens, outputTokens(reply, deltaCount(reply))));
            }
            response = jsonResponse(200, completion);
        }
        response.headers = reply.extraHeaders;
        response.misbehaviour = reply.misbehaviour;
        return response;
    }

    const bool includeUsage = m_usageStyle == UsageStyle::StreamOptions
        && body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool();
    // The stream is made lazily: capture the settings as they are now, not the server.
    const QByteArray nl = m_useCrlf ? QByteArray("\r\n") : QByteArray("\n");
    const bool keepAlives = m_sendKeepAlives;
    const UsageStyle style = m_usageStyle;
    const auto event = [nl](const QJsonObject &object) -> QByteArray { return "data: " + compact(object) + nl + nl; };
    const auto chunk = [=](const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject object{
            {QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), created},
            {QStringLiteral("model"), model},
            {QStringLiteral("system_fingerprint"), QString::fromLatin1(fingerprint)},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("index"), 0},
                 {QStringLiteral("delta"), delta},
                 {QStringLiteral("logprobs"), QJsonValue::Null},
                 {QStringLiteral("finish_reason"), finish},
             }}},
        };
        if (includeUsage)
            object.insert(QStringLiteral("usage"), QJsonValue::Null);
        return object;
    };
    const QByteArray keepAlive = ": keep-alive" + nl + nl;
    const auto withKeepAlive = [=](const QByteArray &piece) -> QList<QByteArray> {
        return keepAlives ? QList<QByteArray>{keepAlive, piece} : QList<QByteArray>{piece};
    };

    // OpenAI opens with the role and empty content; the text follows in content-only deltas.
    const QList<QByteArray> leading = withKeepAlive(event(
        chunk({{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}}, {})));
    const auto deltaPieces = [=](const QString &delta, int, bool) -> QList<QByteArray> {
        return withKeepAlive(event(chunk({{QStringLiteral("content"), delta}}, {})));
    };
    const auto endPieces = [=](int deltas) -> QList<QByteArray> {
        if (!reply.midStreamError.isEmpty())
            return withKeepAlive("data: " + midStreamErrorJson(reply, wrap) + nl + nl);
        const QJsonObject usage = usageObject(reply.promptTokens, outputTokens(reply, deltas));
        QJsonObject last = chunk({}, finishReason(reply.finishReason));
        if (style == UsageStyle::Groq) {
            QJsonObject groqUsage = usage;
            groqUsage.insert(QStringLiteral("queue_time"), 0.01);
            groqUsage.insert(QStringLiteral("prompt_time"), 0.002);
            groqUsage.insert(QStringLiteral("completion_time"), 0.05);
            groqUsage.insert(QStringLiteral("total_time"), 0.052);
            last.insert(
                QStringLiteral("x_groq"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("req_fake")}, {QStringLiteral("usage"), groqUsage}});
        }
        QList<QByteArray> pieces = withKeepAlive(event(last));
        if (includeUsage) {
            QJsonObject usageChunk = chunk({}, {});
            usageChunk.insert(QStringLiteral("choices"), QJsonArray());
            usageChunk.insert(QStringLiteral("usage"), usage);
            pieces.append(event(usageChunk));
        }
        pieces.append("data: [DONE]" + nl + nl);
        return pieces;
    };
    return streamedResponse(reply, eventStream.toByteArray(), leading, deltaPieces, endPieces);
}

FakeHttpServer::Response FakeOpenAiServer::modelList() const
{
    QJsonArray data;
    for (const FakeModel &model : models()) {
        QJsonObject entry{
            {QStringLiteral("id"), model.name},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), 1'700'000'000},
            {QStringLiteral("owned_by"), QStringLiteral("pygen-fake")},
        };
        if (!m_contextField.isEmpty() && model.contextLength > 0)
            entry.insert(m_contextField, model.contextLength);
        data.append(entry);
    }
    return jsonResponse(200, {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

} // namespace Pygen::Testing
