#include "ChatExchange.h"

#include "ChatReply.h"
#include "Clock.h"
#include "LoggingCategories.h"
#include "ProviderErrorMessages.h"
#include "ResponseCache.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Pygen {

namespace {
// An error body worth reading is short; the rest of a huge one is dropped.
constexpr qsizetype maximumErrorBodyBytes = 1024 * 1024;

ProviderError errorFromProblem(const ProviderConfiguration &configuration, const QString &model)
{
    using Kind = ProviderError::Kind;
    if (configuration.wouldSendKeyInsecurely())
        return ProviderErrorMessages::make(Kind::InsecureTransport, configuration, model);
    if (configuration.preset.requiresKey && configuration.apiKey.isEmpty() && configuration.baseUrl.isValid()
        && !configuration.baseUrl.host().isEmpty())
        return ProviderErrorMessages::make(Kind::MissingKey, configuration, model);
    ProviderError error;
    error.kind = Kind::BadRequest;
    error.message = configuration.problem();
    return error;
}
} // namespace

ChatReply *ChatExchange::begin(ProviderClient &client, const ChatRequest &request)
{
    auto *reply = new ChatReply(request, &client);
    auto *exchange = new ChatExchange(client, *reply);
    reply->m_exchange = exchange;
    // Queued, so the caller connects to the reply's signals before anything happens.
    QMetaObject::invokeMethod(exchange, &ChatExchange::start, Qt::QueuedConnection);
    return reply;
}

ChatExchange::ChatExchange(ProviderClient &client, ChatReply &reply)
    : QObject(&reply)
    , m_client(client)
    , m_reply(reply)
    , m_retryPolicy(client.configuration().retry)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ChatExchange::handleTimeout);
}

ChatExchange::~ChatExchange()
{
    dropNetworkReply();
}

bool ChatExchange::useCache() const
{
    const ResponseCache *cache = m_client.responseCache();
    return cache && cache->isEnabled() && m_reply.request().useCache && m_reply.keepsText();
}

void ChatExchange::start()
{
    if (m_reply.isFinished())
        return;
    const ProviderConfiguration &configuration = m_client.configuration();
    if (!configuration.problem().isEmpty()) {
        m_reply.finish(FinishReason::Error, errorFromProblem(configuration, m_reply.request().model));
        return;
    }
    if (m_reply.request().model.trimmed().isEmpty()) {
        ProviderError error;
        error.kind = ProviderError::Kind::BadRequest;
        error.message =
            tr("No model is chosen for %1. Pick one of the models it offers.").arg(configuration.preset.displayName);
        m_reply.finish(FinishReason::Error, error);
        return;
    }
    if (!useCache()) {
        prepare();
        return;
    }
    m_cacheKey = ResponseCache::keyFor(ProviderPreset::kindName(configuration.preset.kind), configuration.baseUrl,
                                       m_reply.request());
    m_cacheLookup = std::make_unique<QFutureWatcher<std::optional<CachedResponse>>>();
    connect(m_cacheLookup.get(), &QFutureWatcherBase::finished, this, [this] {
        const std::optional<CachedResponse> cached = m_cacheLookup->result();
        if (!cached) {
            prepare();
            return;
        }
        qCDebug(logLlm) << "reply served from the cache";
        m_reply.m_cached = true;
        m_reply.m_usage = cached->usage;
        m_reply.appendText(cached->text);
        m_reply.finish(FinishReason::Stop);
    });
    m_cacheLookup->setFuture(m_client.responseCache()->lookup(m_cacheKey));
}

void ChatExchange::prepare()
{
    m_client.prepareChat(m_reply.request(), this, [this](const ProviderClient::ChatPreparation &preparation) {
        if (m_reply.isFinished())
            return;
        m_preparation = preparation;
        for (const QString &warning : preparation.warnings)
            m_reply.addWarning(warning);
        if (preparation.error.isError()) {
            m_reply.finish(FinishReason::Error, preparation.error);
            return;
        }
        startAttempt();
    });
}

