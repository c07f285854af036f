#pragma once

#include "FileRole.h"

#include <QByteArray>
#include <QString>

namespace Pygen {

// One file of the generated package.
struct PackageFile
{
    QString path; // relative, '/'-separated, checked by PackagePath
    QByteArray content; // UTF-8
    FileRole role = FileRole::Module;
    FileOrigin origin = FileOrigin::Generated;
    FileStatus status = FileStatus::Planned;
    // Why the file failed or was skipped; empty otherwise.
    QString message;

    friend bool operator==(const PackageFile &, const PackageFile &) = default;
};

} // namespace Pygen
