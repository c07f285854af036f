#include "OllamaChatStreamParser.h"

#include "ProviderErrorMessages.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Pygen {

OllamaChatStreamParser::OllamaChatStreamParser(ProviderConfiguration configuration)
    : m_configuration(std::move(configuration))
{
}

void OllamaChatStreamParser::feed(QByteArrayView bytes, ChatStreamUpdate &update)
{
    const QList<QByteArray> lines = m_decoder.feed(bytes);
    for (const QByteArray &line : lines) {
        handleLine(line, update);
        if (update.error.isError())
            return;
    }
    checkOverflow(update);
}

void OllamaChatStreamParser::finish(ChatStreamUpdate &update)
{
    const QList<QByteArray> lines = m_decoder.finish();
    for (const QByteArray &line : lines) {
        handleLine(line, update);
        if (update.error.isError())
            return;
    }
    checkOverflow(update);
}

void OllamaChatStreamParser::checkOverflow(ChatStreamUpdate &update)
{
    if (m_decoder.hasOverflowed() && !update.error.isError())
        update.error = ProviderErrorMessages::make(
            ProviderError::Kind::InvalidResponse, m_configuration, {}, 0,
            tr("a line of the stream exceeds %1 MB").arg(NdjsonDecoder::defaultMaximumLineBytes / (1024 * 1024)));
}

void OllamaChatStreamParser::handleLine(const QByteArray &line, ChatStreamUpdate &update)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        update.error = ProviderErrorMessages::make(
            ProviderError::Kind::InvalidResponse, m_configuration, {}, 0,
            tr("a line of the stream is not a JSON object (%1)").arg(parseError.errorString()));
        return;
    }
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(u"error");
    if (!error.isUndefined()) {
        update.error = ProviderErrorMessages::make(ProviderError::Kind::ServerError, m_configuration, {}, 0,
                                                   error.isString() ? error.toString() : tr("unknown error"));
        return;
    }
    const QString content = object.value(u"message").toObject().value(u"content").toString();
    update.text.append(content);
    if (!object.value(u"done").toBool())
        return;
    m_complete = true;
    update.finishReason =
        object.value(u"done_reason").toString() == u"length" ? FinishReason::Length : FinishReason::Stop;
    // Zero-valued counts are omitted by the server, so absent means zero once done.
    m_usage.promptTokens = object.value(u"prompt_eval_count").toInt();
    m_usage.outputTokens = object.value(u"eval_count").toInt();
    const double evalNanoseconds = object.value(u"eval_duration").toDouble();
    if (evalNanoseconds > 0 && *m_usage.outputTokens > 0)
        m_usage.tokensPerSecond = *m_usage.outputTokens / (evalNanoseconds / 1e9);
    update.usageChanged = true;
}

} // namespace Pygen
