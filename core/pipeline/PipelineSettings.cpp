#include "PipelineSettings.h"

#include <QJsonValue>

namespace Pygen {

int PipelineSettings::effectiveConcurrency(const QString &providerPresetId) const
{
    if (concurrency > 0)
        return concurrency;
    return providerPresetId.startsWith(QLatin1String("ollama")) ? 1 : 4;
}

QJsonObject PipelineSettings::toJson() const
{
    QJsonObject object{
        {QStringLiteral("model"), model},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("smallContextTokens"), smallContextTokens},
        {QStringLiteral("maximumPlanAttempts"), maximumPlanAttempts},
        {QStringLiteral("maximumContinuations"), maximumContinuations},
        {QStringLiteral("maximumOutputTokens"), maximumOutputTokens},
        {QStringLiteral("temperature"), temperature},
        {QStringLiteral("useCache"), useCache},
    };
    if (contextTokensOverride)
        object.insert(QStringLiteral("contextTokensOverride"), *contextTokensOverride);
    return object;
}

PipelineSettings PipelineSettings::fromJson(const QJsonObject &object)
{
    PipelineSettings settings;
    settings.model = object.value(QStringLiteral("model")).toString(settings.model);
    settings.concurrency = object.value(QStringLiteral("concurrency")).toInt(settings.concurrency);
    settings.smallContextTokens = object.value(QStringLiteral("smallContextTokens")).toInt(settings.smallContextTokens);
    settings.maximumPlanAttempts =
        object.value(QStringLiteral("maximumPlanAttempts")).toInt(settings.maximumPlanAttempts);
    settings.maximumContinuations =
        object.value(QStringLiteral("maximumContinuations")).toInt(settings.maximumContinuations);
    settings.maximumOutputTokens =
        object.value(QStringLiteral("maximumOutputTokens")).toInt(settings.maximumOutputTokens);
    settings.temperature = object.value(QStringLiteral("temperature")).toDouble(settings.temperature);
    settings.useCache = object.value(QStringLiteral("useCache")).toBool(settings.useCache);
    if (object.contains(QStringLiteral("contextTokensOverride")))
        settings.contextTokensOverride = object.value(QStringLiteral("contextTokensOverride")).toInt();
    return settings;
}

} // namespace Pygen
