#pragma once

#include <QString>

#include <optional>

namespace Pygen {

// A model a provider offers, with what it tells about it.
struct ModelInfo
{
    // What requests name: "llama3.1:8b", "gemini-2.0-flash", "openai/gpt-4o".
    QString id;
    QString displayName;
    // Tokens of context the model accepts, where the provider says.
    std::optional<int> contextLength;
    // A short line for lists: family, size, quantisation, as far as known.
    QString details;
    qint64 sizeBytes = 0;
};

} // namespace Pygen
