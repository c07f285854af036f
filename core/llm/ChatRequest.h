#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Pygen {

struct ChatMessage
{
    enum class Role { System, User, Assistant };

    Role role = Role::User;
    QString content;

    static QString roleName(Role role);
    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

// What a stage asks of a model. Provider-neutral: each client maps it onto its wire format.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    // Upper bound on the reply's tokens; unset leaves the provider's default.
    std::optional<int> maximumOutputTokens;
    // A JSON Schema the reply must follow (structured output); empty for free text.
    QJsonObject jsonSchema;
    std::optional<qint64> seed;
    // false skips the response cache for this request, both reading and writing.
    bool useCache = true;

    // Everything that decides the reply, in a stable form: the response cache hashes this.
    QJsonObject toJson() const;
    // A rough token count (about four characters a token) for context-size warnings.
    int estimatedPromptTokens() const;
};

} // namespace Pygen
