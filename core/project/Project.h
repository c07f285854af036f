#pragma once

#include "HistoryRecord.h"
#include "ProjectState.h"
#include "package/Package.h"
#include "package/PackageFile.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

QT_FORWARD_DECLARE_CLASS(QThread)

#include <memory>
#include <optional>

namespace Pygen {

// A project folder (shared/DESIGN.md §3): project.json, package/ (real files) and history/.
// Every write goes through one private worker thread, in the order it was asked for, with
// QSaveFile, so the GUI thread never waits for the disk and a crash at any moment leaves a
// loadable project. The object itself lives in the caller's thread.
//
// Before project.json is replaced, the copy it replaces is saved as project.json.previous, which
// load() falls back to (with a warning) when project.json is damaged; the damaged file is then
// renamed to project.json.damaged-<yyyyMMdd-HHmmss> before the first save, so that nothing in it
// (a merge conflict, a hand edit) is lost. History files are named
// NNNNNN-<stage>[-<file path with '/' as '_'>].json, numbered from 000001. QSaveFile temporary
// files a crash left behind (<name>.XXXXXX, a mixed-case suffix, beside project.json, its previous
// copy, a history file or a file project.json records) are removed on load; any other name is
// left alone. The destructor waits for queued writes.
// Nothing is written or deleted through a symbolic link below the project folder (package/ and
// history/ included): such a write fails with a message that names the link.
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    struct LoadResult
    {
        std::shared_ptr<Project> project; // set on success
        // Why the folder could not be opened: no project.json, not a project, unreadable JSON
        // with no good previous copy, a newer projectVersion … and what to do.
        QString errorMessage;
        // What was repaired on the way: a package file missing (back to Planned), changed outside
        // the studio (kept, origin Edited), an unknown file found in package/ (added as Edited),
        // project.json unreadable so its previous copy was used (and the name it is kept under).
        QStringList warnings;
    };

    // A new project in `folder`, which must be missing or empty; writes project.json at once.
    static LoadResult create(const QString &folder, const ProjectState &state);
    // Opens an existing project folder; the work runs in a worker thread.
    static QFuture<LoadResult> load(const QString &folder);

    ~Project() override;

    QString folder() const { return m_folder; }
    QString packageFolder() const;
    QString historyFolder() const;
    const ProjectState &state() const { return m_state; }
    // The files of package/ as loaded or written since.
    const Package &package() const { return m_package; }

    // Each of these changes the in-memory state at once and queues the write.
    void setState(const ProjectState &state);
    // Writes package/<path> and then updates the file's record (with its hash) in project.json.
    // Returns why the file was refused (unsafe path, limits); nothing when it was queued.
    std::optional<QString> writeFile(const PackageFile &file);
    // Removes package/<path> and its record.
    void removeFile(const QString &path);
    // history/NNNNNN-<stage>[-<file>].json
    void appendHistory(const HistoryRecord &record);
    int historyCount() const { return m_historyCount; }

    // Resolves when every write queued so far is on disk.
    QFuture<void> flushed();
    // The first write error since the last call (disk full, permissions), if any.
    std::optional<QString> takeWriteError();

    // For crash tests: after `writes` more file writes the worker stops writing (as if the process
    // died), leaving whatever a real crash at that moment would leave.
    // Counted from the writes queued after this call. Each writeFile() makes up to three writes
    // (the file, project.json.previous, project.json), setState() and removeFile() up to two,
    // appendHistory() one; a save of an unchanged project.json makes none. The write that would
    // come next leaves a truncated QSaveFile temporary file (<name>.XXXXXX) and nothing else.
    void simulateCrashAfterWrites(int writes);

Q_SIGNALS:
    // A write failed: what and why, for the window or the command line to show.
    void writeFailed(const QString &message);
    // Emitted at once (in the Project's thread) when the in-memory state changes, so views
    // follow the pipeline and the person's edits without polling.
    void stateChanged();
    void fileChanged(const QString &path);
    void fileRemoved(const QString &path);
    void historyAppended(int number, const Pygen::HistoryRecord &record);

private:
    struct Writer;

    explicit Project(QString folder);
    static LoadResult loadNow(const QString &folder, QThread *thread);
    // Queues a task on the write thread; tasks run one at a time, in the order queued.
    template<typename Task>
    void queue(Task &&task);
    void queueSave();
    // From the write thread: remembers the first error and signals it in the Project's thread.
    void reportWriteError(const QString &message);

    QString m_folder;
    ProjectState m_state;
    Package m_package;
    int m_historyCount = 0;
    // One thread: the writes reach the disk in the order they were asked for.
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<Writer> m_writer;
};

} // namespace Pygen
