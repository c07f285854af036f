#include "PipelinePanel.h"

#include "pipeline/PipelineStage.h"
#include "project/Project.h"
#include "project/ProjectSession.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

constexpr StageId allStages[] = {StageId::Screen, StageId::Enhance,  StageId::Context,
                                 StageId::Plan,   StageId::Generate, StageId::Document};
constexpr int stageIdRole = Qt::UserRole + 1;

QString clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Drops text from the front so that at most `maximum` characters stay, never half a surrogate pair.
void keepTail(QString &text, qsizetype maximum)
{
    if (text.size() <= maximum)
        return;
    qsizetype cut = text.size() - maximum;
    if (cut < text.size() && text.at(cut).isLowSurrogate())
        ++cut;
    text.remove(0, cut);
}

} // namespace

PipelinePanel::PipelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_stageList(new QTreeWidget)
    , m_fileList(new QTreeWidget)
    , m_progressBar(new QProgressBar)
    , m_streamSelector(new QComboBox)
    , m_liveText(new QPlainTextEdit)
    , m_usageLabel(new QLabel)
    , m_retryLabel(new QLabel)
    , m_warningList(new QListWidget)
    , m_statusLabel(new QLabel)
    , m_messageLabel(new QLabel)
    , m_cancelButton(new QPushButton(tr("&Cancel")))
    , m_rerunButton(new QPushButton(tr("&Run this stage again")))
    , m_rerunAction(new QAction(tr("&Run this stage again"), this))
    , m_cancelAction(new QAction(tr("Cancel the run"), this))
{
    setAccessibleName(tr("Pipeline"));

    m_stageList->setObjectName(u"stageList"_s);
    m_stageList->setAccessibleName(tr("Stages"));
    m_stageList->setColumnCount(2);
    m_stageList->setHeaderLabels({tr("Stage"), tr("State")});
    m_stageList->setRootIsDecorated(false);
    m_stageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stageList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stageList->header()->setStretchLastSection(false);
    m_stageList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const StageId id : allStages) {
        auto *item = new QTreeWidgetItem(m_stageList, {PipelineStage::displayName(id), stateText(StageState::Pending)});
        item->setData(0, stageIdRole, int(id));
    }
    m_stageList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stageList->addAction(m_rerunAction);

    m_fileList->setObjectName(u"fileList"_s);
    m_fileList->setAccessibleName(tr("Files being generated"));
    m_fileList->setColumnCount(2);
    m_fileList->setHeaderLabels({tr("File"), tr("State")});
    m_fileList->setRootIsDecorated(false);
    m_fileList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fileList->header()->setStretchLastSection(false);
    m_fileList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setAccessibleName(tr("Progress of the stage"));
    m_progressBar->setFormat(tr("%v of %m"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);

    m_streamSelector->setObjectName(u"streamSelector"_s);
    m_streamSelector->setAccessibleName(tr("Request to show"));
    m_streamSelector->setEnabled(false);
    auto *streamLabel = new QLabel(tr("&Live text of:"));
    streamLabel->setBuddy(m_streamSelector);

    m_liveText->setObjectName(u"liveText"_s);
    m_liveText->setAccessibleName(tr("Live text from the model"));
    m_liveText->setReadOnly(true);
    m_liveText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_liveText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_liveText->setPlaceholderText(tr("The model's text appears here while it writes."));

    m_usageLabel->setObjectName(u"usageLabel"_s);
    m_usageLabel->setAccessibleName(tr("Tokens and time"));
    m_usageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryLabel->setObjectName(u"retryLabel"_s);
    m_retryLabel->setAccessibleName(tr("Retry waits"));
    m_retryLabel->setWordWrap(true);
    m_retryLabel->setVisible(false);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setAccessibleName(tr("Pipeline status"));
    m_statusLabel->setWordWrap(true);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    m_warningList->setObjectName(u"warningList"_s);
    m_warningList->setAccessibleName(tr("Warnings"));
    m_warningList->setWordWrap(true);

    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setToolTip(tr("Stops the running requests; finished files are kept."));
    m_rerunButton->setObjectName(u"rerunButton"_s);
    m_rerunButton->setToolTip(tr("Runs the selected stage again; the stages after it go back to pending."));
    // No key of its own: Esc is pressed out of habit (to clear a selection), and a run is worth
    // more than that. The window's Cancel Run (Shift+F5) and the button stop it.
    addAction(m_cancelAction);

    connect(m_cancelButton, &QPushButton::clicked, this, &PipelinePanel::cancel);
    connect(m_cancelAction, &QAction::triggered, this, &PipelinePanel::cancel);
    connect(m_rerunButton, &QPushButton::clicked, this, &PipelinePanel::rerunSelected);
    connect(m_rerunAction, &QAction::triggered, this, &PipelinePanel::rerunSelected);
    connect(m_stageList, &QTreeWidget::itemSelectionChanged, this, &PipelinePanel::updateControls);
    connect(m_streamSelector, &QComboBox::activated, this, [this](int index) {
        m_followNewest = false;
        showStream(m_streamSelector->itemText(index));
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PipelinePanel::tick);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rerunButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_stageList);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_statusLabel);
    topLayout->addWidget(m_messageLabel);
    topLayout->addWidget(m_progressBar);
    topLayout->addWidget(m_usageLabel);
    topLayout->addWidget(m_retryLabel);

    auto *streamRow = new QHBoxLayout;
    streamRow->addWidget(streamLabel);
    streamRow->addWidget(m_streamSelector, 1);
    auto *live = new QWidget;
    auto *liveLayout = new QVBoxLayout(live);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addLayout(streamRow);
    liveLayout->addWidget(m_liveText);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_fileList);
    splitter->addWidget(live);
    splitter->addWidget(m_warningList);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    clear();
}

