#include "ProjectSession.h"

#include "llm/ProviderClient.h"
#include "package/PackagePath.h"
#include "pipeline/EnhanceStage.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineStage.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrentRun>

namespace Pygen {

ProjectSession::ProjectSession(std::shared_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
{
    Q_ASSERT(m_project);
    m_settings = PipelineSettings::fromJson(m_project->state().settings);
}

ProjectSession::~ProjectSession()
{
    // Stages end through queued steps; none may reach a session that is gone.
    if (m_pipeline)
        m_pipeline->disconnect(this);
    if (m_singleStage)
        m_singleStage->disconnect(this);
    m_pipeline.reset();
    m_singleStage.reset();
}

QFuture<Project::LoadResult> ProjectSession::createProject(const QString &folder, const ProjectState &state)
{
    // A pool of its own: making a project must not queue behind long work on the global pool.
    static QThreadPool creationPool;
    QThread *caller = QThread::currentThread();
    return QtConcurrent::run(&creationPool, [folder, state, caller] {
        Project::LoadResult result = Project::create(folder, state);
        // The project's signals and queued writes belong to the thread that asked for it.
        if (result.project)
            result.project->moveToThread(caller);
        return result;
    });
}

void ProjectSession::setProvider(const ProviderConfiguration &configuration, QNetworkAccessManager *network,
                                 ResponseCache *cache)
{
    if (m_client) {
        if (m_running)
            m_retiredClients.append(m_client);
        else
            delete m_client.data();
    }
    m_client = ProviderClient::create(configuration, network, this);
    m_client->setResponseCache(cache);

    ProjectState state = m_project->state();
    state.settings.insert(QStringLiteral("provider"), configuration.preset.id);
    state.settings.insert(QStringLiteral("baseUrl"), configuration.displayBaseUrl());
    if (state.settings != m_project->state().settings)
        m_project->setState(state);
}

void ProjectSession::setSettings(const PipelineSettings &settings)
{
    m_settings = settings;
    ProjectState state = m_project->state();
    QJsonObject snapshot = settings.toJson();
    for (const QString &kept : {QStringLiteral("provider"), QStringLiteral("baseUrl")}) {
        if (state.settings.contains(kept))
            snapshot.insert(kept, state.settings.value(kept));
    }
    if (snapshot != state.settings) {
        state.settings = snapshot;
        m_project->setState(state);
    }
}

std::optional<QString> ProjectSession::startable() const
{
    if (!m_client)
        return tr("Choose a provider and a model first.");
    if (m_settings.model.trimmed().isEmpty())
        return tr("Choose a model first.");
    if (m_running)
        return tr("The pipeline is already running. Wait for it to finish or cancel it first.");
    return std::nullopt;
}

void ProjectSession::startPipeline(const std::function<void(Pipeline &)> &start)
{
    PipelineContext context;
    context.client = m_client;
    context.project = m_project.get();
    context.settings = m_settings;
    if (m_pipeline)
        m_pipeline->disconnect(this);
    m_pipeline = std::make_unique<Pipeline>(context);
    connect(m_pipeline.get(), &Pipeline::stageStarted, this, &ProjectSession::stageStarted);
    connect(m_pipeline.get(), &Pipeline::stageFinished, this, &ProjectSession::stageFinished);
    connect(m_pipeline.get(), &Pipeline::stageFailed, this, &ProjectSession::stageFailed);
    connect(m_pipeline.get(), &Pipeline::finished, this, &ProjectSession::pipelineEnded);
    m_running = true;
    Q_EMIT runningChanged(true);
    start(*m_pipeline);
}

std::optional<QString> ProjectSession::run(StageId first, StageId last)
{
    if (const auto refused = startable())
        return refused;
    startPipeline([first, last](Pipeline &pipeline) { pipeline.run(first, last); });
    return std::nullopt;
}

std::optional<QString> ProjectSession::rerun(StageId stage)
{
    if (const auto refused = startable())
        return refused;
    startPipeline([stage](Pipeline &pipeline) { pipeline.rerun(stage); });
    return std::nullopt;
}

std::optional<QString> ProjectSession::enhanceFeatureAgain(int featureIndex)
{
    if (const auto refused = startable())
        return refused;
    const ProjectState &state = m_project->state();
    if (featureIndex < 0 || featureIndex >= state.spec.features.size())
        return tr("There is no feature %1 to enhance again.").arg(featureIndex + 1);

    PipelineContext context;
    context.client = m_client;
    context.project = m_project.get();
    context.settings = m_settings;
    auto stage = std::make_unique<EnhanceStage>(context);
    stage->setOnlyFeature(featureIndex);
    const std::optional<Plan> planBefore = state.plan;
    PipelineStage *raw = stage.get();
    connect(raw, &PipelineStage::finished, this, [this, planBefore] {
        // The plan was made from the old text: it and everything after it are stale.
        Pipeline::resetStagesAfter(StageId::Enhance, *m_project, planBefore);
        Q_EMIT stageFinished(StageId::Enhance);
        pipelineEnded(true);
    });
    // A failed or cancelled second try changes nothing the person had: the enhanced request
    // stays as it was, and so does its stage (else the next run would enhance everything again).
    const StageRecord recordBefore = state.stage(StageId::Enhance);
    connect(raw, &PipelineStage::failed, this, [this, recordBefore](const QString &message) {
        ProjectState restored = m_project->state();
        restored.stages[StageId::Enhance] = recordBefore;
        m_project->setState(restored);
        Q_EMIT stageFailed(StageId::Enhance, message);
        pipelineEnded(false);
    });
    // The stage before may still be on the stack of its own last signal.
    if (m_singleStage)
        m_singleStage.release()->deleteLater();
    m_singleStage = std::move(stage);
    m_running = true;
    Q_EMIT runningChanged(true);
    Q_EMIT stageStarted(StageId::Enhance, raw);
    raw->start();
    return std::nullopt;
}

void ProjectSession::cancel()
{
    if (m_singleStage && m_singleStage->isRunning())
        m_singleStage->cancel();
    if (m_pipeline)
        m_pipeline->cancel();
}

PipelineStage *ProjectSession::currentStage() const
{
    if (m_singleStage && m_singleStage->isRunning())
        return m_singleStage.get();
    if (m_pipeline && m_pipeline->isRunning() && m_pipeline->currentStage() && m_pipeline->currentStage()->isRunning())
        return m_pipeline->currentStage();
    return nullptr;
}

void ProjectSession::pipelineEnded(bool succeeded)
{
    if (!m_running)
        return;
    m_running = false;
    for (const QPointer<ProviderClient> &client : std::as_const(m_retiredClients)) {
        if (client)
            client->deleteLater();
    }
    m_retiredClients.clear();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(succeeded);
}

std::optional<QString> ProjectSession::setSpec(const Spec &spec)
{
    if (m_running)
        return tr("The request cannot change while the pipeline runs. Cancel it first.");
    ProjectState state = m_project->state();
    if (state.spec == spec)
        return std::nullopt;
    const std::optional<Plan> planBefore = state.plan;
    state.spec = spec;
    m_project->setState(state);
    // Screening judged the old request; everything is asked again.
    Pipeline::resetStagesAfter(StageId::Screen, *m_project, planBefore);
    state = m_project->state();
    state.stages[StageId::Screen] = {};
    m_project->setState(state);
    return std::nullopt;
}

std::optional<QString> ProjectSession::setEnhancedSpec(const EnhancedSpec &enhancedSpec)
{
    if (m_running)
        return tr("The enhanced request cannot change while the pipeline runs. Cancel it first.");
    ProjectState state = m_project->state();
    if (state.enhancedSpec == enhancedSpec)
        return std::nullopt;
    const std::optional<Plan> planBefore = state.plan;
    state.enhancedSpec = enhancedSpec;
    state.stages[StageId::Enhance] = {StageState::Finished, tr("Edited by you.")};
    m_project->setState(state);
    Pipeline::resetStagesAfter(StageId::Enhance, *m_project, planBefore);
    return std::nullopt;
}

std::optional<QString> ProjectSession::setPlan(const Plan &plan)
{
    if (m_running)
        return tr("The plan cannot change while the pipeline runs. Cancel it first.");
    ProjectState state = m_project->state();
    if (state.plan == plan)
        return std::nullopt;
    const std::optional<Plan> planBefore = state.plan;
    state.plan = plan;
    state.stages[StageId::Plan] = {StageState::Finished, tr("Edited by you.")};
    m_project->setState(state);
    Pipeline::resetStagesAfter(StageId::Plan, *m_project, planBefore);
    return std::nullopt;
}

std::optional<QString> ProjectSession::refuseWhileFileRuns(const QString &path) const
{
    const auto record = m_project->state().files.constFind(path);
    if (m_running && record != m_project->state().files.cend() && record->status == FileStatus::Generating)
        return tr("%1 is being generated. Wait until it is done, or cancel the run.").arg(path);
    return std::nullopt;
}

std::optional<QString> ProjectSession::saveFile(const QString &path, const QByteArray &content)
{
    if (const auto refused = refuseWhileFileRuns(path))
        return refused;
    PackageFile file;
    if (const PackageFile *existing = m_project->package().file(path))
        file = *existing;
    else if (const auto record = m_project->state().files.constFind(path); record != m_project->state().files.cend())
        file.role = record->role;
    file.path = path;
    file.content = content;
    file.origin = FileOrigin::Edited;
    file.status = FileStatus::Generated;
    file.message.clear();
    return m_project->writeFile(file);
}

std::optional<QString> ProjectSession::createFile(const QString &path, const QByteArray &content)
{
    if (const auto problem = PackagePath::problem(path))
        return problem;
    if (m_project->package().contains(path) || m_project->state().files.contains(path))
        return tr("%1 already exists. Choose another name.").arg(path);
    PackageFile file;
    file.path = path;
    file.content = content;
    file.origin = FileOrigin::Edited;
    file.status = FileStatus::Generated;
    const QString lower = path.toLower();
    const QString name = lower.section(u'/', -1);
    if (name.startsWith(u"test_") || name.endsWith(u"_test.py"))
        file.role = FileRole::Test;
    else if (!lower.endsWith(u".py"))
        file.role = lower.endsWith(u".md") || lower.endsWith(u".rst") || lower.endsWith(u".txt") ? FileRole::Doc
                                                                                                 : FileRole::Config;
    return m_project->writeFile(file);
}

std::optional<QString> ProjectSession::renameFile(const QString &from, const QString &to)
{
    if (from == to)
        return std::nullopt;
    if (const auto refused = refuseWhileFileRuns(from))
        return refused;
    const PackageFile *existing = m_project->package().file(from);
    if (!existing)
        return tr("%1 has no content yet, so there is nothing to rename. Rename it in the plan instead.").arg(from);
    if (const auto problem = PackagePath::problem(to))
        return problem;
    const bool onlyCase = from.compare(to, Qt::CaseInsensitive) == 0;
    if (!onlyCase && (m_project->package().contains(to) || m_project->state().files.contains(to)))
        return tr("%1 already exists. Choose another name.").arg(to);
    PackageFile renamed = *existing;
    renamed.path = to;
    renamed.origin = FileOrigin::Edited;
    if (onlyCase) {
        // The old name goes first: the package refuses two names that differ only in case.
        const PackageFile original = *existing;
        m_project->removeFile(from);
        if (const auto refused = m_project->writeFile(renamed)) {
            m_project->writeFile(original);
            return refused;
        }
    } else {
        if (const auto refused = m_project->writeFile(renamed))
            return refused;
        m_project->removeFile(from);
    }
    followInPlan(from, to);
    return std::nullopt;
}

void ProjectSession::followInPlan(const QString &from, const QString &to)
{
    // The plan names the file too: left alone, the next run would write it again under its old
    // name, and export would call it never generated.
    ProjectState state = m_project->state();
    if (!state.plan)
        return;
    bool changed = false;
    for (qsizetype index = state.plan->files.size() - 1; index >= 0; --index) {
        PlannedFile &file = state.plan->files[index];
        if (file.path == from) {
            if (to.isEmpty())
                state.plan->files.removeAt(index);
            else
                file.path = to;
            changed = true;
            continue;
        }
        if (file.dependsOn.contains(from)) {
            file.dependsOn.removeAll(from);
            if (!to.isEmpty())
                file.dependsOn.append(to);
            changed = true;
        }
    }
    if (changed)
        m_project->setState(state);
}

std::optional<QString> ProjectSession::deleteFile(const QString &path)
{
    if (const auto refused = refuseWhileFileRuns(path))
        return refused;
    const bool planned = m_project->state().plan && m_project->state().plan->file(path);
    if (!m_project->package().contains(path) && !m_project->state().files.contains(path) && !planned)
        return tr("%1 is not in the package.").arg(path);
    if (m_project->package().contains(path) || m_project->state().files.contains(path))
        m_project->removeFile(path);
    followInPlan(path, {});
    return std::nullopt;
}

} // namespace Pygen
