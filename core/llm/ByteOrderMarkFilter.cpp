#include "ByteOrderMarkFilter.h"

namespace Pygen {

namespace {
constexpr char byteOrderMark[] = "\xef\xbb\xbf";
constexpr qsizetype byteOrderMarkSize = 3;
} // namespace

QByteArrayView ByteOrderMarkFilter::filter(QByteArrayView bytes, QByteArrayView &released)
{
    released = {};
    if (m_pastStart)
        return bytes;
    while (!bytes.isEmpty() && m_matchedBytes < byteOrderMarkSize && bytes.front() == byteOrderMark[m_matchedBytes]) {
        ++m_matchedBytes;
        bytes = bytes.sliced(1);
    }
    if (m_matchedBytes < byteOrderMarkSize && bytes.isEmpty())
        return {};
    m_pastStart = true;
    if (m_matchedBytes < byteOrderMarkSize)
        released = QByteArrayView(byteOrderMark, m_matchedBytes);
    return bytes;
}

QByteArrayView ByteOrderMarkFilter::finish() const
{
    return m_pastStart ? QByteArrayView() : QByteArrayView(byteOrderMark, m_matchedBytes);
}

} // namespace Pygen
