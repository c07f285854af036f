#pragma once

#include <QByteArrayView>

namespace Pygen {

// Drops a UTF-8 byte order mark at the very start of a stream, even when the mark itself arrives
// split across reads. The stream decoders share it.
class ByteOrderMarkFilter final
{
public:
    // The bytes to decode. While a possible mark is incomplete, nothing; when the start of a
    // would-be mark proves to be data after all, `released` holds it, to be decoded first.
    QByteArrayView filter(QByteArrayView bytes, QByteArrayView &released);
    // End of stream: the start of a would-be mark that never completed, which is data.
    QByteArrayView finish() const;

private:
    qsizetype m_matchedBytes = 0;
    bool m_pastStart = false;
};

} // namespace Pygen
