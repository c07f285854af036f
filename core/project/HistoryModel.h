#pragma once

#include "HistoryRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace Pygen {

class Project;

// A project's model requests (history/*.json) as a table. The files are read in a worker thread
// when a project is set; records the project appends afterwards (and while the files load) are
// added live. A damaged file is skipped with a warning: a row is never invented for it.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        NumberColumn,
        TimeColumn,
        StageColumn,
        FileColumn,
        LabelColumn,
        OutcomeColumn,
        TokensInColumn,
        TokensOutColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        // Every message of the request, each under its role.
        PromptRole = Qt::UserRole + 1,
        ResponseRole,
        // Everything in the record joined, for filtering.
        SearchTextRole,
        // The raw value of a column (numbers, times) so that sorting is not by text.
        SortRole,
        // The record's number (history/NNNNNN-…).
        NumberRole,
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // Forgets the rows and reads the project's history anew; nullptr leaves the model empty.
    void setProject(Project *project);
    Project *project() const;
    bool isLoading() const { return m_loading; }
    // Why history files were skipped in the last load.
    QStringList loadWarnings() const { return m_loadWarnings; }

    HistoryRecord record(int row) const;
    int number(int row) const;

    // Multi-line text with the stage, file, usage, prompt and reply, for a person to read.
    static QString readableText(int number, const HistoryRecord &record);
    // "1,234 tokens in, 567 out, 12.3 s"
    static QString usageText(const HistoryRecord &record);
    static QString promptText(const HistoryRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Entry
    {
        int number = 0;
        HistoryRecord record;
    };
    struct LoadResult
    {
        QList<Entry> entries; // by number
        QStringList warnings;
    };
    // Reads history/ of a project folder; for the worker thread.
    static LoadResult loadFolder(const QString &historyFolder);

Q_SIGNALS:
    // The files of the project set last are read (rows may still be added live afterwards). Never
    // emitted inside setProject() for a project; at once for nullptr.
    void loadFinished();

private:
    void append(int number, const HistoryRecord &record);
    void loaded(const LoadResult &result);

    QPointer<Project> m_project;
    QList<Entry> m_entries;
    // Live records that came while the files were being read.
    QList<Entry> m_pending;
    QStringList m_loadWarnings;
    // Tells a finished load whether it is still wanted.
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Pygen
