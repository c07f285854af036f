#include "PlanReviewPage.h"

#include "PlanItemDelegate.h"
#include "StageProgressView.h"
#include "WizardDraft.h"
#include "pipeline/PipelineStage.h"
#include "pipeline/PlanTreeModel.h"
#include "project/ProjectSession.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

bool planningFinished(const ProjectSession &session)
{
    const ProjectState &state = session.project().state();
    return state.plan && state.stage(StageId::Plan).state == StageState::Finished;
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

} // namespace

PlanReviewPage::PlanReviewPage(WizardDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_model(new PlanTreeModel(this))
    , m_stack(new QStackedWidget(this))
    , m_progress(new StageProgressView(this))
    , m_editorPage(new QWidget(this))
    , m_fallbackNote(new QLabel(this))
    , m_importName(new QLineEdit(this))
    , m_distributionName(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_dependencies(new QPlainTextEdit(this))
    , m_tree(new QTreeView(this))
    , m_problems(new QListWidget(this))
    , m_problemsStatus(new QLabel(this))
    , m_error(new QLabel(this))
    , m_addFile(new QAction(tr("Add fi&le"), this))
    , m_remove(new QAction(tr("&Remove"), this))
    , m_addEntry(new QAction(tr("Add &interface entry"), this))
    , m_planAgain(new QAction(tr("&Plan again"), this))
{
    setTitle(tr("Review the plan"));
    setSubTitle(tr("These are the files the model will write and what each must provide. Edit paths, roles, "
                   "purposes and interfaces; problems are listed beside the tree as you type."));

    m_fallbackNote->setText(tr("The model did not produce a usable plan; this is a simple fallback plan — review it, "
                               "or press Plan again."));
    m_fallbackNote->setWordWrap(true);
    m_fallbackNote->setFrameShape(QFrame::StyledPanel);
    m_fallbackNote->hide();
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 5);
    m_dependencies->setAccessibleName(tr("Runtime dependencies, one per line"));
    m_dependencies->setPlaceholderText(tr("One requirement per line, such as numpy>=1.24"));
    m_dependencies->setTabChangesFocus(true);
    m_dependencies->setMaximumHeight(m_dependencies->fontMetrics().lineSpacing() * 4);

    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new PlanItemDelegate(m_tree));
    m_tree->setAccessibleName(tr("Planned files"));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::PurposeColumn, QHeaderView::Stretch);
    m_problems->setAccessibleName(tr("Problems in the plan"));
    m_problems->setWordWrap(true);
    m_problemsStatus->setWordWrap(true);

    m_addFile->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_addFile->setToolTip(
        tr("Adds a file to the plan (%1)").arg(m_addFile->shortcut().toString(QKeySequence::NativeText)));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Removes the selected file or interface entry (Del)"));
    m_addEntry->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_addEntry->setToolTip(tr("Adds a name the selected file must provide (%1)")
                               .arg(m_addEntry->shortcut().toString(QKeySequence::NativeText)));
    m_planAgain->setToolTip(tr("Asks the model for a new plan; your edits to this one are dropped."));
    for (QAction *action : {m_addFile, m_addEntry, m_planAgain}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_editorPage->addAction(action);
    }
    // Delete belongs to the tree: in a text field it deletes text.
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_remove);

    auto *fields = new QFormLayout;
    fields->addRow(tr("I&mport name:"), m_importName);
    fields->addRow(tr("&Distribution name:"), m_distributionName);
    fields->addRow(tr("&Summary:"), m_summary);
    fields->addRow(tr("Dependen&cies:"), m_dependencies);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_addFile, m_addEntry, m_remove})
        buttons->addWidget(buttonFor(action, this));
    buttons->addStretch();
    buttons->addWidget(buttonFor(m_planAgain, this));

    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *treeLabel = new QLabel(tr("Planned fil&es:"), treeBox);
    treeLabel->setBuddy(m_tree);
    treeLayout->addWidget(treeLabel);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addLayout(buttons);

    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsLabel = new QLabel(tr("Pr&oblems:"), problemsBox);
    problemsLabel->setBuddy(m_problems);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_problemsStatus);
    problemsLayout->addWidget(m_problems, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, m_editorPage);
    splitter->addWidget(treeBox);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *editorLayout = new QVBoxLayout(m_editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_fallbackNote);
    editorLayout->addLayout(fields);
    editorLayout->addWidget(splitter, 1);
    editorLayout->addWidget(m_error);

    m_stack->addWidget(m_progress);
    m_stack->addWidget(m_editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_importName, &QLineEdit::textEdited, m_model, &PlanTreeModel::setImportName);
    connect(m_distributionName, &QLineEdit::textEdited, m_model, &PlanTreeModel::setDistributionName);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_model->setSummary(m_summary->toPlainText().trimmed());
    });
    connect(m_dependencies, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_model->setDependencies(linesOf(m_dependencies->toPlainText()));
    });
    connect(m_model, &PlanTreeModel::problemsChanged, this, &PlanReviewPage::updateProblems);
    connect(m_problems, &QListWidget::itemActivated, this, &PlanReviewPage::goToProblem);
    connect(m_problems, &QListWidget::itemClicked, this, &PlanReviewPage::goToProblem);
    connect(m_addFile, &QAction::triggered, this, &PlanReviewPage::addFile);
    connect(m_addEntry, &QAction::triggered, this, &PlanReviewPage::addEntry);
    connect(m_remove, &QAction::triggered, this, &PlanReviewPage::removeCurrent);
    connect(m_planAgain, &QAction::triggered, this, &PlanReviewPage::planAgain);
    connect(m_progress, &StageProgressView::retryRequested, this, &PlanReviewPage::start);
    updateProblems();
}

