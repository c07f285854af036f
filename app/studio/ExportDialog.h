#pragma once

#include "package/ExportCheck.h"
#include "package/ExportResult.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Pygen {

class ProjectSession;

// Exports a project's package as a zip or into a folder. Shows first what the export would miss
// (ExportCheck), lets the person choose where it goes, runs the exporter in a worker thread with a
// busy bar and Cancel, and ends with the result and "Open folder". Unsaved edits are only listed:
// the window offers to save them before it opens this dialog.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Mode { Zip, Folder };

    ExportDialog(ProjectSession &session, QStringList unsavedFiles, Mode mode, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Mode mode() const { return m_mode; }
    const QList<ExportFinding> &findings() const { return m_findings; }
    // The zip file or folder to write; by default "<distribution>-<version>[.zip]" beside the
    // project folder, that is in the projects folder.
    QString destination() const;
    void setDestination(const QString &path);
    bool isExporting() const { return m_cancelled != nullptr; }
    // The last export's result; empty path before any.
    const ExportResult &lastResult() const { return m_lastResult; }

    // What the Export button does: asks before replacing a zip, then exports.
    void startExport();
    // What Cancel does while exporting: the result is discarded when it can be.
    void cancelExport();

    void reject() override;

Q_SIGNALS:
    // Once per export: succeeded is false for a failure and for a cancelled export; `message` is
    // what the dialog shows.
    void exportFinished(bool succeeded, const QString &message);

private:
    enum class Cancellation { None, NothingWritten, Kept };
    struct Outcome
    {
        ExportResult result;
        Cancellation cancellation = Cancellation::None;
        // Whether the zip, or a non-empty folder, was there before the export.
        bool existedBefore = false;
    };

    static Outcome exportNow(const Package &package, const QString &topFolder, const QString &destination, Mode mode,
                             bool overwrite, const std::shared_ptr<std::atomic<bool>> &cancelled);

    // Takes a finished export back after a cancel, when it made the zip or folder alone.
    static Outcome discard(Outcome outcome, Mode mode);
    void showFindings();
    void chooseDestination();
    void runExport(const QString &destination);
    void showOutcome();
    void setExporting(bool exporting);
    void openFolder();

    ProjectSession &m_session;
    const QStringList m_unsavedFiles;
    const Mode m_mode;
    QList<ExportFinding> m_findings;

    QListWidget *m_findingList;
    QLineEdit *m_destination;
    QPushButton *m_choose;
    QCheckBox *m_replace = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openFolderButton;

    QFutureWatcher<Outcome> m_watcher;
    // Set while an export runs; shared with its worker, which reads it when the write is done.
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    ExportResult m_lastResult;
};

} // namespace Pygen
