#pragma once

#include "ExportResult.h"
#include "Package.h"

#include <QCoreApplication>
#include <QFuture>

namespace Pygen {

// Writes a package into a folder: first into a temporary sibling folder, then renamed into place,
// so the target is either the whole package or untouched. A non-empty target is refused unless
// `overwrite` is set and it looks like an earlier export (a pyproject.toml at its top); then it is
// replaced as a whole. Every path is checked again before anything is written.
class FolderExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::FolderExporter)

public:
    static ExportResult write(const Package &package, const QString &folder, bool overwrite = false);
    static QFuture<ExportResult> writeInBackground(const Package &package, const QString &folder,
                                                   bool overwrite = false);
};

} // namespace Pygen
