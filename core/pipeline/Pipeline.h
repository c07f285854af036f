#pragma once

#include "PipelineContext.h"
#include "pipeline/Plan.h"
#include "project/StageState.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Pygen {

class PipelineStage;
class Project;

// Runs the stages in order over one project. A stage already finished (or skipped) in the
// project is not run again, so a run after a cancel or a crash picks up where it stopped; within
// generation, finished files are kept. `stageStarted` hands out the stage so a window or the
// command line can follow its events.
class Pipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    explicit Pipeline(PipelineContext context, QObject *parent = nullptr);
    ~Pipeline() override;

    const PipelineContext &context() const { return m_context; }

    // Runs every unfinished stage from `first` to `last`; `finished` follows.
    void run(StageId first = StageId::Screen, StageId last = StageId::Document);
    // Runs one stage even if it has finished before (after a person edited what it reads).
    void rerun(StageId stage);
    void cancel();
    bool isRunning() const { return m_running; }
    PipelineStage *currentStage() const { return m_stage.get(); }

    static std::unique_ptr<PipelineStage> createStage(StageId stage, const PipelineContext &context);
    // A stage ran again, so what later stages built on its old artifact is stale: they go back to
    // pending (and a new enhancement drops the context prompt). With a plan unlike
    // `previousPlan`, files whose plan entry changed are generated again and files no longer
    // planned are removed; files a person edited are kept either way.
    static void resetStagesAfter(StageId stage, Project &project, const std::optional<Plan> &previousPlan);

Q_SIGNALS:
    void stageStarted(Pygen::StageId id, Pygen::PipelineStage *stage);
    void stageFinished(Pygen::StageId id);
    void stageFailed(Pygen::StageId id, const QString &message);
    // After the last stage, a failure, or a cancel.
    void finished(bool succeeded);

private:
    void runNext();
    void startStage(StageId id);
    void end(bool succeeded);
    // Runs `step` later unless a newer run has started by then.
    void later(const std::function<void()> &step);

    PipelineContext m_context;
    std::unique_ptr<PipelineStage> m_stage;
    int m_next = 0;
    int m_last = 0;
    bool m_force = false;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_runId = 0;
};

} // namespace Pygen