PlanReviewPage::~PlanReviewPage() = default;

bool PlanReviewPage::isEditing() const
{
    return m_stack->currentWidget() == m_editorPage;
}

QString PlanReviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool PlanReviewPage::showsFallbackNote() const
{
    return isEditing() && !m_fallbackNote->isHidden();
}

void PlanReviewPage::initializePage()
{
    if (m_working) {
        m_restartWhenEnded = true;
        return;
    }
    start();
}

void PlanReviewPage::cleanupPage()
{
    if (m_working && m_connectedSession && m_connectedSession->isRunning())
        m_connectedSession->cancel();
    else
        saveEdits();
    QWizardPage::cleanupPage();
}

bool PlanReviewPage::isComplete() const
{
    return !m_working && m_loaded && isEditing() && m_model->problems().isEmpty() && QWizardPage::isComplete();
}

void PlanReviewPage::setWorking(bool working)
{
    if (m_working == working)
        return;
    m_working = working;
    Q_EMIT completeChanged();
}

void PlanReviewPage::connectSession(ProjectSession *session)
{
    if (m_connectedSession == session)
        return;
    if (m_connectedSession)
        m_connectedSession->disconnect(this);
    m_connectedSession = session;
    m_progress->follow(session);
    connect(session, &ProjectSession::finished, this, &PlanReviewPage::runEnded);
}

void PlanReviewPage::start()
{
    m_error->hide();
    m_stack->setCurrentWidget(m_progress);
    setWorking(true);
    Q_EMIT completeChanged();
    m_progress->prepareSession(
        m_draft, this,
        [this] {
            m_restartWhenEnded = false;
            runPlanning();
        },
        [this] {
            m_restartWhenEnded = false;
            setWorking(false);
        });
}

void PlanReviewPage::runPlanning()
{
    ProjectSession *session = m_draft.session().get();
    connectSession(session);
    // A plan file the person opened replaces planning (the draft may have applied it already).
    if (m_draft.importedPlan && !session->project().state().plan) {
        if (const auto refused = session->setPlan(*m_draft.importedPlan)) {
            setWorking(false);
            m_progress->showFailure(*refused);
            return;
        }
    }
    if (planningFinished(*session)) {
        setWorking(false);
        showEditor();
        return;
    }
    m_progress->begin(PipelineStage::displayName(StageId::Plan));
    // From screening on, so the stages before planning run too if they have not (finished ones are skipped).
    if (const auto refused = session->run(StageId::Screen, StageId::Plan)) {
        setWorking(false);
        m_progress->showFailure(*refused);
    }
}

void PlanReviewPage::runEnded(bool succeeded)
{
    if (!m_working)
        return; // a run another page started
    setWorking(false);
    if (m_restartWhenEnded) {
        m_restartWhenEnded = false;
        start();
        return;
    }
    ProjectSession *session = m_connectedSession;
    if (succeeded && session && planningFinished(*session))
        showEditor();
}

