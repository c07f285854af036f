#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace Pygen {

// What the studio itself remembers (group "studio" of the shared settings file): appearance,
// language, recent projects and the main window's layout. Provider choices live in
// ProviderSettings and pipeline defaults in PipelinePreferences.
class StudioSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioSettings)

public:
    enum class Appearance { FollowSystem, Light, Dark };

    explicit StudioSettings(QObject *parent = nullptr);
    ~StudioSettings() override;

    Appearance appearance() const;
    void setAppearance(Appearance appearance);
    // A BCP 47 name such as "de" or "en"; empty follows the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    // Project folders, most recent first, at most maximumRecentProjects.
    static constexpr int maximumRecentProjects = 10;
    QStringList recentProjects() const;
    void addRecentProject(const QString &folder);
    void removeRecentProject(const QString &folder);
    void clearRecentProjects();

    // Whether the wizard stops after enhancement and planning for review (default true).
    bool pauseForReview() const;
    void setPauseForReview(bool pause);
    // Where new projects go unless the person picks another folder.
    QString projectsFolder() const;
    void setProjectsFolder(const QString &folder);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    QString fileName() const;

Q_SIGNALS:
    void updated();
    void appearanceChanged(Pygen::StudioSettings::Appearance appearance);
    void languageChanged(const QString &language);
    void recentProjectsChanged();

private:
    void save();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Pygen
