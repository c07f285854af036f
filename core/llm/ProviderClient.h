#pragma once

#include "ChatRequest.h"
#include "ProviderConfiguration.h"
#include "ProviderError.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Pygen {

class ChatExchange;
class ChatReply;
class ChatStreamParser;
class Clock;
class ModelListReply;
class ResponseCache;

// A connection to one provider. Every request goes through the injected network manager, and
// every result arrives by signal: nothing here waits. Replies are children of the client.
class ProviderClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderClient)

public:
    ~ProviderClient() override;

    // The client for the configuration's kind of provider.
    static ProviderClient *create(const ProviderConfiguration &configuration, QNetworkAccessManager *network,
                                  QObject *parent = nullptr);

    const ProviderConfiguration &configuration() const { return m_configuration; }
    QNetworkAccessManager *network() const { return m_network; }

    // Tests inject a clock that records waits instead of sleeping.
    void setClock(Clock *clock);
    Clock &clock() const;
    // Without a cache (the default) every request goes to the provider.
    void setResponseCache(ResponseCache *cache) { m_cache = cache; }
    ResponseCache *responseCache() const { return m_cache; }

    ChatReply *chat(const ChatRequest &request);
    virtual ModelListReply *listModels() = 0;

protected:
    ProviderClient(ProviderConfiguration configuration, QNetworkAccessManager *network, QObject *parent);

    // What the provider needs to know before a chat request is sent.
    struct ChatPreparation
    {
        ProviderError error;
        QStringList warnings;
        // Ollama: the context size to ask for (num_ctx); 0 leaves the server's default.
        int contextTokens = 0;
    };
    using PreparationHandler = std::function<void(const ChatPreparation &)>;
    // Runs before the first attempt; the default needs nothing. `ready` runs once, later.
    virtual void prepareChat(const ChatRequest &request, QObject *context, PreparationHandler ready);
    virtual QNetworkRequest chatNetworkRequest(const ChatRequest &request) const = 0;
    virtual QByteArray chatBody(const ChatRequest &request, const ChatPreparation &preparation) const = 0;
    virtual std::unique_ptr<ChatStreamParser> createStreamParser() const = 0;
    // An HTTP error status with its body, as a specific error.
    virtual ProviderError errorFromResponse(int httpStatus, const QByteArray &body, const QString &model) const;
    // A last look at a finished reply (Ollama checks whether the prompt was truncated).
    virtual QStringList warningsAfterReply(const ChatRequest &request, const ChatPreparation &preparation,
                                           const ChatReply &reply) const;

    // Base URL plus `path` (relative to the base's own path), with the JSON and key headers.
    QNetworkRequest networkRequest(const QString &path, const QString &query = {}) const;
    virtual void addAuthentication(QNetworkRequest &request) const;

    using JsonHandler = std::function<void(const ProviderError &error, const QJsonDocument &document)>;
    // A plain (non-streamed) JSON request; `handler` runs once, unless `context` is gone first.
    QNetworkReply *sendJson(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                            QObject *context, JsonHandler handler);
    // The provider's own error text from an error body, if it has one.
    static QString errorTextFromBody(const QByteArray &body);

private:
    friend class ChatExchange;

    ProviderConfiguration m_configuration;
    QNetworkAccessManager *m_network;
    Clock *m_clock = nullptr;
    ResponseCache *m_cache = nullptr;
};

} // namespace Pygen
