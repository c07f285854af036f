#pragma once

#include "PipelineStage.h"

namespace Pygen {

struct Plan;

// Asks for the package plan as structured output, checks it with PlanReader and sends the exact
// problems back to the model, a bounded number of times. When planning still fails, the fallback
// plan (a module, an example and a test per feature) is used and marked as such.
class PlanStage final : public PipelineStage
{
    Q_OBJECT

public:
    explicit PlanStage(PipelineContext context, QObject *parent = nullptr);
    StageId id() const override { return StageId::Plan; }

protected:
    void run() override;

private:
    void ask(ChatRequest planning, int attempt);
    void useFallback(const QString &why);
    // A plan whose names differ from those the person chose (Spec::options) is wrong like any
    // other plan error, and goes back to the model with these messages.
    QStringList chosenNameErrors(const Plan &plan) const;
};

} // namespace Pygen
