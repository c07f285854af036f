#pragma once

#include "ChatStreamParser.h"
#include "ProviderClient.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

#include <QNetworkReply>

namespace Pygen {

class ChatReply;
struct CachedResponse;

// Drives one ChatReply: the cache, preparation, attempts over the network with timeouts, and
// the retry policy between them. Lives as a child of the reply, so deleting the reply aborts it.
class ChatExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatExchange)

public:
    static ChatReply *begin(ProviderClient &client, const ChatRequest &request);
    ~ChatExchange() override;

    void cancel();

private:
    ChatExchange(ProviderClient &client, ChatReply &reply);

    void start();
    void prepare();
    void startAttempt();
    void handleMetaData();
    void handleReadyRead();
    void handleNetworkFinished();
    void handleTimeout();
    void apply(ChatStreamUpdate &update);
    void failAttempt(ProviderError error);
    void succeed(FinishReason reason);
    void dropNetworkReply();
    void restartTimeout(std::chrono::milliseconds limit);
    bool useCache() const;
    void recordUsage();

    ProviderClient &m_client;
    ChatReply &m_reply;
    RetryPolicy m_retryPolicy;
    ProviderClient::ChatPreparation m_preparation;
    QByteArray m_cacheKey;
    std::unique_ptr<QFutureWatcher<std::optional<CachedResponse>>> m_cacheLookup;
    QPointer<QNetworkReply> m_networkReply;
    std::unique_ptr<ChatStreamParser> m_parser;
    QTimer m_timeout;
    QElapsedTimer m_attemptClock;
    QByteArray m_errorBody;
    std::optional<FinishReason> m_finishReason;
    int m_httpStatus = 0;
    bool m_waitingForFirstByte = false;
};

} // namespace Pygen
