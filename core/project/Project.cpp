#include "project/Project.h"

#include "LoggingCategories.h"
#include "package/PackagePath.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

const QString stateFileName = u"project.json"_s;
const QString previousStateFileName = u"project.json.previous"_s;
const QString packageFolderName = u"package"_s;
const QString historyFolderName = u"history"_s;
// project.json holds a spec, a plan and file records: megabytes at most.
constexpr qint64 maximumStateBytes = 64LL * 1024 * 1024;
// Keeps history file names well below the 255-byte limit of most file systems.
constexpr qsizetype maximumHistoryFilePart = 120;

// Tool, editor and system output inside package/ that is not part of the package: never loaded
// as files (and so never exported). Compared case-insensitively: Windows and macOS folders are.
constexpr std::array<QStringView, 11> ignoredFolders{u"__pycache__", u".git",  u".hg",           u".venv",
                                                     u"venv",        u".tox",  u".pytest_cache", u".mypy_cache",
                                                     u".ruff_cache", u".idea", u".vscode"};
// Only directly in package/, where build tools put them: deeper down "build" may be a subpackage.
constexpr std::array<QStringView, 3> ignoredTopFolders{u"build", u"dist", u"htmlcov"};
constexpr std::array<QStringView, 3> ignoredFiles{u".DS_Store", u"Thumbs.db", u".coverage"};
constexpr std::array<QStringView, 4> ignoredFileEndings{u".pyc", u".pyo", u".swp", u"~"};

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray stateBytes(const ProjectState &state)
{
    return QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented);
}

bool isLowercaseWord(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

// QSaveFile's temporary files are "<final name>.XXXXXX", six random letters in mixed case (our
// simulated crash adds digits). Six lowercase letters are far more likely a user's ".backup" or
// ".sample" (and only 1 in 64 temporaries look like that), so such a name never counts. Callers
// also check that the final name is a file the project writes.
std::optional<QString> temporaryFileBase(const QString &name)
{
    static const QRegularExpression pattern(u"^(.+)\\.([A-Za-z0-9]{6})$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch() || isLowercaseWord(match.capturedView(2)))
        return std::nullopt;
    return match.captured(1);
}

// The first symbolic link (or Windows junction) among the parts of `relativePath` that exist below
// `folder`, the file itself included. QSaveFile, mkpath() and remove() all follow links, so a write
// or delete through one would change files outside the project.
std::optional<QString> linkOnPath(const QString &folder, const QString &relativePath)
{
    QString path = folder;
    const QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        path += u'/' + part;
        const QFileInfo info(path);
        if (info.isSymbolicLink() || info.isJunction())
            return path;
        if (!info.exists())
            break;
    }
    return std::nullopt;
}

template<std::size_t size>
bool isOneOf(const QString &name, const std::array<QStringView, size> &names)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [&name](QStringView ignored) { return name.compare(ignored, Qt::CaseInsensitive) == 0; });
}

// The first part of `relativePath` below `folder`, the last one left out, that is there but is not
// a folder: why mkpath() failed, for the message.
std::optional<QString> fileInTheWay(const QString &folder, const QString &relativePath)
{
    QString path = folder;
    QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    parts.removeLast();
    for (const QString &part : std::as_const(parts)) {
        path += u'/' + part;
        const QFileInfo info(path);
        if (!info.exists())
            break;
        if (!info.isDir())
            return path;
    }
    return std::nullopt;
}

bool isIgnoredFolder(const QString &name, bool topLevel)
{
    return isOneOf(name, ignoredFolders) || (topLevel && isOneOf(name, ignoredTopFolders))
        || name.endsWith(u".egg-info"_s, Qt::CaseInsensitive);
}

bool isIgnoredFile(const QString &name)
{
    return isOneOf(name, ignoredFiles)
        || std::any_of(ignoredFileEndings.cbegin(), ignoredFileEndings.cend(),
                       [&name](QStringView ending) { return name.endsWith(ending, Qt::CaseInsensitive); });
}

