#pragma once

#include "PipelineSettings.h"
#include "llm/ProviderConfiguration.h"

#include <QObject>

#include <chrono>
#include <memory>

class QSettings;

namespace Pygen {

// The defaults a person sets once in the studio's settings and every new project starts from:
// temperature, output limit, concurrency, retries, timeouts, cache size and the pipeline's
// limits. Stored in the same file as ProviderSettings (group "pipeline"), so `pygen` can use them
// too. Never a key.
class PipelinePreferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePreferences)

public:
    explicit PipelinePreferences(QObject *parent = nullptr);
    ~PipelinePreferences() override;

    // The stored values as pipeline settings (model and pythonPath left empty).
    PipelineSettings pipelineSettings() const;
    void setPipelineSettings(const PipelineSettings &settings);

    RetrySettings retrySettings() const;
    void setRetrySettings(const RetrySettings &settings);
    std::chrono::milliseconds firstByteTimeout() const;
    void setFirstByteTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;
    void setIdleTimeout(std::chrono::milliseconds timeout);
    qint64 cacheMaximumBytes() const;
    void setCacheMaximumBytes(qint64 bytes);

    // Copies timeouts and retry settings into a provider configuration.
    void applyTo(ProviderConfiguration &configuration) const;

    QString fileName() const;

Q_SIGNALS:
    void updated();

private:
    void save();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Pygen
