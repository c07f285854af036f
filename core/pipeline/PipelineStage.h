#pragma once

#include "PipelineContext.h"
#include "llm/ChatRequest.h"
#include "llm/ChatUsage.h"
#include "llm/RetryWait.h"
#include "project/ProjectState.h"
#include "project/StageState.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Pygen {

class ChatReply;

// One step of the pipeline (shared/DESIGN.md §2): it reads the artifacts before it from the
// project, writes its own into the project, reports what happens as signals, can be cancelled,
// and can be run again on its own. Exactly one of `finished` or `failed` ends a run; a cancelled
// run ends with `failed` and state Cancelled.
class PipelineStage : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineStage)

public:
    ~PipelineStage() override;

    virtual StageId id() const = 0;
    // "Enhancing the request", "Planning the package" …
    static QString displayName(StageId stage);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    StageState outcome() const { return m_outcome; }
    QStringList warnings() const { return m_warnings; }
    QString failureMessage() const { return m_failureMessage; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    // How many model requests this run sent.
    qint64 requestCount() const { return m_requestCount; }

Q_SIGNALS:
    void started();
    // Work units (features, files) done out of total.
    void progressChanged(int done, int total);
    void fileStarted(const QString &path);
    void fileFinished(const QString &path, bool succeeded);
    // Text as it streams from the model; `file` is empty for requests not about one file.
    void textReceived(const QString &file, const QString &delta);
    void usageReported(const QString &file, const Pygen::ChatUsage &usage, bool cached);
    void retryScheduled(const QString &file, const Pygen::RetryWait &wait);
    void warningRaised(const QString &message);
    void finished();
    void failed(const QString &message);

protected:
    PipelineStage(PipelineContext context, QObject *parent);

    // Starts the work; ends, now or later, with succeed(), skip() or fail().
    virtual void run() = 0;
    // Work besides model requests (a helper process): stop it on cancel, say while it runs, and
    // call endCancelledIfIdle() when it has stopped.
    virtual void cancelOtherWork() { }
    virtual bool hasOtherWork() const { return false; }
    void endCancelledIfIdle();

    const PipelineContext &context() const { return m_context; }
    Project &project() const;
    const ProjectState &state() const;
    // Changes the project's state (and queues its write).
    void updateState(const std::function<void(ProjectState &)> &change);

    using ReplyHandler = std::function<void(ChatReply &reply)>;
    // Sends a request, forwards its events, records it in the project's history and calls
    // `handler` when it ends — unless the stage was cancelled, in which case the stage ends once
    // every request has.
    void send(ChatRequest request, const QString &file, const QString &label, ReplyHandler handler);
    // A request with the stage's usual options: model, temperature, cache, system prompt.
    ChatRequest request(const QString &systemPrompt, const QString &userPrompt) const;
    int runningRequests() const { return int(m_replies.size()); }

    void warn(const QString &message);
    void succeed();
    // Finished with nothing to do (e.g. no context prompt needed).
    void skip(const QString &reason);
    void fail(const QString &message);

private:
    void end(StageState state, const QString &message);

    PipelineContext m_context;
    QList<QPointer<ChatReply>> m_replies;
    QStringList m_warnings;
    QString m_failureMessage;
    QElapsedTimer m_elapsed;
    StageState m_outcome = StageState::Pending;
    qint64 m_requestCount = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Pygen
