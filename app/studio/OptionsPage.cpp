#include "OptionsPage.h"

#include "FieldProblemLabel.h"
#include "StudioServices.h"
#include "StudioSettings.h"
#include "WizardDraft.h"
#include "package/PackageTemplates.h"
#include "project/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

constexpr int maximumConcurrency = 16;

QWidget *withProblem(QWidget *field, FieldProblemLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

OptionsPage::OptionsPage(WizardDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_license(new QComboBox(this))
    , m_python(new QComboBox(this))
    , m_backend(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_versionProblem(new FieldProblemLabel(m_version, this))
    , m_concurrency(new QSpinBox(this))
    , m_pause(new QCheckBox(tr("&Pause after enhancing and planning, so I can review and edit"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_folderProblem(new FieldProblemLabel(m_folder, this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("How the package is licensed and built, and where the project is kept."));

    // SPDX ids and package names are not translated.
    const QStringList licenses = PackageTemplates::licenseIds();
    for (const QString &id : licenses)
        m_license->addItem(id, id);
    const QStringList versions = pythonVersions();
    for (const QString &version : versions)
        m_python->addItem(tr("Python %1 or newer").arg(version), version);
    const QStringList backends = PackageTemplates::buildBackends();
    for (const QString &backend : backends)
        m_backend->addItem(backend, backend);
    m_author->setPlaceholderText(tr("Optional: the name in the licence's copyright line"));
    m_version->setPlaceholderText(u"0.1.0"_s);
    m_concurrency->setRange(0, maximumConcurrency);
    m_concurrency->setSpecialValueText(tr("Automatic"));
    m_concurrency->setToolTip(tr("Requests sent at once. Automatic sends one at a time to local servers and "
                                 "four to cloud providers."));
    m_folder->setClearButtonEnabled(true);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](const QString &text, QWidget *buddy, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Licence:"), m_license, m_license);
    addRow(tr("P&ython:"), m_python, m_python);
    addRow(tr("Build &tool:"), m_backend, m_backend);
    addRow(tr("&Author:"), m_author, m_author);
    addRow(tr("&Version:"), m_version, withProblem(m_version, m_versionProblem, this));
    addRow(tr("&Requests at once:"), m_concurrency, m_concurrency);
    form->addRow(m_pause);
    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    addRow(tr("Project &folder:"), m_folder, withProblem(folderRow, m_folderProblem, this));

    setTabOrder(m_license, m_python);
    setTabOrder(m_python, m_backend);
    setTabOrder(m_backend, m_author);
    setTabOrder(m_author, m_version);
    setTabOrder(m_version, m_concurrency);
    setTabOrder(m_concurrency, m_pause);
    setTabOrder(m_pause, m_folder);
    setTabOrder(m_folder, m_browse);

    connect(m_version, &QLineEdit::textChanged, this, &OptionsPage::updateVersionProblem);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderFollows = false; });
    connect(m_folder, &QLineEdit::textChanged, this, &OptionsPage::checkFolder);
    connect(m_browse, &QPushButton::clicked, this, &OptionsPage::browse);
    connect(&m_folderWatcher, &QFutureWatcher<std::optional<QString>>::finished, this, [this] {
        // Only the answer for what the field holds now counts; a newer check is on its way otherwise.
        // Once the project exists its folder is not checked (it holds the project now).
        if (m_draft.session() || m_checkedFolder != QDir::cleanPath(m_folder->text().trimmed()))
            return;
        const std::optional<QString> problem = m_folderWatcher.result();
        m_folderState = problem ? FolderState::Refused : FolderState::Usable;
        m_folderProblem->setProblem(problem);
        Q_EMIT completeChanged();
        Q_EMIT folderChecked();
    });
}

// The check copies its argument and touches nothing of the page: it may finish after the page is gone.
OptionsPage::~OptionsPage() = default;

QStringList OptionsPage::pythonVersions()
{
    return {u"3.8"_s, u"3.9"_s, u"3.10"_s, u"3.11"_s, u"3.12"_s, u"3.13"_s};
}

std::optional<QString> OptionsPage::folderProblem(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return tr("Choose a folder for the project.");
    const QFileInfo info(folder);
    if (!info.isAbsolute())
        return tr("Give the full path of the folder, such as “%1”.")
            .arg(QDir::toNativeSeparators(QDir::home().filePath(folder)));
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && !info.isDir())
        return tr("“%1” is a file. Choose a folder that does not exist yet, or an empty one.").arg(shown);
    if (info.isDir()) {
        if (!QDir(info.absoluteFilePath())
                 .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return tr("“%1” already contains files. Choose a new folder or an empty one; the project will not "
                      "mix with other files.")
                .arg(shown);
        if (!info.isWritable())
            return tr("You cannot write to “%1”. Choose another folder.").arg(shown);
        return std::nullopt;
    }
    // Missing: the nearest existing parent must let us create it.
    QFileInfo parent(info.absolutePath());
    while (!parent.exists() && !parent.isRoot() && parent.absoluteFilePath() != parent.absolutePath())
        parent.setFile(parent.absolutePath());
    if (!parent.isDir())
        return tr("“%1” cannot be made: “%2” is not a folder.")
            .arg(shown, QDir::toNativeSeparators(parent.absoluteFilePath()));
    if (!parent.isWritable())
        return tr("“%1” cannot be made: you cannot write to “%2”. Choose another place.")
            .arg(shown, QDir::toNativeSeparators(parent.absoluteFilePath()));
    return std::nullopt;
}

QString OptionsPage::defaultFolder() const
{
    const QString name =
        m_draft.distributionName.isEmpty() ? m_draft.spec.distributionName() : m_draft.distributionName;
    return QDir::toNativeSeparators(QDir(m_draft.services().settings().projectsFolder()).filePath(name));
}

void OptionsPage::initializePage()
{
    const SpecOptions &options = m_draft.spec.options;
    selectData(m_license, options.license);
    selectData(m_python, options.minimumPython);
    selectData(m_backend, options.buildBackend);
    m_author->setText(options.author);
    m_version->setText(options.version);
    m_concurrency->setValue(std::clamp(m_draft.settings.concurrency, 0, maximumConcurrency));
    // The draft's own value only once this page has written it.
    m_pause->setChecked(m_visited ? m_draft.pauseForReview : m_draft.services().settings().pauseForReview());

    // The project was made on a later page (the person came Back): its folder stays.
    const bool made = m_draft.session() != nullptr;
    m_folder->setReadOnly(made);
    m_folder->setClearButtonEnabled(!made);
    m_browse->setEnabled(!made);
    if (made) {
        m_folderFollows = false;
        m_folder->setText(QDir::toNativeSeparators(m_draft.session()->project().folder()));
    } else if (!m_draft.projectFolder.isEmpty() && !m_visited) {
        m_folderFollows = false;
        m_folder->setText(QDir::toNativeSeparators(m_draft.projectFolder));
    } else if (m_folderFollows) {
        m_folder->setText(defaultFolder());
    }
    checkFolder();
    updateVersionProblem();
}

bool OptionsPage::validatePage()
{
    if (!isComplete())
        return false;
    SpecOptions &options = m_draft.spec.options;
    options.license = m_license->currentData().toString();
    options.minimumPython = m_python->currentData().toString();
    options.buildBackend = m_backend->currentData().toString();
    options.author = m_author->text().trimmed();
    options.version = m_version->text().trimmed();
    m_draft.settings.concurrency = m_concurrency->value();
    m_draft.pauseForReview = m_pause->isChecked();
    m_draft.projectFolder = m_draft.session() ? m_draft.session()->project().folder()
                                              : QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    m_visited = true;
    return true;
}

bool OptionsPage::isComplete() const
{
    return m_folderState == FolderState::Usable && !m_versionProblem->hasProblem()
        && !m_version->text().trimmed().isEmpty();
}

void OptionsPage::checkFolder()
{
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    m_checkedFolder = QDir::cleanPath(m_folder->text().trimmed());
    if (const std::shared_ptr<ProjectSession> session = m_draft.session()) {
        // It was checked before the project was made there; it is not empty any more.
        m_folderState = FolderState::Usable;
        m_folderProblem->setNote(tr("The project was created in “%1”; start a new package to use another folder.")
                                     .arg(QDir::toNativeSeparators(session->project().folder())));
        Q_EMIT completeChanged();
        Q_EMIT folderChecked();
        return;
    }
    m_folderState = FolderState::Checking;
    m_folderProblem->setNote(tr("Checking the folder…"));
    Q_EMIT completeChanged();
    m_folderWatcher.setFuture(QtConcurrent::run(&OptionsPage::folderProblem, folder));
}

void OptionsPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Project Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QFileInfo current(m_folder->text().trimmed());
    dialog->setDirectory(current.isDir() ? current.absoluteFilePath() : current.absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        // A folder that holds other things gets the project in a new folder inside it; whether it
        // does is a disk question, answered off the GUI thread.
        const QString name =
            m_draft.distributionName.isEmpty() ? m_draft.spec.distributionName() : m_draft.distributionName;
        QtConcurrent::run([chosen, name] {
            const QDir folder(chosen);
            const bool empty =
                !folder.exists() || folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
            return empty ? chosen : folder.filePath(name);
        }).then(this, [this](const QString &folder) {
            m_folderFollows = false;
            m_folder->setText(QDir::toNativeSeparators(folder));
        });
    });
    dialog->open();
}

void OptionsPage::updateVersionProblem()
{
    // PEP 440 in its common forms: 1.0, 0.1.0, 2.0.0rc1, 1.0.post2, 1.0.dev3.
    static const QRegularExpression pep440(u"^\\d+(\\.\\d+)*((a|b|rc)\\d+)?(\\.post\\d+)?(\\.dev\\d+)?$"_s);
    const QString version = m_version->text().trimmed();
    if (version.isEmpty())
        m_versionProblem->setProblem(tr("Enter a version, such as “0.1.0”."));
    else if (!pep440.match(version).hasMatch())
        m_versionProblem->setProblem(
            tr("“%1” is not a version pip understands. Use numbers with dots, such as “0.1.0” or “1.0rc1”.")
                .arg(version));
    else
        m_versionProblem->clearMessage();
    Q_EMIT completeChanged();
}

} // namespace Pygen