void PlanReviewPage::showEditor()
{
    const ProjectSession *session = m_connectedSession;
    if (!session || !session->project().state().plan) {
        m_progress->showFailure(tr("There is no plan yet. Press Try again to ask the model for one."));
        return;
    }
    const Plan plan = *session->project().state().plan;
    m_filling = true;
    m_model->setPlan(plan);
    m_importName->setText(plan.importName);
    m_distributionName->setText(plan.distributionName);
    m_summary->setPlainText(plan.summary);
    m_dependencies->setPlainText(plan.dependencies.join(u'\n'));
    m_filling = false;
    m_fallbackNote->setVisible(plan.fallback);
    m_tree->resizeColumnToContents(PlanTreeModel::PathColumn);
    m_error->hide();
    m_stack->setCurrentWidget(m_editorPage);
    m_loaded = true;
    Q_EMIT completeChanged();
}

void PlanReviewPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PlanReviewPage::updateProblems()
{
    const QStringList problems = m_model->problems();
    m_problems->clear();
    m_problems->addItems(problems);
    m_problemsStatus->setText(problems.isEmpty() ? tr("No problems: the plan can be generated.")
                                                 : tr("%n problem(s) to fix before going on. Select one to go to it.",
                                                      nullptr, int(problems.size())));
    Q_EMIT completeChanged();
}

void PlanReviewPage::goToProblem(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString problem = item->text();
    const QModelIndex index = m_model->indexForProblem(problem);
    if (index.isValid()) {
        if (index.parent().isValid())
            m_tree->expand(index.parent());
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_tree->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString field = problem.section(u':', 0, 0).section(u'[', 0, 0);
    if (field == u"importName")
        m_importName->setFocus(Qt::OtherFocusReason);
    else if (field == u"distributionName")
        m_distributionName->setFocus(Qt::OtherFocusReason);
    else if (field == u"summary")
        m_summary->setFocus(Qt::OtherFocusReason);
    else if (field == u"dependencies")
        m_dependencies->setFocus(Qt::OtherFocusReason);
    else
        m_tree->setFocus(Qt::OtherFocusReason);
}

void PlanReviewPage::addFile()
{
    if (!isEditing() || m_working)
        return;
    const Plan plan = m_model->plan();
    const QString folder = plan.importName.isEmpty() ? QString() : u"src/"_s + plan.importName + u'/';
    QString path = folder + u"new_module.py"_s;
    for (int n = 2; plan.file(path); ++n)
        path = folder + u"new_module_%1.py"_s.arg(n);
    const QModelIndex added = m_model->addFile(path);
    m_tree->setCurrentIndex(added);
    m_tree->scrollTo(added);
    m_tree->setFocus(Qt::OtherFocusReason);
    m_tree->edit(added);
}

void PlanReviewPage::addEntry()
{
    if (!isEditing() || m_working)
        return;
    QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        showError(tr("Select the file the interface entry belongs to, then add it."));
        return;
    }
    if (current.parent().isValid())
        current = current.parent();
    const QModelIndex added = m_model->addInterfaceEntry(current.row());
    m_tree->expand(current.siblingAtColumn(0));
    m_tree->setCurrentIndex(added);
    m_tree->setFocus(Qt::OtherFocusReason);
    m_tree->edit(added);
}

void PlanReviewPage::removeCurrent()
{
    if (!isEditing() || m_working)
        return;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    if (current.parent().isValid())
        m_model->removeInterfaceEntry(current.parent().row(), current.row());
    else
        m_model->removeFile(current.row());
}

void PlanReviewPage::planAgain()
{
    ProjectSession *session = m_connectedSession;
    if (!session || m_working)
        return;
    m_progress->begin(PipelineStage::displayName(StageId::Plan));
    m_stack->setCurrentWidget(m_progress);
    setWorking(true);
    if (const auto refused = session->rerun(StageId::Plan)) {
        setWorking(false);
        m_stack->setCurrentWidget(m_editorPage);
        showError(*refused);
    }
    Q_EMIT completeChanged();
}

void PlanReviewPage::saveEdits()
{
    // A plan with problems is not stored: the project would hold a finished plan that cannot be generated.
    if (m_loaded && !m_working && m_model->problems().isEmpty() && m_connectedSession
        && !m_connectedSession->isRunning())
        m_connectedSession->setPlan(m_model->plan());
}

bool PlanReviewPage::validatePage()
{
    ProjectSession *session = m_connectedSession;
    if (!session || !m_loaded || m_working || !m_model->problems().isEmpty())
        return false;
    if (const auto refused = session->setPlan(m_model->plan())) {
        showError(*refused);
        return false;
    }
    showError({});
    return true;
}

} // namespace Pygen
