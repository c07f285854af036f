#pragma once

#include "ChatRequest.h"
#include "ChatUsage.h"
#include "FinishReason.h"
#include "ProviderError.h"
#include "RetryWait.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Pygen {

class ChatExchange;

// One chat request as the caller sees it: text arrives in pieces, waits before retries are
// announced, and `finished` comes exactly once — after success, failure or cancel — with the
// text received so far kept in every case. Replies from the cache arrive the same way.
class ChatReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatReply)

public:
    ~ChatReply() override;

    const ChatRequest &request() const { return m_request; }
    QString text() const { return m_text; }
    ChatUsage usage() const { return m_usage; }
    bool isFinished() const { return m_finished; }
    FinishReason finishReason() const { return m_finishReason; }
    ProviderError error() const { return m_error; }
    bool isCached() const { return m_cached; }
    QStringList warnings() const { return m_warnings; }
    int attempts() const { return m_attempts; }
    qsizetype receivedBytes() const { return m_receivedBytes; }
    // The most bytes of the stream held at once waiting for a line or event to end: shows that
    // memory stays bounded however long the reply.
    qsizetype peakBufferedBytes() const { return m_peakBufferedBytes; }

    // Off, the reply only streams: text() stays empty and nothing is cached. For callers that
    // write the text elsewhere as it comes (the command line), so huge replies cost no memory.
    void setKeepsText(bool keepsText) { m_keepsText = keepsText; }
    bool keepsText() const { return m_keepsText; }

    // Stops the request at once; `finished` follows with FinishReason::Cancelled.
    void cancel();

Q_SIGNALS:
    void textReceived(const QString &delta);
    void retryScheduled(const Pygen::RetryWait &wait);
    void warningRaised(const QString &message);
    void finished();

private:
    friend class ChatExchange;
    explicit ChatReply(ChatRequest request, QObject *parent = nullptr);

    void appendText(const QString &delta);
    void addWarning(const QString &message);
    void finish(FinishReason reason, const ProviderError &error = {});

    ChatRequest m_request;
    QPointer<ChatExchange> m_exchange;
    QString m_text;
    ChatUsage m_usage;
    ProviderError m_error;
    QStringList m_warnings;
    FinishReason m_finishReason = FinishReason::Error;
    int m_attempts = 0;
    qsizetype m_receivedBytes = 0;
    qsizetype m_peakBufferedBytes = 0;
    bool m_finished = false;
    bool m_cached = false;
    bool m_keepsText = true;
    bool m_receivedAnyText = false;
};

} // namespace Pygen
