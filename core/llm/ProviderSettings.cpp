#include "ProviderSettings.h"

#include "LoggingCategories.h"
#include "ProviderPreset.h"

#include <QSettings>

namespace Pygen {

namespace {
const QString defaultKey = QStringLiteral("providers/default");

QString providerKey(const QString &providerId, QStringView name)
{
    return u"providers/" + providerId + u'/' + name;
}
} // namespace

ProviderSettings::ProviderSettings(QObject *parent)
    : QObject(parent)
    // Named explicitly: QSettings() would give the studio and the command line a file each.
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Pygen"),
                                             QStringLiteral("pygen-studio")))
{
}

ProviderSettings::~ProviderSettings() = default;

void ProviderSettings::save()
{
    // At once: the other program (studio or command line) may read the file next.
    m_settings->sync();
    Q_EMIT updated();
}

QString ProviderSettings::fileName() const
{
    return m_settings->fileName();
}

QString ProviderSettings::defaultProviderId() const
{
    const QString id = m_settings->value(defaultKey).toString();
    if (!id.isEmpty() && ProviderPreset::find(id))
        return id;
    if (!id.isEmpty())
        qCWarning(logLlm) << "unknown default provider in the settings, using ollama:" << id;
    return QStringLiteral("ollama");
}

void ProviderSettings::setDefaultProviderId(const QString &providerId)
{
    if (!ProviderPreset::find(providerId))
        return;
    m_settings->setValue(defaultKey, providerId);
    save();
}

QUrl ProviderSettings::baseUrl(const QString &providerId) const
{
    const QUrl url(m_settings->value(providerKey(providerId, u"baseUrl")).toString(), QUrl::StrictMode);
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        qCWarning(logLlm) << "ignoring an unusable base URL in the settings for" << providerId;
        return {};
    }
    return url;
}

void ProviderSettings::setBaseUrl(const QString &providerId, const QUrl &url)
{
    if (url.isEmpty())
        m_settings->remove(providerKey(providerId, u"baseUrl"));
    else
        m_settings->setValue(providerKey(providerId, u"baseUrl"),
                             url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                          | QUrl::StripTrailingSlash));
    save();
}

QString ProviderSettings::defaultModel(const QString &providerId) const
{
    return m_settings->value(providerKey(providerId, u"model")).toString().trimmed();
}

void ProviderSettings::setDefaultModel(const QString &providerId, const QString &model)
{
    if (model.trimmed().isEmpty())
        m_settings->remove(providerKey(providerId, u"model"));
    else
        m_settings->setValue(providerKey(providerId, u"model"), model.trimmed());
    save();
}

} // namespace Pygen
