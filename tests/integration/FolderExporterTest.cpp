#include "package/FolderExporter.h"
#include "FileSizeLimit.h"
#include "package/Package.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using Pygen::ExportResult;
using Pygen::FolderExporter;
using Pygen::Package;
using Pygen::PackageFile;
using namespace Qt::StringLiterals;

namespace {

PackageFile fileAt(const QString &path, const QByteArray &content)
{
    PackageFile file;
    file.path = path;
    file.content = content;
    return file;
}

Package samplePackage()
{
    Package package;
    for (const PackageFile &file : {
             fileAt(u"README.md"_s, "# Weather\n"),
             fileAt(u".gitignore"_s, "__pycache__/\n"),
             fileAt(u"src/weather/__init__.py"_s, "\"\"\"Weather.\"\"\"\n"),
             fileAt(u"src/weather/station.py"_s, "def read():\n    return 1\n"),
             fileAt(u"tests/test_\u00fcber.py"_s, "def test():\n    assert True\n"),
             fileAt(u"py.typed"_s, QByteArray()),
         }) {
        if (const auto problem = package.setFile(file))
            qFatal("%s", qPrintable(*problem));
    }
    return package;
}

// Every file and folder below `root`, relative, folders with a trailing '/'.
QStringList tree(const QString &root)
{
    QStringList entries;
    QDirIterator iterator(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
    while (iterator.hasNext()) {
        const QFileInfo info = iterator.nextFileInfo();
        entries.append(QDir(root).relativeFilePath(info.filePath()) + (info.isDir() ? u"/"_s : QString()));
    }
    entries.sort();
    return entries;
}

const QStringList sampleTree{
    u".gitignore"_s,
    u"README.md"_s,
    u"py.typed"_s,
    u"src/"_s,
    u"src/weather/"_s,
    u"src/weather/__init__.py"_s,
    u"src/weather/station.py"_s,
    u"tests/"_s,
    u"tests/test_\u00fcber.py"_s,
};

QStringList folderContents(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

mode_t modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

} // namespace

class FolderExporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheFiles_data()
    {
        QTest::addColumn<bool>("targetExists");
        QTest::newRow("new folder") << false;
        QTest::newRow("existing empty folder") << true;
    }

    void writesTheFiles()
    {
        QFETCH(bool, targetExists);

        QTemporaryDir directory;
        const QString target = directory.filePath(u"weather"_s);
        if (targetExists)
            QVERIFY(QDir(directory.path()).mkdir(u"weather"_s));
        const Package package = samplePackage();
        const ExportResult result = FolderExporter::write(package, target);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        QCOMPARE(result.path, target);
        QCOMPARE(result.fileCount, 6);
        QCOMPARE(result.bytes, package.totalBytes());

        // Nothing beside the target: no temporary folder is left.
        QCOMPARE(folderContents(directory.path()), QStringList{u"weather"_s});
        QCOMPARE(tree(target), sampleTree);
        for (const PackageFile &file : package.files()) {
            QCOMPARE(bytesOf(QDir(target).filePath(file.path)), file.content);
            QCOMPARE(modeOf(QDir(target).filePath(file.path)), mode_t(0644));
        }
        for (const QString &folder : {QString(), u"src"_s, u"src/weather"_s, u"tests"_s})
            QCOMPARE(modeOf(QDir(target).filePath(folder)), mode_t(0755));
    }

    void refusesAFolderThatIsNotEmpty()
    {
        QTemporaryDir directory;
        const QString target = directory.filePath(u"weather"_s);
        QVERIFY(QDir(directory.path()).mkdir(u"weather"_s));
        QVERIFY(writeFile(target + u"/.keep"_s, "mine\n"));

        const ExportResult result = FolderExporter::write(samplePackage(), target);
        QVERIFY(!result.succeeded());
        QVERIFY2(result.errorMessage.contains(QDir::toNativeSeparators(target)), qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(u"not empty"_s), qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(u"Choose an empty folder"_s), qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(u"--force"_s), qPrintable(result.errorMessage));
        QCOMPARE(tree(target), QStringList{u".keep"_s});
        QCOMPARE(bytesOf(target + u"/.keep"_s), QByteArray("mine\n"));
        QCOMPARE(folderContents(directory.path()), QStringList{u"weather"_s});
    }

    void overwritesWhenAllowed()
    {
        QTemporaryDir directory;
        const QString target = directory.filePath(u"weather"_s);
        QVERIFY(QDir(directory.path()).mkpath(u"weather/old/deep"_s));
        QVERIFY(writeFile(target + u"/old/deep/stale.py"_s, "stale\n"));
        QVERIFY(writeFile(target + u"/README.md"_s, "old readme\n"));
        QVERIFY(writeFile(target + u"/pyproject.toml"_s, "[project]\nname = \"weather\"\n"));

        const ExportResult result = FolderExporter::write(samplePackage(), target, true);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        QCOMPARE(tree(target), sampleTree);
        QCOMPARE(bytesOf(target + u"/README.md"_s), QByteArray("# Weather\n"));
        // The old folder was moved aside and removed.
        QCOMPARE(folderContents(directory.path()), QStringList{u"weather"_s});
    }

    // Overwriting deletes the folder, so only a folder that looks like an earlier export qualifies.
    void overwriteRefusesAFolderThatIsNotAnExport_data()
    {
        QTest::addColumn<QString>("pyprojectKind"); // what is at <target>/pyproject.toml

        QTest::newRow("no pyproject.toml") << QString();
        QTest::newRow("pyproject.toml only deeper down") << u"deeper"_s;
        QTest::newRow("pyproject.toml is a folder") << u"folder"_s;
        QTest::newRow("pyproject.toml is a link") << u"link"_s;
    }

    void overwriteRefusesAFolderThatIsNotAnExport()
    {
        QFETCH(QString, pyprojectKind);

        QTemporaryDir directory;
        const QString target = directory.filePath(u"home"_s);
        QVERIFY(QDir(directory.path()).mkpath(u"home/projects/tool"_s));
        QVERIFY(writeFile(target + u"/notes.txt"_s, "mine\n"));
        QVERIFY(writeFile(directory.filePath(u"elsewhere.toml"_s), "[project]\n"));
        if (pyprojectKind == u"deeper"_s)
            QVERIFY(writeFile(target + u"/projects/tool/pyproject.toml"_s, "[project]\n"));
        else if (pyprojectKind == u"folder"_s)
            QVERIFY(QDir(target).mkdir(u"pyproject.toml"_s));
        else if (pyprojectKind == u"link"_s)
            QVERIFY(QFile::link(directory.filePath(u"elsewhere.toml"_s), target + u"/pyproject.toml"_s));
        const QStringList before = tree(directory.path());

        const ExportResult result = FolderExporter::write(samplePackage(), target, true);
        QVERIFY(!result.succeeded());
        QVERIFY2(result.errorMessage.contains(u"does not look like a package export"_s),
                 qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(QDir::toNativeSeparators(target)), qPrintable(result.errorMessage));
        QCOMPARE(tree(directory.path()), before);
        QCOMPARE(bytesOf(target + u"/notes.txt"_s), QByteArray("mine\n"));
    }

    void refusesHostilePaths()
    {
        Package package = samplePackage();
        for (const QString &path : {u"../evil.py"_s, u"/tmp/evil.py"_s, u"..\\evil.py"_s, u"a/../../evil.py"_s})
            QVERIFY2(package.setFile(fileAt(path, "evil\n")).has_value(), qPrintable(path));
        QTemporaryDir directory;
        const QString target = directory.filePath(u"out/weather"_s);
        QVERIFY(QDir(directory.path()).mkdir(u"out"_s));
        QVERIFY(FolderExporter::write(package, target).succeeded());
        QCOMPARE(folderContents(directory.path()), QStringList{u"out"_s});
        QCOMPARE(folderContents(directory.filePath(u"out"_s)), QStringList{u"weather"_s});
        QCOMPARE(tree(target), sampleTree);
    }

    void explainsWhereItCannotWrite_data()
    {
        QTest::addColumn<QString>("relativeTarget");
        QTest::addColumn<QString>("expectedPart");

        QTest::newRow("under a file") << u"file.txt/weather"_s << u"is a file, not a folder"_s;
        QTest::newRow("parent missing") << u"missing/weather"_s << u"does not exist. Create it"_s;
        QTest::newRow("target is a file") << u"file.txt"_s << u"is a file, not a folder"_s;
        QTest::newRow("target is a link") << u"link"_s << u"is a link"_s;
        QTest::newRow("no folder") << QString() << u"No folder was given"_s;
    }

    void explainsWhereItCannotWrite()
    {
        QFETCH(QString, relativeTarget);
        QFETCH(QString, expectedPart);

        QTemporaryDir directory;
        QVERIFY(writeFile(directory.filePath(u"file.txt"_s), "text\n"));
        QVERIFY(QDir(directory.path()).mkdir(u"real"_s));
        QVERIFY(QFile::link(directory.filePath(u"real"_s), directory.filePath(u"link"_s)));
        const QStringList before = folderContents(directory.path());

        const QString target = relativeTarget.isEmpty() ? QString() : directory.filePath(relativeTarget);
        const ExportResult result = FolderExporter::write(samplePackage(), target, true);
        QVERIFY(!result.succeeded());
        QVERIFY2(result.errorMessage.contains(expectedPart), qPrintable(result.errorMessage));
        QCOMPARE(folderContents(directory.path()), before);
        QCOMPARE(bytesOf(directory.filePath(u"file.txt"_s)), QByteArray("text\n"));
        QVERIFY(folderContents(directory.filePath(u"real"_s)).isEmpty());
    }

    // A write that fails part way leaves the target as it was and removes what it wrote.
    void failureLeavesTheTargetUntouched_data()
    {
        QTest::addColumn<bool>("targetExists");
        QTest::newRow("replacing a folder") << true;
        QTest::newRow("new folder") << false;
    }

    void failureLeavesTheTargetUntouched()
    {
        QFETCH(bool, targetExists);

        QTemporaryDir directory;
        const QString target = directory.filePath(u"weather"_s);
        if (targetExists) {
            QVERIFY(QDir(directory.path()).mkdir(u"weather"_s));
            QVERIFY(writeFile(target + u"/mine.py"_s, "mine\n"));
            QVERIFY(writeFile(target + u"/pyproject.toml"_s, "[project]\n"));
        }
        const QStringList treeBefore = tree(directory.path());

        Package large = samplePackage();
        QByteArray noise(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QVERIFY(!large.setFile(fileAt(u"src/weather/zz_noise.bin"_s, noise)));

        ExportResult result;
        {
            const FileSizeLimit limit(64 * 1024);
            if (!limit.isActive())
                QSKIP("The file size limit cannot be lowered here.");
            result = FolderExporter::write(large, target, true);
        }
        QVERIFY(!result.succeeded());
        QVERIFY2(result.errorMessage.contains(u"zz_noise.bin"_s), qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(u"Nothing was changed"_s), qPrintable(result.errorMessage));
        QCOMPARE(tree(directory.path()), treeBefore);
        if (targetExists)
            QCOMPARE(bytesOf(target + u"/mine.py"_s), QByteArray("mine\n"));
    }

    void writesInTheBackground()
    {
        QTemporaryDir directory;
        const QString target = directory.filePath(u"weather"_s);
        QFuture<ExportResult> future = FolderExporter::writeInBackground(samplePackage(), target);
        const ExportResult result = future.result();
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        QCOMPARE(tree(target), sampleTree);
    }
};

QTEST_GUILESS_MAIN(FolderExporterTest)
#include "FolderExporterTest.moc"
