#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Pygen {

enum class ProviderKind { Ollama, OpenAiCompatible, Gemini };

// A provider a user can pick: which wire format it speaks, where it lives by default, and the
// quirks of its dialect. Display names are brand names, so they are not translated.
struct ProviderPreset
{
    enum class OutputLimitField { MaxTokens, MaxCompletionTokens };

    QString id;
    QString displayName;
    ProviderKind kind = ProviderKind::Ollama;
    // Empty for the custom server, whose address the user gives.
    QUrl defaultBaseUrl;
    bool requiresKey = false;
    // A server on the user's machine: one request at a time unless they raise it.
    bool isLocal = false;
    OutputLimitField outputLimitField = OutputLimitField::MaxTokens;
    // Whether to ask for a usage chunk with stream_options.include_usage.
    bool requestsStreamUsage = true;

    QStringList keyEnvironmentVariables() const;

    static const QList<ProviderPreset> &all();
    static std::optional<ProviderPreset> find(QStringView id);
    static QStringList ids();
    static QString kindName(ProviderKind kind);
};

} // namespace Pygen
