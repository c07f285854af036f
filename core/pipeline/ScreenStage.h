#pragma once

#include "PipelineStage.h"

namespace Pygen {

// Refuses requests for clearly harmful software (malware, credential theft, surveillance of
// others) with the model's reason; everything else passes. A reply that cannot be read lets the
// request pass with a warning: a confused small model must not block honest work.
class ScreenStage final : public PipelineStage
{
    Q_OBJECT

public:
    explicit ScreenStage(PipelineContext context, QObject *parent = nullptr);
    StageId id() const override { return StageId::Screen; }

    static QJsonObject replySchema();

protected:
    void run() override;
};

} // namespace Pygen
