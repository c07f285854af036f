#include "GeneratePage.h"

#include "WizardDraft.h"
#include "project/ProjectSession.h"

#include <QAbstractButton>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace Pygen {

GeneratePage::GeneratePage(WizardDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summary(new QFormLayout)
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Generate the package"));
    setSubTitle(tr("Check the summary, then press Generate. You can follow the files as they are written in the "
                   "main window."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Generate"));

    m_status->setWordWrap(true);
    m_status->hide();
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_summary);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(m_error);
}

GeneratePage::~GeneratePage() = default;

void GeneratePage::addRow(const QString &label, const QString &value)
{
    auto *shown = new QLabel(value, this);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setWordWrap(true);
    shown->setAccessibleName(label);
    m_summary->addRow(label + u':', shown);
}

void GeneratePage::initializePage()
{
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    m_error->hide();
    m_status->hide();

    std::optional<Plan> plan;
    if (const std::shared_ptr<ProjectSession> session = m_draft.session())
        plan = session->project().state().plan;
    if (!plan)
        plan = m_draft.importedPlan;
    addRow(tr("Files to generate"),
           plan ? tr("%n file(s) from the plan, and pyproject.toml, LICENSE and .gitignore from templates", nullptr,
                     int(plan->files.size()))
                : tr("Decided by the plan the model makes first"));
    const QString providerName = m_draft.provider.preset.displayName.isEmpty() ? m_draft.provider.preset.id
                                                                               : m_draft.provider.preset.displayName;
    addRow(tr("Provider"), tr("%1 at %2").arg(providerName, m_draft.provider.displayBaseUrl()));
    addRow(tr("Model"), m_draft.model);
    addRow(tr("Files written at once"),
           QString::number(m_draft.settings.effectiveConcurrency(m_draft.provider.preset.id)));
    addRow(tr("Project folder"), QDir::toNativeSeparators(m_draft.projectFolder));
}

QString GeneratePage::summaryText() const
{
    QStringList lines;
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        const auto *label = qobject_cast<QLabel *>(m_summary->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value = qobject_cast<QLabel *>(m_summary->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines.append(label->text() + u' ' + value->text());
    }
    return lines.join(u'\n');
}

QString GeneratePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool GeneratePage::isComplete() const
{
    return !m_starting && QWizardPage::isComplete();
}

void GeneratePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool GeneratePage::validatePage()
{
    // The second call comes from accept() once the run has started.
    if (m_started)
        return true;
    if (!m_starting)
        startGeneration();
    return false;
}

void GeneratePage::startGeneration()
{
    m_starting = true;
    showError({});
    m_status->setText(tr("Preparing the project…"));
    m_status->show();
    Q_EMIT completeChanged();
    // The wizard enables Back on every button update (completeChanged included): disable it after.
    if (QWizard *shownIn = wizard()) {
        if (QAbstractButton *back = shownIn->button(QWizard::BackButton))
            back->setEnabled(false);
    }
    const QPointer<GeneratePage> self(this);
    m_draft.startSession([self](const QString &error) {
        if (!self)
            return;
        self->m_starting = false;
        self->m_status->hide();
        Q_EMIT self->completeChanged();
        // The wizard was closed or left this page meanwhile: nothing starts from a page not shown.
        if (const QWizard *shownIn = self->wizard(); shownIn && shownIn->currentPage() != self)
            return;
        if (!error.isEmpty()) {
            self->showError(error);
            return;
        }
        // Finished stages are skipped, so what the review pages did stays.
        if (const auto refused = self->m_draft.session()->run(StageId::Screen, StageId::Document)) {
            self->showError(*refused);
            return;
        }
        self->m_started = true;
        Q_EMIT self->generationStarted();
        if (QWizard *wizard = self->wizard())
            wizard->accept();
    });
}

} // namespace Pygen
