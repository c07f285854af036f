#include "OllamaClient.h"

#include "ChatReply.h"
#include "ModelListReply.h"
#include "ModelPullReply.h"
#include "NdjsonDecoder.h"
#include "OllamaChatStreamParser.h"
#include "ProviderErrorMessages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace Pygen {

namespace {
constexpr int smallestContext = 8192;
// Room for the reply when the request sets no output limit.
constexpr int defaultOutputReserve = 2048;

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString modelDetails(const QJsonObject &details)
{
    QStringList parts;
    for (const char *key : {"family", "parameter_size", "quantization_level"}) {
        const QString value = details.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            parts.append(value);
    }
    return parts.join(u", ");
}
} // namespace

OllamaClient::OllamaClient(ProviderConfiguration configuration, QNetworkAccessManager *network, QObject *parent)
    : ProviderClient(std::move(configuration), network, parent)
{
}

int OllamaClient::contextTokensFor(int neededTokens, int modelContextLength)
{
    int tokens = smallestContext;
    while (tokens < neededTokens && tokens < (1 << 24))
        tokens *= 2;
    return modelContextLength > 0 ? std::min(tokens, modelContextLength) : tokens;
}

std::optional<int> OllamaClient::contextLengthFromShow(const QJsonObject &show)
{
    const QJsonObject info = show.value(u"model_info").toObject();
    const QString architecture = info.value(u"general.architecture").toString();
    const QJsonValue exact = info.value(architecture + u".context_length");
    if (exact.isDouble())
        return exact.toInt();
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (it.key().endsWith(u".context_length") && it.value().isDouble())
            return it.value().toInt();
    }
    return std::nullopt;
}

ProviderClient::ChatPreparation OllamaClient::preparationFor(const ChatRequest &request, int modelContextLength) const
{
    ChatPreparation preparation;
    const int needed = request.estimatedPromptTokens() + request.maximumOutputTokens.value_or(defaultOutputReserve);
    preparation.contextTokens = contextTokensFor(needed, modelContextLength);
    if (modelContextLength > 0 && needed > modelContextLength)
        preparation.warnings.append(
            tr("The request needs about %1 tokens, but “%2” accepts %3. Ollama keeps only the end of a prompt that "
               "is too long, so the start is lost: shorten the input or choose a model with a larger context.")
                .arg(needed)
                .arg(request.model)
                .arg(modelContextLength));
    return preparation;
}

void OllamaClient::prepareChat(const ChatRequest &request, QObject *context, PreparationHandler ready)
{
    const auto known = m_contextLengths.constFind(request.model);
    if (known != m_contextLengths.cend()) {
        ProviderClient::prepareChat(request, context, [this, request, length = *known, ready](const auto &) {
            ready(preparationFor(request, length));
        });
        return;
    }
    sendJson(networkRequest(QStringLiteral("/api/show")), "POST",
             compactJson({{QStringLiteral("model"), request.model}}), context,
             [this, request, ready](const ProviderError &error, const QJsonDocument &document) {
                 using Kind = ProviderError::Kind;
                 if (error.httpStatus == 404) {
                     ready({ProviderErrorMessages::make(Kind::ModelNotFound, configuration(), request.model, 404,
                                                        error.serverMessage),
                            {},
                            0});
                     return;
                 }
                 if (error.kind == Kind::ServiceUnreachable) {
                     ready({error, {}, 0});
                     return;
                 }
                 if (error.isError()) {
                     ChatPreparation preparation = preparationFor(request, 0);
                     preparation.warnings.append(
                         tr("Could not read the context length of “%1” (%2); the request uses a context of %3 "
                            "tokens.")
                             .arg(request.model, error.message)
                             .arg(preparation.contextTokens));
                     ready(preparation);
                     return;
                 }
                 const int length = contextLengthFromShow(document.object()).value_or(0);
                 if (length > 0)
                     m_contextLengths.insert(request.model, length);
                 ready(preparationFor(request, length));
             });
}

QNetworkRequest OllamaClient::chatNetworkRequest(const ChatRequest &) const
{
    return networkRequest(QStringLiteral("/api/chat"));
}

QByteArray OllamaClient::chatBody(const ChatRequest &request, const ChatPreparation &preparation) const
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(message.role)},
                                    {QStringLiteral("content"), message.content}});
    QJsonObject options;
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), *request.temperature);
    if (preparation.contextTokens > 0)
        options.insert(QStringLiteral("num_ctx"), preparation.contextTokens);
    if (request.maximumOutputTokens)
        options.insert(QStringLiteral("num_predict"), *request.maximumOutputTokens);
    if (request.seed)
        options.insert(QStringLiteral("seed"), double(*request.seed));
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true}};
    if (!options.isEmpty())
        body.insert(QStringLiteral("options"), options);
    if (!request.jsonSchema.isEmpty())
        body.insert(QStringLiteral("format"), request.jsonSchema);
    return compactJson(body);
}

std::unique_ptr<ChatStreamParser> OllamaClient::createStreamParser() const
{
    return std::make_unique<OllamaChatStreamParser>(configuration());
}

QStringList OllamaClient::warningsAfterReply(const ChatRequest &request, const ChatPreparation &preparation,
                                             const ChatReply &reply) const
{
    const ChatUsage usage = reply.usage();
    if (preparation.contextTokens <= 0 || !usage.promptTokens)
        return {};
    // A prompt that filled the whole context was cut by the server to fit.
    if (*usage.promptTokens + usage.outputTokens.value_or(0) < preparation.contextTokens)
        return {};
    return {tr("Ollama evaluated %1 prompt tokens for “%2”, which fills its context of %3 tokens: the prompt was "
               "probably truncated. Shorten the input or choose a model with a larger context.")
                .arg(*usage.promptTokens)
                .arg(request.model)
                .arg(preparation.contextTokens)};
}

