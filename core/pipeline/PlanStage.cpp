#include "PlanStage.h"

#include "FallbackPlanner.h"
#include "JsonSchemaValidator.h"
#include "PlanReader.h"
#include "PromptLibrary.h"
#include "SpecificationText.h"
#include "llm/ChatReply.h"

namespace Pygen {

PlanStage::PlanStage(PipelineContext context, QObject *parent)
    : PipelineStage(std::move(context), parent)
{
}

void PlanStage::run()
{
    const Spec &spec = state().spec;
    ChatRequest planning =
        request(PromptLibrary::render(QStringLiteral("plan-system"),
                                      {{QStringLiteral("importName"), spec.importName()},
                                       {QStringLiteral("distributionName"), spec.distributionName()},
                                       {QStringLiteral("testFramework"), spec.options.testFramework}}),
                PromptLibrary::render(QStringLiteral("plan-user"),
                                      {{QStringLiteral("specification"), SpecificationText::forPrompt(state())}}));
    planning.jsonSchema = JsonSchemaValidator::bundledSchema(QStringLiteral("plan"));
    planning.maximumOutputTokens = context().settings.maximumOutputTokens;
    Q_EMIT progressChanged(0, context().settings.maximumPlanAttempts);
    ask(planning, 1);
}

void PlanStage::ask(ChatRequest planning, int attempt)
{
    const int attempts = std::max(1, context().settings.maximumPlanAttempts);
    send(planning, {}, QStringLiteral("attempt %1").arg(attempt), [=, this](ChatReply &reply) mutable {
        Q_EMIT progressChanged(attempt, attempts);
        if (reply.finishReason() == FinishReason::Error) {
            // The provider itself failed: a fallback plan would hide a problem the person can fix.
            fail(reply.error().message);
            return;
        }
        QStringList errors;
        if (reply.finishReason() == FinishReason::Length)
            errors.append(tr("The plan was cut off by the output limit; make it shorter (fewer, larger files)."));
        const PlanReader::Result result = PlanReader::fromJson(reply.text().toUtf8());
        if (result.plan)
            errors += chosenNameErrors(*result.plan);
        if (result.plan && errors.isEmpty()) {
            updateState([&result](ProjectState &state) { state.plan = *result.plan; });
            succeed();
            return;
        }
        errors += result.errors;
        if (attempt >= attempts) {
            useFallback(tr("the model's plan still had problems after %n attempt(s): %1", nullptr, attempts)
                            .arg(errors.mid(0, 5).join(QStringLiteral("; "))));
            return;
        }
        warn(tr("The plan had %n problem(s) (%1); asking the model to correct them (attempt %2 of %3).", nullptr,
                int(errors.size()))
                 .arg(errors.mid(0, 3).join(QStringLiteral("; ")))
                 .arg(attempt + 1)
                 .arg(attempts));
        planning.messages.append({ChatMessage::Role::Assistant, reply.text()});
        planning.messages.append(
            {ChatMessage::Role::User,
             PromptLibrary::render(
                 QStringLiteral("plan-retry"),
                 {{QStringLiteral("errors"), QStringLiteral("- ") + errors.join(QStringLiteral("\n- "))}})});
        ask(planning, attempt + 1);
    });
}

QStringList PlanStage::chosenNameErrors(const Plan &plan) const
{
    // The names the person chose are part of the request, not a suggestion to the model.
    const SpecOptions &options = state().spec.options;
    QStringList errors;
    if (!options.importName.isEmpty() && plan.importName != options.importName)
        errors.append(tr("importName: must be \"%1\", the name chosen in the request").arg(options.importName));
    if (!options.distributionName.isEmpty() && plan.distributionName != options.distributionName)
        errors.append(
            tr("distributionName: must be \"%1\", the name chosen in the request").arg(options.distributionName));
    return errors;
}

void PlanStage::useFallback(const QString &why)
{
    const Plan fallback = FallbackPlanner::plan(state().spec, state().enhancedSpec ? &*state().enhancedSpec : nullptr);
    warn(tr("A fallback plan (a module, an example and a test per feature) is used because %1. Review it, or "
            "edit the plan and generate again.")
             .arg(why));
    updateState([&fallback](ProjectState &state) { state.plan = fallback; });
    succeed();
}

} // namespace Pygen
