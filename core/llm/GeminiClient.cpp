#include "GeminiClient.h"

#include "GeminiChatStreamParser.h"
#include "ModelListReply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace Pygen {

namespace {
QString bareModelName(const QString &model)
{
    return model.startsWith(u"models/") ? model.mid(7) : model;
}

QJsonValue cleanSchemaValue(const QJsonValue &value);

QJsonObject cleanSchemaObject(const QJsonObject &schema)
{
    static const QStringList kept{QStringLiteral("type"),        QStringLiteral("format"),
                                  QStringLiteral("description"), QStringLiteral("nullable"),
                                  QStringLiteral("enum"),        QStringLiteral("properties"),
                                  QStringLiteral("required"),    QStringLiteral("items"),
                                  QStringLiteral("minItems"),    QStringLiteral("maxItems"),
                                  QStringLiteral("minimum"),     QStringLiteral("maximum"),
                                  QStringLiteral("anyOf"),       QStringLiteral("propertyOrdering"),
                                  QStringLiteral("title")};
    QJsonObject result;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!kept.contains(it.key()))
            continue;
        if (it.key() == u"properties") {
            QJsonObject properties;
            const QJsonObject source = it.value().toObject();
            for (auto property = source.begin(); property != source.end(); ++property)
                properties.insert(property.key(), cleanSchemaValue(property.value()));
            result.insert(it.key(), properties);
        } else {
            result.insert(it.key(), cleanSchemaValue(it.value()));
        }
    }
    return result;
}

QJsonValue cleanSchemaValue(const QJsonValue &value)
{
    if (value.isObject())
        return cleanSchemaObject(value.toObject());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(item.isObject() ? QJsonValue(cleanSchemaObject(item.toObject())) : item);
        return array;
    }
    return value;
}
} // namespace

GeminiClient::GeminiClient(ProviderConfiguration configuration, QNetworkAccessManager *network, QObject *parent)
    : ProviderClient(std::move(configuration), network, parent)
{
}

QJsonObject GeminiClient::schemaForGemini(const QJsonObject &schema)
{
    return cleanSchemaObject(schema);
}

void GeminiClient::addAuthentication(QNetworkRequest &request) const
{
    if (!configuration().apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("x-goog-api-key"), configuration().apiKey.toUtf8());
}

QNetworkRequest GeminiClient::chatNetworkRequest(const ChatRequest &request) const
{
    const QString model = QString::fromUtf8(QUrl::toPercentEncoding(bareModelName(request.model), "-._~"));
    return networkRequest(u"/models/" + model + u":streamGenerateContent", QStringLiteral("alt=sse"));
}

QByteArray GeminiClient::chatBody(const ChatRequest &request, const ChatPreparation &) const
{
    QJsonArray contents;
    QStringList systemTexts;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            systemTexts.append(message.content);
            continue;
        }
        const QString role =
            message.role == ChatMessage::Role::Assistant ? QStringLiteral("model") : QStringLiteral("user");
        contents.append(
            QJsonObject{{QStringLiteral("role"), role},
                        {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), message.content}}}}});
    }
    QJsonObject body{{QStringLiteral("contents"), contents}};
    if (!systemTexts.isEmpty())
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject{{QStringLiteral("parts"),
                                 QJsonArray{QJsonObject{{QStringLiteral("text"), systemTexts.join(u"\n\n")}}}}});
    QJsonObject generationConfig;
    if (request.temperature)
        generationConfig.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maximumOutputTokens)
        generationConfig.insert(QStringLiteral("maxOutputTokens"), *request.maximumOutputTokens);
    if (request.seed)
        generationConfig.insert(QStringLiteral("seed"), double(*request.seed));
    if (!request.jsonSchema.isEmpty()) {
        generationConfig.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
        generationConfig.insert(QStringLiteral("responseSchema"), schemaForGemini(request.jsonSchema));
    }
    if (!generationConfig.isEmpty())
        body.insert(QStringLiteral("generationConfig"), generationConfig);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<ChatStreamParser> GeminiClient::createStreamParser() const
{
    return std::make_unique<GeminiChatStreamParser>(configuration());
}

ProviderError GeminiClient::errorFromResponse(int httpStatus, const QByteArray &body, const QString &model) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    // Some proxies answer with a list holding the error object.
    const QJsonValue error =
        document.isArray() ? document.array().first().toObject().value(u"error") : document.object().value(u"error");
    if (error.isObject())
        return GeminiChatStreamParser::errorFromObject(error.toObject(), httpStatus, configuration(), model);
    return ProviderClient::errorFromResponse(httpStatus, body, model);
}

ModelListReply *GeminiClient::listModels()
{
    auto *reply = new ModelListReply(this);
    fetchModelPage(reply, {}, {});
    return reply;
}

void GeminiClient::fetchModelPage(ModelListReply *reply, const QString &pageToken, QList<ModelInfo> models)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), pageToken);
    reply->track(
        sendJson(networkRequest(QStringLiteral("/models"), query.toString(QUrl::FullyEncoded)), "GET", {}, reply,
                 [this, reply, models, pageToken](const ProviderError &error, const QJsonDocument &document) mutable {
                     if (error.isError()) {
                         reply->fail(error);
                         return;
                     }
                     const QJsonObject page = document.object();
                     const QJsonArray entries = page.value(u"models").toArray();
                     for (const QJsonValue &entry : entries) {
                         const QJsonObject object = entry.toObject();
                         const QJsonArray methods = object.value(u"supportedGenerationMethods").toArray();
                         if (!methods.contains(QStringLiteral("generateContent")))
                             continue;
                         ModelInfo model;
                         model.id = bareModelName(object.value(u"name").toString());
                         model.displayName = object.value(u"displayName").toString(model.id);
                         model.details = object.value(u"description").toString().section(u'.', 0, 0);
                         const int limit = object.value(u"inputTokenLimit").toInt();
                         if (limit > 0)
                             model.contextLength = limit;
                         if (!model.id.isEmpty())
                             models.append(model);
                     }
                     const QString next = page.value(u"nextPageToken").toString();
                     // A server that repeats a token would page forever.
                     if (next.isEmpty() || next == pageToken)
                         reply->complete(models);
                     else
                         fetchModelPage(reply, next, std::move(models));
                 }));
}

} // namespace Pygen