void ChatExchange::startAttempt()
{
    if (m_reply.isFinished())
        return;
    ++m_reply.m_attempts;
    m_parser = m_client.createStreamParser();
    m_errorBody.clear();
    m_httpStatus = 0;
    m_finishReason.reset();

    const QNetworkRequest request = m_client.chatNetworkRequest(m_reply.request());
    const QByteArray body = m_client.chatBody(m_reply.request(), m_preparation);
    m_networkReply = m_client.network()->post(request, body);
    m_networkReply->setParent(this);
    connect(m_networkReply, &QNetworkReply::metaDataChanged, this, &ChatExchange::handleMetaData);
    connect(m_networkReply, &QNetworkReply::readyRead, this, &ChatExchange::handleReadyRead);
    connect(m_networkReply, &QNetworkReply::finished, this, &ChatExchange::handleNetworkFinished);
    m_waitingForFirstByte = true;
    m_attemptClock.start();
    restartTimeout(m_client.configuration().firstByteTimeout);
}

void ChatExchange::restartTimeout(std::chrono::milliseconds limit)
{
    m_timeout.start(limit);
}

void ChatExchange::handleMetaData()
{
    m_httpStatus = m_networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_waitingForFirstByte) {
        m_waitingForFirstByte = false;
        restartTimeout(m_client.configuration().idleTimeout);
    }
}

void ChatExchange::handleReadyRead()
{
    if (!m_networkReply)
        return;
    if (m_waitingForFirstByte)
        handleMetaData();
    restartTimeout(m_client.configuration().idleTimeout);
    const QByteArray bytes = m_networkReply->readAll();
    if (m_httpStatus >= 300) {
        m_errorBody.append(bytes.left(maximumErrorBodyBytes - m_errorBody.size()));
        return;
    }
    m_reply.m_receivedBytes += bytes.size();
    if (m_reply.m_receivedBytes > m_client.configuration().maximumReplyBytes) {
        dropNetworkReply();
        failAttempt(ProviderErrorMessages::make(ProviderError::Kind::ReplyTooLarge, m_client.configuration(),
                                                m_reply.request().model));
        return;
    }
    ChatStreamUpdate update;
    m_parser->feed(bytes, update);
    m_reply.m_peakBufferedBytes = std::max(m_reply.m_peakBufferedBytes, m_parser->peakBufferedBytes());
    apply(update);
}

void ChatExchange::apply(ChatStreamUpdate &update)
{
    for (const QString &warning : std::as_const(update.warnings))
        m_reply.addWarning(warning);
    if (!update.text.isEmpty()) {
        if (!m_reply.m_usage.timeToFirstTokenMs)
            m_reply.m_usage.timeToFirstTokenMs = m_attemptClock.elapsed();
        m_reply.appendText(update.text);
    }
    if (update.usageChanged)
        recordUsage();
    if (update.finishReason)
        m_finishReason = update.finishReason;
    if (update.error.isError()) {
        dropNetworkReply();
        failAttempt(update.error);
    }
}

void ChatExchange::recordUsage()
{
    const ChatUsage &parsed = m_parser->usage();
    ChatUsage &usage = m_reply.m_usage;
    if (parsed.promptTokens)
        usage.promptTokens = parsed.promptTokens;
    if (parsed.outputTokens)
        usage.outputTokens = parsed.outputTokens;
    if (parsed.tokensPerSecond)
        usage.tokensPerSecond = parsed.tokensPerSecond;
}

void ChatExchange::handleNetworkFinished()
{
    if (!m_networkReply)
        return;
    if (m_networkReply->bytesAvailable() > 0)
        handleReadyRead();
    if (!m_networkReply)
        return;
    QNetworkReply *networkReply = m_networkReply;
    m_networkReply = nullptr;
    networkReply->deleteLater();
    m_timeout.stop();
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status >= 300) {
        ProviderError error = m_client.errorFromResponse(status, m_errorBody, m_reply.request().model);
        if (!error.retryAfter)
            error.retryAfter =
                RetryPolicy::retryAfterFromHeaders(networkReply->rawHeaderPairs(), m_client.clock().now());
        if (!error.retryAfter)
            error.retryAfter = RetryPolicy::retryAfterFromMessage(error.serverMessage);
        failAttempt(error);
        return;
    }
    if (networkReply->error() != QNetworkReply::NoError) {
        // A server that closes abruptly after saying the reply is complete has still answered.
        if (m_parser->isComplete() && m_finishReason) {
            succeed(*m_finishReason);
            return;
        }
        failAttempt(ProviderErrorMessages::fromNetwork(networkReply->error(), networkReply->errorString(),
                                                       m_client.configuration()));
        return;
    }
    ChatStreamUpdate update;
    m_parser->finish(update);
    // Qt may end a cut stream without an error; its unreadable tail is then a symptom of the cut.
    if (update.error.kind == ProviderError::Kind::InvalidResponse && !m_parser->isComplete())
        update.error = {};
    apply(update);
    if (m_reply.isFinished() || update.error.isError())
        return;
    if (m_finishReason) {
        succeed(*m_finishReason);
        return;
    }
    failAttempt(ProviderErrorMessages::make(ProviderError::Kind::NetworkInterrupted, m_client.configuration(),
                                            m_reply.request().model, 0,
                                            tr("the connection closed before the reply was complete")));
}

