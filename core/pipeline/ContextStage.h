#pragma once

#include "PipelineStage.h"

#include <QPointer>

#include <optional>

namespace Pygen {

class ModelListReply;

// For models with a small context (the provider says how large; a setting can override it), a
// compact brief of the enhanced spec replaces the full text in later stages — the original
// Pygen's remedy for small models. Skipped when the context is large enough or unknown.
class ContextStage final : public PipelineStage
{
    Q_OBJECT

public:
    explicit ContextStage(PipelineContext context, QObject *parent = nullptr);
    ~ContextStage() override;
    StageId id() const override { return StageId::Context; }

protected:
    void run() override;
    void cancelOtherWork() override;
    bool hasOtherWork() const override;

private:
    void decide(std::optional<int> contextTokens);

    QPointer<ModelListReply> m_models;
};

} // namespace Pygen
