#include "WizardDraft.h"

#include "StudioServices.h"
#include "StudioSettings.h"
#include "project/ProjectSession.h"

#include <QDir>

namespace Pygen {

WizardDraft::WizardDraft(StudioServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

WizardDraft::~WizardDraft() = default;

void WizardDraft::configureSession()
{
    PipelineSettings configured = settings;
    configured.model = model;
    m_session->setSettings(configured);
    m_session->setProvider(provider, &m_services.network(), &m_services.responseCache());
    if (importedPlan && !m_session->project().state().plan)
        m_session->setPlan(*importedPlan);
}

void WizardDraft::startSession(std::function<void(const QString &error)> done)
{
    // Names the person confirmed travel with the spec, so the plan and pyproject.toml use them.
    if (!importName.isEmpty() && importName != spec.importName())
        spec.options.importName = importName;
    if (!distributionName.isEmpty() && distributionName != spec.distributionName())
        spec.options.distributionName = distributionName;
    if (m_session) {
        if (const auto refused = m_session->setSpec(spec)) {
            QMetaObject::invokeMethod(
                this, [done, message = *refused] { done(message); }, Qt::QueuedConnection);
            return;
        }
        if (!m_session->isRunning())
            configureSession();
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    if (m_starting) {
        QMetaObject::invokeMethod(
            this, [done] { done(tr("The project is still being created. Wait a moment and try again.")); },
            Qt::QueuedConnection);
        return;
    }
    if (projectFolder.trimmed().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(tr("Choose a folder for the project on the options page.")); }, Qt::QueuedConnection);
        return;
    }

    ProjectState state;
    state.spec = spec;
    m_starting = true;
    ProjectSession::createProject(QDir::cleanPath(projectFolder), state)
        .then(this, [this, done](const Project::LoadResult &created) {
            m_starting = false;
            if (!created.project) {
                done(created.errorMessage);
                return;
            }
            m_session = std::make_shared<ProjectSession>(created.project);
            configureSession();
            m_services.settings().addRecentProject(created.project->folder());
            Q_EMIT sessionStarted();
            done({});
        });
}

} // namespace Pygen
