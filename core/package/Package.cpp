#include "Package.h"

#include "PackagePath.h"

#include <QLocale>

#include <algorithm>

namespace Pygen {

namespace {

// The first folder that `path` and `other` spell differently although it is the same folder on a
// case-insensitive file system ("Pkg" and "pkg"), as the two spellings; nothing when they agree.
std::optional<std::pair<QString, QString>> differentlySpelledFolder(const QString &path, const QString &other)
{
    const QStringList components = path.split(QLatin1Char('/'));
    const QStringList otherComponents = other.split(QLatin1Char('/'));
    // The last component is the file's own name, not a folder.
    const qsizetype folders = std::min(components.size(), otherComponents.size()) - 1;
    for (qsizetype depth = 1; depth <= folders; ++depth) {
        const QString folder = QStringList(components.mid(0, depth)).join(QLatin1Char('/'));
        const QString otherFolder = QStringList(otherComponents.mid(0, depth)).join(QLatin1Char('/'));
        if (PackagePath::caseFoldedKey(folder) != PackagePath::caseFoldedKey(otherFolder))
            return std::nullopt;
        if (folder != otherFolder)
            return std::make_pair(folder, otherFolder);
    }
    return std::nullopt;
}

} // namespace

Package::Package(PackageLimits limits)
    : m_limits(limits)
{
}

qint64 Package::totalBytes() const
{
    qint64 total = 0;
    for (const PackageFile &file : m_files)
        total += file.content.size();
    return total;
}

const PackageFile *Package::file(const QString &path) const
{
    const auto found =
        std::find_if(m_files.cbegin(), m_files.cend(), [&path](const PackageFile &file) { return file.path == path; });
    return found == m_files.cend() ? nullptr : &*found;
}

std::optional<QString> Package::setFile(const PackageFile &file)
{
    if (const auto problem = PackagePath::problem(file.path))
        return problem;

    const QLocale locale;
    if (file.content.size() > m_limits.maximumFileBytes) {
        return tr("The file %1 has %2, more than the limit of %3 for one file; it was not stored.")
            .arg(file.path, locale.formattedDataSize(file.content.size()),
                 locale.formattedDataSize(m_limits.maximumFileBytes));
    }

    const QString key = PackagePath::caseFoldedKey(file.path);
    qint64 otherBytes = 0;
    qsizetype existing = -1;
    for (qsizetype index = 0; index < m_files.size(); ++index) {
        const PackageFile &other = m_files.at(index);
        if (other.path == file.path) {
            existing = index;
            continue;
        }
        otherBytes += other.content.size();
        if (PackagePath::caseFoldedKey(other.path) == key) {
            return tr("The path %1 differs from %2 only in letter case; the two would collide on macOS and "
                      "Windows. Rename one of them.")
                .arg(file.path, other.path);
        }
        // A file cannot also be a folder ("a/b" and "a/b/c").
        if (key.startsWith(PackagePath::caseFoldedKey(other.path) + QLatin1Char('/'))
            || PackagePath::caseFoldedKey(other.path).startsWith(key + QLatin1Char('/'))) {
            return tr("The path %1 and the path %2 would need the same name as both a file and a folder.")
                .arg(file.path, other.path);
        }
        // "Pkg/a.py" and "pkg/b.py" are two folders in a zip but one on macOS and Windows.
        if (const auto folders = differentlySpelledFolder(file.path, other.path)) {
            return tr("The path %1 puts a file in the folder %2, but %3 is in the folder %4, which differs only in "
                      "letter case; they would be two folders in a zip and one on macOS and Windows. Rename one so "
                      "both use the same spelling.")
                .arg(file.path, folders->first, other.path, folders->second);
        }
    }

    if (existing < 0 && m_files.size() >= m_limits.maximumFileCount) {
        return tr("The package already has %1 files, the limit; %2 was not stored.")
            .arg(m_limits.maximumFileCount)
            .arg(file.path);
    }
    if (otherBytes + file.content.size() > m_limits.maximumTotalBytes) {
        return tr("Storing %1 would make the package larger than the limit of %2; it was not stored.")
            .arg(file.path, locale.formattedDataSize(m_limits.maximumTotalBytes));
    }

    if (existing >= 0) {
        // Through the non-const operator, so that a copy sharing the list keeps its own file.
        m_files[existing] = file;
        return std::nullopt;
    }
    const auto position =
        std::lower_bound(m_files.begin(), m_files.end(), file.path,
                         [](const PackageFile &other, const QString &path) { return other.path < path; });
    m_files.insert(position, file);
    return std::nullopt;
}

bool Package::removeFile(const QString &path)
{
    return m_files.removeIf([&path](const PackageFile &file) { return file.path == path; }) > 0;
}

} // namespace Pygen