FileRole guessedRole(const QString &path, const ProjectState &state)
{
    if (state.plan) {
        if (const PlannedFile *planned = state.plan->file(path))
            return planned->role;
    }
    const QString name = path.section(u'/', -1);
    const bool python = name.endsWith(u".py"_s);
    if (python && (path.startsWith(u"tests/"_s) || name.startsWith(u"test_"_s)))
        return FileRole::Test;
    if (python && path.startsWith(u"examples/"_s))
        return FileRole::Example;
    if (python)
        return FileRole::Module;
    if (name.endsWith(u".md"_s) || name.endsWith(u".rst"_s) || path.startsWith(u"docs/"_s))
        return FileRole::Doc;
    return FileRole::Config;
}

QString historyFileName(int number, const HistoryRecord &record)
{
    QString name = QString::number(number).rightJustified(6, u'0') + u'-' + stageIdName(record.stage);
    if (!record.file.isEmpty()) {
        QString part = record.file;
        for (QChar &character : part) {
            // '/' as the brief says; the rest so the name is valid on every file system.
            if (character == u'/' || character == u'\\' || character == u':' || character == u'*' || character == u'?'
                || character == u'"' || character == u'<' || character == u'>' || character == u'|'
                || character.unicode() < 0x20)
                character = u'_';
        }
        name += u'-' + part.left(maximumHistoryFilePart);
    }
    return name + u".json"_s;
}

struct StateFile
{
    std::optional<ProjectState> state;
    QByteArray bytes;
    bool missing = false;
    std::optional<int> newerVersion;
    QString problem; // why it is not usable
};

StateFile readStateFile(const QString &path)
{
    StateFile result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.missing = true;
        result.problem = Project::tr("is missing");
        return result;
    }
    if (!info.isFile() || info.size() > maximumStateBytes) {
        result.problem = Project::tr("is not a project file");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = Project::tr("cannot be read (%1)").arg(file.errorString());
        return result;
    }
    result.bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problem =
            Project::tr("is damaged (%1 at byte %2)").arg(parseError.errorString(), QString::number(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.problem = Project::tr("is damaged (not a JSON object)");
        return result;
    }
    const QJsonValue version = document.object().value(u"projectVersion"_s);
    if (version.isDouble() && version.toDouble() > ProjectState::formatVersion) {
        result.newerVersion = version.toInt();
        return result;
    }
    QStringList errors;
    result.state = ProjectState::fromJson(document.object(), &errors);
    if (!result.state)
        result.problem = Project::tr("is damaged (%1)").arg(errors.join(u"; "_s));
    return result;
}

QString newerVersionMessage(const QString &folder, int version)
{
    return Project::tr("The project in %1 was saved by a newer Pygen Studio (project format %2; this version reads "
                       "format %3 and older). Update Pygen Studio to open it.")
        .arg(QDir::toNativeSeparators(folder), QString::number(version), QString::number(ProjectState::formatVersion));
}

} // namespace

// The write thread's side of a project. Only that thread touches the members above the mutex.
struct Project::Writer
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::Project)

public:
    explicit Writer(QString projectFolder)
        : folder(std::move(projectFolder))
    {
    }

    // The error message, or empty when the bytes are on disk (or dropped after a simulated crash).
    QString write(const QString &relativePath, const QByteArray &bytes);
    static QString linkRefusal(const QString &what, const QString &link);
    // What went wrong with `file`, and what to do about it, by the kind of error.
    static QString saveError(const QString &path, const QFileDevice &file);
    QString saveState(const QByteArray &bytes);
    // Moves the damaged project.json to damagedStateName, so that saving does not destroy it.
    QString keepDamagedState();
    QString remove(const QString &relativePath);

    const QString folder;
    int crashCountdown = -1;
    bool crashed = false;
    // The last project.json known to be good: what project.json.previous becomes on the next save.
    QByteArray lastGoodState;
    // False while project.json on disk is not lastGoodState (it was damaged and the previous copy
    // was loaded): the next save must write it even when nothing changed.
    bool stateFileCurrent = true;
    // Set when project.json was unusable and the previous copy was loaded: the name (in the project
    // folder) the damaged file gets before the first save. It may be a merge conflict or a hand
    // edit worth merging.
    QString damagedStateName;

    QMutex mutex;
    std::optional<QString> firstError;
};

