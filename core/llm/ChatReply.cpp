#include "ChatReply.h"

#include "ChatExchange.h"

namespace Pygen {

ChatReply::ChatReply(ChatRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

ChatReply::~ChatReply() = default;

void ChatReply::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
    else if (!m_finished)
        finish(FinishReason::Cancelled);
}

void ChatReply::appendText(const QString &delta)
{
    m_receivedAnyText = true;
    if (m_keepsText)
        m_text.append(delta);
    Q_EMIT textReceived(delta);
}

void ChatReply::addWarning(const QString &message)
{
    if (m_warnings.contains(message))
        return;
    m_warnings.append(message);
    Q_EMIT warningRaised(message);
}

void ChatReply::finish(FinishReason reason, const ProviderError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_finishReason = reason;
    m_error = error;
    // Queued: a receiver may delete the reply in its slot, and the network code that called
    // this is still on the stack.
    QMetaObject::invokeMethod(this, &ChatReply::finished, Qt::QueuedConnection);
}

} // namespace Pygen
