#include "FeaturesPage.h"

#include "FeatureListEditor.h"
#include "FieldProblemLabel.h"
#include "WizardDraft.h"
#include "pipeline/FeatureListModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Pygen {

namespace {

// Beside the list, the first few problems are enough; the rest show as the rows' tooltips.
constexpr int shownProblems = 3;

} // namespace

FeaturesPage::FeaturesPage(WizardDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_editor(new FeatureListEditor(this))
    , m_longListHint(new QLabel(this))
    , m_problems(new FieldProblemLabel(m_editor->view(), this))
{
    setTitle(tr("Features"));
    setSubTitle(tr("What must the package do? One feature per row: Insert adds one, F2 edits it, Alt+Up and "
                   "Alt+Down move it, and Ctrl+V pastes a whole list, one feature per line."));

    auto *label = new QLabel(tr("F&eatures:"), this);
    label->setBuddy(m_editor->view());
    m_longListHint->setWordWrap(true);
    m_longListHint->setText(
        tr("Long lists tend to give verbose, repetitive packages; consider merging related features."));
    m_longListHint->setAccessibleName(tr("Hint"));
    m_longListHint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_longListHint);

    connect(m_editor->model(), &FeatureListModel::featuresChanged, this, &FeaturesPage::updateMessages);
    connect(m_editor->model(), &QAbstractItemModel::dataChanged, this, &FeaturesPage::updateMessages);
}

FeaturesPage::~FeaturesPage() = default;

void FeaturesPage::initializePage()
{
    m_editor->model()->setFeatures(m_draft.spec.features);
    updateMessages();
}

bool FeaturesPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.spec.features = m_editor->model()->features();
    return true;
}

bool FeaturesPage::isComplete() const
{
    const FeatureListModel *model = m_editor->model();
    return model->usableCount() > 0 && !model->hasProblems();
}

void FeaturesPage::updateMessages()
{
    const FeatureListModel *model = m_editor->model();
    QStringList problems;
    int problemCount = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const auto problem = model->problem(row)) {
            if (++problemCount <= shownProblems)
                problems.append(*problem);
        }
    }
    if (problemCount > shownProblems)
        problems.append(tr("… and %n more.", nullptr, problemCount - shownProblems));
    m_problems->setProblem(problems.isEmpty() ? std::nullopt : std::optional<QString>(problems.join(u'\n')));
    m_longListHint->setVisible(model->rowCount() > longListThreshold);
    Q_EMIT completeChanged();
}

} // namespace Pygen
