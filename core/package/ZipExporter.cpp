#include "ZipExporter.h"

#include "LoggingCategories.h"
#include "PackagePath.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>

namespace Pygen {

namespace {

// "Made by" Unix, so that unzip applies the permissions in the external attributes.
constexpr uint unixOsCode = 3;
constexpr quint32 fileAttributes = 0100644u << 16;
// The low byte carries the MS-DOS directory flag for tools that only read that.
constexpr quint32 folderAttributes = (040755u << 16) | 0x10u;

struct Entry
{
    QString name;
    const PackageFile *file = nullptr; // nullptr for a folder
};

// The top folder, every folder on the way to a file, and the files, in name order.
QList<Entry> entriesOf(const Package &package, const QString &topFolder)
{
    const QString prefix = topFolder + QLatin1Char('/');
    QSet<QString> folders{prefix};
    QList<Entry> entries{{prefix, nullptr}};
    for (const PackageFile &file : package.files()) {
        for (qsizetype slash = file.path.indexOf(QLatin1Char('/')); slash >= 0;
             slash = file.path.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString folder = prefix + file.path.left(slash + 1);
            if (!folders.contains(folder)) {
                folders.insert(folder);
                entries.append({folder, nullptr});
            }
        }
        entries.append({prefix + file.path, &file});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &left, const Entry &right) { return left.name < right.name; });
    return entries;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString fileError(const QString &zipPath, const QFileDevice &device)
{
    // Qt reports a full disk (ENOSPC) as a resource error.
    if (device.error() == QFileDevice::ResourceError) {
        return ZipExporter::tr("There is not enough space to write %1 (%2). Free some space or choose another disk.")
            .arg(shown(zipPath), device.errorString());
    }
    return ZipExporter::tr("%1 could not be written: %2. Check that you may write there and that the disk works, "
                           "then export again.")
        .arg(shown(zipPath), device.errorString());
}

// QuaZip passes on minizip's and zlib's codes. ZIP_ERRNO means the device refused bytes (a full
// disk, a closed pipe, no permission); any other code means the zip was driven wrongly.
QString zipError(const QString &shownTarget, int code, const QString &entry = QString())
{
    if (code == ZIP_ERRNO) {
        if (entry.isEmpty()) {
            return ZipExporter::tr("%1 could not be written: the disk or device refused the data. Check that there "
                                   "is free space and that you may write there, then export again.")
                .arg(shownTarget);
        }
        return ZipExporter::tr("%1 could not be written while adding %2: the disk or device refused the data. Check "
                               "that there is free space and that you may write there, then export again.")
            .arg(shownTarget, entry);
    }
    if (entry.isEmpty()) {
        return ZipExporter::tr("%1 could not be written because of an internal error in the zip writer (code %2). "
                               "Please report this as a bug.")
            .arg(shownTarget)
            .arg(code);
    }
    return ZipExporter::tr("%1 could not be written while adding %2 because of an internal error in the zip writer "
                           "(code %3). Please report this as a bug.")
        .arg(shownTarget, entry)
        .arg(code);
}

// Why the package cannot be zipped as it is; checked before anything is written.
std::optional<QString> contentProblem(const Package &package, const QString &topFolder)
{
    if (const auto problem = PackagePath::problem(topFolder))
        return ZipExporter::tr("The zip's top folder is not a safe name: %1 Nothing was written.").arg(*problem);
    if (topFolder.contains(QLatin1Char('/'))) {
        return ZipExporter::tr("The zip's top folder \"%1\" must be a single folder name, such as "
                               "\"weather-station-0.1.0\". Nothing was written.")
            .arg(topFolder);
    }
    for (const PackageFile &file : package.files()) {
        if (const auto problem = PackagePath::problem(file.path))
            return ZipExporter::tr("The package holds an unsafe path: %1 Nothing was written.").arg(*problem);
    }
    return std::nullopt;
}

// Writes every entry into `device`, which is open for writing. Returns what went wrong.
std::optional<QString> writeEntries(const Package &package, const QString &topFolder, QIODevice *device,
                                    const QString &shownTarget)
{
    QuaZip zip(device);
    zip.setAutoClose(false); // the caller commits or discards the device
    zip.setUtf8Enabled(true);
    zip.setOsCode(unixOsCode);
    // Local headers are completed in place; only a pipe or socket needs data descriptors.
    zip.setDataDescriptorWritingEnabled(device->isSequential());
    zip.setZip64Enabled(package.totalBytes() >= 0xffff0000LL);
    if (!zip.open(QuaZip::mdCreate))
        return zipError(shownTarget, zip.getZipError());

    // DOS time starts in 1980; a fixed time makes the same package give the same bytes.
    const QDateTime fixedTime(QDate(1980, 1, 1), QTime(0, 0));
    for (const Entry &entry : entriesOf(package, topFolder)) {
        QuaZipNewInfo info(entry.name);
        info.dateTime = fixedTime;
        info.externalAttr = entry.file ? fileAttributes : folderAttributes;
        QuaZipFile out(&zip);
        const int method = entry.file ? Z_DEFLATED : 0;
        if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, method, entry.file ? Z_DEFAULT_COMPRESSION : 0)) {
            zip.close();
            return zipError(shownTarget, out.getZipError(), entry.name);
        }
        if (entry.file && out.write(entry.file->content) != entry.file->content.size()) {
            out.close();
            zip.close();
            return zipError(shownTarget, out.getZipError(), entry.name);
        }
        out.close();
        if (out.getZipError() != ZIP_OK) {
            zip.close();
            return zipError(shownTarget, out.getZipError(), entry.name);
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return zipError(shownTarget, zip.getZipError());
    return std::nullopt;
}

ExportResult failure(ExportResult result, const QString &message)
{
    qCDebug(logPackage) << "Zip export to" << result.path << "failed:" << message;
    result.errorMessage = message;
    return result;
}

} // namespace

ExportResult ZipExporter::write(const Package &package, const QString &topFolder, const QString &zipPath)
{
    ExportResult result;
    result.path = zipPath;
    if (const auto problem = contentProblem(package, topFolder))
        return failure(result, *problem);
    if (zipPath.trimmed().isEmpty())
        return failure(result, tr("No file name was given for the zip; choose where to save it."));

    const QFileInfo target(zipPath);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists()) {
        return failure(result,
                       tr("The folder %1 does not exist. Create it or choose another folder for the zip.")
                           .arg(shown(folder.filePath())));
    }
    if (!folder.isDir()) {
        return failure(
            result, tr("%1 is a file, not a folder. Choose another folder for the zip.").arg(shown(folder.filePath())));
    }
    if (target.isDir())
        return failure(result, tr("%1 is a folder. Give the zip a file name.").arg(shown(zipPath)));

