#include "GeminiChatStreamParser.h"

#include "ProviderErrorMessages.h"
#include "RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pygen {

GeminiChatStreamParser::GeminiChatStreamParser(ProviderConfiguration configuration)
    : m_configuration(std::move(configuration))
{
}

void GeminiChatStreamParser::feed(QByteArrayView bytes, ChatStreamUpdate &update)
{
    handleEvents(m_decoder.feed(bytes), update);
}

void GeminiChatStreamParser::finish(ChatStreamUpdate &update)
{
    handleEvents(m_decoder.finish(), update);
}

ProviderError GeminiChatStreamParser::errorFromObject(const QJsonObject &error, int httpStatus,
                                                      const ProviderConfiguration &configuration, const QString &model)
{
    using Kind = ProviderError::Kind;
    const int status = httpStatus > 0 ? httpStatus : error.value(u"code").toInt();
    const QString message = error.value(u"message").toString();
    Kind kind = status > 0 ? ProviderErrorMessages::kindForStatus(status) : Kind::ServerError;
    std::optional<std::chrono::milliseconds> retryAfter;
    bool dailyQuota = false;
    const QJsonArray details = error.value(u"details").toArray();
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        const QString type = detail.value(u"@type").toString();
        if (detail.value(u"reason").toString() == u"API_KEY_INVALID")
            kind = Kind::Authentication;
        if (type.endsWith(u"RetryInfo"))
            retryAfter = RetryPolicy::durationFromProtobuf(detail.value(u"retryDelay").toString());
        if (type.endsWith(u"QuotaFailure")) {
            const QJsonArray violations = detail.value(u"violations").toArray();
            for (const QJsonValue &violation : violations) {
                if (violation.toObject().value(u"quotaId").toString().contains(u"PerDay"))
                    dailyQuota = true;
            }
        }
    }
    if (kind == Kind::RateLimited && dailyQuota)
        kind = Kind::QuotaExhausted;
    if (kind == Kind::BadRequest && message.contains(u"token", Qt::CaseInsensitive)
        && message.contains(u"exceeds", Qt::CaseInsensitive))
        kind = Kind::RequestTooLarge;
    // An error event inside a stream has no HTTP status of its own (httpStatus 0).
    ProviderError result = ProviderErrorMessages::make(kind, configuration, model, httpStatus, message);
    result.retryAfter = retryAfter;
    return result;
}

void GeminiChatStreamParser::handleEvents(const QList<ServerSentEvent> &events, ChatStreamUpdate &update)
{
    using Kind = ProviderError::Kind;
    for (const ServerSentEvent &event : events) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
        if (!document.isObject()) {
            update.error = ProviderErrorMessages::make(
                Kind::InvalidResponse, m_configuration, {}, 0,
                tr("an event of the stream is not a JSON object (%1)").arg(parseError.errorString()));
            return;
        }
        const QJsonObject object = document.object();
        if (object.value(u"error").isObject()) {
            update.error = errorFromObject(object.value(u"error").toObject(), 0, m_configuration, {});
            return;
        }
        const QJsonObject usage = object.value(u"usageMetadata").toObject();
        if (!usage.isEmpty()) {
            m_usage.promptTokens = usage.value(u"promptTokenCount").toInt();
            m_usage.outputTokens = usage.value(u"candidatesTokenCount").toInt();
            update.usageChanged = true;
        }
        const QJsonArray candidates = object.value(u"candidates").toArray();
        if (candidates.isEmpty()) {
            const QString blockReason = object.value(u"promptFeedback").toObject().value(u"blockReason").toString();
            if (!blockReason.isEmpty()) {
                update.error = ProviderErrorMessages::make(Kind::ContentBlocked, m_configuration, {}, 0,
                                                           tr("block reason %1").arg(blockReason));
                return;
            }
            continue;
        }
        const QJsonObject candidate = candidates.first().toObject();
        const QJsonArray parts = candidate.value(u"content").toObject().value(u"parts").toArray();
        for (const QJsonValue &part : parts) {
            // Thought summaries are the model's reasoning, not the answer.
            if (!part.toObject().value(u"thought").toBool())
                update.text.append(part.toObject().value(u"text").toString());
        }
        const QString finishReason = candidate.value(u"finishReason").toString();
        if (finishReason.isEmpty())
            continue;
        m_complete = true;
        if (finishReason == u"STOP")
            update.finishReason = FinishReason::Stop;
        else if (finishReason == u"MAX_TOKENS")
            update.finishReason = FinishReason::Length;
        else if (finishReason == u"SAFETY" || finishReason == u"RECITATION" || finishReason == u"BLOCKLIST"
                 || finishReason == u"PROHIBITED_CONTENT" || finishReason == u"SPII")
            update.finishReason = FinishReason::Filtered;
        else
            update.error = ProviderErrorMessages::make(Kind::InvalidResponse, m_configuration, {}, 0,
                                                       tr("the reply stopped for the reason %1").arg(finishReason));
    }
    if (m_decoder.hasOverflowed() && !update.error.isError())
        update.error =
            ProviderErrorMessages::make(Kind::InvalidResponse, m_configuration, {}, 0,
                                        tr("an event of the stream exceeds %1 MB")
                                            .arg(ServerSentEventDecoder::defaultMaximumEventBytes / (1024 * 1024)));
}

} // namespace Pygen
