#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

namespace Pygen::Testing {

namespace {

// Requests are small; anything larger is a client bug worth a clear 400, not a memory hog.
constexpr qsizetype maximumHeaderBytes = 64 * 1024;
constexpr qsizetype maximumBodyBytes = 64 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QByteArray RecordedRequest::pathWithoutQuery() const
{
    const qsizetype queryStart = path.indexOf('?');
    return queryStart < 0 ? path : path.left(queryStart);
}

QUrlQuery RecordedRequest::query() const
{
    const qsizetype queryStart = path.indexOf('?');
    return QUrlQuery(queryStart < 0 ? QString() : QString::fromUtf8(path.mid(queryStart + 1)));
}

QByteArray RecordedRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// One client connection: reads one request, then writes the response a piece at a time. Pieces
// are written only once the socket has drained, so a long lazily produced body never piles up.
class FakeHttpServer::Connection final : public QObject
{
    Q_DISABLE_COPY_MOVE(Connection)

public:
    Connection(FakeHttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_pumpTimer.setSingleShot(true);
        m_pumpTimer.setInterval(0);
        m_delayTimer.setSingleShot(true);
        connect(&m_pumpTimer, &QTimer::timeout, this, &Connection::pump);
        connect(&m_delayTimer, &QTimer::timeout, this, [this] {
            m_delayElapsed = true;
            pump();
        });
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readRequest);
        // Never write from inside bytesWritten: a nested flush would not signal again.
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { schedulePump(); });
        connect(m_socket, &QTcpSocket::disconnected, this, &Connection::closed);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { closed(); });
        ++m_server->m_openConnections;
        m_server->m_connections.append(this);
        readRequest();
    }

    ~Connection() override
    {
        m_socket->disconnect(this);
        m_socket->abort();
        if (!m_closed)
            --m_server->m_openConnections;
        m_server->m_connections.removeOne(this);
    }

    void start(Response response)
    {
        m_response = std::move(response);
        const Misbehaviour &misbehaviour = m_response.misbehaviour;
        if (misbehaviour.stallBeforeHeaders)
            return;
        if (m_response.lazyBody)
            m_response.chunked = true;
        m_cutLimit = -1;
        for (const qsizetype limit : {misbehaviour.stallAfterBodyBytes, misbehaviour.dropAfterBodyBytes}) {
            if (limit >= 0 && (m_cutLimit < 0 || limit < m_cutLimit))
                m_cutLimit = limit;
        }
        m_pending = head();
        schedulePump();
    }

