#pragma once

#include "ByteOrderMarkFilter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Pygen {

// One event of a text/event-stream reply, as raw bytes: parsing the data is the provider's
// business.
struct ServerSentEvent
{
    // The `event:` field, empty when absent.
    QByteArray event;
    // The `data:` lines joined with '\n'; one optional space after the colon removed.
    QByteArray data;
    // The last `id:` the stream set, as WHATWG defines it: it carries over to later events.
    QByteArray id;

    friend bool operator==(const ServerSentEvent &, const ServerSentEvent &) = default;
};

// Cuts a Server-Sent Events reply (OpenAI's, Anthropic's and Gemini's streaming format) into
// events as its bytes arrive in arbitrary fragments, following the WHATWG parsing rules. Lines are
// only cut at CR and LF, so a UTF-8 sequence split across reads comes out whole.
class ServerSentEventDecoder final
{
public:
    static constexpr qsizetype defaultMaximumEventBytes = 16 * 1024 * 1024;

    explicit ServerSentEventDecoder(qsizetype maximumEventBytes = defaultMaximumEventBytes);

    // Appends bytes and returns the events they complete.
    QList<ServerSentEvent> feed(QByteArrayView bytes);
    // End of stream: dispatches a pending event that had no terminating blank line (servers do
    // end like that).
    QList<ServerSentEvent> finish();

    // An event (its unfinished line, data and type together) grew beyond the maximum: the decoder
    // drops the rest of the stream and feed()/finish() return nothing more.
    bool hasOverflowed() const { return m_overflowed; }
    qsizetype maximumEventBytes() const { return m_maximumEventBytes; }
    // Bytes held for the event being assembled.
    qsizetype bufferedBytes() const { return m_pendingLine.size() + m_data.size() + m_eventType.size(); }
    // The most ever held, so tests can prove memory stays bounded.
    qsizetype peakBufferedBytes() const { return m_peakBufferedBytes; }
    // Comment lines seen (servers send them as keep-alives).
    int commentCount() const { return m_commentCount; }

private:
    void decode(QByteArrayView bytes, QList<ServerSentEvent> &events);
    // False when the line made the event too large.
    bool takeLine(QByteArrayView line, QList<ServerSentEvent> &events);
    void dispatch(QList<ServerSentEvent> &events);
    void overflow();
    void noteBuffered();

    qsizetype m_maximumEventBytes;
    // Only the unfinished last line is kept; complete lines are cut straight from the caller's
    // bytes, so nothing is scanned twice and nothing is shifted.
    QByteArray m_pendingLine;
    QByteArray m_eventType;
    QByteArray m_data;
    QByteArray m_lastEventId;
    qsizetype m_peakBufferedBytes = 0;
    // How much of a byte order mark the stream has started with, until that is decided.
    ByteOrderMarkFilter m_byteOrderMark;
    int m_commentCount = 0;
    // An event with an empty `data:` line is dispatched, one with none is not.
    bool m_hasData = false;
    // The last line ended with CR: an LF that follows, even in the next read, belongs to it.
    bool m_skipLineFeed = false;
    bool m_overflowed = false;
    bool m_finished = false;
};

} // namespace Pygen
