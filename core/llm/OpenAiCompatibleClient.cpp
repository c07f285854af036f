#include "OpenAiCompatibleClient.h"

#include "ModelListReply.h"
#include "OpenAiChatStreamParser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pygen {

OpenAiCompatibleClient::OpenAiCompatibleClient(ProviderConfiguration configuration, QNetworkAccessManager *network,
                                               QObject *parent)
    : ProviderClient(std::move(configuration), network, parent)
{
}

QNetworkRequest OpenAiCompatibleClient::chatNetworkRequest(const ChatRequest &) const
{
    return networkRequest(QStringLiteral("/chat/completions"));
}

QByteArray OpenAiCompatibleClient::chatBody(const ChatRequest &request, const ChatPreparation &) const
{
    const ProviderPreset &preset = configuration().preset;
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(message.role)},
                                    {QStringLiteral("content"), message.content}});
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true}};
    if (preset.requestsStreamUsage)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maximumOutputTokens)
        body.insert(preset.outputLimitField == ProviderPreset::OutputLimitField::MaxCompletionTokens
                        ? QStringLiteral("max_completion_tokens")
                        : QStringLiteral("max_tokens"),
                    *request.maximumOutputTokens);
    if (request.seed)
        body.insert(QStringLiteral("seed"), double(*request.seed));
    if (!request.jsonSchema.isEmpty()) {
        // Not strict: strict mode rejects schemas that allow extra properties, and most local
        // servers ignore the flag anyway. The reply is validated by the caller.
        const QJsonObject schema{{QStringLiteral("name"), QStringLiteral("response")},
                                 {QStringLiteral("schema"), request.jsonSchema},
                                 {QStringLiteral("strict"), false}};
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"), schema}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<ChatStreamParser> OpenAiCompatibleClient::createStreamParser() const
{
    return std::make_unique<OpenAiChatStreamParser>(configuration());
}

ProviderError OpenAiCompatibleClient::errorFromResponse(int httpStatus, const QByteArray &body,
                                                        const QString &model) const
{
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(u"error");
    if (error.isObject())
        return OpenAiChatStreamParser::errorFromObject(error.toObject(), httpStatus, configuration(), model);
    return ProviderClient::errorFromResponse(httpStatus, body, model);
}

ModelListReply *OpenAiCompatibleClient::listModels()
{
    auto *reply = new ModelListReply(this);
    reply->track(sendJson(networkRequest(QStringLiteral("/models")), "GET", {}, reply,
                          [reply](const ProviderError &error, const QJsonDocument &document) {
                              if (error.isError()) {
                                  reply->fail(error);
                                  return;
                              }
                              QList<ModelInfo> models;
                              const QJsonArray entries = document.object().value(u"data").toArray();
                              for (const QJsonValue &entry : entries) {
                                  const QJsonObject object = entry.toObject();
                                  ModelInfo model;
                                  model.id = object.value(u"id").toString();
                                  if (model.id.isEmpty())
                                      continue;
                                  model.displayName = object.value(u"name").toString(model.id);
                                  model.details = object.value(u"owned_by").toString();
                                  // Each server names it differently: Groq, OpenRouter, vLLM, llama.cpp.
                                  for (const QJsonValue &value :
                                       {object.value(u"context_window"), object.value(u"context_length"),
                                        object.value(u"max_model_len"),
                                        object.value(u"meta").toObject().value(u"n_ctx_train")}) {
                                      if (value.isDouble() && value.toInt() > 0) {
                                          model.contextLength = value.toInt();
                                          break;
                                      }
                                  }
                                  models.append(model);
                              }
                              reply->complete(models);
                          }));
    return reply;
}

} // namespace Pygen
