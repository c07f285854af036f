#include "ChatRequest.h"

#include <QJsonArray>

namespace Pygen {

QString ChatMessage::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    }
    return QStringLiteral("user");
}

QJsonObject ChatRequest::toJson() const
{
    QJsonArray messageArray;
    for (const ChatMessage &message : messages)
        messageArray.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(message.role)},
                                        {QStringLiteral("content"), message.content}});
    QJsonObject json{{QStringLiteral("model"), model}, {QStringLiteral("messages"), messageArray}};
    if (temperature)
        json.insert(QStringLiteral("temperature"), *temperature);
    if (maximumOutputTokens)
        json.insert(QStringLiteral("maximumOutputTokens"), *maximumOutputTokens);
    if (!jsonSchema.isEmpty())
        json.insert(QStringLiteral("jsonSchema"), jsonSchema);
    if (seed)
        json.insert(QStringLiteral("seed"), QString::number(*seed));
    return json;
}

int ChatRequest::estimatedPromptTokens() const
{
    qsizetype characters = 0;
    for (const ChatMessage &message : messages)
        characters += message.content.size() + 8;
    return int((characters + 3) / 4);
}

} // namespace Pygen
