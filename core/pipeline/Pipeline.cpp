#include "Pipeline.h"

#include "ContextStage.h"
#include "DocumentStage.h"
#include "EnhanceStage.h"
#include "GenerateStage.h"
#include "PlanStage.h"
#include "ScreenStage.h"
#include "project/Project.h"

#include <QTimer>

namespace Pygen {

Pipeline::Pipeline(PipelineContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

Pipeline::~Pipeline() = default;

std::unique_ptr<PipelineStage> Pipeline::createStage(StageId stage, const PipelineContext &context)
{
    switch (stage) {
    case StageId::Screen:
        return std::make_unique<ScreenStage>(context);
    case StageId::Enhance:
        return std::make_unique<EnhanceStage>(context);
    case StageId::Context:
        return std::make_unique<ContextStage>(context);
    case StageId::Plan:
        return std::make_unique<PlanStage>(context);
    case StageId::Generate:
        return std::make_unique<GenerateStage>(context);
    case StageId::Document:
        return std::make_unique<DocumentStage>(context);
    }
    return {};
}

void Pipeline::run(StageId first, StageId last)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_force = false;
    m_next = int(first);
    m_last = int(last);
    ++m_runId;
    // Queued, so a caller connects to the signals after calling run() and still sees every one.
    later([this] { runNext(); });
}

void Pipeline::rerun(StageId stage)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_force = true;
    m_next = int(stage);
    m_last = int(stage);
    ++m_runId;
    later([this] { runNext(); });
}

void Pipeline::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_stage && m_stage->isRunning())
        m_stage->cancel();
    else
        later([this] { end(false); });
}

void Pipeline::runNext()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        end(false);
        return;
    }
    while (m_next <= m_last) {
        const auto id = StageId(m_next++);
        const StageState state = m_context.project->state().stage(id).state;
        if (m_force || (state != StageState::Finished && state != StageState::Skipped)) {
            startStage(id);
            return;
        }
    }
    end(true);
}

void Pipeline::startStage(StageId id)
{
    // The previous stage may still be on the stack that emitted its last signal.
    if (m_stage)
        m_stage.release()->deleteLater();
    m_stage = createStage(id, m_context);
    PipelineStage *stage = m_stage.get();
    const std::optional<Plan> planBefore = m_context.project->state().plan;
    connect(stage, &PipelineStage::finished, this, [this, id, planBefore] {
        // A stage run again on purpose replaces an artifact later stages were built on; in a normal
        // run they are still to come (or were given, like a plan from --plan). A plan made again
        // in a normal run (after an edit sent planning back to pending, keeping the old plan)
        // replaces one the files were generated from: changed files go back to Planned and
        // unplanned ones are removed, as on a forced rerun.
        const bool replanned = id == StageId::Plan && m_context.project->state().plan != planBefore;
        if (m_force || replanned)
            resetStagesAfter(id, *m_context.project, planBefore);
        Q_EMIT stageFinished(id);
        later([this] { runNext(); });
    });
    connect(stage, &PipelineStage::failed, this, [this, id](const QString &message) {
        Q_EMIT stageFailed(id, message);
        later([this] { end(false); });
    });
    Q_EMIT stageStarted(id, stage);
    stage->start();
}

void Pipeline::later(const std::function<void()> &step)
{
    QTimer::singleShot(0, this, [this, step, runId = m_runId] {
        if (runId == m_runId)
            step();
    });
}

void Pipeline::resetStagesAfter(StageId stage, Project &project, const std::optional<Plan> &previousPlan)
{
    ProjectState state = project.state();
    for (int later = int(stage) + 1; later <= int(StageId::Document); ++later)
        state.stages[StageId(later)] = {};
    if (stage < StageId::Context)
        state.contextPrompt.clear();

    QStringList unplanned;
    if (state.plan && state.plan != previousPlan) {
        for (auto record = state.files.begin(); record != state.files.end(); ++record) {
            const QString &path = record.key();
            const bool ownedByStage =
                record->origin == FileOrigin::Template || path == u"README.md" || path == u"DOCUMENTATION.md";
            if (ownedByStage || record->origin == FileOrigin::Edited)
                continue;
            const PlannedFile *now = state.plan->file(path);
            const PlannedFile *before = previousPlan ? previousPlan->file(path) : nullptr;
            if (!now)
                unplanned.append(path);
            else if (!before || !(*before == *now))
                record->status = FileStatus::Planned;
        }
    }
    project.setState(state);
    for (const QString &path : std::as_const(unplanned))
        project.removeFile(path);
}

void Pipeline::end(bool succeeded)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(succeeded && !m_cancelled);
}

} // namespace Pygen
