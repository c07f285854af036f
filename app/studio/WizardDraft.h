#pragma once

#include "llm/ProviderConfiguration.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/Plan.h"
#include "pipeline/Spec.h"
#include "project/Project.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Pygen {

class ProjectSession;
class StudioServices;

// What the new-package wizard has collected so far. Every page gets the same draft: a page's
// initializePage() reads it (so a spec or plan file opened beforehand pre-fills the pages) and
// its validatePage() writes what the person chose back into it.
class WizardDraft final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardDraft)

public:
    explicit WizardDraft(StudioServices &services, QObject *parent = nullptr);
    ~WizardDraft() override;

    StudioServices &services() const { return m_services; }

    // Idea, features and options pages.
    Spec spec;
    // Idea page: the names the package is imported and installed by, as the person confirmed them;
    // empty until then (Spec derives both from spec.name).
    QString importName;
    QString distributionName;
    // Model page: the provider with its key, and the model picked from the live list.
    ProviderConfiguration provider;
    QString model;
    std::optional<int> contextLength;
    // Options page: model, concurrency, output limit … for the pipeline.
    PipelineSettings settings;
    bool pauseForReview = true;
    // Where the project is made; must be missing or empty.
    QString projectFolder;
    // A plan file the person opened: planning is skipped and this plan is reviewed instead.
    std::optional<Plan> importedPlan;

    // The session the review and generate pages run on; made by startSession().
    std::shared_ptr<ProjectSession> session() const { return m_session; }
    // Makes the project folder (in a worker thread) and the session over it, with the draft's
    // provider and settings, or, when there already is one, updates its spec, provider and
    // settings. `done` runs once, later, in this object's thread, with an empty string on
    // success or a message that says what to do.
    void startSession(std::function<void(const QString &error)> done);

Q_SIGNALS:
    void sessionStarted();

private:
    void configureSession();
    void projectCreated();

    StudioServices &m_services;
    std::shared_ptr<ProjectSession> m_session;
    bool m_starting = false;
    QFutureWatcher<Project::LoadResult> m_creation;
    std::function<void(const QString &)> m_pendingDone;
};

} // namespace Pygen