QString Project::Writer::linkRefusal(const QString &what, const QString &link)
{
    return tr("%1: %2 is a symbolic link, and Pygen Studio does not write or delete through links, so that no file "
              "outside the project is changed. Remove the link (put a real file or folder in its place) and try "
              "again.")
        .arg(what, QDir::toNativeSeparators(link));
}

QString Project::Writer::write(const QString &relativePath, const QByteArray &bytes)
{
    if (crashed)
        return {};
    const QString path = QDir(folder).filePath(relativePath);
    if (const auto link = linkOnPath(folder, relativePath))
        return linkRefusal(tr("Did not save %1").arg(QDir::toNativeSeparators(path)), *link);
    if (crashCountdown == 0) {
        // What a process that dies in the middle of QSaveFile::write() leaves: part of the
        // content in a temporary file beside the target, and the target untouched.
        crashed = true;
        static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QString suffix;
        while (suffix.isEmpty() || isLowercaseWord(suffix)) {
            suffix.clear();
            for (int i = 0; i < 6; ++i)
                suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile temporary(path + u'.' + suffix);
        if (temporary.open(QIODevice::WriteOnly))
            temporary.write(bytes.left(bytes.size() / 2));
        qCDebug(logProject) << "Simulated crash while writing" << path;
        return {};
    }
    if (crashCountdown > 0)
        --crashCountdown;

    const QString shownPath = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (const auto file = fileInTheWay(folder, relativePath)) {
            return tr("Could not save %1: %2 is a file, where a folder is needed. Move or rename that file.")
                .arg(shownPath, QDir::toNativeSeparators(*file));
        }
        // Otherwise QSaveFile::open() below fails too and says why.
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(path, file);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString error = saveError(path, file);
        file.cancelWriting();
        return error;
    }
    return {};
}

QString Project::Writer::saveError(const QString &path, const QFileDevice &file)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return tr("Could not save %1: the disk is full (%2). Free some space and try again.")
            .arg(shownPath, file.errorString());
    case QFileDevice::PermissionsError:
    case QFileDevice::OpenError:
        return tr("Could not save %1: %2. Check that you have permission to write to the folder %3.")
            .arg(shownPath, file.errorString(), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    default:
        return tr("Could not save %1: %2.").arg(shownPath, file.errorString());
    }
}

QString Project::Writer::saveState(const QByteArray &bytes)
{
    if (stateFileCurrent && bytes == lastGoodState)
        return {};
    if (!damagedStateName.isEmpty()) {
        if (const QString error = keepDamagedState(); !error.isEmpty())
            return error;
    }
    QString error;
    if (!lastGoodState.isEmpty())
        error = write(previousStateFileName, lastGoodState);
    const QString stateError = write(stateFileName, bytes);
    if (stateError.isEmpty()) {
        if (!crashed) {
            lastGoodState = bytes;
            stateFileCurrent = true;
        }
    } else if (error.isEmpty()) {
        error = stateError;
    }
    return error;
}

QString Project::Writer::keepDamagedState()
{
    if (crashed)
        return {};
    const QDir root(folder);
    QFile damaged(root.filePath(stateFileName));
    const QString kept = root.filePath(damagedStateName);
    if (damaged.exists() && !damaged.rename(kept)) {
        // project.json is not written over until the damaged file is safe; the next save tries again.
        return tr("Did not save %1: the damaged file could not be kept as %2 (%3). Check that you may write to the "
                  "folder %4, or move project.json somewhere else yourself.")
            .arg(QDir::toNativeSeparators(root.filePath(stateFileName)), QDir::toNativeSeparators(kept),
                 damaged.errorString(), QDir::toNativeSeparators(folder));
    }
    qCInfo(logProject) << "Kept the damaged project.json as" << kept;
    damagedStateName.clear();
    return {};
}

