#include "EnhancementReviewPage.h"

#include "StageProgressView.h"
#include "WizardDraft.h"
#include "pipeline/PipelineStage.h"
#include "project/ProjectSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Typing pauses shorter than this do not re-render the preview.
constexpr int previewDelayMs = 150;

bool enhancementFinished(const ProjectSession &session)
{
    const ProjectState &state = session.project().state();
    return state.enhancedSpec && state.stage(StageId::Enhance).state == StageState::Finished;
}

QStringList hintsFromText(const QString &text)
{
    QStringList hints;
    for (QString line : text.split(u'\n')) {
        line = line.trimmed();
        // A Markdown list is the natural way to write them; the marker is not part of the hint.
        if (line.startsWith(u"- "_s) || line.startsWith(u"* "_s))
            line = line.mid(2).trimmed();
        if (!line.isEmpty())
            hints.append(line);
    }
    return hints;
}

QString hintsToText(const QStringList &hints)
{
    QStringList lines;
    for (const QString &hint : hints)
        lines.append(u"- "_s + hint);
    return lines.join(u'\n');
}

QPlainTextEdit *markdownEditor(const QString &accessibleName, QWidget *parent)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setAccessibleName(accessibleName);
    editor->setTabChangesFocus(true);
    return editor;
}

} // namespace

