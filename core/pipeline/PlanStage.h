#pragma once

#include "PipelineStage.h"

namespace Pygen {

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
};

} // namespace Pygen
