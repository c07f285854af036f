#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace Pygen {

// Reads a file that is meant to be shown or edited as text. Everything that would make it a bad
// fit (missing, a folder, too large, binary, not UTF-8) becomes a message that says what to do.
class TextFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::TextFileReader)

public:
    struct Result
    {
        QString path;
        QString text;
        // Empty when the file was read.
        QString errorMessage;

        bool succeeded() const { return errorMessage.isEmpty(); }
    };

    // Large enough for any source file a person edits; a QPlainTextEdit with highlighting slows
    // down well before files of this size.
    static constexpr qint64 defaultSizeLimit = 4 * 1024 * 1024;

    static Result read(const QString &path, qint64 sizeLimit = defaultSizeLimit);

    // The same in a worker thread, so the GUI thread never waits for the disk.
    static QFuture<Result> readInBackground(const QString &path, qint64 sizeLimit = defaultSizeLimit);
};

} // namespace Pygen
