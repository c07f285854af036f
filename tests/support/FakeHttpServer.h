#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpServer;

namespace Pygen::Testing {

// One HTTP request as a fake server received it.
struct RecordedRequest
{
    QByteArray method;
    // Path and query exactly as sent, e.g. "/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse".
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lowercased, values trimmed
    QByteArray body;

    // The path without "?" and the query.
    QByteArray pathWithoutQuery() const;
    // The query, percent-encoded as sent.
    QUrlQuery query() const;
    // The first header of that name (lowercase), or an empty array.
    QByteArray header(const QByteArray &lowercaseName) const;
    // The body parsed as a JSON object; empty when it is not one.
    QJsonObject json() const;
};

// Ways a fake answers badly. Byte counts of a body count the payload, not the chunked framing: a
// cut body ends on a whole (shorter) chunk, so a client has received exactly that many bytes.
struct Misbehaviour
{
    // >0: the raw response (status line and headers included) goes out in pieces of this size, one
    // per event-loop turn, each flushed, so a client reads them separately.
    qsizetype fragmentBytes = 0;
    // Read the request and never answer; the connection stays open until the server is destroyed.
    bool stallBeforeHeaders = false;
    // >=0: send the headers and this many body bytes, then go silent with the connection open.
    qsizetype stallAfterBodyBytes = -1;
    // >=0: send the headers and this many body bytes, then close the connection mid-response.
    qsizetype dropAfterBodyBytes = -1;
    // A pause between body pieces (events, lines), on a timer.
    int delayBetweenChunksMs = 0;
    // A pause before the first body piece, after the headers: a model's time to first token.
    int delayBeforeFirstChunkMs = 0;

    friend bool operator==(const Misbehaviour &, const Misbehaviour &) = default;
};

// A minimal HTTP/1.1 server on 127.0.0.1 for tests: one request per connection, answered with
// "Connection: close". Subclasses decide the responses; this class parses requests, records them
// and writes responses piece by piece, misbehaving when told to.
class FakeHttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool isListening() const;
    // http://127.0.0.1:PORT
    QUrl baseUrl() const;
    QList<RecordedRequest> requests() const;
    QList<RecordedRequest> requests(const QByteArray &pathPrefix) const;
    // Used for every response whose own misbehaviour is the default one.
    void setDefaultMisbehaviour(const Misbehaviour &misbehaviour);
    int openConnectionCount() const;
    // The most response bytes this server held at once (queued in its sockets and not yet
    // produced pieces aside): shows that lazily produced bodies never sit in memory whole.
    qint64 peakBufferedBytes() const;

signals:
    void requestReceived(const Pygen::Testing::RecordedRequest &request);

protected:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QList<std::pair<QByteArray, QByteArray>> headers;
        // Written one piece at a time, each on its own event-loop turn.
        QList<QByteArray> bodyPieces;
        // Called after bodyPieces, once the socket has drained, until it returns an empty array.
        std::function<QByteArray()> lazyBody;
        // Transfer-Encoding: chunked (each piece its own chunk) instead of Content-Length. A
        // lazyBody always uses it, since its length is not known up front.
        bool chunked = false;
        Misbehaviour misbehaviour;
    };

    virtual Response respond(const RecordedRequest &request) = 0;
    static Response jsonResponse(int status, const QJsonObject &body);
    static Response plainResponse(int status, const QByteArray &contentType, const QByteArray &body);

private:
    class Connection;

    void acceptConnections();
    void answer(Connection *connection, const RecordedRequest &request);
    void noteBufferedBytes(qint64 bytes);

    QTcpServer *m_server = nullptr;
    QList<Connection *> m_connections;
    QList<RecordedRequest> m_requests;
    Misbehaviour m_defaultMisbehaviour;
    int m_openConnections = 0;
    qint64 m_peakBufferedBytes = 0;
};

} // namespace Pygen::Testing
