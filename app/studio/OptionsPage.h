#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Pygen {

class FieldProblemLabel;
class WizardDraft;

// The fourth page: licence, Python version, build backend, author and version of the package,
// how the pipeline runs (concurrency, pausing for review) and the folder the project goes to.
class OptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(WizardDraft &draft, QWidget *parent = nullptr);
    ~OptionsPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // Why the folder cannot hold a new project, or nothing when it can (missing, or an empty
    // folder). Reads the disk: call it off the GUI thread.
    static std::optional<QString> folderProblem(const QString &folder);
    static QStringList pythonVersions();

    QComboBox *licenseCombo() const { return m_license; }
    QComboBox *pythonCombo() const { return m_python; }
    QComboBox *backendCombo() const { return m_backend; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *versionEdit() const { return m_version; }
    QSpinBox *concurrencySpin() const { return m_concurrency; }
    QCheckBox *pauseCheck() const { return m_pause; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *browseButton() const { return m_browse; }
    FieldProblemLabel *folderProblemLabel() const { return m_folderProblem; }
    FieldProblemLabel *versionProblemLabel() const { return m_versionProblem; }

Q_SIGNALS:
    // After each check of the folder.
    void folderChecked();

private:
    enum class FolderState { Checking, Usable, Refused };

    QString defaultFolder() const;
    void checkFolder();
    void browse();
    void updateVersionProblem();

    WizardDraft &m_draft;
    QComboBox *m_license;
    QComboBox *m_python;
    QComboBox *m_backend;
    QLineEdit *m_author;
    QLineEdit *m_version;
    FieldProblemLabel *m_versionProblem;
    QSpinBox *m_concurrency;
    QCheckBox *m_pause;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    FieldProblemLabel *m_folderProblem;
    QFutureWatcher<std::optional<QString>> m_folderWatcher;
    FolderState m_folderState = FolderState::Checking;
    // The path the last check was about; a result for an older path is ignored.
    QString m_checkedFolder;
    // The folder follows the distribution name until the person picks one.
    bool m_folderFollows = true;
    bool m_visited = false;
};

} // namespace Pygen
