#pragma once

#include "PackageFile.h"
#include "PackageLimits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Pygen {

// The generated package in memory: files in a stable order (sorted by path), each with a safe,
// unique path. Every way in is checked, so a Package never holds an unsafe path.
class Package final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::Package)

public:
    explicit Package(PackageLimits limits = {});

    const PackageLimits &limits() const { return m_limits; }
    const QList<PackageFile> &files() const { return m_files; }
    qsizetype fileCount() const { return m_files.size(); }
    qint64 totalBytes() const;
    // nullptr when there is no file at `path`.
    const PackageFile *file(const QString &path) const;
    bool contains(const QString &path) const { return file(path) != nullptr; }

    // Adds the file, or replaces the one at the same path. Returns why it was refused (unsafe
    // path, a different file whose path or folder differs only in case, over a size or count
    // limit); nothing when it was stored.
    std::optional<QString> setFile(const PackageFile &file);
    bool removeFile(const QString &path);
    void clear() { m_files.clear(); }

private:
    PackageLimits m_limits;
    QList<PackageFile> m_files;
};

} // namespace Pygen
