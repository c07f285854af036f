#include "project/HistoryRecord.h"

#include "llm/SecretRedactor.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

template<typename Integer>
std::optional<Integer> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::trunc(number) || number < double(std::numeric_limits<Integer>::min())
        || number > double(std::numeric_limits<Integer>::max()))
        return std::nullopt;
    return Integer(number);
}

ChatUsage usageFromJson(const QJsonObject &json)
{
    ChatUsage usage;
    usage.promptTokens = wholeNumber<int>(json.value(u"promptTokens"_s));
    usage.outputTokens = wholeNumber<int>(json.value(u"outputTokens"_s));
    usage.timeToFirstTokenMs = wholeNumber<qint64>(json.value(u"timeToFirstTokenMs"_s));
    usage.totalMs = wholeNumber<qint64>(json.value(u"totalMs"_s));
    const QJsonValue speed = json.value(u"tokensPerSecond"_s);
    if (speed.isDouble() && std::isfinite(speed.toDouble()))
        usage.tokensPerSecond = speed.toDouble();
    return usage;
}

std::optional<ChatMessage::Role> roleFromName(const QString &name)
{
    for (const ChatMessage::Role role :
         {ChatMessage::Role::System, ChatMessage::Role::User, ChatMessage::Role::Assistant}) {
        if (ChatMessage::roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace

QJsonObject HistoryRecord::toJson() const
{
    // ChatRequest carries no key, but a prompt or a reply may quote one (a pasted config file, an
    // error message): the redactor takes out every key it knows or recognises.
    QJsonArray messages;
    for (const ChatMessage &message : request.messages) {
        messages.append(QJsonObject{{u"role"_s, ChatMessage::roleName(message.role)},
                                    {u"content"_s, SecretRedactor::redact(message.content)}});
    }
    QJsonObject requestJson = request.toJson();
    requestJson.insert(u"messages"_s, messages);
    requestJson.insert(u"useCache"_s, request.useCache);

    return QJsonObject{
        {u"stage"_s, stageIdName(stage)},
        {u"file"_s, file},
        {u"label"_s, label},
        {u"request"_s, requestJson},
        {u"response"_s, SecretRedactor::redact(response)},
        {u"usage"_s, usage.toJson()},
        {u"startedAt"_s, startedAt.isValid() ? startedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {u"elapsedMs"_s, elapsedMs},
        {u"outcome"_s, outcome},
    };
}

HistoryRecord HistoryRecord::fromJson(const QJsonObject &object)
{
    HistoryRecord record;
    record.stage = stageIdFromName(object.value(u"stage"_s).toString()).value_or(StageId::Enhance);
    record.file = object.value(u"file"_s).toString();
    record.label = object.value(u"label"_s).toString();
    record.response = object.value(u"response"_s).toString();
    record.usage = usageFromJson(object.value(u"usage"_s).toObject());
    record.startedAt = QDateTime::fromString(object.value(u"startedAt"_s).toString(), Qt::ISODateWithMs);
    record.elapsedMs = wholeNumber<qint64>(object.value(u"elapsedMs"_s)).value_or(0);
    record.outcome = object.value(u"outcome"_s).toString();

    const QJsonObject requestJson = object.value(u"request"_s).toObject();
    ChatRequest &request = record.request;
    request.model = requestJson.value(u"model"_s).toString();
    const QJsonArray messages = requestJson.value(u"messages"_s).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const auto role = roleFromName(message.value(u"role"_s).toString());
        if (role)
            request.messages.append({*role, message.value(u"content"_s).toString()});
    }
    const QJsonValue temperature = requestJson.value(u"temperature"_s);
    if (temperature.isDouble())
        request.temperature = temperature.toDouble();
    request.maximumOutputTokens = wholeNumber<int>(requestJson.value(u"maximumOutputTokens"_s));
    request.jsonSchema = requestJson.value(u"jsonSchema"_s).toObject();
    // ChatRequest writes the seed as a string: a 64-bit seed does not survive a JSON double.
    const QJsonValue seed = requestJson.value(u"seed"_s);
    bool seedValid = false;
    const qint64 seedNumber = seed.toString().toLongLong(&seedValid);
    if (seedValid)
        request.seed = seedNumber;
    else
        request.seed = wholeNumber<qint64>(seed);
    request.useCache = requestJson.value(u"useCache"_s).toBool(true);
    return record;
}

} // namespace Pygen
