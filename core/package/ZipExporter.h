#pragma once

#include "ExportResult.h"
#include "Package.h"

#include <QCoreApplication>
#include <QFuture>

class QIODevice;

namespace Pygen {

// Writes a package as a zip (QuaZip): UTF-8 names under one top folder "<distribution>-<version>/",
// fixed timestamps and permissions (0644 files, 0755 folders), entries sorted — the same package
// gives the same bytes. Every path is checked again; the zip is written to a temporary file and
// renamed, so a failed export never leaves a half zip at `zipPath`.
class ZipExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ZipExporter)

public:
    static ExportResult write(const Package &package, const QString &topFolder, const QString &zipPath);
    // The same zip into a device that is open for writing (a buffer, a pipe, an open file); the
    // caller owns and closes it. `path` in the result is the file's name for a QFileDevice.
    static ExportResult write(const Package &package, const QString &topFolder, QIODevice *device);
    // The same in a worker thread.
    static QFuture<ExportResult> writeInBackground(const Package &package, const QString &topFolder,
                                                   const QString &zipPath);
};

} // namespace Pygen
