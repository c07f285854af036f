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
    connect(&m_creation, &QFutureWatcher<Project::LoadResult>::finished, this, &WizardDraft::projectCreated);
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
    m_pendingDone = std::move(done);
    // A watcher reports on a later turn of the event loop even when the work is already done, so
    // `done` never runs inside this call (a continuation could).
    m_creation.setFuture(ProjectSession::createProject(QDir::cleanPath(projectFolder), state));
}

void WizardDraft::projectCreated()
{
    m_starting = false;
    const std::function<void(const QString &)> done = std::exchange(m_pendingDone, {});
    const Project::LoadResult created = m_creation.result();
    if (!created.project) {
        done(created.errorMessage);
        return;
    }
    m_session = std::make_shared<ProjectSession>(created.project);
    configureSession();
    m_services.settings().addRecentProject(created.project->folder());
    Q_EMIT sessionStarted();
    done({});
}

} // namespace Pygen