PipelinePanel::~PipelinePanel()
{
    setSession(nullptr);
}

ProjectSession *PipelinePanel::session() const
{
    return m_session;
}

QString PipelinePanel::stateText(StageState state)
{
    // A symbol besides the word, so the state reads at a glance and without colour.
    switch (state) {
    case StageState::Pending:
        return u"\u25CB "_s + tr("Pending");
    case StageState::Running:
        return u"\u25B6 "_s + tr("Running");
    case StageState::Finished:
        return u"\u2713 "_s + tr("Finished");
    case StageState::Failed:
        return u"\u2717 "_s + tr("Failed");
    case StageState::Cancelled:
        return u"\u25A0 "_s + tr("Cancelled");
    case StageState::Skipped:
        return u"\u21B7 "_s + tr("Skipped");
    }
    return {};
}

void PipelinePanel::setSession(ProjectSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    QObject::disconnect(m_projectConnection);
    for (const QPointer<PipelineStage> &stage : std::as_const(m_connectedStages)) {
        if (stage)
            stage->disconnect(this);
    }
    m_connectedStages.clear();
    m_session = session;
    clear();
    if (!session) {
        refreshStages();
        updateControls();
        return;
    }

    connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    connect(session, &ProjectSession::runningChanged, this, [this](bool running) {
        if (running)
            startRun();
        updateControls();
    });
    connect(session, &ProjectSession::stageStarted, this, [this](StageId id, PipelineStage *stage) {
        connectStage(id, stage);
        m_statusLabel->setText(m_cancelling ? m_statusLabel->text()
                                            : tr("Running: %1…").arg(PipelineStage::displayName(id)));
        refreshStages();
    });
    connect(session, &ProjectSession::stageFinished, this, &PipelinePanel::refreshStages);
    connect(session, &ProjectSession::stageFailed, this, [this](StageId id, const QString &message) {
        refreshStages();
        if (!m_cancelling && !message.isEmpty()) {
            m_messageLabel->setText(tr("%1 failed: %2").arg(PipelineStage::displayName(id), message));
            m_messageLabel->setVisible(true);
        }
    });
    connect(session, &ProjectSession::finished, this, &PipelinePanel::runFinished);
    m_projectConnection = connect(&session->project(), &Project::stateChanged, this, &PipelinePanel::refreshStages);

    if (session->isRunning()) {
        startRun();
        if (PipelineStage *stage = session->currentStage()) {
            const std::optional<StageId> id = [&]() -> std::optional<StageId> {
                for (const StageId candidate : allStages) {
                    if (session->project().state().stage(candidate).state == StageState::Running)
                        return candidate;
                }
                return std::nullopt;
            }();
            connectStage(id.value_or(stage->id()), stage);
        }
    }
    refreshStages();
    updateControls();
}

