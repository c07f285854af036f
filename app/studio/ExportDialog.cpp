#include "ExportDialog.h"

#include "package/FolderExporter.h"
#include "package/ZipExporter.h"
#include "project/ProjectSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Pygen {

namespace {

QString zipSuffix()
{
    return QStringLiteral(".zip");
}

} // namespace

ExportDialog::ExportDialog(ProjectSession &session, QStringList unsavedFiles, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_unsavedFiles(std::move(unsavedFiles))
    , m_mode(mode)
    , m_findingList(new QListWidget(this))
    , m_destination(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_exportButton(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
    , m_cancelButton(m_buttons->addButton(tr("&Cancel export"), QDialogButtonBox::ActionRole))
    , m_openFolderButton(m_buttons->addButton(tr("&Open folder"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(mode == Mode::Zip ? tr("Export as Zip") : tr("Export to a Folder"));

    m_findingList->setObjectName(QStringLiteral("findings"));
    m_findingList->setAccessibleName(tr("What the export would miss"));
    m_findingList->setWordWrap(true);
    m_findingList->setSelectionMode(QAbstractItemView::NoSelection);
    m_findingList->setFocusPolicy(Qt::TabFocus);

    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setAccessibleName(mode == Mode::Zip ? tr("Zip file") : tr("Folder"));
    m_choose->setObjectName(QStringLiteral("chooseDestination"));
    m_choose->setAccessibleName(mode == Mode::Zip ? tr("Choose the zip file") : tr("Choose the folder"));
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    auto *destinationLabel = new QLabel(mode == Mode::Zip ? tr("&Save as:") : tr("&Folder:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    if (mode == Mode::Folder) {
        m_replace = new QCheckBox(tr("&Replace an earlier export in this folder"), this);
        m_replace->setObjectName(QStringLiteral("replace"));
        m_replace->setToolTip(tr("Only a folder that holds an earlier export (with a pyproject.toml) is replaced."));
        form->addRow(m_replace);
    }

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_exportButton->setObjectName(QStringLiteral("export"));
    m_exportButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelExport"));
    m_cancelButton->setVisible(false);
    m_openFolderButton->setObjectName(QStringLiteral("openFolder"));
    m_openFolderButton->setVisible(false);
    // The Export button starts the export and keeps the dialog open for the result, so the box's
    // accepted() and rejected() stay unconnected.
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::showOutcome);

    auto *findingsLabel = new QLabel(tr("Before you export:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findingList, 1);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(640, 420);

    const Project &project = m_session.project();
    const QString name = ExportCheck::exportName(project.state());
    // Projects live side by side in the projects folder; the export goes beside them.
    const QDir projectsFolder = QFileInfo(project.folder()).absoluteDir();
    setDestination(projectsFolder.filePath(mode == Mode::Zip ? name + zipSuffix() : name));
    showFindings();
}

ExportDialog::~ExportDialog()
{
    // A running export finishes in its worker and discards its result there.
    if (m_cancelled)
        m_cancelled->store(true);
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::showFindings()
{
    m_findings = ExportCheck::check(m_session.project(), m_unsavedFiles);
    m_findingList->clear();
    QStyle *style = this->style();
    for (const ExportFinding &finding : std::as_const(m_findings)) {
        const bool blocking = finding.severity == ExportFinding::Severity::Blocking;
        auto *item = new QListWidgetItem(
            style->standardIcon(blocking ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            finding.message, m_findingList);
        item->setData(Qt::UserRole, blocking);
        item->setData(Qt::AccessibleTextRole,
                      (blocking ? tr("Blocks the export: %1") : tr("Warning: %1")).arg(finding.message));
    }
    if (m_findings.isEmpty()) {
        new QListWidgetItem(style->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("The package is complete; nothing stands in the way of the export."), m_findingList);
    }
    m_exportButton->setEnabled(!ExportCheck::blocks(m_findings));
}

void ExportDialog::chooseDestination()
{
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QFileInfo current(destination());
    if (m_mode == Mode::Zip) {
        dialog->setWindowTitle(tr("Save the Zip As"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setNameFilter(tr("Zip archives (*.zip)"));
        dialog->setDefaultSuffix(QStringLiteral("zip"));
        // The overwrite question comes from this dialog when the export starts.
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        dialog->setDirectory(current.absolutePath());
        dialog->selectFile(current.fileName());
    } else {
        dialog->setWindowTitle(tr("Choose the Folder to Export Into"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setDirectory(current.absolutePath());
    }
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setDestination);
    dialog->open();
}

void ExportDialog::startExport()
{
    if (isExporting() || ExportCheck::blocks(m_findings))
        return;
    QString path = QDir::fromNativeSeparators(destination());
    if (path.isEmpty()) {
        m_status->setText(m_mode == Mode::Zip ? tr("Enter a file name for the zip, or choose one.")
                                              : tr("Enter a folder for the package, or choose one."));
        m_destination->setFocus();
        return;
    }
    if (m_mode == Mode::Zip && !path.endsWith(zipSuffix(), Qt::CaseInsensitive)) {
        path += zipSuffix();
        setDestination(path);
    }
    const QFileInfo target(path);
    if (m_mode == Mode::Zip && target.isFile()) {
        auto *question =
            new QMessageBox(QMessageBox::Question, tr("Replace the Zip?"),
                            tr("%1 exists already. Replace it with this export?").arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Cancel, this);
        question->setObjectName(QStringLiteral("replaceQuestion"));
        question->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *replace = question->addButton(tr("&Replace"), QMessageBox::AcceptRole);
        question->setDefaultButton(QMessageBox::Cancel);
        connect(question, &QMessageBox::finished, this, [this, question, replace, path] {
            if (question->clickedButton() == replace)
                runExport(path);
        });
        question->open();
        return;
    }
    runExport(path);
}

ExportDialog::Outcome ExportDialog::exportNow(const Package &package, const QString &topFolder,
                                              const QString &destination, Mode mode, bool overwrite,
                                              const std::shared_ptr<std::atomic<bool>> &cancelled)
{
    Outcome outcome;
    outcome.result.path = destination;
    if (cancelled->load()) {
        outcome.cancellation = Cancellation::NothingWritten;
        return outcome;
    }
    const QFileInfo before(destination);
    outcome.existedBefore = mode == Mode::Zip
        ? before.exists()
        : before.exists() && !QDir(destination).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    outcome.result = mode == Mode::Zip ? ZipExporter::write(package, topFolder, destination)
                                       : FolderExporter::write(package, destination, overwrite);
    if (!cancelled->load())
        return outcome;
    return discard(outcome, mode);
}

ExportDialog::Outcome ExportDialog::discard(Outcome outcome, Mode mode)
{
    if (!outcome.result.succeeded()) {
        outcome.cancellation = Cancellation::NothingWritten;
        return outcome;
    }
    // The exporters write atomically, so until they finished nothing was in place. What this
    // export made alone can be taken back; a replaced zip or folder cannot be brought back.
    if (outcome.existedBefore) {
        outcome.cancellation = Cancellation::Kept;
        return outcome;
    }
    const QString &path = outcome.result.path;
    const bool removed = mode == Mode::Zip ? QFile::remove(path) : QDir(path).removeRecursively();
    outcome.cancellation = removed ? Cancellation::NothingWritten : Cancellation::Kept;
    return outcome;
}

void ExportDialog::runExport(const QString &destination)
{
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    setExporting(true);
    m_status->setText(m_mode == Mode::Zip ? tr("Writing the zip…") : tr("Writing the folder…"));
    const Project &project = m_session.project();
    m_watcher.setFuture(QtConcurrent::run(&ExportDialog::exportNow, project.package(),
                                          ExportCheck::exportName(project.state()), destination, m_mode,
                                          m_replace && m_replace->isChecked(), m_cancelled));
}

void ExportDialog::cancelExport()
{
    if (!m_cancelled)
        return;
    m_cancelled->store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::setExporting(bool exporting)
{
    m_progress->setVisible(exporting);
    m_cancelButton->setVisible(exporting);
    m_cancelButton->setEnabled(exporting);
    m_exportButton->setEnabled(!exporting && !ExportCheck::blocks(m_findings));
    m_destination->setEnabled(!exporting);
    m_choose->setEnabled(!exporting);
    if (m_replace)
        m_replace->setEnabled(!exporting);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!exporting);
    if (exporting)
        m_openFolderButton->setVisible(false);
}

void ExportDialog::showOutcome()
{
    const Outcome outcome = m_watcher.result();
    // Cancel came after the worker had looked for it for the last time: take the export back now,
    // again in a worker.
    if (m_cancelled && m_cancelled->load() && outcome.cancellation == Cancellation::None) {
        m_watcher.setFuture(QtConcurrent::run(&ExportDialog::discard, outcome, m_mode));
        return;
    }
    m_cancelled.reset();
    setExporting(false);
    m_lastResult = outcome.result;
    QString message;
    bool succeeded = false;
    switch (outcome.cancellation) {
    case Cancellation::NothingWritten:
        message = tr("The export was cancelled; nothing was written.");
        break;
    case Cancellation::Kept:
        message = tr("The export had already finished when it was cancelled, so %1 holds the new export.")
                      .arg(QDir::toNativeSeparators(outcome.result.path));
        m_openFolderButton->setVisible(true);
        break;
    case Cancellation::None:
        if (outcome.result.succeeded()) {
            succeeded = true;
            message = tr("Exported %n file(s) (%1) to %2.", nullptr, outcome.result.fileCount)
                          .arg(QLocale().formattedDataSize(outcome.result.bytes),
                               QDir::toNativeSeparators(outcome.result.path));
            m_openFolderButton->setVisible(true);
            m_openFolderButton->setFocus();
        } else {
            message = outcome.result.errorMessage;
        }
        break;
    }
    m_status->setText(message);
    Q_EMIT exportFinished(succeeded, message);
}

void ExportDialog::openFolder()
{
    const QString path = m_lastResult.path;
    const QString folder = m_mode == Mode::Zip ? QFileInfo(path).absolutePath() : path;
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void ExportDialog::reject()
{
    cancelExport();
    QDialog::reject();
}

} // namespace Pygen
