#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Pygen {

class HistoryModel;
class Project;

// The project's model requests: a searchable, sortable table, the selected request's prompt,
// reply and usage below it, and Copy / Copy reply. Every text shown or copied goes through
// SecretRedactor, although history records never hold keys.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // Reads the project's history in the background; nullptr empties the panel.
    void setProject(Project *project);

    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QPlainTextEdit *promptView() const { return m_prompt; }
    QPlainTextEdit *replyView() const { return m_reply; }
    QLabel *usageLabel() const { return m_usage; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyReplyAction() const { return m_copyReplyAction; }

    // The selected request as readable text (redacted); empty when none is selected.
    QString selectedText() const;
    QString selectedReply() const;

private:
    int selectedSourceRow() const;
    void showSelected();
    void copySelected();
    void copyReply();
    void updateStatus();

    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_status;
    QPlainTextEdit *m_prompt;
    QPlainTextEdit *m_reply;
    QLabel *m_usage;
    QPushButton *m_copyButton;
    QPushButton *m_copyReplyButton;
    QAction *m_copyAction;
    QAction *m_copyReplyAction;
    QAction *m_findAction;
};

} // namespace Pygen
