#include "StudioSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Pygen {

namespace {

const QString appearanceKey = QStringLiteral("studio/appearance");
const QString languageKey = QStringLiteral("studio/language");
const QString recentKey = QStringLiteral("studio/recentProjects");
const QString pauseKey = QStringLiteral("studio/pauseForReview");
const QString projectsFolderKey = QStringLiteral("studio/projectsFolder");
const QString geometryKey = QStringLiteral("studio/windowGeometry");
const QString stateKey = QStringLiteral("studio/windowState");

QString appearanceName(StudioSettings::Appearance appearance)
{
    switch (appearance) {
    case StudioSettings::Appearance::Light:
        return QStringLiteral("light");
    case StudioSettings::Appearance::Dark:
        return QStringLiteral("dark");
    case StudioSettings::Appearance::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

QString normalisedFolder(const QString &folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

} // namespace

StudioSettings::StudioSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Pygen"),
                                             QStringLiteral("pygen-studio")))
{
}

StudioSettings::~StudioSettings() = default;

void StudioSettings::save()
{
    m_settings->sync();
    Q_EMIT updated();
}

QString StudioSettings::fileName() const
{
    return m_settings->fileName();
}

StudioSettings::Appearance StudioSettings::appearance() const
{
    const QString name = m_settings->value(appearanceKey).toString();
    if (name == u"light")
        return Appearance::Light;
    if (name == u"dark")
        return Appearance::Dark;
    return Appearance::FollowSystem;
}

void StudioSettings::setAppearance(Appearance appearance)
{
    if (appearance == this->appearance())
        return;
    m_settings->setValue(appearanceKey, appearanceName(appearance));
    save();
    Q_EMIT appearanceChanged(appearance);
}

QString StudioSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void StudioSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(languageKey, language);
    save();
    Q_EMIT languageChanged(language);
}

QStringList StudioSettings::recentProjects() const
{
    QStringList folders = m_settings->value(recentKey).toStringList();
    folders.removeAll(QString());
    folders.removeDuplicates();
    return folders.mid(0, maximumRecentProjects);
}

void StudioSettings::addRecentProject(const QString &folder)
{
    QStringList folders = recentProjects();
    const QString normalised = normalisedFolder(folder);
    folders.removeAll(normalised);
    folders.prepend(normalised);
    m_settings->setValue(recentKey, folders.mid(0, maximumRecentProjects));
    save();
    Q_EMIT recentProjectsChanged();
}

void StudioSettings::removeRecentProject(const QString &folder)
{
    QStringList folders = recentProjects();
    if (folders.removeAll(normalisedFolder(folder)) == 0)
        return;
    m_settings->setValue(recentKey, folders);
    save();
    Q_EMIT recentProjectsChanged();
}

void StudioSettings::clearRecentProjects()
{
    m_settings->remove(recentKey);
    save();
    Q_EMIT recentProjectsChanged();
}

bool StudioSettings::pauseForReview() const
{
    return m_settings->value(pauseKey, true).toBool();
}

void StudioSettings::setPauseForReview(bool pause)
{
    m_settings->setValue(pauseKey, pause);
    save();
}

QString StudioSettings::projectsFolder() const
{
    const QString stored = m_settings->value(projectsFolderKey).toString();
    if (!stored.isEmpty())
        return stored;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("Pygen Projects"));
}

void StudioSettings::setProjectsFolder(const QString &folder)
{
    m_settings->setValue(projectsFolderKey, folder);
    save();
}

QByteArray StudioSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

QByteArray StudioSettings::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void StudioSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(geometryKey, geometry);
    m_settings->setValue(stateKey, state);
    save();
}

} // namespace Pygen
