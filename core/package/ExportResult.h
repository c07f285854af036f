#pragma once

#include <QString>

namespace Pygen {

struct ExportResult
{
    QString path; // the zip file or folder written
    int fileCount = 0;
    qint64 bytes = 0;
    // Empty on success; otherwise what went wrong and what to do.
    QString errorMessage;

    bool succeeded() const { return errorMessage.isEmpty(); }
};

} // namespace Pygen
