#include "PipelinePreferences.h"

#include "llm/ResponseCache.h"

#include <QSettings>

namespace Pygen {

namespace {

QString key(QStringView name)
{
    return u"pipeline/" + name;
}

} // namespace

PipelinePreferences::PipelinePreferences(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Pygen"),
                                             QStringLiteral("pygen-studio")))
{
}

PipelinePreferences::~PipelinePreferences() = default;

void PipelinePreferences::save()
{
    m_settings->sync();
    Q_EMIT updated();
}

QString PipelinePreferences::fileName() const
{
    return m_settings->fileName();
}

PipelineSettings PipelinePreferences::pipelineSettings() const
{
    const PipelineSettings defaults;
    PipelineSettings settings;
    // Values out of range (a hand-edited file) fall back to the defaults rather than break runs.
    const auto integer = [this](QStringView name, int fallback, int minimum, int maximum) {
        bool ok = false;
        const int value = m_settings->value(key(name), fallback).toInt(&ok);
        return ok && value >= minimum && value <= maximum ? value : fallback;
    };
    settings.concurrency = integer(u"concurrency", defaults.concurrency, 0, 64);
    settings.smallContextTokens = integer(u"smallContextTokens", defaults.smallContextTokens, 0, 10'000'000);
    settings.maximumPlanAttempts = integer(u"maximumPlanAttempts", defaults.maximumPlanAttempts, 1, 20);
    settings.maximumContinuations = integer(u"maximumContinuations", defaults.maximumContinuations, 0, 20);
    settings.maximumOutputTokens = integer(u"maximumOutputTokens", defaults.maximumOutputTokens, 256, 1'000'000);
    bool ok = false;
    const double temperature = m_settings->value(key(u"temperature"), defaults.temperature).toDouble(&ok);
    settings.temperature = ok && temperature >= 0.0 && temperature <= 2.0 ? temperature : defaults.temperature;
    settings.useCache = m_settings->value(key(u"useCache"), defaults.useCache).toBool();
    return settings;
}

void PipelinePreferences::setPipelineSettings(const PipelineSettings &settings)
{
    m_settings->setValue(key(u"concurrency"), settings.concurrency);
    m_settings->setValue(key(u"smallContextTokens"), settings.smallContextTokens);
    m_settings->setValue(key(u"maximumPlanAttempts"), settings.maximumPlanAttempts);
    m_settings->setValue(key(u"maximumContinuations"), settings.maximumContinuations);
    m_settings->setValue(key(u"maximumOutputTokens"), settings.maximumOutputTokens);
    m_settings->setValue(key(u"temperature"), settings.temperature);
    m_settings->setValue(key(u"useCache"), settings.useCache);
    save();
}

RetrySettings PipelinePreferences::retrySettings() const
{
    RetrySettings settings;
    bool ok = false;
    const int attempts = m_settings->value(key(u"retryAttempts"), settings.maximumAttempts).toInt(&ok);
    if (ok && attempts >= 1 && attempts <= 20)
        settings.maximumAttempts = attempts;
    const qint64 initial =
        m_settings->value(key(u"retryInitialDelayMs"), qint64(settings.initialDelay.count())).toLongLong(&ok);
    if (ok && initial >= 0 && initial <= 3'600'000)
        settings.initialDelay = std::chrono::milliseconds(initial);
    const qint64 maximum =
        m_settings->value(key(u"retryMaximumDelayMs"), qint64(settings.maximumDelay.count())).toLongLong(&ok);
    if (ok && maximum >= settings.initialDelay.count() && maximum <= 24LL * 3'600'000)
        settings.maximumDelay = std::chrono::milliseconds(maximum);
    return settings;
}

void PipelinePreferences::setRetrySettings(const RetrySettings &settings)
{
    m_settings->setValue(key(u"retryAttempts"), settings.maximumAttempts);
    m_settings->setValue(key(u"retryInitialDelayMs"), qint64(settings.initialDelay.count()));
    m_settings->setValue(key(u"retryMaximumDelayMs"), qint64(settings.maximumDelay.count()));
    save();
}

std::chrono::milliseconds PipelinePreferences::firstByteTimeout() const
{
    const ProviderConfiguration defaults;
    bool ok = false;
    const qint64 value =
        m_settings->value(key(u"firstByteTimeoutMs"), qint64(defaults.firstByteTimeout.count())).toLongLong(&ok);
    return ok && value >= 1000 ? std::chrono::milliseconds(value) : defaults.firstByteTimeout;
}

void PipelinePreferences::setFirstByteTimeout(std::chrono::milliseconds timeout)
{
    m_settings->setValue(key(u"firstByteTimeoutMs"), qint64(timeout.count()));
    save();
}

std::chrono::milliseconds PipelinePreferences::idleTimeout() const
{
    const ProviderConfiguration defaults;
    bool ok = false;
    const qint64 value = m_settings->value(key(u"idleTimeoutMs"), qint64(defaults.idleTimeout.count())).toLongLong(&ok);
    return ok && value >= 1000 ? std::chrono::milliseconds(value) : defaults.idleTimeout;
}

void PipelinePreferences::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_settings->setValue(key(u"idleTimeoutMs"), qint64(timeout.count()));
    save();
}

qint64 PipelinePreferences::cacheMaximumBytes() const
{
    bool ok = false;
    const qint64 value =
        m_settings->value(key(u"cacheMaximumBytes"), ResponseCache::defaultMaximumBytes).toLongLong(&ok);
    return ok && value >= 0 ? value : ResponseCache::defaultMaximumBytes;
}

void PipelinePreferences::setCacheMaximumBytes(qint64 bytes)
{
    m_settings->setValue(key(u"cacheMaximumBytes"), bytes);
    save();
}

void PipelinePreferences::applyTo(ProviderConfiguration &configuration) const
{
    configuration.retry = retrySettings();
    configuration.firstByteTimeout = firstByteTimeout();
    configuration.idleTimeout = idleTimeout();
}

} // namespace Pygen
