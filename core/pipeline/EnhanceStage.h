#pragma once

#include "JobQueue.h"
#include "PipelineStage.h"
#include "pipeline/EnhancedSpec.h"

#include <QHash>

namespace Pygen {

class ChatReply;

// An enhanced package description and, for every feature, a detailed description with
// pseudocode and implementation hints. The features are enhanced concurrently. A feature whose
// reply is not the asked-for JSON keeps the reply's text as its description, with a warning.
class EnhanceStage final : public PipelineStage
{
    Q_OBJECT

public:
    explicit EnhanceStage(PipelineContext context, QObject *parent = nullptr);
    StageId id() const override { return StageId::Enhance; }

    // Asks again for one feature only (the person's "enhance again"), keeping the rest of the
    // project's enhanced spec; -1 (the default) enhances everything.
    void setOnlyFeature(int index) { m_onlyFeature = index; }

    static QJsonObject descriptionSchema();
    static QJsonObject featureSchema();

protected:
    void run() override;

private:
    bool enhancedSpecMatchesRequest() const;
    void enhanceDescription();
    void enhanceFeature(int index);
    void complete();
    // Why a finished reply cannot be used; empty when it can.
    static QString replyProblem(const ChatReply &reply);

    JobQueue m_jobs;
    EnhancedSpec m_result;
    QStringList m_failures;
    int m_done = 0;
    int m_onlyFeature = -1;
};

} // namespace Pygen
