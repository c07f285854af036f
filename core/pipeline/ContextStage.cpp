#include "ContextStage.h"

#include "PromptLibrary.h"
#include "SpecificationText.h"
#include "llm/ChatReply.h"
#include "llm/ModelListReply.h"
#include "llm/ProviderClient.h"

namespace Pygen {

namespace {

// Ollama answers "llama3.2" for "llama3.2:latest" and the other way round.
bool sameModel(const QString &listed, const QString &wanted)
{
    const auto withTag = [](const QString &name) {
        return name.contains(u':') ? name : name + QStringLiteral(":latest");
    };
    return listed == wanted || withTag(listed) == withTag(wanted)
        || listed.endsWith(QLatin1Char('/') + wanted); // "models/gemini-2.0-flash"
}

} // namespace

ContextStage::ContextStage(PipelineContext context, QObject *parent)
    : PipelineStage(std::move(context), parent)
{
}

ContextStage::~ContextStage()
{
    // A listing cancelled here must not be read as "no models" and end the stage from a destructor.
    if (m_models) {
        m_models->disconnect(this);
        m_models->cancel();
    }
}

void ContextStage::run()
{
    if (context().settings.contextTokensOverride) {
        decide(context().settings.contextTokensOverride);
        return;
    }
    m_models = context().client->listModels();
    connect(m_models, &ModelListReply::finished, this, [this, models = m_models] {
        models->deleteLater();
        m_models.clear();
        if (wasCancelled()) {
            endCancelledIfIdle();
            return;
        }
        std::optional<int> contextTokens;
        if (models->error().isError()) {
            warn(tr("The model's context length could not be asked (%1); the full specification is used.")
                     .arg(models->error().message));
        } else {
            for (const ModelInfo &model : models->models()) {
                if (sameModel(model.id, context().settings.model)) {
                    contextTokens = model.contextLength;
                    break;
                }
            }
        }
        decide(contextTokens);
    });
}

void ContextStage::cancelOtherWork()
{
    if (m_models)
        m_models->cancel();
}

void ContextStage::decide(std::optional<int> contextTokens)
{
    const int threshold = context().settings.smallContextTokens;
    if (!contextTokens || *contextTokens <= 0) {
        updateState([](ProjectState &state) { state.contextPrompt.clear(); });
        skip(tr("The model's context length is not known; the full specification is used."));
        return;
    }
    if (*contextTokens >= threshold) {
        updateState([](ProjectState &state) { state.contextPrompt.clear(); });
        skip(tr("The model's context (%1 tokens) is large enough for the full specification.").arg(*contextTokens));
        return;
    }

    // A quarter of the context for the brief leaves room for the plan and the file being written.
    const int words = std::clamp(*contextTokens / 4 * 3 / 4, 150, 1200);
    ChatRequest summary = request(
        PromptLibrary::render(QStringLiteral("context-system"), {{QStringLiteral("words"), QString::number(words)}}),
        PromptLibrary::render(QStringLiteral("context-user"),
                              {{QStringLiteral("specification"), SpecificationText::full(state())}}));
    summary.maximumOutputTokens = words * 2;
    send(summary, {}, QStringLiteral("context prompt"), [this, contextTokens](ChatReply &reply) {
        if (reply.finishReason() == FinishReason::Error) {
            fail(reply.error().message);
            return;
        }
        const QString brief = reply.text().trimmed();
        if (brief.isEmpty()) {
            fail(tr("The model returned an empty context prompt. Run the stage again or choose a model with a "
                    "larger context."));
            return;
        }
        warn(tr("The model's context holds %1 tokens, less than %2: later requests use a compact context "
                "prompt instead of the full specification.")
                 .arg(*contextTokens)
                 .arg(context().settings.smallContextTokens));
        updateState([&brief](ProjectState &state) { state.contextPrompt = brief; });
        succeed();
    });
}

bool ContextStage::hasOtherWork() const
{
    return !m_models.isNull();
}

} // namespace Pygen
