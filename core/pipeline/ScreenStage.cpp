#include "ScreenStage.h"

#include "ModelJson.h"
#include "PromptLibrary.h"
#include "SpecificationText.h"
#include "llm/ChatReply.h"

#include <QJsonArray>

namespace Pygen {

ScreenStage::ScreenStage(PipelineContext context, QObject *parent)
    : PipelineStage(std::move(context), parent)
{
}

QJsonObject ScreenStage::replySchema()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("allowed"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}},
                     {QStringLiteral("reason"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("allowed"), QStringLiteral("reason")}},
    };
}

void ScreenStage::run()
{
    const Spec &spec = state().spec;
    ChatRequest screening =
        request(PromptLibrary::render(QStringLiteral("screen-system")),
                PromptLibrary::render(QStringLiteral("screen-user"),
                                      {{QStringLiteral("name"), spec.name},
                                       {QStringLiteral("description"), spec.description},
                                       {QStringLiteral("features"), SpecificationText::featureList(state())}}));
    screening.jsonSchema = replySchema();
    screening.temperature = 0.0;
    screening.maximumOutputTokens = 1000;
    send(screening, {}, QStringLiteral("screening"), [this](ChatReply &reply) {
        if (reply.finishReason() == FinishReason::Error) {
            fail(reply.error().message);
            return;
        }
        if (reply.finishReason() == FinishReason::Filtered) {
            fail(tr("The provider's content filter stopped the screening of this request. Change the description "
                    "or features if this is a misunderstanding."));
            return;
        }
        const ModelJson::Result read = ModelJson::read(reply.text());
        const QJsonObject verdict = read.object.value_or(QJsonObject());
        const QJsonValue allowed = verdict.value(QStringLiteral("allowed"));
        if (!allowed.isBool()) {
            warn(tr("The screening reply could not be read (%1); the request was let through.")
                     .arg(read.object ? tr("no \"allowed\" field") : read.error));
            succeed();
            return;
        }
        if (allowed.toBool()) {
            succeed();
            return;
        }
        const QString reason = ModelJson::string(verdict, QStringLiteral("reason")).trimmed();
        fail(tr("The request was refused: %1 Change the description or features if this is a "
                "misunderstanding.")
                 .arg(reason.isEmpty() ? tr("it asks for harmful software.") : reason));
    });
}

} // namespace Pygen
