#include "OpenAiChatStreamParser.h"

#include "ProviderErrorMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pygen {

OpenAiChatStreamParser::OpenAiChatStreamParser(ProviderConfiguration configuration)
    : m_configuration(std::move(configuration))
{
}

void OpenAiChatStreamParser::feed(QByteArrayView bytes, ChatStreamUpdate &update)
{
    handleEvents(m_decoder.feed(bytes), update);
}

void OpenAiChatStreamParser::finish(ChatStreamUpdate &update)
{
    handleEvents(m_decoder.finish(), update);
}

ProviderError OpenAiChatStreamParser::errorFromObject(const QJsonObject &error, int httpStatus,
                                                      const ProviderConfiguration &configuration, const QString &model)
{
    using Kind = ProviderError::Kind;
    const QString code = error.value(u"code").toVariant().toString();
    const QString type = error.value(u"type").toString();
    const QString message = error.value(u"message").toString();
    Kind kind = httpStatus > 0 ? ProviderErrorMessages::kindForStatus(httpStatus) : Kind::ServerError;
    // Groq's 413 says rate_limit_exceeded too, but waiting does not make a request smaller.
    if (kind == Kind::RequestTooLarge)
        return ProviderErrorMessages::make(kind, configuration, model, httpStatus, message);
    if (code == u"insufficient_quota" || type == u"insufficient_quota")
        kind = Kind::QuotaExhausted;
    else if (code == u"rate_limit_exceeded")
        kind = Kind::RateLimited;
    else if (code == u"invalid_api_key")
        kind = Kind::Authentication;
    else if (code == u"model_not_found")
        kind = Kind::ModelNotFound;
    else if (code == u"context_length_exceeded" || code == u"request_too_large")
        kind = Kind::RequestTooLarge;
    return ProviderErrorMessages::make(kind, configuration, model, httpStatus, message);
}

void OpenAiChatStreamParser::readUsage(const QJsonObject &usage, ChatStreamUpdate &update)
{
    if (usage.isEmpty())
        return;
    if (usage.contains(u"prompt_tokens"))
        m_usage.promptTokens = usage.value(u"prompt_tokens").toInt();
    if (usage.contains(u"completion_tokens"))
        m_usage.outputTokens = usage.value(u"completion_tokens").toInt();
    update.usageChanged = true;
}

void OpenAiChatStreamParser::handleEvents(const QList<ServerSentEvent> &events, ChatStreamUpdate &update)
{
    for (const ServerSentEvent &event : events) {
        const QByteArray data = event.data.trimmed();
        if (data == "[DONE]") {
            m_complete = true;
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (!document.isObject()) {
            update.error = ProviderErrorMessages::make(
                ProviderError::Kind::InvalidResponse, m_configuration, {}, 0,
                tr("an event of the stream is not a JSON object (%1)").arg(parseError.errorString()));
            return;
        }
        const QJsonObject object = document.object();
        if (object.contains(u"error")) {
            const QJsonValue error = object.value(u"error");
            update.error = error.isObject() ? errorFromObject(error.toObject(), 0, m_configuration, {})
                                            : ProviderErrorMessages::make(ProviderError::Kind::ServerError,
                                                                          m_configuration, {}, 0, error.toString());
            return;
        }
        const QJsonArray choices = object.value(u"choices").toArray();
        if (!choices.isEmpty()) {
            const QJsonObject choice = choices.first().toObject();
            update.text.append(choice.value(u"delta").toObject().value(u"content").toString());
            const QString finishReason = choice.value(u"finish_reason").toString();
            if (finishReason == u"length")
                update.finishReason = FinishReason::Length;
            else if (finishReason == u"content_filter")
                update.finishReason = FinishReason::Filtered;
            else if (!finishReason.isEmpty())
                update.finishReason = FinishReason::Stop;
        }
        readUsage(object.value(u"usage").toObject(), update);
        readUsage(object.value(u"x_groq").toObject().value(u"usage").toObject(), update);
    }
    if (m_decoder.hasOverflowed() && !update.error.isError())
        update.error =
            ProviderErrorMessages::make(ProviderError::Kind::InvalidResponse, m_configuration, {}, 0,
                                        tr("an event of the stream exceeds %1 MB")
                                            .arg(ServerSentEventDecoder::defaultMaximumEventBytes / (1024 * 1024)));
}

} // namespace Pygen
