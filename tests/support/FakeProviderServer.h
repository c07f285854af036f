#pragma once

#include "FakeHttpServer.h"
#include "ScriptedReply.h"

#include <QQueue>

#include <functional>
#include <optional>

namespace Pygen::Testing {

// What the provider fakes share: the queue of scripted chat replies, the model list and the
// walk over a reply's text deltas.
class FakeProviderServer : public FakeHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviderServer)

public:
    ~FakeProviderServer() override;

    // The next chat request (for a known model) gets this reply; replies are used in order.
    void enqueueChat(const ScriptedReply &reply);
    qsizetype queuedChatReplyCount() const;
    // Answers chat requests before the queue: a reply for the request, or nothing to fall through
    // to the queue. For fakes that act as a model, whatever order concurrent requests come in.
    using ChatResponder = std::function<std::optional<ScriptedReply>(const RecordedRequest &request)>;
    void setChatResponder(ChatResponder responder);
    // Answers chat requests when the queue is empty. Default: chunks "Hello", ", ", "world", "!".
    void setDefaultChatReply(const ScriptedReply &reply);
    // Until this is called, every model name is known.
    void setModels(const QList<FakeModel> &models);
    QList<FakeModel> models() const;
    int chatRequestCount() const;
    // The last chat request, whatever it was answered; a default one before any.
    RecordedRequest lastChatRequest() const;

    // The text generatedTextBytes stands for: a fixed ASCII pattern of words and newlines, so a
    // test can compare what a client assembled.
    static QByteArray generatedText(qint64 offset, qint64 size);

protected:
    explicit FakeProviderServer(QObject *parent);

    bool hasModelList() const;
    void addModel(const FakeModel &model);
    void recordChatRequest(const RecordedRequest &request);
    ScriptedReply takeChatReply();

    // A reply with status != 200: its error body, verbatim.
    static Response scriptedErrorResponse(const ScriptedReply &reply, const QByteArray &contentType);

    // Pieces for one text delta (index counts from 0); `last` is true for the final delta of a
    // reply that ends well.
    using DeltaPieces = std::function<QList<QByteArray>(const QString &delta, int index, bool last)>;
    // Pieces after the deltas, given how many there were.
    using EndPieces = std::function<QList<QByteArray>(int deltaCount)>;
    // A chunked 200 response made lazily: leading pieces, the reply's deltas, then the end.
    static Response streamedResponse(const ScriptedReply &reply, const QByteArray &contentType,
                                     const QList<QByteArray> &leadingPieces, const DeltaPieces &deltaPieces,
                                     const EndPieces &endPieces);
    // The reply's whole text, for non-streamed answers.
    static QString wholeText(const ScriptedReply &reply);
    static int deltaCount(const ScriptedReply &reply);
    static int outputTokens(const ScriptedReply &reply, int deltaCount);
    // midStreamError as a JSON object: verbatim when it is one, else wrapped by `wrapMessage`.
    static QByteArray midStreamErrorJson(const ScriptedReply &reply,
                                         const std::function<QJsonObject(const QString &message)> &wrapMessage);

private:
    QQueue<ScriptedReply> m_queue;
    ChatResponder m_responder;
    ScriptedReply m_defaultReply;
    QList<FakeModel> m_models;
    bool m_hasModelList = false;
    int m_chatRequestCount = 0;
    RecordedRequest m_lastChatRequest;
};

} // namespace Pygen::Testing
