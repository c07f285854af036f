#pragma once

#include "ByteOrderMarkFilter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Pygen {

// Cuts a newline-delimited JSON reply (Ollama's streaming format) into lines as its bytes arrive
// in arbitrary fragments. Lines are handed out as raw bytes: parsing is the provider's business.
// Lines are only cut at LF, so a UTF-8 sequence split across reads comes out whole.
class NdjsonDecoder final
{
public:
    static constexpr qsizetype defaultMaximumLineBytes = 16 * 1024 * 1024;

    explicit NdjsonDecoder(qsizetype maximumLineBytes = defaultMaximumLineBytes);

    // Appends bytes and returns the lines they complete: without the terminator (LF or CRLF),
    // whitespace-only lines skipped.
    QList<QByteArray> feed(QByteArrayView bytes);
    // End of stream: the tail that had no final newline, if it is not blank.
    QList<QByteArray> finish();

    // A line grew beyond the maximum (terminator not counted): the decoder drops the rest of the
    // stream and feed()/finish() return nothing more.
    bool hasOverflowed() const { return m_overflowed; }
    qsizetype maximumLineBytes() const { return m_maximumLineBytes; }
    // Bytes held waiting for a terminator.
    qsizetype bufferedBytes() const { return m_pending.size(); }
    // The most ever held, so tests can prove memory stays bounded.
    qsizetype peakBufferedBytes() const { return m_peakBufferedBytes; }

private:
    void decode(QByteArrayView bytes, QList<QByteArray> &lines);
    void emitLine(QByteArray line, QList<QByteArray> &lines);
    bool exceedsMaximum(qsizetype lineBytes) const { return lineBytes > m_maximumLineBytes; }
    void overflow();
    void notePending();

    qsizetype m_maximumLineBytes;
    // Only the unfinished last line is kept; complete lines are cut straight from the caller's
    // bytes, so nothing is scanned twice and nothing is shifted.
    QByteArray m_pending;
    qsizetype m_peakBufferedBytes = 0;
    // How much of a byte order mark the stream has started with, until that is decided.
    ByteOrderMarkFilter m_byteOrderMark;
    bool m_overflowed = false;
    bool m_finished = false;
};

} // namespace Pygen
