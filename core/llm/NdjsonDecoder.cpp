#include "llm/NdjsonDecoder.h"

#include "LoggingCategories.h"

#include <cstring>
#include <utility>

namespace Pygen {

namespace {

// Servers send blank lines as keep-alives; they carry nothing to parse.
bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

} // namespace

NdjsonDecoder::NdjsonDecoder(qsizetype maximumLineBytes)
    : m_maximumLineBytes(qMax<qsizetype>(1, maximumLineBytes))
{
}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    if (m_overflowed || m_finished)
        return lines;

    QByteArrayView released;
    bytes = m_byteOrderMark.filter(bytes, released);
    if (!released.isEmpty())
        decode(released, lines);
    decode(bytes, lines);
    return lines;
}

QList<QByteArray> NdjsonDecoder::finish()
{
    QList<QByteArray> lines;
    if (m_overflowed || m_finished)
        return lines;
    m_finished = true;
    decode(m_byteOrderMark.finish(), lines);
    if (m_overflowed)
        return lines;
    QByteArray tail = std::exchange(m_pending, QByteArray());
    // A CR whose LF never came is still a terminator.
    if (tail.endsWith('\r'))
        tail.chop(1);
    emitLine(std::move(tail), lines);
    return lines;
}

void NdjsonDecoder::decode(QByteArrayView bytes, QList<QByteArray> &lines)
{
    const char *position = bytes.data();
    const char *const end = position + bytes.size();
    while (position != end) {
        const auto *newline = static_cast<const char *>(std::memchr(position, '\n', size_t(end - position)));
        if (!newline) {
            // Checked before copying, so one huge read without a newline is never held. A CR at
            // the end may be the first half of CRLF, so it is not counted yet.
            const qsizetype lineBytes = m_pending.size() + (end - position) - (end[-1] == '\r' ? 1 : 0);
            if (exceedsMaximum(lineBytes)) {
                overflow();
                return;
            }
            m_pending.append(position, end - position);
            notePending();
            return;
        }

        if (m_pending.isEmpty()) {
            const char *lineEnd = newline;
            if (lineEnd != position && lineEnd[-1] == '\r')
                --lineEnd;
            if (exceedsMaximum(lineEnd - position)) {
                overflow();
                return;
            }
            const QByteArrayView line(position, lineEnd);
            if (!isBlank(line))
                lines.append(line.toByteArray());
        } else {
            const bool crlf = newline != position ? newline[-1] == '\r' : m_pending.endsWith('\r');
            if (exceedsMaximum(m_pending.size() + (newline - position) - (crlf ? 1 : 0))) {
                overflow();
                return;
            }
            m_pending.append(position, newline - position);
            notePending();
            QByteArray line = std::exchange(m_pending, QByteArray());
            if (crlf)
                line.chop(1);
            emitLine(std::move(line), lines);
        }
        position = newline + 1;
    }
}

void NdjsonDecoder::emitLine(QByteArray line, QList<QByteArray> &lines)
{
    if (!isBlank(line))
        lines.append(std::move(line));
}

void NdjsonDecoder::overflow()
{
    qCWarning(logLlm) << "A streamed reply line exceeds" << m_maximumLineBytes
                      << "bytes; the rest of the stream is dropped";
    m_overflowed = true;
    m_pending = QByteArray();
}

void NdjsonDecoder::notePending()
{
    m_peakBufferedBytes = qMax(m_peakBufferedBytes, m_pending.size());
}

} // namespace Pygen