ModelListReply *OllamaClient::listModels()
{
    auto *reply = new ModelListReply(this);
    auto fetchTags = [this, reply] {
        reply->track(sendJson(networkRequest(QStringLiteral("/api/tags")), "GET", {}, reply,
                              [this, reply](const ProviderError &error, const QJsonDocument &document) {
                                  if (error.isError()) {
                                      reply->fail(error);
                                      return;
                                  }
                                  const QJsonArray entries = document.object().value(u"models").toArray();
                                  auto models = std::make_shared<QList<ModelInfo>>();
                                  for (const QJsonValue &entry : entries) {
                                      const QJsonObject object = entry.toObject();
                                      ModelInfo model;
                                      model.id = object.value(u"name").toString();
                                      if (model.id.isEmpty())
                                          model.id = object.value(u"model").toString();
                                      model.displayName = model.id;
                                      model.details = modelDetails(object.value(u"details").toObject());
                                      model.sizeBytes = qint64(object.value(u"size").toDouble());
                                      if (!model.id.isEmpty())
                                          models->append(model);
                                  }
                                  if (models->isEmpty()) {
                                      reply->complete({});
                                      return;
                                  }
                                  // One /api/show per model, in parallel, for the context lengths.
                                  auto remaining = std::make_shared<qsizetype>(models->size());
                                  for (qsizetype index = 0; index < models->size(); ++index) {
                                      const QString id = models->at(index).id;
                                      reply->track(sendJson(
                                          networkRequest(QStringLiteral("/api/show")), "POST",
                                          compactJson({{QStringLiteral("model"), id}}), reply,
                                          [this, reply, models, remaining, index, id](const ProviderError &showError,
                                                                                      const QJsonDocument &show) {
                                              if (!showError.isError()) {
                                                  (*models)[index].contextLength = contextLengthFromShow(show.object());
                                                  if ((*models)[index].contextLength)
                                                      m_contextLengths.insert(id, *(*models)[index].contextLength);
                                              }
                                              if (--*remaining == 0)
                                                  reply->complete(*models);
                                          }));
                                  }
                              }));
    };
    reply->track(sendJson(networkRequest(QStringLiteral("/api/version")), "GET", {}, reply,
                          [reply, fetchTags](const ProviderError &error, const QJsonDocument &document) {
                              if (error.kind == ProviderError::Kind::ServiceUnreachable
                                  || error.kind == ProviderError::Kind::Timeout) {
                                  reply->fail(error);
                                  return;
                              }
                              reply->setServerVersion(document.object().value(u"version").toString());
                              fetchTags();
                          }));
    return reply;
}

ProviderError OllamaClient::pullError(const QString &model, const QString &serverMessage) const
{
    ProviderError error =
        ProviderErrorMessages::make(ProviderError::Kind::ModelNotFound, configuration(), model, 0, serverMessage);
    error.message = tr("Ollama could not pull “%1” (%2). Check the name in the library at https://ollama.com/library.")
                        .arg(model, error.serverMessage);
    return error;
}

ModelPullReply *OllamaClient::pullModel(const QString &model)
{
    auto *reply = new ModelPullReply(model, this);
    const QByteArray body = compactJson({{QStringLiteral("model"), model}, {QStringLiteral("stream"), true}});
    QNetworkReply *networkReply = network()->post(networkRequest(QStringLiteral("/api/pull")), body);
    networkReply->setParent(reply);
    reply->setNetworkReply(networkReply);
    auto decoder = std::make_shared<NdjsonDecoder>();
    auto handleLines = [this, reply, networkReply, model](const QList<QByteArray> &lines) {
        for (const QByteArray &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(u"error")) {
                networkReply->disconnect(reply);
                networkReply->abort();
                reply->fail(pullError(model, object.value(u"error").toString()));
                return false;
            }
            const QString status = object.value(u"status").toString();
            reply->reportProgress(status, qint64(object.value(u"completed").toDouble()),
                                  qint64(object.value(u"total").toDouble()));
            if (status == u"success") {
                m_contextLengths.remove(model);
                reply->complete();
            }
        }
        return true;
    };
    connect(networkReply, &QNetworkReply::readyRead, reply, [networkReply, decoder, handleLines] {
        if (networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 300)
            handleLines(decoder->feed(networkReply->readAll()));
    });
    connect(networkReply, &QNetworkReply::finished, reply, [this, reply, networkReply, decoder, handleLines, model] {
        networkReply->deleteLater();
        const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300) {
            ProviderError error = errorFromResponse(status, networkReply->readAll(), model);
            if (status < 500)
                error = pullError(model, error.serverMessage);
            reply->fail(error);
            return;
        }
        if (networkReply->error() != QNetworkReply::NoError) {
            reply->fail(ProviderErrorMessages::fromNetwork(networkReply->error(), networkReply->errorString(),
                                                           configuration()));
            return;
        }
        if (!handleLines(decoder->finish()) || reply->isFinished())
            return;
        reply->fail(ProviderErrorMessages::make(ProviderError::Kind::NetworkInterrupted, configuration(), model, 0,
                                                tr("the download ended before Ollama reported success")));
    });
    return reply;
}

} // namespace Pygen
