#pragma once

#include <QtGlobal>

namespace Pygen {

// Bounds on what a model may make us write. Generous for any real package, small enough that a
// runaway reply cannot fill the disk.
struct PackageLimits
{
    qint64 maximumFileBytes = 2 * 1024 * 1024;
    int maximumFileCount = 500;
    qint64 maximumTotalBytes = 64 * 1024 * 1024;
};

} // namespace Pygen