QString PipelinePanel::streamText(const QString &stream) const
{
    const auto found = m_streams.constFind(stream);
    return found == m_streams.cend() ? QString() : found->text + found->pending;
}

void PipelinePanel::clear()
{
    m_streams.clear();
    m_streamOrder.clear();
    m_shownStream.clear();
    m_followNewest = true;
    m_streamSelector->clear();
    m_streamSelector->setEnabled(false);
    m_liveText->clear();
    m_fileList->clear();
    m_fileItems.clear();
    m_retries.clear();
    m_warningList->clear();
    m_promptTokens = 0;
    m_outputTokens = 0;
    m_generationMs = 0;
    m_cachedReplies = 0;
    m_lastRunMs = 0;
    m_runClock.invalidate();
    m_ticker.stop();
    m_cancelling = false;
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_statusLabel->setText(m_session ? tr("Ready.") : tr("No project is open."));
    m_messageLabel->clear();
    m_messageLabel->setVisible(false);
    updateUsage();
    updateRetries();
}

void PipelinePanel::startRun()
{
    if (m_runClock.isValid())
        return; // already following this run
    clear();
    m_runClock.start();
    m_ticker.start();
    m_statusLabel->setText(tr("Running…"));
    updateUsage();
}

void PipelinePanel::connectStage(StageId id, PipelineStage *stage)
{
    if (!stage || m_connectedStages.contains(stage))
        return;
    m_connectedStages.append(stage);
    // Requests that are not about one file stream under the stage's name.
    const QString stageStream = PipelineStage::displayName(id);
    const auto streamFor = [stageStream](const QString &file) { return file.isEmpty() ? stageStream : file; };

    m_progressBar->setRange(0, 0);
    if (id == StageId::Generate && m_session) {
        // The plan's files wait in the list; ones a previous run finished show as done.
        const ProjectState &state = m_session->project().state();
        if (state.plan) {
            for (const PlannedFile &file : state.plan->files) {
                const FileRecord record = state.files.value(file.path);
                setFileState(file.path, record.status == FileStatus::Generated ? FileState::Done : FileState::Queued);
            }
        }
    }

    connect(stage, &PipelineStage::progressChanged, this, [this](int done, int total) {
        m_progressBar->setRange(0, std::max(total, 1));
        m_progressBar->setValue(std::clamp(done, 0, std::max(total, 1)));
    });
    connect(stage, &PipelineStage::fileStarted, this,
            [this](const QString &path) { setFileState(path, FileState::Generating); });
    connect(stage, &PipelineStage::fileFinished, this, [this](const QString &path, bool succeeded) {
        setFileState(path, succeeded ? FileState::Done : FileState::Failed);
        m_retries.remove(path);
        updateRetries();
    });
    connect(stage, &PipelineStage::textReceived, this, [this, streamFor](const QString &file, const QString &delta) {
        const QString stream = streamFor(file);
        appendText(stream, delta);
        if (m_retries.remove(stream) > 0)
            updateRetries();
    });
    connect(stage, &PipelineStage::usageReported, this, [this](const QString &, const ChatUsage &usage, bool cached) {
        if (cached) {
            ++m_cachedReplies;
        } else {
            m_promptTokens += usage.promptTokens.value_or(0);
            m_outputTokens += usage.outputTokens.value_or(0);
            if (usage.totalMs)
                m_generationMs += std::max<qint64>(0, *usage.totalMs - usage.timeToFirstTokenMs.value_or(0));
        }
        updateUsage();
    });
    connect(stage, &PipelineStage::retryScheduled, this, [this, streamFor](const QString &file, const RetryWait &wait) {
        m_retries.insert(streamFor(file), Retry{wait, QDeadlineTimer(wait.delay)});
        updateRetries();
    });
    connect(stage, &PipelineStage::warningRaised, this,
            [this](const QString &message) { m_warningList->addItem(message); });
}