private:
    void readRequest()
    {
        if (m_closed)
            return;
        const QByteArray bytes = m_socket->readAll();
        if (m_requestDone)
            return; // one request per connection; anything after it is ignored
        m_input += bytes;
        if (m_headerEnd < 0) {
            m_headerEnd = m_input.indexOf("\r\n\r\n");
            if (m_headerEnd < 0) {
                if (m_input.size() > maximumHeaderBytes)
                    reject("request headers too large");
                return;
            }
            if (!parseHead())
                return;
        }
        const qsizetype bodyStart = m_headerEnd + 4;
        if (m_input.size() - bodyStart < m_contentLength)
            return;
        m_request.body = m_input.mid(bodyStart, m_contentLength);
        m_requestDone = true;
        m_input.clear();
        m_server->answer(this, m_request);
    }

    bool parseHead()
    {
        const QList<QByteArray> lines = m_input.left(m_headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            reject("malformed request line");
            return false;
        }
        m_request.method = requestLine.at(0);
        m_request.path = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                reject("malformed header line");
                return false;
            }
            m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        if (!m_request.header("transfer-encoding").isEmpty()) {
            reject("chunked request bodies are not supported; send Content-Length");
            return false;
        }
        const QByteArray length = m_request.header("content-length");
        bool ok = true;
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_contentLength < 0 || m_contentLength > maximumBodyBytes) {
            reject("bad Content-Length");
            return false;
        }
        return true;
    }

    void reject(const char *reason)
    {
        m_requestDone = true;
        m_input.clear();
        Response response;
        response.status = 400;
        response.contentType = "text/plain; charset=utf-8";
        response.bodyPieces = {QByteArray(reason) + '\n'};
        start(std::move(response));
    }

    QByteArray head() const
    {
        QByteArray bytes =
            "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + reasonPhrase(m_response.status) + "\r\n";
        if (!m_response.contentType.isEmpty())
            bytes += "Content-Type: " + m_response.contentType + "\r\n";
        for (const auto &[name, value] : m_response.headers)
            bytes += name + ": " + value + "\r\n";
        if (m_response.chunked) {
            bytes += "Transfer-Encoding: chunked\r\n";
        } else {
            qsizetype length = 0;
            for (const QByteArray &piece : m_response.bodyPieces)
                length += piece.size();
            bytes += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        bytes += "Connection: close\r\n\r\n";
        return bytes;
    }

    void schedulePump()
    {
        if (!m_closed && !m_stalled && !m_pumpTimer.isActive())
            m_pumpTimer.start();
    }

    // Writes the next fragment or unit (the head, or one framed body piece), but only once all
    // before it has left the socket.
    void pump()
    {
        if (m_closed || m_stalled || m_delayTimer.isActive() || m_socket->bytesToWrite() > 0)
            return;
        if (m_pending.isEmpty() && !nextUnit())
            return;
        const qsizetype fragment = m_response.misbehaviour.fragmentBytes;
        const QByteArray bytes = fragment > 0 ? m_pending.left(fragment) : m_pending;
        m_pending.remove(0, bytes.size());
        m_server->noteBufferedBytes(m_socket->bytesToWrite() + bytes.size() + m_pending.size());
        m_socket->write(bytes);
        m_socket->flush();
        schedulePump();
    }

    // Puts the next unit into m_pending; false when there is nothing to write now (a pause, or
    // the end, which it handles).
    bool nextUnit()
    {
        if (m_done) {
            finish();
            return false;
        }
        std::optional<QByteArray> piece = std::exchange(m_heldPiece, std::nullopt);
        if (!piece && m_nextPiece < m_response.bodyPieces.size())
            piece = m_response.bodyPieces.at(m_nextPiece++);
        if (!piece && m_response.lazyBody) {
            piece = m_response.lazyBody();
            if (piece->isEmpty())
                piece.reset();
        }
        if (!piece) {
            m_done = true;
            if (m_response.chunked) {
                m_pending = "0\r\n\r\n";
                return true;
            }
            finish();
            return false;
        }
        const int delay = m_bodyPiecesWritten > 0 ? m_response.misbehaviour.delayBetweenChunksMs
                                                  : m_response.misbehaviour.delayBeforeFirstChunkMs;
        if (delay > 0 && !m_delayElapsed) {
            m_heldPiece = piece;
            m_delayTimer.start(delay);
            return false;
        }
        m_delayElapsed = false;
        ++m_bodyPiecesWritten;
        if (m_cutLimit >= 0 && m_bodySent + piece->size() >= m_cutLimit) {
            piece->truncate(m_cutLimit - m_bodySent);
            m_done = true;
            m_cut = true;
        }
        m_bodySent += piece->size();
        if (piece->isEmpty()) {
            // A cut at a piece boundary, or an empty piece: nothing to frame.
            if (!m_done)
                return nextUnit();
            finish();
            return false;
        }
        m_pending = m_response.chunked ? QByteArray::number(piece->size(), 16) + "\r\n" + *piece + "\r\n" : *piece;
        return true;
    }

    // Everything is written and has left the socket: close politely, drop, or stall.
    void finish()
    {
        if (m_cut && m_response.misbehaviour.dropAfterBodyBytes != m_cutLimit) {
            m_stalled = true;
            return;
        }
        if (m_cut) {
            // Mid-body: the client has the bytes but not the end of the framing.
            m_socket->abort();
            closed();
            return;
        }
        m_socket->disconnectFromHost();
    }

    void closed()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_pumpTimer.stop();
        m_delayTimer.stop();
        --m_server->m_openConnections;
        deleteLater();
    }

    FakeHttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer m_pumpTimer;
    QTimer m_delayTimer;
    bool m_delayElapsed = false;

    QByteArray m_input;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = 0;
    RecordedRequest m_request;
    bool m_requestDone = false;

    Response m_response;
    QByteArray m_pending; // the rest of the unit being written
    std::optional<QByteArray> m_heldPiece; // waits for the pause between pieces
    qsizetype m_nextPiece = 0;
    qsizetype m_bodyPiecesWritten = 0;
    qsizetype m_bodySent = 0;
    qsizetype m_cutLimit = -1;
    bool m_cut = false;
    bool m_done = false;
    bool m_stalled = false;
    bool m_closed = false;
};

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::acceptConnections);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qWarning("FakeHttpServer cannot listen on 127.0.0.1: %s", qPrintable(m_server->errorString()));
}

FakeHttpServer::~FakeHttpServer()
{
    m_server->close();
    // Connections go first, while the members they report to still exist.
    while (!m_connections.isEmpty())
        delete m_connections.constFirst();
}

bool FakeHttpServer::isListening() const
{
    return m_server->isListening();
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

QList<RecordedRequest> FakeHttpServer::requests() const
{
    return m_requests;
}

QList<RecordedRequest> FakeHttpServer::requests(const QByteArray &pathPrefix) const
{
    QList<RecordedRequest> matching;
    std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(matching),
                 [&](const RecordedRequest &request) { return request.path.startsWith(pathPrefix); });
    return matching;
}

void FakeHttpServer::setDefaultMisbehaviour(const Misbehaviour &misbehaviour)
{
    m_defaultMisbehaviour = misbehaviour;
}

int FakeHttpServer::openConnectionCount() const
{
    return m_openConnections;
}

qint64 FakeHttpServer::peakBufferedBytes() const
{
    return m_peakBufferedBytes;
}

FakeHttpServer::Response FakeHttpServer::jsonResponse(int status, const QJsonObject &body)
{
    return plainResponse(status, "application/json; charset=utf-8", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeHttpServer::Response FakeHttpServer::plainResponse(int status, const QByteArray &contentType,
                                                       const QByteArray &body)
{
    Response response;
    response.status = status;
    response.contentType = contentType;
    response.bodyPieces = {body};
    return response;
}

void FakeHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new Connection(this, socket);
}

void FakeHttpServer::answer(Connection *connection, const RecordedRequest &request)
{
    m_requests.append(request);
    emit requestReceived(request);
    Response response = respond(request);
    if (response.misbehaviour == Misbehaviour())
        response.misbehaviour = m_defaultMisbehaviour;
    connection->start(std::move(response));
}

void FakeHttpServer::noteBufferedBytes(qint64 bytes)
{
    m_peakBufferedBytes = std::max(m_peakBufferedBytes, bytes);
}

} // namespace Pygen::Testing
