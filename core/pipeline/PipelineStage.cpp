#include "PipelineStage.h"

#include "LoggingCategories.h"
#include "llm/ChatReply.h"
#include "llm/ProviderClient.h"
#include "project/Project.h"

#include <QDateTime>

namespace Pygen {

PipelineStage::PipelineStage(PipelineContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

PipelineStage::~PipelineStage()
{
    for (const QPointer<ChatReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
            reply->deleteLater();
        }
    }
}

QString PipelineStage::displayName(StageId stage)
{
    switch (stage) {
    case StageId::Screen:
        return tr("Screening the request");
    case StageId::Enhance:
        return tr("Enhancing the request");
    case StageId::Context:
        return tr("Writing the context prompt");
    case StageId::Plan:
        return tr("Planning the package");
    case StageId::Generate:
        return tr("Generating the files");
    case StageId::Document:
        return tr("Writing the documentation");
    }
    return {};
}

void PipelineStage::start()
{
    Q_ASSERT(!m_running);
    Q_ASSERT(m_context.project && m_context.client);
    m_running = true;
    m_cancelled = false;
    m_warnings.clear();
    m_failureMessage.clear();
    m_requestCount = 0;
    m_outcome = StageState::Running;
    m_elapsed.start();
    updateState([this](ProjectState &state) { state.stages[id()] = {StageState::Running, {}}; });
    Q_EMIT started();
    run();
}

void PipelineStage::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (const QPointer<ChatReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
    cancelOtherWork();
    endCancelledIfIdle();
}

Project &PipelineStage::project() const
{
    return *m_context.project;
}

const ProjectState &PipelineStage::state() const
{
    return m_context.project->state();
}

void PipelineStage::updateState(const std::function<void(ProjectState &)> &change)
{
    ProjectState changed = m_context.project->state();
    change(changed);
    m_context.project->setState(changed);
}

ChatRequest PipelineStage::request(const QString &systemPrompt, const QString &userPrompt) const
{
    ChatRequest request;
    request.model = m_context.settings.model;
    request.temperature = m_context.settings.temperature;
    request.useCache = m_context.settings.useCache;
    if (!systemPrompt.isEmpty())
        request.messages.append({ChatMessage::Role::System, systemPrompt});
    request.messages.append({ChatMessage::Role::User, userPrompt});
    return request;
}

void PipelineStage::send(ChatRequest request, const QString &file, const QString &label, ReplyHandler handler)
{
    if (m_cancelled)
        return;
    ++m_requestCount;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    ChatReply *reply = m_context.client->chat(request);
    m_replies.append(reply);

    connect(reply, &ChatReply::textReceived, this,
            [this, file](const QString &delta) { Q_EMIT textReceived(file, delta); });
    connect(reply, &ChatReply::retryScheduled, this,
            [this, file](const RetryWait &wait) { Q_EMIT retryScheduled(file, wait); });
    connect(reply, &ChatReply::warningRaised, this,
            [this, file](const QString &message) { warn(file.isEmpty() ? message : tr("%1: %2").arg(file, message)); });
    connect(reply, &ChatReply::finished, this, [=, this] {
        m_replies.removeAll(reply);
        reply->deleteLater();

        HistoryRecord record;
        record.stage = id();
        record.file = file;
        record.label = label;
        record.request = reply->request();
        record.response = reply->text();
        record.usage = reply->usage();
        record.startedAt = startedAt;
        record.elapsedMs = timer.elapsed();
        record.outcome = reply->isCached() ? QStringLiteral("cached") : finishReasonName(reply->finishReason());
        if (reply->finishReason() == FinishReason::Error)
            record.outcome += QStringLiteral(": ") + reply->error().message;
        m_context.project->appendHistory(record);
        if (reply->finishReason() != FinishReason::Cancelled && reply->finishReason() != FinishReason::Error)
            Q_EMIT usageReported(file, reply->usage(), reply->isCached());

        if (m_cancelled) {
            endCancelledIfIdle();
            return;
        }
        handler(*reply);
    });
}

void PipelineStage::warn(const QString &message)
{
    qCInfo(logPipeline).noquote() << message;
    m_warnings.append(message);
    Q_EMIT warningRaised(message);
}

void PipelineStage::succeed()
{
    end(StageState::Finished, {});
}

void PipelineStage::skip(const QString &reason)
{
    end(StageState::Skipped, reason);
}

void PipelineStage::fail(const QString &message)
{
    end(StageState::Failed, message);
}

void PipelineStage::end(StageState state, const QString &message)
{
    if (!m_running)
        return;
    // Requests still running belong to a run that is over.
    for (const QPointer<ChatReply> &reply : std::exchange(m_replies, {})) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
            reply->deleteLater();
        }
    }
    m_running = false;
    m_outcome = state;
    updateState([&](ProjectState &projectState) { projectState.stages[id()] = {state, message}; });
    if (state == StageState::Failed || state == StageState::Cancelled) {
        m_failureMessage = message;
        Q_EMIT failed(message);
    } else {
        Q_EMIT finished();
    }
}

void PipelineStage::endCancelledIfIdle()
{
    if (m_running && m_cancelled && m_replies.isEmpty() && !hasOtherWork())
        end(StageState::Cancelled, tr("Cancelled."));
}

} // namespace Pygen