void PipelinePanel::refreshStages()
{
    for (int row = 0; row < m_stageList->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_stageList->topLevelItem(row);
        const auto id = StageId(item->data(0, stageIdRole).toInt());
        const StageRecord record = m_session ? m_session->project().state().stage(id) : StageRecord();
        item->setText(1, stateText(record.state));
        item->setToolTip(0, record.message);
        item->setToolTip(1, record.message);
        item->setData(1, Qt::AccessibleTextRole,
                      record.message.isEmpty() ? item->text(1) : item->text(1) + u": "_s + record.message);
    }
}

void PipelinePanel::updateControls()
{
    const bool running = m_session && m_session->isRunning();
    m_cancelButton->setEnabled(running && !m_cancelling);
    m_cancelAction->setEnabled(running && !m_cancelling);
    const bool canRerun = m_session && !running && selectedStage().has_value();
    m_rerunButton->setEnabled(canRerun);
    m_rerunAction->setEnabled(canRerun);
}

void PipelinePanel::updateUsage()
{
    const qint64 elapsed = m_runClock.isValid() ? m_runClock.elapsed() : m_lastRunMs;
    const QLocale locale;
    const QString speed = m_generationMs > 0
        ? locale.toString(double(m_outputTokens) * 1000.0 / double(m_generationMs), 'f', 1)
        : u"\u2013"_s;
    QString text =
        tr("Tokens in: %1 · out: %2 · %3 tokens/s · %4 elapsed")
            .arg(locale.toString(m_promptTokens), locale.toString(m_outputTokens), speed, clockText(elapsed));
    if (m_cachedReplies > 0)
        text += u" · "_s + tr("%n cached replies", nullptr, m_cachedReplies);
    m_usageLabel->setText(text);
}

void PipelinePanel::updateRetries()
{
    QStringList lines;
    for (auto retry = m_retries.begin(); retry != m_retries.end();) {
        if (retry->deadline.hasExpired()) {
            retry = m_retries.erase(retry);
            continue;
        }
        RetryWait shown = retry->wait;
        shown.delay = std::chrono::duration_cast<std::chrono::milliseconds>(retry->deadline.remainingTimeAsDuration());
        lines.append(retry.key() + u": "_s + shown.message());
        ++retry;
    }
    m_retryLabel->setText(lines.join(u'\n'));
    m_retryLabel->setVisible(!lines.isEmpty());
}

void PipelinePanel::tick()
{
    updateUsage();
    updateRetries();
}

void PipelinePanel::setFileState(const QString &path, FileState state)
{
    QTreeWidgetItem *&item = m_fileItems[path];
    if (!item)
        item = new QTreeWidgetItem(m_fileList, {path, QString()});
    switch (state) {
    case FileState::Queued:
        item->setText(1, u"\u25CB "_s + tr("Queued"));
        break;
    case FileState::Generating:
        item->setText(1, u"\u25B6 "_s + tr("Generating"));
        break;
    case FileState::Done:
        item->setText(1, u"\u2713 "_s + tr("Done"));
        break;
    case FileState::Failed:
        item->setText(1, u"\u2717 "_s + tr("Failed"));
        break;
    }
}