QString Project::Writer::remove(const QString &relativePath)
{
    if (crashed)
        return {};
    const QString packagePath = QDir(folder).filePath(packageFolderName);
    const QString path = QDir(packagePath).filePath(relativePath);
    if (const auto link = linkOnPath(folder, packageFolderName + u'/' + relativePath))
        return linkRefusal(tr("Did not delete %1").arg(QDir::toNativeSeparators(path)), *link);
    if (QFile file(path); file.exists() && !file.remove()) {
        return tr("Could not delete %1: %2. Check that you have permission to change files in the folder %3.")
            .arg(QDir::toNativeSeparators(path), file.errorString(),
                 QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    }
    // Folders the file leaves empty go too; rmdir() refuses folders that still hold something.
    QString parent = QFileInfo(path).absolutePath();
    const QString root = QFileInfo(packagePath).absoluteFilePath();
    while (parent.startsWith(root + u'/') && QDir().rmdir(parent))
        parent = QFileInfo(parent).absolutePath();
    return {};
}

Project::Project(QString folder)
    : m_folder(std::move(folder))
    , m_pool(new QThreadPool(this))
    , m_writer(std::make_shared<Writer>(m_folder))
{
    m_pool->setMaxThreadCount(1);
}

Project::~Project()
{
    // Every queued write reaches the disk before the project goes away.
    m_pool->waitForDone();
}

QString Project::packageFolder() const
{
    return QDir(m_folder).filePath(packageFolderName);
}

QString Project::historyFolder() const
{
    return QDir(m_folder).filePath(historyFolderName);
}

template<typename Task>
void Project::queue(Task &&task)
{
    // The destructor waits for the pool, so tasks may use `this`.
    m_pool->start(std::function<void()>(std::forward<Task>(task)));
}

void Project::queueSave()
{
    queue([this, state = m_state] {
        const QString error = m_writer->saveState(stateBytes(state));
        if (!error.isEmpty())
            reportWriteError(error);
    });
}

void Project::reportWriteError(const QString &message)
{
    qCWarning(logProject) << message;
    {
        const QMutexLocker locker(&m_writer->mutex);
        if (!m_writer->firstError)
            m_writer->firstError = message;
    }
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT writeFailed(message); }, Qt::QueuedConnection);
}

Project::LoadResult Project::create(const QString &folder, const ProjectState &state)
{
    LoadResult result;
    const QFileInfo info(folder);
    const QString shownFolder = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && !info.isDir()) {
        result.errorMessage = tr("%1 is a file, not a folder. Choose a folder for the project.").arg(shownFolder);
        return result;
    }
    if (info.isDir()) {
        const QDir directory(folder);
        if (directory.exists(stateFileName)) {
            result.errorMessage =
                tr("%1 already holds a Pygen Studio project. Open it, or choose an empty folder for a new project.")
                    .arg(shownFolder);
            return result;
        }
        if (!directory.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
            result.errorMessage = tr("The folder %1 is not empty. Choose an empty or new folder for the project, so "
                                     "that none of your files is mixed with it or overwritten.")
                                      .arg(shownFolder);
            return result;
        }
    }
    if (!QDir().mkpath(QDir(folder).filePath(packageFolderName))
        || !QDir().mkpath(QDir(folder).filePath(historyFolderName))) {
        result.errorMessage =
            tr("Could not create the project folder %1. Check that you may write there.").arg(shownFolder);
        return result;
    }

    std::shared_ptr<Project> project(new Project(info.absoluteFilePath()));
    project->m_state = state;
    const QByteArray bytes = stateBytes(state);
    // Written at once, in this thread: the caller learns now whether the folder is usable.
    const QString error = project->m_writer->write(stateFileName, bytes);
    if (!error.isEmpty()) {
        result.errorMessage = error;
        return result;
    }
    project->m_writer->lastGoodState = bytes;
    result.project = std::move(project);
    return result;
}

