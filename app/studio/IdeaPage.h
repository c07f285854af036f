#pragma once

#include <QWizardPage>

class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Pygen {

class FieldProblemLabel;
class WizardDraft;

// The first page of the new-package wizard: the package's name, the import and distribution
// names derived from it (editable; once edited they stop following), and the description.
class IdeaPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdeaPage)

public:
    explicit IdeaPage(WizardDraft &draft, QWidget *parent = nullptr);
    ~IdeaPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *importNameEdit() const { return m_importName; }
    QLineEdit *distributionNameEdit() const { return m_distributionName; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QToolButton *resetImportNameButton() const { return m_resetImportName; }
    QToolButton *resetDistributionNameButton() const { return m_resetDistributionName; }
    FieldProblemLabel *nameProblem() const { return m_nameProblem; }
    FieldProblemLabel *importNameProblem() const { return m_importNameProblem; }
    FieldProblemLabel *distributionNameProblem() const { return m_distributionNameProblem; }

private:
    QString derivedImportName() const;
    QString derivedDistributionName() const;
    // Follows the display name into the derived fields that were not edited by hand.
    void updateDerivedNames();
    void setImportNameFollows(bool follows);
    void setDistributionNameFollows(bool follows);
    void updateProblems();

    WizardDraft &m_draft;
    QLineEdit *m_name;
    QLineEdit *m_importName;
    QLineEdit *m_distributionName;
    QPlainTextEdit *m_description;
    QToolButton *m_resetImportName;
    QToolButton *m_resetDistributionName;
    FieldProblemLabel *m_nameProblem;
    FieldProblemLabel *m_importNameProblem;
    FieldProblemLabel *m_distributionNameProblem;
    bool m_importNameFollows = true;
    bool m_distributionNameFollows = true;
};

} // namespace Pygen
