#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Pygen {

// How the pipeline runs; a snapshot goes into project.json (there are no secrets here).
struct PipelineSettings
{
    QString model;
    // Requests at once while enhancing and generating; 0 picks by provider: 1 for Ollama, which
    // serves one request at a time on most machines, 4 for cloud providers.
    int concurrency = 0;
    // Models with a smaller context than this (in tokens) get the compact context prompt.
    int smallContextTokens = 16384;
    // The model's context length when the person knows better than the provider's answer.
    std::optional<int> contextTokensOverride;
    int maximumPlanAttempts = 3;
    int maximumContinuations = 3;
    int maximumOutputTokens = 8192;
    double temperature = 0.2;
    bool useCache = true;
    // Empty: found with PythonInterpreter.
    QString pythonPath;

    int effectiveConcurrency(const QString &providerPresetId) const;
    QJsonObject toJson() const;
    static PipelineSettings fromJson(const QJsonObject &object);
};

} // namespace Pygen