QFuture<Project::LoadResult> Project::load(const QString &folder)
{
    QThread *thread = QThread::currentThread();
    return QtConcurrent::run([folder, thread] { return loadNow(folder, thread); });
}

Project::LoadResult Project::loadNow(const QString &folder, QThread *thread)
{
    LoadResult result;
    const QFileInfo folderInfo(folder);
    const QString shownFolder = QDir::toNativeSeparators(folderInfo.absoluteFilePath());
    if (!folderInfo.isDir()) {
        result.errorMessage = folderInfo.exists()
            ? tr("%1 is a file, not a project folder. Choose the folder that holds project.json.").arg(shownFolder)
            : tr("The project folder %1 does not exist.").arg(shownFolder);
        return result;
    }
    const QDir root(folderInfo.absoluteFilePath());

    // project.json, or its previous copy when project.json is damaged.
    StateFile main = readStateFile(root.filePath(stateFileName));
    if (main.newerVersion) {
        result.errorMessage = newerVersionMessage(folder, *main.newerVersion);
        return result;
    }
    StateFile used = main;
    QString damagedStateName;
    if (!main.state) {
        StateFile previous = readStateFile(root.filePath(previousStateFileName));
        if (previous.newerVersion) {
            result.errorMessage = newerVersionMessage(folder, *previous.newerVersion);
            return result;
        }
        if (!previous.state) {
            if (main.missing && previous.missing) {
                result.errorMessage = tr("%1 is not a Pygen Studio project: it has no project.json. Choose the "
                                         "folder that holds project.json, or create a new project.")
                                          .arg(shownFolder);
            } else {
                result.errorMessage = tr("The project in %1 cannot be opened: project.json %2, and its previous copy "
                                         "(project.json.previous) %3. Restore project.json from a backup, or create "
                                         "a new project.")
                                          .arg(shownFolder, main.problem, previous.problem);
            }
            return result;
        }
        const QDateTime saved = QFileInfo(root.filePath(previousStateFileName)).lastModified();
        const QString savedText = QLocale().toString(saved, QLocale::ShortFormat);
        if (main.missing) {
            result.warnings.append(tr("project.json %1; its previous copy from %2 was used instead, so the latest "
                                      "changes may be missing.")
                                       .arg(main.problem, savedText));
        } else {
            // The first save moves it aside under this name (a git merge conflict or a hand edit
            // may hold changes worth keeping).
            damagedStateName =
                stateFileName + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
            const QString stamped = damagedStateName;
            for (int n = 2; root.exists(damagedStateName); ++n)
                damagedStateName = stamped + u'-' + QString::number(n);
            result.warnings.append(tr("project.json %1; its previous copy from %2 was used instead, so the latest "
                                      "changes may be missing. The damaged file is kept as %3: merge anything you "
                                      "need from it, then delete it.")
                                       .arg(main.problem, savedText, damagedStateName));
        }
        used = std::move(previous);
    }
    bool repaired = !main.state;

    std::shared_ptr<Project> project(new Project(folderInfo.absoluteFilePath()));
    ProjectState &state = project->m_state;
    state = std::move(*used.state);
    project->m_writer->lastGoodState = used.bytes;
    project->m_writer->stateFileCurrent = main.state.has_value();
    project->m_writer->damagedStateName = damagedStateName;

    // Temporary files of saves a crash interrupted; never through a link out of the project.
    const QString projectFolder = project->folder();
    const auto removeLeftover = [&projectFolder](const QString &path) {
        const QString relative = QDir(projectFolder).relativeFilePath(path);
        if (const auto link = linkOnPath(projectFolder, relative)) {
            qCWarning(logProject) << "Not removing" << path << "through the symbolic link" << *link;
            return;
        }
        qCInfo(logProject) << "Removing" << path << ", left behind by an interrupted save";
        QFile::remove(path);
    };
    const QStringList rootFiles = root.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : rootFiles) {
        const auto base = temporaryFileBase(name);
        if (base && (*base == stateFileName || *base == previousStateFileName))
            removeLeftover(root.filePath(name));
    }

    // history/: the highest number decides where new records continue.
    static const QRegularExpression historyName(u"^([0-9]{6,})-[^/]*\\.json$"_s);
    const QDir history(project->historyFolder());
    const QStringList historyFiles = history.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : historyFiles) {
        if (const auto match = historyName.match(name); match.hasMatch()) {
            project->m_historyCount = std::max(project->m_historyCount, match.captured(1).toInt());
            continue;
        }
        const auto base = temporaryFileBase(name);
        if (base && historyName.match(*base).hasMatch())
            removeLeftover(history.filePath(name));
    }

    // Records that cannot name a file inside package/ are dropped before anything is looked up.
    for (auto it = state.files.begin(); it != state.files.end();) {
        if (const auto problem = PackagePath::problem(it.key())) {
            result.warnings.append(
                tr("project.json listed a file with an unsafe path; it was dropped. %1").arg(*problem));
            it = state.files.erase(it);
            repaired = true;
        } else {
            ++it;
        }
    }

    // package/: every file, compared with what project.json says was written.
    // What project.json records, before the files found below are added to it.
    const QStringList recordedPaths = state.files.keys();
    const QSet<QString> recordedFiles(recordedPaths.cbegin(), recordedPaths.cend());
    const QString packageRoot = project->packageFolder();
    const QDir packageDirectory(packageRoot);
    QSet<QString> found;
    QStringList folders{packageRoot};
    while (!folders.isEmpty()) {
        const QDir directory(folders.takeLast());
        const QFileInfoList entries =
            directory.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString relative = packageDirectory.relativeFilePath(entry.absoluteFilePath());
            if (entry.isSymLink()) {
                result.warnings.append(tr("package/%1 is a symbolic link; it was not loaded.").arg(relative));
                continue;
            }
            if (entry.isDir()) {
                if (!isIgnoredFolder(entry.fileName(), !relative.contains(u'/')))
                    folders.append(entry.absoluteFilePath());
                continue;
            }
            if (!entry.isFile() || isIgnoredFile(entry.fileName()))
                continue;
            // Only beside a file project.json records: any other name may be the user's.
            if (const auto base = temporaryFileBase(entry.fileName())) {
                const QString baseRelative = relative.chopped(entry.fileName().size() - base->size());
                if (recordedFiles.contains(baseRelative)) {
                    removeLeftover(entry.absoluteFilePath());
                    continue;
                }
            }

            if (entry.size() > project->m_package.limits().maximumFileBytes) {
                result.warnings.append(tr("package/%1 is %2, larger than a package file may be; it was not loaded.")
                                           .arg(relative, QLocale().formattedDataSize(entry.size())));
                continue;
            }
            QFile file(entry.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly)) {
                result.warnings.append(
                    tr("package/%1 cannot be read (%2); it was not loaded.").arg(relative, file.errorString()));
                continue;
            }
            const QByteArray content = file.readAll();
            const QByteArray hash = sha256Hex(content);

            const bool recorded = state.files.contains(relative);
            FileRecord record = recorded ? state.files.value(relative) : FileRecord{};
            if (!recorded) {
                record.role = guessedRole(relative, state);
                record.origin = FileOrigin::Edited;
                record.status = FileStatus::Generated;
                result.warnings.append(
                    tr("package/%1 is not part of the project; it was added as an edited file.").arg(relative));
            } else if (record.sha256.isEmpty()) {
                record.origin = FileOrigin::Edited;
                record.status = FileStatus::Generated;
                result.warnings.append(tr("package/%1 was found, but the project has no record of writing it (Pygen "
                                          "Studio may have stopped while saving); it was kept as an edited file.")
                                           .arg(relative));
            } else if (record.sha256 != hash) {
                record.origin = FileOrigin::Edited;
                if (record.status == FileStatus::Planned)
                    record.status = FileStatus::Generated;
                result.warnings.append(
                    tr("package/%1 was changed outside Pygen Studio; the change is kept and the file is marked as "
                       "edited.")
                        .arg(relative));
            }
            record.sha256 = hash;

            const PackageFile packageFile{relative, content, record.role, record.origin, record.status, record.message};
            if (const auto refused = project->m_package.setFile(packageFile)) {
                result.warnings.append(tr("package/%1 was not loaded: %2").arg(relative, *refused));
                continue;
            }
            found.insert(relative);
            if (!recorded || state.files.value(relative) != record) {
                state.files.insert(relative, record);
                repaired = true;
            }
        }
    }

    // Records of files that are gone: back to Planned, so the pipeline writes them again.
    for (auto it = state.files.begin(); it != state.files.end(); ++it) {
        FileRecord &record = it.value();
        if (found.contains(it.key()) || (record.sha256.isEmpty() && record.status == FileStatus::Planned))
            continue;
        if (!record.sha256.isEmpty()) {
            result.warnings.append(
                tr("package/%1 is missing; it is planned again and will be generated on the next run.").arg(it.key()));
        }
        record.status = FileStatus::Planned;
        record.sha256.clear();
        repaired = true;
    }

    if (repaired)
        project->queueSave();
    project->moveToThread(thread);
    for (const QString &warning : std::as_const(result.warnings))
        qCInfo(logProject).noquote() << warning;
    result.project = std::move(project);
    return result;
}

