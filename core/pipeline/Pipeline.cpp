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
    // Queued, so a caller connects to the signals after calling run() and still sees every one.
    QTimer::singleShot(0, this, &Pipeline::runNext);
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
    QTimer::singleShot(0, this, &Pipeline::runNext);
}

void Pipeline::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_stage && m_stage->isRunning())
        m_stage->cancel();
    else
        QTimer::singleShot(0, this, [this] { end(false); });
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
    connect(stage, &PipelineStage::finished, this, [this, id] {
        Q_EMIT stageFinished(id);
        QTimer::singleShot(0, this, &Pipeline::runNext);
    });
    connect(stage, &PipelineStage::failed, this, [this, id](const QString &message) {
        Q_EMIT stageFailed(id, message);
        QTimer::singleShot(0, this, [this] { end(false); });
    });
    Q_EMIT stageStarted(id, stage);
    stage->start();
}

void Pipeline::end(bool succeeded)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(succeeded && !m_cancelled);
}

} // namespace Pygen