    // QSaveFile writes a temporary file beside the target and renames it on commit.
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (file.error() == QFileDevice::ResourceError)
            return failure(result, fileError(zipPath, file));
        return failure(
            result,
            tr("%1 cannot be created: %2. Choose a folder you may write to.").arg(shown(zipPath), file.errorString()));
    }
    if (const auto problem = writeEntries(package, topFolder, &file, shown(zipPath))) {
        const QString message = file.error() != QFileDevice::NoError ? fileError(zipPath, file) : *problem;
        file.cancelWriting();
        return failure(result, message);
    }
    if (!file.commit())
        return failure(result, fileError(zipPath, file));

    result.fileCount = int(package.fileCount());
    result.bytes = QFileInfo(zipPath).size();
    return result;
}

ExportResult ZipExporter::write(const Package &package, const QString &topFolder, QIODevice *device)
{
    ExportResult result;
    auto *fileDevice = qobject_cast<QFileDevice *>(device);
    result.path = fileDevice ? fileDevice->fileName() : QString();
    const QString target = fileDevice ? shown(fileDevice->fileName()) : tr("The zip");
    if (const auto problem = contentProblem(package, topFolder))
        return failure(result, *problem);
    if (!device || !device->isOpen() || !device->isWritable())
        return failure(result, tr("The zip cannot be written: the device is not open for writing."));
    const qint64 start = device->pos();
    if (const auto problem = writeEntries(package, topFolder, device, target)) {
        // Buffered bytes may hold the real reason (a full disk); writing them out reveals it.
        if (fileDevice && (!fileDevice->flush() || fileDevice->error() != QFileDevice::NoError))
            return failure(result, fileError(fileDevice->fileName(), *fileDevice));
        return failure(result, *problem);
    }
    if (fileDevice && (!fileDevice->flush() || fileDevice->error() != QFileDevice::NoError))
        return failure(result, fileError(fileDevice->fileName(), *fileDevice));
    result.fileCount = int(package.fileCount());
    result.bytes = device->isSequential() ? device->pos() - start : device->size();
    return result;
}

QFuture<ExportResult> ZipExporter::writeInBackground(const Package &package, const QString &topFolder,
                                                     const QString &zipPath)
{
    return QtConcurrent::run([package, topFolder, zipPath] { return write(package, topFolder, zipPath); });
}

} // namespace Pygen
