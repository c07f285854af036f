#include "FakeProviderServer.h"

#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace Pygen::Testing {

namespace {

constexpr QByteArrayView generatedPattern = "The quick brown fox jumps over the lazy dog, 0123456789 times.\n";

// Walks the deltas of a reply: its chunks, or its generated text a piece at a time.
class DeltaWalk final
{
public:
    explicit DeltaWalk(const ScriptedReply &reply)
        : m_chunks(reply.chunks)
        , m_generatedBytes(reply.generatedTextBytes)
        , m_chunkBytes(std::max(1, reply.generatedChunkBytes))
    {
    }

    bool hasNext() const
    {
        return m_generatedBytes > 0 ? m_generatedOffset < m_generatedBytes : m_index < m_chunks.size();
    }

    QString next()
    {
        if (m_generatedBytes > 0) {
            const qint64 size = std::min<qint64>(m_chunkBytes, m_generatedBytes - m_generatedOffset);
            const QByteArray text = FakeProviderServer::generatedText(m_generatedOffset, size);
            m_generatedOffset += size;
            return QString::fromLatin1(text);
        }
        return m_chunks.at(m_index++);
    }

private:
    QStringList m_chunks;
    qsizetype m_index = 0;
    qint64 m_generatedBytes;
    qint64 m_generatedOffset = 0;
    int m_chunkBytes;
};

} // namespace

FakeProviderServer::FakeProviderServer(QObject *parent)
    : FakeHttpServer(parent)
{
    m_defaultReply.chunks = {QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world"),
                             QStringLiteral("!")};
}

FakeProviderServer::~FakeProviderServer() = default;

void FakeProviderServer::enqueueChat(const ScriptedReply &reply)
{
    m_queue.enqueue(reply);
}

qsizetype FakeProviderServer::queuedChatReplyCount() const
{
    return m_queue.size();
}

void FakeProviderServer::setDefaultChatReply(const ScriptedReply &reply)
{
    m_defaultReply = reply;
}

void FakeProviderServer::setModels(const QList<FakeModel> &models)
{
    m_models = models;
    m_hasModelList = true;
}

QList<FakeModel> FakeProviderServer::models() const
{
    return m_models;
}

int FakeProviderServer::chatRequestCount() const
{
    return m_chatRequestCount;
}

RecordedRequest FakeProviderServer::lastChatRequest() const
{
    return m_lastChatRequest;
}

QByteArray FakeProviderServer::generatedText(qint64 offset, qint64 size)
{
    QByteArray text;
    if (offset < 0 || size <= 0)
        return text;
    text.reserve(size);
    qint64 position = offset % generatedPattern.size();
    while (text.size() < size) {
        const qint64 take = std::min<qint64>(generatedPattern.size() - position, size - text.size());
        text.append(generatedPattern.sliced(position, take));
        position = 0;
    }
    return text;
}

bool FakeProviderServer::hasModelList() const
{
    return m_hasModelList;
}

void FakeProviderServer::addModel(const FakeModel &model)
{
    m_models.append(model);
}

void FakeProviderServer::recordChatRequest(const RecordedRequest &request)
{
    ++m_chatRequestCount;
    m_lastChatRequest = request;
}

void FakeProviderServer::setChatResponder(ChatResponder responder)
{
    m_responder = std::move(responder);
}

ScriptedReply FakeProviderServer::takeChatReply()
{
    if (m_responder) {
        if (std::optional<ScriptedReply> reply = m_responder(m_lastChatRequest))
            return *std::move(reply);
    }
    return m_queue.isEmpty() ? m_defaultReply : m_queue.dequeue();
}

FakeHttpServer::Response FakeProviderServer::scriptedErrorResponse(const ScriptedReply &reply,
                                                                   const QByteArray &contentType)
{
    Response response;
    response.status = reply.status;
    response.contentType = contentType;
    response.headers = reply.extraHeaders;
    response.bodyPieces = {reply.errorBody};
    response.misbehaviour = reply.misbehaviour;
    return response;
}

FakeHttpServer::Response FakeProviderServer::streamedResponse(const ScriptedReply &reply, const QByteArray &contentType,
                                                              const QList<QByteArray> &leadingPieces,
                                                              const DeltaPieces &deltaPieces,
                                                              const EndPieces &endPieces)
{
    struct State
    {
        explicit State(const ScriptedReply &reply)
            : walk(reply)
        {
        }
        DeltaWalk walk;
        QList<QByteArray> queued;
        int deltaCount = 0;
        bool ended = false;
    };
    auto state = std::make_shared<State>(reply);
    state->queued = leadingPieces;

    Response response;
    response.status = 200;
    response.contentType = contentType;
    response.headers = reply.extraHeaders;
    response.chunked = true;
    response.misbehaviour = reply.misbehaviour;
    const bool endsWell = reply.midStreamError.isEmpty();
    response.lazyBody = [state, deltaPieces, endPieces, endsWell]() -> QByteArray {
        while (state->queued.isEmpty()) {
            if (state->walk.hasNext()) {
                const QString delta = state->walk.next();
                state->queued = deltaPieces(delta, state->deltaCount++, endsWell && !state->walk.hasNext());
            } else if (!state->ended) {
                state->ended = true;
                state->queued = endPieces(state->deltaCount);
            } else {
                return {};
            }
        }
        return state->queued.takeFirst();
    };
    return response;
}

QString FakeProviderServer::wholeText(const ScriptedReply &reply)
{
    if (reply.generatedTextBytes > 0)
        return QString::fromLatin1(generatedText(0, reply.generatedTextBytes));
    return reply.chunks.join(QString());
}

int FakeProviderServer::deltaCount(const ScriptedReply &reply)
{
    if (reply.generatedTextBytes > 0) {
        const qint64 chunk = std::max(1, reply.generatedChunkBytes);
        return int((reply.generatedTextBytes + chunk - 1) / chunk);
    }
    return int(reply.chunks.size());
}

int FakeProviderServer::outputTokens(const ScriptedReply &reply, int deltaCount)
{
    return reply.outputTokens >= 0 ? reply.outputTokens : deltaCount;
}

QByteArray FakeProviderServer::midStreamErrorJson(const ScriptedReply &reply,
                                                  const std::function<QJsonObject(const QString &message)> &wrapMessage)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.midStreamError, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        const QByteArray verbatim = reply.midStreamError.trimmed();
        return verbatim.contains('\n') || verbatim.contains('\r') ? document.toJson(QJsonDocument::Compact) : verbatim;
    }
    return QJsonDocument(wrapMessage(QString::fromUtf8(reply.midStreamError))).toJson(QJsonDocument::Compact);
}

} // namespace Pygen::Testing
