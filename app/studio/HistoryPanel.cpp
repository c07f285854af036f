#include "HistoryPanel.h"

#include "llm/SecretRedactor.h"
#include "project/HistoryModel.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Pygen {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_prompt(new QPlainTextEdit)
    , m_reply(new QPlainTextEdit)
    , m_usage(new QLabel)
    , m_copyButton(new QPushButton(tr("&Copy")))
    , m_copyReplyButton(new QPushButton(tr("Copy &reply")))
    , m_copyAction(new QAction(tr("&Copy the request"), this))
    , m_copyReplyAction(new QAction(tr("Copy the &reply"), this))
    , m_findAction(new QAction(tr("&Find in the history"), this))
{
    setAccessibleName(tr("History"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(HistoryModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortRole(HistoryModel::SortRole);

    m_search->setObjectName(u"historySearch"_s);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search prompts, replies, files… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateStatus();
    });

    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Model requests"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::NumberColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::FileColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPanel::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::showSelected);
    // A reset (another project) or a filter that hides the selected row does not always say so
    // through the selection model.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryPanel::showSelected);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::showSelected);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryPanel::showSelected);

    m_status->setObjectName(u"historyStatus"_s);
    m_status->setAccessibleName(tr("History status"));
    m_status->setWordWrap(true);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_prompt, m_reply}) {
        view->setReadOnly(true);
        view->setFont(fixed);
        view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    m_prompt->setObjectName(u"historyPrompt"_s);
    m_prompt->setAccessibleName(tr("Prompt of the selected request"));
    m_prompt->setPlaceholderText(tr("Select a request to see its prompt."));
    m_reply->setObjectName(u"historyReply"_s);
    m_reply->setAccessibleName(tr("Reply to the selected request"));
    m_reply->setPlaceholderText(tr("Select a request to see the model's reply."));
    m_usage->setObjectName(u"historyUsage"_s);
    m_usage->setAccessibleName(tr("Usage of the selected request"));
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Ctrl+C in the table copies the whole request; in the prompt or reply view it copies the
    // selected text as usual.
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_copyReplyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    m_copyButton->setToolTip(tr("Copies the selected request as text: stage, file, prompt, reply and usage."));
    m_copyReplyButton->setToolTip(tr("Copies only the model's reply."));

    connect(m_copyAction, &QAction::triggered, this, &HistoryPanel::copySelected);
    connect(m_copyButton, &QPushButton::clicked, this, &HistoryPanel::copySelected);
    connect(m_copyReplyAction, &QAction::triggered, this, &HistoryPanel::copyReply);
    connect(m_copyReplyButton, &QPushButton::clicked, this, &HistoryPanel::copyReply);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_model, &HistoryModel::loadFinished, this, &HistoryPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateStatus);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table);
    topLayout->addWidget(m_status);

    auto *promptLabel = new QLabel(tr("&Prompt:"));
    promptLabel->setBuddy(m_prompt);
    auto *replyLabel = new QLabel(tr("R&eply:"));
    replyLabel->setBuddy(m_reply);
    auto *texts = new QSplitter(Qt::Horizontal);
    auto *promptBox = new QWidget;
    auto *promptLayout = new QVBoxLayout(promptBox);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    promptLayout->addWidget(promptLabel);
    promptLayout->addWidget(m_prompt);
    auto *replyBox = new QWidget;
    auto *replyLayout = new QVBoxLayout(replyBox);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(replyLabel);
    replyLayout->addWidget(m_reply);
    texts->addWidget(promptBox);
    texts->addWidget(replyBox);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_usage, 1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_copyReplyButton);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(texts);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    showSelected();
    updateStatus();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setProject(Project *project)
{
    m_model->setProject(project);
    showSelected();
    updateStatus();
}

int HistoryPanel::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.constFirst()).row();
}

QString HistoryPanel::selectedText() const
{
    const int row = selectedSourceRow();
    if (row < 0)
        return {};
    return SecretRedactor::redact(HistoryModel::readableText(m_model->number(row), m_model->record(row)));
}

QString HistoryPanel::selectedReply() const
{
    const int row = selectedSourceRow();
    return row < 0 ? QString() : SecretRedactor::redact(m_model->record(row).response);
}

void HistoryPanel::showSelected()
{
    const int row = selectedSourceRow();
    const bool selected = row >= 0;
    m_copyButton->setEnabled(selected);
    m_copyReplyButton->setEnabled(selected);
    m_copyAction->setEnabled(selected);
    m_copyReplyAction->setEnabled(selected);
    if (!selected) {
        m_prompt->clear();
        m_reply->clear();
        m_usage->clear();
        return;
    }
    const HistoryRecord record = m_model->record(row);
    m_prompt->setPlainText(SecretRedactor::redact(HistoryModel::promptText(record)));
    m_reply->setPlainText(SecretRedactor::redact(record.response));
    QString usage = HistoryModel::usageText(record);
    if (!record.outcome.isEmpty())
        usage = tr("%1 · outcome: %2").arg(usage, record.outcome);
    if (!record.request.model.isEmpty())
        usage = tr("%1 · model: %2").arg(usage, record.request.model);
    m_usage->setText(SecretRedactor::redact(usage));
}

void HistoryPanel::copySelected()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void HistoryPanel::copyReply()
{
    if (selectedSourceRow() >= 0)
        QGuiApplication::clipboard()->setText(selectedReply());
}

void HistoryPanel::updateStatus()
{
    if (!m_model->project()) {
        m_status->setText(tr("No project is open."));
        return;
    }
    if (m_model->isLoading()) {
        m_status->setText(tr("Reading the history…"));
        return;
    }
    QString text = m_search->text().isEmpty()
        ? tr("%n requests", nullptr, m_model->rowCount())
        : tr("%1 of %n requests match", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    const QStringList warnings = m_model->loadWarnings();
    if (!warnings.isEmpty())
        text += u'\n' + warnings.join(u'\n');
    m_status->setText(text);
}

} // namespace Pygen