void ChatExchange::handleTimeout()
{
    if (!m_networkReply)
        return;
    // The last chunk may have said the reply is complete; only the connection lingered.
    if (m_parser->isComplete() && m_finishReason) {
        dropNetworkReply();
        succeed(*m_finishReason);
        return;
    }
    const bool beforeFirstByte = m_waitingForFirstByte;
    const auto limit =
        beforeFirstByte ? m_client.configuration().firstByteTimeout : m_client.configuration().idleTimeout;
    dropNetworkReply();
    failAttempt(ProviderErrorMessages::timeout(beforeFirstByte, limit, m_client.configuration()));
}

void ChatExchange::failAttempt(ProviderError error)
{
    if (m_reply.isFinished())
        return;
    const bool textReceived = m_reply.m_receivedAnyText;
    const RetryPolicy::Decision decision = m_retryPolicy.decide(error, m_reply.m_attempts, textReceived);
    if (decision.retry) {
        qCInfo(logLlm).noquote() << decision.wait.message();
        Q_EMIT m_reply.retryScheduled(decision.wait);
        m_client.clock().callAfter(decision.wait.delay, this, [this] { startAttempt(); });
        return;
    }
    if (!decision.reasonNotRetried.isEmpty())
        error.message += u' ' + decision.reasonNotRetried;
    if (textReceived && m_reply.keepsText())
        error.message += u' ' + tr("The %n characters received so far are kept.", nullptr, int(m_reply.text().size()));
    m_reply.finish(FinishReason::Error, error);
}

void ChatExchange::succeed(FinishReason reason)
{
    recordUsage();
    ChatUsage &usage = m_reply.m_usage;
    usage.totalMs = m_attemptClock.elapsed();
    if (!usage.tokensPerSecond && usage.outputTokens && usage.timeToFirstTokenMs) {
        const qint64 generatingMs = *usage.totalMs - *usage.timeToFirstTokenMs;
        if (generatingMs > 0)
            usage.tokensPerSecond = *usage.outputTokens * 1000.0 / double(generatingMs);
    }
    for (const QString &warning : m_client.warningsAfterReply(m_reply.request(), m_preparation, m_reply))
        m_reply.addWarning(warning);
    const QString provider = m_client.configuration().preset.displayName;
    if (reason == FinishReason::Length) {
        const auto limit = m_reply.request().maximumOutputTokens;
        m_reply.addWarning(limit ? tr("The reply was cut off at the output limit of %1 tokens. Raise the output "
                                      "limit, or continue the reply.")
                                       .arg(*limit)
                                 : tr("The reply was cut off at %1's output limit. Raise the output limit, or "
                                      "continue the reply.")
                                       .arg(provider));
    } else if (reason == FinishReason::Filtered) {
        m_reply.addWarning(tr("%1's safety filter stopped the reply. Rephrase the request.").arg(provider));
    }
    if (reason == FinishReason::Stop && useCache() && !m_reply.text().isEmpty()) {
        if (m_cacheKey.isEmpty())
            m_cacheKey = ResponseCache::keyFor(ProviderPreset::kindName(m_client.configuration().preset.kind),
                                               m_client.configuration().baseUrl, m_reply.request());
        m_client.responseCache()
            ->store(m_cacheKey, CachedResponse{m_reply.text(), m_reply.usage(), m_client.clock().now()})
            .then([](const QString &problem) {
                if (!problem.isEmpty())
                    qCWarning(logLlm).noquote() << problem;
            });
    }
    m_reply.finish(reason);
}

void ChatExchange::dropNetworkReply()
{
    m_timeout.stop();
    if (!m_networkReply)
        return;
    QNetworkReply *networkReply = m_networkReply;
    m_networkReply = nullptr;
    networkReply->disconnect(this);
    networkReply->abort();
    networkReply->deleteLater();
}

void ChatExchange::cancel()
{
    if (m_reply.isFinished())
        return;
    m_cacheLookup.reset();
    dropNetworkReply();
    m_reply.finish(FinishReason::Cancelled);
}

} // namespace Pygen
