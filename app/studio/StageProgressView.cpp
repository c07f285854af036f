#include "StageProgressView.h"

#include "WizardDraft.h"

#include "pipeline/PipelineStage.h"
#include "project/ProjectSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Enough to read along; older text is dropped so a long run does not grow without bound.
constexpr int maximumStreamBlocks = 5000;

} // namespace

StageProgressView::StageProgressView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stream(new QPlainTextEdit(this))
    , m_notice(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_failure(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_progress->setAccessibleName(tr("Progress of the stage"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);

    m_stream->setReadOnly(true);
    m_stream->setMaximumBlockCount(maximumStreamBlocks);
    m_stream->setAccessibleName(tr("Text streamed from the model"));
    m_stream->setPlaceholderText(tr("The model's reply appears here as it is written."));
    m_stream->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    for (QLabel *label : {m_notice, m_warningLabel, m_failure}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_failure->setAccessibleName(tr("Why the run failed"));
    m_notice->setAccessibleName(tr("Retry notice"));
    m_warningLabel->setAccessibleName(tr("Warnings"));
    m_retry->hide();
    m_cancel->setEnabled(false);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, &StageProgressView::retryRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_stream, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_failure);
    layout->addLayout(buttons);
}

StageProgressView::~StageProgressView() = default;

void StageProgressView::follow(ProjectSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (!session)
        return;
    connect(session, &ProjectSession::stageStarted, this, &StageProgressView::stageStarted);
    connect(session, &ProjectSession::stageFailed, this, &StageProgressView::stageFailed);
    connect(session, &ProjectSession::finished, this, &StageProgressView::runEnded);
    connect(session, &ProjectSession::runningChanged, m_cancel, &QPushButton::setEnabled);
    m_cancel->setEnabled(session->isRunning());
}

void StageProgressView::begin(const QString &title)
{
    m_title->setText(title);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stream->clear();
    m_lastFile.clear();
    m_warnings.clear();
    m_failureMessage.clear();
    for (QLabel *label : {m_notice, m_warningLabel, m_failure}) {
        label->clear();
        label->hide();
    }
    m_retry->hide();
    m_cancel->show();
}

void StageProgressView::prepareSession(WizardDraft &draft, QWizardPage *page, std::function<void()> ready,
                                       std::function<void()> stopped)
{
    begin(tr("Preparing the project"));
    const QPointer<StageProgressView> self(this);
    const QPointer<QWizardPage> guard(page);
    draft.startSession([self, guard, ready = std::move(ready), stopped = std::move(stopped)](const QString &error) {
        if (!self || !guard)
            return;
        if (!error.isEmpty()) {
            self->showFailure(error);
            stopped();
            return;
        }
        // Back was pressed while the project was prepared: the run waits for the next visit.
        if (const auto *shownIn = qobject_cast<const QWizard *>(guard->window());
            shownIn && shownIn->currentPage() != guard) {
            stopped();
            return;
        }
        ready();
    });
}

void StageProgressView::showFailure(const QString &message)
{
    m_failureMessage = message;
    m_failure->setText(message);
    m_failure->show();
    m_notice->hide();
    m_progress->hide();
    m_cancel->setEnabled(false);
    m_retry->show();
}

QString StageProgressView::streamedText() const
{
    return m_stream->toPlainText();
}

QString StageProgressView::failureMessage() const
{
    return m_failureMessage;
}

QString StageProgressView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void StageProgressView::stageStarted(StageId, PipelineStage *stage)
{
    m_title->setText(PipelineStage::displayName(stage->id()));
    m_progress->setRange(0, 0);
    m_notice->hide();
    connect(stage, &PipelineStage::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(stage, &PipelineStage::textReceived, this, &StageProgressView::appendText);
    connect(stage, &PipelineStage::retryScheduled, this,
            [this](const QString &, const RetryWait &wait) { showRetry(wait); });
    connect(stage, &PipelineStage::warningRaised, this, &StageProgressView::addWarning);
}

void StageProgressView::stageFailed(StageId, const QString &message)
{
    showFailure(message);
}

void StageProgressView::runEnded(bool succeeded)
{
    m_notice->hide();
    m_cancel->setEnabled(false);
    if (succeeded) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    } else if (m_failureMessage.isEmpty()) {
        showFailure(tr("The run stopped before it finished. Press Try again to continue."));
    } else {
        m_retry->show();
    }
}

void StageProgressView::appendText(const QString &file, const QString &delta)
{
    // Requests run side by side: a heading marks where another one's text goes on.
    QScrollBar *bar = m_stream->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_stream->document());
    cursor.movePosition(QTextCursor::End);
    if (file != m_lastFile && !file.isEmpty()) {
        cursor.insertText(u"\n\n── "_s + file + u" ──\n"_s);
        m_lastFile = file;
    }
    cursor.insertText(delta);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void StageProgressView::showRetry(const RetryWait &wait)
{
    m_notice->setText(wait.message());
    m_notice->show();
}

void StageProgressView::addWarning(const QString &message)
{
    m_warnings.append(message);
    m_warningLabel->setText(tr("Warnings:") + u"\n• "_s + m_warnings.join(u"\n• "_s));
    m_warningLabel->show();
}

} // namespace Pygen
