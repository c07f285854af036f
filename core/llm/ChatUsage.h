#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <optional>

namespace Pygen {

// What a reply cost and how fast it came. Each figure is unset when the provider did not say.
struct ChatUsage
{
    std::optional<int> promptTokens;
    std::optional<int> outputTokens;
    // Output tokens per second of generation, as the provider measured it where it says so.
    std::optional<double> tokensPerSecond;
    std::optional<qint64> timeToFirstTokenMs;
    std::optional<qint64> totalMs;

    // The figures that are known, by their member names (for the cache and the history).
    QJsonObject toJson() const;
};

} // namespace Pygen
