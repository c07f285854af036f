#include "IdeaPage.h"

#include "FieldProblemLabel.h"
#include "WizardDraft.h"
#include "pipeline/PackageNameRules.h"
#include "pipeline/PythonNames.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pygen {

namespace {

// A line edit with its reset button beside it and its message under both.
QWidget *fieldWithReset(QLineEdit *edit, QToolButton *reset, FieldProblemLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(reset);
    column->addLayout(row);
    column->addWidget(problem);
    return box;
}

QWidget *fieldWithProblem(QWidget *field, FieldProblemLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(field);
    column->addWidget(problem);
    return box;
}

} // namespace

IdeaPage::IdeaPage(WizardDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_name(new QLineEdit(this))
    , m_importName(new QLineEdit(this))
    , m_distributionName(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_resetImportName(new QToolButton(this))
    , m_resetDistributionName(new QToolButton(this))
    , m_nameProblem(new FieldProblemLabel(m_name, this))
    , m_importNameProblem(new FieldProblemLabel(m_importName, this))
    , m_distributionNameProblem(new FieldProblemLabel(m_distributionName, this))
{
    setTitle(tr("Your idea"));
    setSubTitle(tr("Name the package and describe what it is for. The names it is imported and installed by "
                   "follow from its name; change them if you like."));

    m_name->setPlaceholderText(tr("Weather Station"));
    m_importName->setPlaceholderText(tr("weather_station"));
    m_distributionName->setPlaceholderText(tr("weather-station"));
    m_description->setPlaceholderText(
        tr("What the package does and for whom, in a few sentences. Mention the data it works with and "
           "anything it must not do; the features come on the next page."));
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));

    for (QToolButton *reset : {m_resetImportName, m_resetDistributionName}) {
        reset->setText(tr("Reset"));
        reset->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
        reset->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        reset->setEnabled(false);
    }
    m_resetImportName->setToolTip(tr("Derive the import name from the package name again"));
    m_resetImportName->setAccessibleName(tr("Reset import name"));
    m_resetDistributionName->setToolTip(tr("Derive the distribution name from the package name again"));
    m_resetDistributionName->setAccessibleName(tr("Reset distribution name"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Mnemonics avoid the wizard's own (Back, Next, Cancel, Finish).
    auto *nameLabel = new QLabel(tr("Package na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, fieldWithProblem(m_name, m_nameProblem, this));
    auto *importLabel = new QLabel(tr("&Import name:"), this);
    importLabel->setBuddy(m_importName);
    form->addRow(importLabel, fieldWithReset(m_importName, m_resetImportName, m_importNameProblem, this));
    auto *distributionLabel = new QLabel(tr("&Distribution name:"), this);
    distributionLabel->setBuddy(m_distributionName);
    form->addRow(distributionLabel,
                 fieldWithReset(m_distributionName, m_resetDistributionName, m_distributionNameProblem, this));
    auto *descriptionLabel = new QLabel(tr("Descri&ption:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);

    setTabOrder(m_name, m_importName);
    setTabOrder(m_importName, m_resetImportName);
    setTabOrder(m_resetImportName, m_distributionName);
    setTabOrder(m_distributionName, m_resetDistributionName);
    setTabOrder(m_resetDistributionName, m_description);

    // QWizard keeps the field for pages added later (and for the wizard itself).
    registerField(QStringLiteral("name*"), m_name);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateDerivedNames();
        updateProblems();
    });
    // textEdited comes from the person only, not from updateDerivedNames' setText.
    connect(m_importName, &QLineEdit::textEdited, this, [this] { setImportNameFollows(false); });
    connect(m_distributionName, &QLineEdit::textEdited, this, [this] { setDistributionNameFollows(false); });
    connect(m_importName, &QLineEdit::textChanged, this, &IdeaPage::updateProblems);
    connect(m_distributionName, &QLineEdit::textChanged, this, &IdeaPage::updateProblems);
    connect(m_description, &QPlainTextEdit::textChanged, this, &IdeaPage::updateProblems);
    connect(m_resetImportName, &QToolButton::clicked, this, [this] { setImportNameFollows(true); });
    connect(m_resetDistributionName, &QToolButton::clicked, this, [this] { setDistributionNameFollows(true); });
}

IdeaPage::~IdeaPage() = default;

QString IdeaPage::derivedImportName() const
{
    Spec spec;
    spec.name = m_name->text().trimmed();
    return spec.name.isEmpty() ? QString() : spec.importName();
}

QString IdeaPage::derivedDistributionName() const
{
    Spec spec;
    spec.name = m_name->text().trimmed();
    return spec.name.isEmpty() ? QString() : spec.distributionName();
}

void IdeaPage::initializePage()
{
    m_name->setText(m_draft.spec.name);
    m_description->setPlainText(m_draft.spec.description);
    // A name that differs from what would be derived was chosen by hand: keep it.
    setImportNameFollows(m_draft.importName.isEmpty() || m_draft.importName == derivedImportName());
    if (!m_importNameFollows)
        m_importName->setText(m_draft.importName);
    setDistributionNameFollows(m_draft.distributionName.isEmpty()
                               || m_draft.distributionName == derivedDistributionName());
    if (!m_distributionNameFollows)
        m_distributionName->setText(m_draft.distributionName);
    updateProblems();
}

bool IdeaPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.spec.name = m_name->text().trimmed();
    m_draft.spec.description = m_description->toPlainText().trimmed();
    m_draft.importName = m_importName->text();
    m_draft.distributionName = m_distributionName->text();
    return true;
}

bool IdeaPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && !PythonNames::words(m_name->text()).isEmpty()
        && !m_description->toPlainText().trimmed().isEmpty()
        && !PackageNameRules::importNameProblem(m_importName->text())
        && !PackageNameRules::distributionNameProblem(m_distributionName->text());
}

void IdeaPage::updateDerivedNames()
{
    if (m_importNameFollows)
        m_importName->setText(derivedImportName());
    if (m_distributionNameFollows)
        m_distributionName->setText(derivedDistributionName());
}

void IdeaPage::setImportNameFollows(bool follows)
{
    m_importNameFollows = follows;
    m_resetImportName->setEnabled(!follows);
    updateDerivedNames();
}

void IdeaPage::setDistributionNameFollows(bool follows)
{
    m_distributionNameFollows = follows;
    m_resetDistributionName->setEnabled(!follows);
    updateDerivedNames();
}

void IdeaPage::updateProblems()
{
    const QString name = m_name->text().trimmed();
    // Nothing typed yet is not a mistake: Next stays grey, and the fields say nothing.
    if (!name.isEmpty() && PythonNames::words(name).isEmpty())
        m_nameProblem->setProblem(tr("The name needs at least one letter or digit (A–Z, 0–9) to make a package "
                                     "name from."));
    else
        m_nameProblem->clearMessage();
    const bool started = !name.isEmpty();
    m_importNameProblem->setProblem(started || !m_importName->text().isEmpty()
                                        ? PackageNameRules::importNameProblem(m_importName->text())
                                        : std::nullopt);
    m_distributionNameProblem->setProblem(started || !m_distributionName->text().isEmpty()
                                              ? PackageNameRules::distributionNameProblem(m_distributionName->text())
                                              : std::nullopt);
    Q_EMIT completeChanged();
}

} // namespace Pygen
