#include "FolderExporter.h"

#include "LoggingCategories.h"
#include "PackagePath.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace Pygen {

namespace {

constexpr QFile::Permissions filePermissions =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions folderPermissions =
    filePermissions | QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString writeError(const QString &path, const QFileDevice &device)
{
    // Qt reports a full disk (ENOSPC) as a resource error.
    if (device.error() == QFileDevice::ResourceError) {
        return FolderExporter::tr("There is not enough space to write %1 (%2). Free some space or choose another "
                                  "disk. Nothing was changed.")
            .arg(shown(path), device.errorString());
    }
    return FolderExporter::tr("%1 could not be written: %2. Nothing was changed.")
        .arg(shown(path), device.errorString());
}

// Writes every file below `root`, which is empty. Returns what went wrong.
std::optional<QString> writeFiles(const Package &package, const QString &root)
{
    const QDir rootDir(root);
    QSet<QString> folders;
    for (const PackageFile &file : package.files()) {
        for (qsizetype slash = file.path.indexOf(QLatin1Char('/')); slash >= 0;
             slash = file.path.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString folder = file.path.left(slash);
            if (folders.contains(folder))
                continue;
            const QString folderPath = rootDir.filePath(folder);
            if (!rootDir.mkdir(folder) || !QFile::setPermissions(folderPath, folderPermissions)) {
                return FolderExporter::tr("The folder %1 could not be made. Nothing was changed.")
                    .arg(shown(folderPath));
            }
            folders.insert(folder);
        }
        const QString path = rootDir.filePath(file.path);
        QFile out(path);
        // NewOnly: never write through something that is already there.
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return writeError(path, out);
        if (out.write(file.content) != file.content.size() || !out.flush())
            return writeError(path, out);
        out.close();
        if (out.error() != QFileDevice::NoError)
            return writeError(path, out);
        if (!out.setPermissions(filePermissions))
            return FolderExporter::tr("The permissions of %1 could not be set. Nothing was changed.").arg(shown(path));
    }
    return std::nullopt;
}

// A name beside `target` that nothing uses yet, for the folder being replaced.
QString asideName(const QFileInfo &target)
{
    for (int attempt = 0;; ++attempt) {
        const QString candidate = target.absolutePath() + QLatin1String("/.") + target.fileName()
            + QLatin1String(".pygen-old-") + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
            + QString::number(attempt);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

ExportResult failure(ExportResult result, const QString &message)
{
    qCDebug(logPackage) << "Folder export to" << result.path << "failed:" << message;
    result.errorMessage = message;
    return result;
}

} // namespace

ExportResult FolderExporter::write(const Package &package, const QString &folder, bool overwrite)
{
    ExportResult result;
    result.path = folder;
    for (const PackageFile &file : package.files()) {
        if (const auto problem = PackagePath::problem(file.path))
            return failure(result, tr("The package holds an unsafe path: %1 Nothing was written.").arg(*problem));
    }
    if (folder.trimmed().isEmpty())
        return failure(result, tr("No folder was given; choose where to write the package."));

    const QFileInfo target(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    const QFileInfo parent(target.absolutePath());
    if (target.fileName().isEmpty())
        return failure(result, tr("The package cannot replace the root folder; choose a folder inside it."));
    if (!parent.exists()) {
        return failure(result,
                       tr("The folder %1, in which %2 would be made, does not exist. Create it or choose "
                          "another place.")
                           .arg(shown(parent.filePath()), target.fileName()));
    }
    if (!parent.isDir()) {
        return failure(
            result,
            tr("%1 is a file, not a folder. Choose another place for the package.").arg(shown(parent.filePath())));
    }
    const bool targetExists = target.exists() || target.isSymLink();
    bool targetEmpty = false;
    if (targetExists) {
        if (target.isSymLink()) {
            return failure(
                result,
                tr("%1 is a link. Choose a real folder to write the package into.").arg(shown(target.filePath())));
        }
        if (!target.isDir()) {
            return failure(result,
                           tr("%1 is a file, not a folder. Choose a folder to write the package into.")
                               .arg(shown(target.filePath())));
        }
        targetEmpty =
            QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (!targetEmpty && !overwrite) {
            return failure(result,
                           tr("The folder %1 is not empty. Choose an empty folder, or allow overwriting "
                              "(--force with pygen) to replace what is in it.")
                               .arg(shown(target.filePath())));
        }
        // Overwriting removes the folder, so a mistyped target (the home folder) must not qualify:
        // every export has a pyproject.toml at its top.
        const QFileInfo pyproject(QDir(target.filePath()).filePath(QStringLiteral("pyproject.toml")));
        if (!targetEmpty && (!pyproject.isFile() || pyproject.isSymLink())) {
            return failure(result,
                           tr("The folder %1 does not look like a package export (it has no pyproject.toml at its "
                              "top), so it was not replaced. Choose an empty folder or the folder of an earlier "
                              "export.")
                               .arg(shown(target.filePath())));
        }
    }

    // Everything is written into a hidden sibling first, so the target is the whole package or as it was.
    QTemporaryDir staging(target.absolutePath() + QLatin1String("/.") + target.fileName()
                          + QLatin1String(".pygen-XXXXXX"));
    if (!staging.isValid()) {
        return failure(result,
                       tr("Pygen Studio cannot write in %1: %2. Choose a folder you may write to.")
                           .arg(shown(parent.filePath()), staging.errorString()));
    }
    if (const auto problem = writeFiles(package, staging.path()))
        return failure(result, *problem);
    if (!QFile::setPermissions(staging.path(), folderPermissions))
        return failure(result,
                       tr("The permissions of %1 could not be set. Nothing was changed.").arg(shown(staging.path())));

    const QString targetPath = target.absoluteFilePath();
    QDir parentDir(parent.absoluteFilePath());
    if (targetExists && targetEmpty) {
        if (!parentDir.rmdir(target.fileName()))
            return failure(
                result, tr("The empty folder %1 could not be replaced. Nothing was changed.").arg(shown(targetPath)));
        if (!parentDir.rename(staging.path(), targetPath)) {
            parentDir.mkdir(target.fileName());
            return failure(result,
                           tr("The package could not be moved into %1. Nothing was changed.").arg(shown(targetPath)));
        }
    } else if (targetExists) {
        const QString aside = asideName(target);
        if (!parentDir.rename(targetPath, aside)) {
            return failure(result,
                           tr("The folder %1 could not be moved aside to be replaced. Nothing was changed.")
                               .arg(shown(targetPath)));
        }
        if (!parentDir.rename(staging.path(), targetPath)) {
            if (!parentDir.rename(aside, targetPath)) {
                return failure(result,
                               tr("The package could not be moved into %1, and the folder that was there "
                                  "could not be put back: it is now %2.")
                                   .arg(shown(targetPath), shown(aside)));
            }
            return failure(result,
                           tr("The package could not be moved into %1. Nothing was changed.").arg(shown(targetPath)));
        }
        if (!QDir(aside).removeRecursively())
            qCWarning(logPackage) << "The replaced folder could not be removed:" << aside;
    } else if (!parentDir.rename(staging.path(), targetPath)) {
        return failure(result,
                       tr("The package could not be moved into %1. Nothing was changed.").arg(shown(targetPath)));
    }
    staging.setAutoRemove(false); // it is the target now

    result.fileCount = int(package.fileCount());
    result.bytes = package.totalBytes();
    return result;
}

QFuture<ExportResult> FolderExporter::writeInBackground(const Package &package, const QString &folder, bool overwrite)
{
    return QtConcurrent::run([package, folder, overwrite] { return write(package, folder, overwrite); });
}

} // namespace Pygen
