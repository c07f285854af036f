#include "project/TextFileReader.h"

#include "LoggingCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>

namespace Pygen {

namespace {

TextFileReader::Result failure(const QString &path, const QString &message)
{
    qCDebug(logProject) << "Cannot read" << path << ":" << message;
    return {path, {}, message};
}

} // namespace

TextFileReader::Result TextFileReader::read(const QString &path, qint64 sizeLimit)
{
    if (path.trimmed().isEmpty())
        return failure(path, tr("No file name was given. Choose a file to open."));

    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return failure(path, tr("The file %1 does not exist. Check its name and folder.").arg(shownPath));
    if (info.isDir())
        return failure(path, tr("%1 is a folder, not a file. Choose a file inside it.").arg(shownPath));
    // A pipe would block the reader and a device has no end; neither is a text file.
    if (!info.isFile())
        return failure(path,
                       tr("%1 is not a regular file (it is a device, pipe or socket), so it cannot be opened "
                          "as text.")
                           .arg(shownPath));
    if (info.size() > sizeLimit) {
        const QLocale locale;
        return failure(path,
                       tr("%1 is %2, more than the %3 that can be opened here. Open it in another editor.")
                           .arg(shownPath, locale.formattedDataSize(info.size()), locale.formattedDataSize(sizeLimit)));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path,
                       tr("%1 could not be opened: %2. Check that you are allowed to read it.")
                           .arg(shownPath, file.errorString()));
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(sizeLimit + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, tr("%1 could not be read: %2.").arg(shownPath, file.errorString()));
    if (bytes.size() > sizeLimit) {
        return failure(path,
                       tr("%1 is more than the %2 that can be opened here. Open it in another editor.")
                           .arg(shownPath, QLocale().formattedDataSize(sizeLimit)));
    }
    if (bytes.contains('\0'))
        return failure(path, tr("%1 is a binary file, not text, so it cannot be shown here.").arg(shownPath));

    // Invalid sequences become NUL characters; the file has none of its own, so the first one
    // marks where the text stops being UTF-8. Stateless, so a sequence cut off at the very end is
    // an error too (that one is not marked: it is on the last line).
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::ConvertInvalidToNull | QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const qsizetype invalidAt = text.indexOf(QChar(u'\0'));
        const qsizetype line = QStringView(text).first(invalidAt >= 0 ? invalidAt : text.size()).count(u'\n') + 1;
        return failure(path,
                       tr("%1 is not UTF-8 text (line %2 has bytes that are not UTF-8). "
                          "Save it as UTF-8 and open it again.")
                           .arg(shownPath)
                           .arg(line));
    }
    return {path, std::move(text), {}};
}

QFuture<TextFileReader::Result> TextFileReader::readInBackground(const QString &path, qint64 sizeLimit)
{
    return QtConcurrent::run([path, sizeLimit] { return read(path, sizeLimit); });
}

} // namespace Pygen