void Project::setState(const ProjectState &state)
{
    m_state = state;
    queueSave();
    Q_EMIT stateChanged();
}

std::optional<QString> Project::writeFile(const PackageFile &file)
{
    if (const auto refused = m_package.setFile(file))
        return refused;
    m_state.files.insert(file.path,
                         FileRecord{file.role, file.origin, file.status, file.message, sha256Hex(file.content)});
    queue([this, path = QString(packageFolderName + u'/' + file.path), content = file.content] {
        const QString error = m_writer->write(path, content);
        if (!error.isEmpty())
            reportWriteError(error);
    });
    queueSave();
    Q_EMIT fileChanged(file.path);
    Q_EMIT stateChanged();
    return std::nullopt;
}

void Project::removeFile(const QString &path)
{
    if (!PackagePath::isSafe(path)) {
        qCWarning(logProject) << "Not removing" << path << ": the path is not safe";
        return;
    }
    m_package.removeFile(path);
    m_state.files.remove(path);
    queue([this, path] {
        const QString error = m_writer->remove(path);
        if (!error.isEmpty())
            reportWriteError(error);
    });
    queueSave();
    Q_EMIT fileRemoved(path);
    Q_EMIT stateChanged();
}

void Project::appendHistory(const HistoryRecord &record)
{
    ++m_historyCount;
    const QString path = historyFolderName + u'/' + historyFileName(m_historyCount, record);
    queue([this, path, record] {
        const QString error = m_writer->write(path, QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented));
        if (!error.isEmpty())
            reportWriteError(error);
    });
    Q_EMIT historyAppended(m_historyCount, record);
}

QFuture<void> Project::flushed()
{
    // Not QtConcurrent::run(m_pool, …): waitForFinished() on such a future may take the task out of
    // the queue and run it at once in the waiting thread, ahead of the writes queued before it.
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    queue([promise] { promise->finish(); });
    return future;
}

std::optional<QString> Project::takeWriteError()
{
    const QMutexLocker locker(&m_writer->mutex);
    return std::exchange(m_writer->firstError, std::nullopt);
}

void Project::simulateCrashAfterWrites(int writes)
{
    queue([this, writes] { m_writer->crashCountdown = writes; });
}

} // namespace Pygen