void PipelinePanel::appendText(const QString &stream, const QString &delta)
{
    auto found = m_streams.find(stream);
    if (found == m_streams.end()) {
        found = m_streams.insert(stream, Stream());
        m_streamOrder.append(stream);
        m_streamSelector->addItem(stream);
        m_streamSelector->setEnabled(m_streamSelector->count() > 1);
        if (m_followNewest || m_shownStream.isEmpty()) {
            m_streamSelector->setCurrentIndex(m_streamSelector->count() - 1);
            showStream(stream);
        }
    }
    found->pending += delta;
    // A fast stream sends many small pieces: they reach the editor once per event-loop turn.
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &PipelinePanel::flushText);
    }
}

void PipelinePanel::flushText()
{
    m_flushQueued = false;
    for (auto stream = m_streams.begin(); stream != m_streams.end(); ++stream) {
        if (stream->pending.isEmpty())
            continue;
        QString pending = std::exchange(stream->pending, QString());
        stream->text += pending;
        keepTail(stream->text, maximumStreamChars);
        if (stream.key() != m_shownStream)
            continue;
        // Redraw from the kept text once the editor holds much more than it (rarely), else append.
        if (m_liveText->document()->characterCount() + pending.size() > maximumStreamChars * 5 / 4) {
            showStream(m_shownStream);
            continue;
        }
        QScrollBar *bar = m_liveText->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum();
        QTextCursor cursor(m_liveText->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(pending);
        if (atEnd)
            bar->setValue(bar->maximum());
    }
}

void PipelinePanel::showStream(const QString &stream)
{
    m_shownStream = stream;
    const auto found = m_streams.constFind(stream);
    m_liveText->setPlainText(found == m_streams.cend() ? QString() : found->text);
    m_liveText->moveCursor(QTextCursor::End);
    m_liveText->ensureCursorVisible();
}

void PipelinePanel::cancel()
{
    if (!m_session || !m_session->isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_statusLabel->setText(tr("Cancelling: waiting for the running requests to stop…"));
    updateControls();
    m_session->cancel();
}

void PipelinePanel::rerunSelected()
{
    const std::optional<StageId> stage = selectedStage();
    if (!m_session || !stage)
        return;
    m_messageLabel->clear();
    m_messageLabel->setVisible(false);
    if (const std::optional<QString> refused = m_session->rerun(*stage)) {
        m_messageLabel->setText(tr("Cannot run “%1” again: %2").arg(PipelineStage::displayName(*stage), *refused));
        m_messageLabel->setVisible(true);
    }
    updateControls();
}

void PipelinePanel::runFinished(bool succeeded)
{
    flushText();
    m_lastRunMs = m_runClock.isValid() ? m_runClock.elapsed() : m_lastRunMs;
    m_runClock.invalidate();
    m_ticker.stop();
    m_retries.clear();
    updateRetries();
    updateUsage();
    if (m_progressBar->maximum() == 0)
        m_progressBar->setRange(0, 1);
    // A cancel may come from elsewhere (the window's Cancel Run); the stage's state tells.
    bool cancelled = m_cancelling;
    if (m_session) {
        for (const StageRecord &record : m_session->project().state().stages)
            cancelled = cancelled || record.state == StageState::Cancelled;
    }
    if (cancelled)
        m_statusLabel->setText(tr("Cancelled. Finished files are kept; run the pipeline again to continue."));
    else if (succeeded)
        m_statusLabel->setText(tr("Finished."));
    else
        m_statusLabel->setText(tr("Stopped: a stage failed. See the message above, then run it again."));
    m_cancelling = false;
    refreshStages();
    updateControls();
}

std::optional<StageId> PipelinePanel::selectedStage() const
{
    const QList<QTreeWidgetItem *> selected = m_stageList->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    return StageId(selected.constFirst()->data(0, stageIdRole).toInt());
}

} // namespace Pygen
