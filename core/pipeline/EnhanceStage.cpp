#include "EnhanceStage.h"

#include "ModelJson.h"
#include "PromptLibrary.h"
#include "SpecificationText.h"
#include "llm/ChatReply.h"
#include "llm/ProviderClient.h"

#include <QJsonArray>

namespace Pygen {

namespace {

QJsonObject stringProperty()
{
    return {{QStringLiteral("type"), QStringLiteral("string")}};
}

} // namespace

EnhanceStage::EnhanceStage(PipelineContext context, QObject *parent)
    : PipelineStage(std::move(context), parent)
{
}

QJsonObject EnhanceStage::descriptionSchema()
{
    return {
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("description"), stringProperty()}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("description")}},
    };
}

QJsonObject EnhanceStage::featureSchema()
{
    return {
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("description"), stringProperty()},
                     {QStringLiteral("pseudocode"), stringProperty()},
                     {QStringLiteral("hints"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("items"), stringProperty()}}}}},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("description"), QStringLiteral("pseudocode"), QStringLiteral("hints")}},
    };
}

void EnhanceStage::run()
{
    const Spec &spec = state().spec;
    m_failures.clear();
    m_done = 0;
    m_jobs.reset();
    m_jobs.setLimit(context().settings.effectiveConcurrency(context().client->configuration().preset.id));
    m_jobs.setWhenIdle([this] { complete(); });

    if (m_onlyFeature >= 0 && !enhancedSpecMatchesRequest()) {
        warn(tr("The enhanced request was made for an earlier version of the request, so all of it is enhanced "
                "again."));
        m_onlyFeature = -1;
    }
    if (m_onlyFeature >= 0 && m_onlyFeature < spec.features.size()) {
        m_result = *state().enhancedSpec;
        m_result.features[m_onlyFeature] = {spec.features.at(m_onlyFeature), {}, {}, {}};
        Q_EMIT progressChanged(0, 1);
        m_jobs.add([this] { enhanceFeature(m_onlyFeature); });
        return;
    }
    m_onlyFeature = -1;
    m_result = {};
    m_result.description = spec.description;
    for (const QString &feature : spec.features)
        m_result.features.append({feature, {}, {}, {}});
    Q_EMIT progressChanged(0, int(spec.features.size()) + 1);
    m_jobs.add([this] { enhanceDescription(); });
    for (int index = 0; index < spec.features.size(); ++index)
        m_jobs.add([this, index] { enhanceFeature(index); });
}

bool EnhanceStage::enhancedSpecMatchesRequest() const
{
    // One feature can be asked again only when the rest still describes this very request.
    const std::optional<EnhancedSpec> &enhanced = state().enhancedSpec;
    if (!enhanced || enhanced->features.size() != state().spec.features.size())
        return false;
    for (qsizetype index = 0; index < enhanced->features.size(); ++index) {
        if (enhanced->features.at(index).name != state().spec.features.at(index))
            return false;
    }
    return true;
}

void EnhanceStage::enhanceDescription()
{
    const Spec &spec = state().spec;
    ChatRequest enhancement =
        request(PromptLibrary::render(QStringLiteral("enhance-system")),
                PromptLibrary::render(QStringLiteral("enhance-description"),
                                      {{QStringLiteral("name"), spec.name},
                                       {QStringLiteral("description"), spec.description},
                                       {QStringLiteral("features"), SpecificationText::featureList(state())}}));
    enhancement.jsonSchema = descriptionSchema();
    send(enhancement, {}, QStringLiteral("description"), [this](ChatReply &reply) {
        if (const QString problem = replyProblem(reply); !problem.isEmpty()) {
            m_failures.append(tr("the description: %1").arg(problem));
        } else {
            const QJsonObject object = ModelJson::object(reply.text());
            const QString description = ModelJson::string(object, QStringLiteral("description")).trimmed();
            if (!description.isEmpty()) {
                m_result.description = description;
            } else if (!reply.text().trimmed().isEmpty()) {
                m_result.description = reply.text().trimmed();
                warn(tr("The enhanced description was not the asked-for JSON; its text was kept as it is."));
            }
        }
        Q_EMIT progressChanged(++m_done, int(m_result.features.size()) + 1);
        m_jobs.jobFinished();
    });
}

void EnhanceStage::enhanceFeature(int index)
{
    const Spec &spec = state().spec;
    const QString feature = spec.features.at(index);
    ChatRequest enhancement =
        request(PromptLibrary::render(QStringLiteral("enhance-system")),
                PromptLibrary::render(QStringLiteral("enhance-feature"),
                                      {{QStringLiteral("name"), spec.name},
                                       {QStringLiteral("description"), spec.description},
                                       {QStringLiteral("features"), SpecificationText::featureList(state())},
                                       {QStringLiteral("feature"), feature}}));
    enhancement.jsonSchema = featureSchema();
    send(enhancement, {}, QStringLiteral("feature %1").arg(index + 1), [this, index, feature](ChatReply &reply) {
        EnhancedFeature &enhanced = m_result.features[index];
        if (const QString problem = replyProblem(reply); !problem.isEmpty()) {
            m_failures.append(tr("feature “%1”: %2").arg(feature, problem));
        } else {
            const QJsonObject object = ModelJson::object(reply.text());
            enhanced.description = ModelJson::string(object, QStringLiteral("description")).trimmed();
            enhanced.pseudocode = ModelJson::string(object, QStringLiteral("pseudocode")).trimmed();
            for (const QJsonValue &hint : object.value(QStringLiteral("hints")).toArray()) {
                if (hint.isString() && !hint.toString().trimmed().isEmpty())
                    enhanced.hints.append(hint.toString().trimmed());
            }
            if (enhanced.description.isEmpty()) {
                enhanced.description = reply.text().trimmed();
                warn(tr("The details for feature “%1” were not the asked-for JSON; the text was kept as it is.")
                         .arg(feature));
            }
        }
        Q_EMIT progressChanged(++m_done, m_onlyFeature >= 0 ? 1 : int(m_result.features.size()) + 1);
        m_jobs.jobFinished();
    });
}

QString EnhanceStage::replyProblem(const ChatReply &reply)
{
    switch (reply.finishReason()) {
    case FinishReason::Error:
        return reply.error().message;
    case FinishReason::Filtered:
        return tr("the provider's content filter stopped the reply.");
    case FinishReason::Length:
        // Half a description would mislead every later stage.
        return tr("the reply was cut off by the output limit.");
    case FinishReason::Stop:
    case FinishReason::Cancelled:
        break;
    }
    return {};
}

void EnhanceStage::complete()
{
    if (!m_failures.isEmpty()) {
        fail(tr("Enhancement failed for %1.").arg(m_failures.join(QStringLiteral("; "))));
        return;
    }
    updateState([this](ProjectState &state) { state.enhancedSpec = m_result; });
    succeed();
}

} // namespace Pygen
