#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

namespace Pygen {

// The provider choices a user keeps: which provider by default, and per provider an address and
// a model. One settings file for the studio and `pygen`. Never a key: keys live in the keychain,
// and an address is stored without user info or query, where a secret could hide.
class ProviderSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSettings)

public:
    explicit ProviderSettings(QObject *parent = nullptr);
    ~ProviderSettings() override;

    // "ollama" until the user chooses another; an id that is no longer known falls back to it.
    QString defaultProviderId() const;
    void setDefaultProviderId(const QString &providerId);
    // Empty when the preset's own address applies.
    QUrl baseUrl(const QString &providerId) const;
    void setBaseUrl(const QString &providerId, const QUrl &url);
    QString defaultModel(const QString &providerId) const;
    void setDefaultModel(const QString &providerId, const QString &model);

    QString fileName() const;

Q_SIGNALS:
    void updated();

private:
    void save();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Pygen
