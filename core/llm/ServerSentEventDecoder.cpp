#include "llm/ServerSentEventDecoder.h"

#include "LoggingCategories.h"

#include <cstring>
#include <utility>

namespace Pygen {

namespace {

const char *find(const char *from, const char *end, char byte)
{
    return static_cast<const char *>(std::memchr(from, byte, size_t(end - from)));
}

} // namespace

ServerSentEventDecoder::ServerSentEventDecoder(qsizetype maximumEventBytes)
    : m_maximumEventBytes(qMax<qsizetype>(1, maximumEventBytes))
{
}

QList<ServerSentEvent> ServerSentEventDecoder::feed(QByteArrayView bytes)
{
    QList<ServerSentEvent> events;
    if (m_overflowed || m_finished)
        return events;

    QByteArrayView released;
    bytes = m_byteOrderMark.filter(bytes, released);
    if (!released.isEmpty())
        decode(released, events);
    decode(bytes, events);
    return events;
}

QList<ServerSentEvent> ServerSentEventDecoder::finish()
{
    QList<ServerSentEvent> events;
    if (m_overflowed || m_finished)
        return events;
    m_finished = true;
    decode(m_byteOrderMark.finish(), events);
    if (!m_pendingLine.isEmpty()) {
        const QByteArray line = std::exchange(m_pendingLine, QByteArray());
        if (!takeLine(line, events))
            return events;
    }
    dispatch(events);
    return events;
}

void ServerSentEventDecoder::decode(QByteArrayView bytes, QList<ServerSentEvent> &events)
{
    const char *position = bytes.data();
    const char *const end = position + bytes.size();
    if (m_skipLineFeed && position != end) {
        m_skipLineFeed = false;
        if (*position == '\n')
            ++position;
    }

    // The next LF is remembered, so a stream that ends its lines with a lone CR is not searched
    // for an LF to its end once per line.
    const char *lineFeed = nullptr;
    bool lineFeedKnown = false;
    while (position != end) {
        if (!lineFeedKnown || (lineFeed && lineFeed < position)) {
            lineFeed = find(position, end, '\n');
            lineFeedKnown = true;
        }
        const char *carriageReturn = find(position, lineFeed ? lineFeed : end, '\r');
        const char *terminator = carriageReturn ? carriageReturn : lineFeed;

        if (!terminator) {
            // Checked before copying, so one huge read without a line end is never held.
            if (bufferedBytes() + (end - position) > m_maximumEventBytes) {
                overflow();
                return;
            }
            m_pendingLine.append(position, end - position);
            noteBuffered();
            return;
        }

        bool fits;
        if (m_pendingLine.isEmpty()) {
            fits = takeLine(QByteArrayView(position, terminator), events);
        } else {
            if (bufferedBytes() + (terminator - position) > m_maximumEventBytes) {
                overflow();
                return;
            }
            m_pendingLine.append(position, terminator - position);
            noteBuffered();
            const QByteArray line = std::exchange(m_pendingLine, QByteArray());
            fits = takeLine(line, events);
        }
        if (!fits)
            return;

        position = terminator + 1;
        if (*terminator == '\r') {
            if (position == end)
                m_skipLineFeed = true;
            else if (*position == '\n')
                ++position;
        }
    }
}

bool ServerSentEventDecoder::takeLine(QByteArrayView line, QList<ServerSentEvent> &events)
{
    // The pending part of the line may already be counted; the whole line is counted here.
    if (line.size() + m_data.size() + m_eventType.size() > m_maximumEventBytes) {
        overflow();
        return false;
    }
    if (line.isEmpty()) {
        dispatch(events);
        return true;
    }
    if (line.front() == ':') {
        ++m_commentCount;
        return true;
    }

    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
        noteBuffered();
    } else if (field == "event") {
        m_eventType = value.toByteArray();
        noteBuffered();
    } else if (field == "id") {
        // WHATWG ignores an id with NUL in it.
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    }
    // `retry` is the browser's reconnection delay, which the clients decide for themselves; other
    // fields are ignored as WHATWG says.
    return true;
}

void ServerSentEventDecoder::dispatch(QList<ServerSentEvent> &events)
{
    if (m_hasData)
        events.append(ServerSentEvent{std::exchange(m_eventType, QByteArray()), std::exchange(m_data, QByteArray()),
                                      m_lastEventId});
    m_eventType = QByteArray();
    m_hasData = false;
}

void ServerSentEventDecoder::overflow()
{
    qCWarning(logLlm) << "A streamed reply event exceeds" << m_maximumEventBytes
                      << "bytes; the rest of the stream is dropped";
    m_overflowed = true;
    m_pendingLine = QByteArray();
    m_eventType = QByteArray();
    m_data = QByteArray();
    m_hasData = false;
}

void ServerSentEventDecoder::noteBuffered()
{
    m_peakBufferedBytes = qMax(m_peakBufferedBytes, bufferedBytes());
}

} // namespace Pygen