EnhancementReviewPage::EnhancementReviewPage(WizardDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_stack(new QStackedWidget(this))
    , m_progress(new StageProgressView(this))
    , m_editorPage(new QWidget(this))
    , m_items(new QListWidget(this))
    , m_description(markdownEditor(tr("Description (Markdown)"), this))
    , m_featureFields(new QWidget(this))
    , m_pseudocode(markdownEditor(tr("Pseudocode"), this))
    , m_hints(markdownEditor(tr("Implementation hints, one per line"), this))
    , m_preview(new QTextBrowser(this))
    , m_enhanceAgain(new QPushButton(tr("&Enhance this feature again"), this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Review the enhanced request"));
    setSubTitle(tr("The model describes your package and each feature in detail. Correct anything it got wrong; "
                   "planning works from this text."));

    m_items->setAccessibleName(tr("Parts of the request"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    m_enhanceAgain->setToolTip(
        tr("Asks the model for this feature's text again; the other features stay as they are."));

    auto *descriptionLabel = new QLabel(tr("&Description (Markdown):"), this);
    descriptionLabel->setBuddy(m_description);
    auto *pseudocodeLabel = new QLabel(tr("&Pseudocode:"), m_featureFields);
    pseudocodeLabel->setBuddy(m_pseudocode);
    auto *hintsLabel = new QLabel(tr("&Hints (one per line):"), m_featureFields);
    hintsLabel->setBuddy(m_hints);
    auto *featureLayout = new QVBoxLayout(m_featureFields);
    featureLayout->setContentsMargins(0, 0, 0, 0);
    featureLayout->addWidget(pseudocodeLabel);
    featureLayout->addWidget(m_pseudocode, 1);
    featureLayout->addWidget(hintsLabel);
    featureLayout->addWidget(m_hints, 1);

    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(descriptionLabel);
    fieldsLayout->addWidget(m_description, 2);
    fieldsLayout->addWidget(m_featureFields, 2);
    auto *againRow = new QHBoxLayout;
    againRow->addStretch();
    againRow->addWidget(m_enhanceAgain);
    fieldsLayout->addLayout(againRow);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview:"), previewBox));
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, m_editorPage);
    splitter->addWidget(m_items);
    splitter->addWidget(fields);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    auto *editorLayout = new QVBoxLayout(m_editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(splitter, 1);
    editorLayout->addWidget(m_error);

    m_stack->addWidget(m_progress);
    m_stack->addWidget(m_editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &EnhancementReviewPage::updatePreview);
    for (QPlainTextEdit *editor : {m_description, m_pseudocode, m_hints}) {
        connect(editor, &QPlainTextEdit::textChanged, this, [this] {
            if (m_filling)
                return;
            storeCurrent();
            m_previewTimer.start();
        });
    }
    connect(m_items, &QListWidget::currentRowChanged, this, &EnhancementReviewPage::selectItem);
    connect(m_enhanceAgain, &QPushButton::clicked, this, &EnhancementReviewPage::enhanceAgain);
    connect(m_progress, &StageProgressView::retryRequested, this, &EnhancementReviewPage::start);
}

EnhancementReviewPage::~EnhancementReviewPage() = default;

bool EnhancementReviewPage::isEditing() const
{
    return m_stack->currentWidget() == m_editorPage;
}

QString EnhancementReviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EnhancementReviewPage::initializePage()
{
    if (m_working) {
        // Back was pressed during the run and its cancel has not ended it yet.
        m_restartWhenEnded = true;
        return;
    }
    start();
}

void EnhancementReviewPage::cleanupPage()
{
    // Back: a run this page started is not wanted any more.
    if (m_working && m_connectedSession && m_connectedSession->isRunning()) {
        m_connectedSession->cancel();
    } else if (m_loaded && !m_working && m_connectedSession && !m_connectedSession->isRunning()) {
        // The edits so far are kept for when the person comes back.
        storeCurrent();
        m_connectedSession->setEnhancedSpec(m_edited);
    }
    QWizardPage::cleanupPage();
}

bool EnhancementReviewPage::isComplete() const
{
    return !m_working && m_loaded && isEditing() && QWizardPage::isComplete();
}

void EnhancementReviewPage::setWorking(bool working)
{
    if (m_working == working)
        return;
    m_working = working;
    Q_EMIT completeChanged();
}

void EnhancementReviewPage::connectSession(ProjectSession *session)
{
    if (m_connectedSession == session)
        return;
    if (m_connectedSession)
        m_connectedSession->disconnect(this);
    m_connectedSession = session;
    m_progress->follow(session);
    connect(session, &ProjectSession::finished, this, &EnhancementReviewPage::runEnded);
}

void EnhancementReviewPage::start()
{
    m_againFeature = -1;
    m_error->hide();
    m_stack->setCurrentWidget(m_progress);
    setWorking(true);
    Q_EMIT completeChanged();
    m_progress->prepareSession(
        m_draft, this,
        [this] {
            m_restartWhenEnded = false;
            runScreeningAndEnhancement();
        },
        [this] {
            m_restartWhenEnded = false;
            setWorking(false);
        });
}

void EnhancementReviewPage::runScreeningAndEnhancement()
{
    ProjectSession *session = m_draft.session().get();
    connectSession(session);
    if (enhancementFinished(*session)) {
        setWorking(false);
        showEditor();
        return;
    }
    m_progress->begin(PipelineStage::displayName(StageId::Screen));
    if (const auto refused = session->run(StageId::Screen, StageId::Enhance)) {
        setWorking(false);
        m_progress->showFailure(*refused);
    }
}

void EnhancementReviewPage::runEnded(bool succeeded)
{
    if (!m_working)
        return; // a run another page started
    setWorking(false);
    if (m_restartWhenEnded) {
        m_restartWhenEnded = false;
        start();
        return;
    }
    if (m_againFeature >= 0) {
        const int feature = m_againFeature;
        m_againFeature = -1;
        const QString failure = m_progress->failureMessage();
        showEditor();
        selectItem(feature + 1);
        if (!succeeded)
            showError(failure.isEmpty() ? tr("The feature was not enhanced again; its text is unchanged.") : failure);
        return;
    }
    ProjectSession *session = m_connectedSession;
    if (succeeded && session && enhancementFinished(*session))
        showEditor();
    // Otherwise the progress view shows the failure and "Try again".
}

void EnhancementReviewPage::showEditor()
{
    const ProjectSession *session = m_connectedSession;
    if (!session || !session->project().state().enhancedSpec) {
        m_progress->showFailure(tr("There is no enhanced request yet. Press Try again to ask the model for it."));
        return;
    }
    m_edited = *session->project().state().enhancedSpec;
    const int keep = m_current;
    m_current = -1;
    {
        const QSignalBlocker blocker(m_items);
        m_items->clear();
        m_items->addItem(tr("Package description"));
        for (qsizetype i = 0; i < m_edited.features.size(); ++i) {
            const QString name = m_edited.features.at(i).name.trimmed();
            m_items->addItem(name.isEmpty() ? tr("Feature %1").arg(i + 1) : name);
        }
    }
    m_error->hide();
    m_stack->setCurrentWidget(m_editorPage);
    m_loaded = true;
    selectItem(keep >= 0 && keep < m_items->count() ? keep : 0);
    Q_EMIT completeChanged();
}

void EnhancementReviewPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EnhancementReviewPage::selectItem(int row)
{
    if (row < 0 || row >= m_items->count())
        return;
    if (m_items->currentRow() != row) {
        const QSignalBlocker blocker(m_items);
        m_items->setCurrentRow(row);
    }
    m_current = row;
    m_filling = true;
    if (row == 0) {
        m_description->setPlainText(m_edited.description);
        m_pseudocode->clear();
        m_hints->clear();
    } else {
        const EnhancedFeature &feature = m_edited.features.at(row - 1);
        m_description->setPlainText(feature.description);
        m_pseudocode->setPlainText(feature.pseudocode);
        m_hints->setPlainText(hintsToText(feature.hints));
    }
    m_filling = false;
    m_featureFields->setVisible(row > 0);
    m_enhanceAgain->setVisible(row > 0);
    updatePreview();
}

void EnhancementReviewPage::storeCurrent()
{
    if (m_current == 0) {
        m_edited.description = m_description->toPlainText();
    } else if (m_current > 0 && m_current <= m_edited.features.size()) {
        EnhancedFeature &feature = m_edited.features[m_current - 1];
        feature.description = m_description->toPlainText();
        feature.pseudocode = m_pseudocode->toPlainText();
        feature.hints = hintsFromText(m_hints->toPlainText());
    }
}

void EnhancementReviewPage::updatePreview()
{
    m_previewTimer.stop();
    if (m_current == 0) {
        m_preview->setMarkdown(m_edited.description);
        return;
    }
    if (m_current < 0 || m_current > m_edited.features.size()) {
        m_preview->clear();
        return;
    }
    const EnhancedFeature &feature = m_edited.features.at(m_current - 1);
    QString markdown = u"## "_s + m_items->item(m_current)->text() + u"\n\n"_s + feature.description;
    if (!feature.pseudocode.trimmed().isEmpty())
        markdown += u"\n\n### "_s + tr("Pseudocode") + u"\n\n```\n"_s + feature.pseudocode + u"\n```\n"_s;
    if (!feature.hints.isEmpty())
        markdown += u"\n\n### "_s + tr("Hints") + u"\n\n"_s + hintsToText(feature.hints) + u'\n';
    m_preview->setMarkdown(markdown);
}

void EnhancementReviewPage::enhanceAgain()
{
    ProjectSession *session = m_connectedSession;
    const int feature = m_current - 1;
    if (!session || feature < 0)
        return;
    storeCurrent();
    // The other features keep the person's edits: they are saved before the stage reads them.
    if (const auto refused = session->setEnhancedSpec(m_edited)) {
        showError(*refused);
        return;
    }
    m_progress->begin(tr("Enhancing “%1” again").arg(m_items->item(m_current)->text()));
    m_stack->setCurrentWidget(m_progress);
    setWorking(true);
    m_againFeature = feature;
    if (const auto refused = session->enhanceFeatureAgain(feature)) {
        m_againFeature = -1;
        setWorking(false);
        m_stack->setCurrentWidget(m_editorPage);
        showError(*refused);
    }
    Q_EMIT completeChanged();
}

bool EnhancementReviewPage::validatePage()
{
    ProjectSession *session = m_connectedSession;
    if (!session || !m_loaded || m_working)
        return false;
    storeCurrent();
    if (const auto refused = session->setEnhancedSpec(m_edited)) {
        showError(*refused);
        return false;
    }
    showError({});
    return true;
}

} // namespace Pygen
