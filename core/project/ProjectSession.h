#pragma once

#include "Project.h"
#include "StageState.h"
#include "llm/ProviderClient.h"
#include "llm/ProviderConfiguration.h"
#include "pipeline/EnhancedSpec.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/Plan.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Pygen {

class Pipeline;
class PipelineStage;
class ResponseCache;

// One open project and what runs on it: the provider client, the pipeline, and the person's
// edits between and after stages. The wizard and the main window share one session, so a run
// started in the wizard goes on in the window. Edits to an artifact (enhanced spec, plan) send
// the stages after it back to pending, the way Pipeline::resetStagesAfter does.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(std::shared_ptr<Project> project, QObject *parent = nullptr);
    ~ProjectSession() override;

    // Project::create in a worker thread: the folder must be missing or empty.
    static QFuture<Project::LoadResult> createProject(const QString &folder, const ProjectState &state);

    Project &project() const { return *m_project; }
    std::shared_ptr<Project> sharedProject() const { return m_project; }

    // A new client for the next run (the current run, if any, keeps its own until it ends). The
    // session owns the client; `network` and `cache` (may be null) must outlive the session.
    void setProvider(const ProviderConfiguration &configuration, QNetworkAccessManager *network,
                     ResponseCache *cache = nullptr);
    ProviderClient *client() const { return m_client; }
    bool hasProvider() const { return m_client != nullptr; }
    // Also stored (without secrets) in project.json's settings snapshot.
    void setSettings(const PipelineSettings &settings);
    const PipelineSettings &settings() const { return m_settings; }

    // Runs the unfinished stages from `first` to `last`. Returns why it cannot start (no
    // provider, already running); nothing when it started and `finished` will follow.
    std::optional<QString> run(StageId first = StageId::Screen, StageId last = StageId::Document);
    // Runs one stage again even though it finished; later stages go back to pending.
    std::optional<QString> rerun(StageId stage);
    // Enhances one feature again, keeping the others; `finished` follows.
    std::optional<QString> enhanceFeatureAgain(int featureIndex);
    void cancel();
    bool isRunning() const { return m_running; }
    // The stage running now, if any.
    PipelineStage *currentStage() const;

    // The person's edits. Each returns why it was refused (while the stage that owns the
    // artifact runs, an unsafe path …); nothing when it was applied and its write queued.
    std::optional<QString> setSpec(const Spec &spec);
    std::optional<QString> setEnhancedSpec(const EnhancedSpec &enhancedSpec);
    std::optional<QString> setPlan(const Plan &plan);
    // Saves a package file the person edited (origin Edited, status Generated).
    std::optional<QString> saveFile(const QString &path, const QByteArray &content);
    std::optional<QString> createFile(const QString &path, const QByteArray &content = {});
    // Renaming and deleting also change the plan, so the next run does not write the file again.
    std::optional<QString> renameFile(const QString &from, const QString &to);
    std::optional<QString> deleteFile(const QString &path);

Q_SIGNALS:
    void runningChanged(bool running);
    void stageStarted(Pygen::StageId id, Pygen::PipelineStage *stage);
    void stageFinished(Pygen::StageId id);
    void stageFailed(Pygen::StageId id, const QString &message);
    // After every run (run, rerun, enhanceFeatureAgain), once.
    void finished(bool succeeded);

private:
    std::optional<QString> startable() const;
    void startPipeline(const std::function<void(Pipeline &)> &start);
    void pipelineEnded(bool succeeded);
    std::optional<QString> refuseWhileFileRuns(const QString &path) const;
    // Renames a file in the plan (and in what depends on it), or drops it when `to` is empty.
    void followInPlan(const QString &from, const QString &to);

    std::shared_ptr<Project> m_project;
    QPointer<ProviderClient> m_client;
    PipelineSettings m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<PipelineStage> m_singleStage;
    // Clients replaced during a run; deleted when it ends.
    QList<QPointer<ProviderClient>> m_retiredClients;
    bool m_running = false;
};

} // namespace Pygen
