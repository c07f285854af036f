#pragma once

#include "pipeline/Plan.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

namespace Pygen {

// A plan as an editable tree: the files at the top level (path, role, purpose) with their
// interface entries below them (signature, summary). Every change is checked at once with
// PlanReader, and its field-named problems ("files[3].path: …") are mapped to the rows they name
// so a view can mark them.
class PlanTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTreeModel)

public:
    enum Column { PathColumn = 0, RoleColumn = 1, PurposeColumn = 2, ColumnCount = 3 };
    // Interface entries use the first two columns.
    enum EntryColumn { SignatureColumn = 0, SummaryColumn = 1 };
    enum Role {
        // The problems that name this row (QStringList), empty when it is fine.
        ProblemRole = Qt::UserRole + 1,
        // Whether this row has a problem, for a view that marks such rows.
        HasProblemRole,
    };

    explicit PlanTreeModel(QObject *parent = nullptr);
    ~PlanTreeModel() override;

    Plan plan() const { return m_plan; }
    void setPlan(const Plan &plan);

    QString importName() const { return m_plan.importName; }
    QString distributionName() const { return m_plan.distributionName; }
    QString summary() const { return m_plan.summary; }
    QStringList dependencies() const { return m_plan.dependencies; }
    void setImportName(const QString &importName);
    void setDistributionName(const QString &distributionName);
    void setSummary(const QString &summary);
    void setDependencies(const QStringList &dependencies);

    // Adds a file at the end, its role guessed from the path; returns its path index.
    QModelIndex addFile(const QString &path);
    // Removes a file; other files stop depending on it.
    bool removeFile(int row);
    // Adds an empty entry to a file's interface; returns its signature index.
    QModelIndex addInterfaceEntry(int fileRow);
    bool removeInterfaceEntry(int fileRow, int row);

    // What PlanReader finds wrong with the plan as it is now, in its words.
    QStringList problems() const { return m_problems; }
    // The cell a problem names (files[N] …), or an invalid index when it names no row.
    QModelIndex indexForProblem(const QString &problem) const;
    // The names the role column takes ("module", "test" …).
    static QStringList fileRoleNames();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Any edit to the plan.
    void planChanged();
    void problemsChanged();

private:
    // Entries carry their file's id, which stays the same when files above it come and go.
    int fileRow(quintptr id) const;
    bool isFile(const QModelIndex &index) const { return index.isValid() && index.internalId() == 0; }
    void changed();
    void validate();
    QStringList problemsFor(const QModelIndex &index) const;

    Plan m_plan;
    QList<quintptr> m_fileIds;
    quintptr m_nextId = 1;
    QStringList m_problems;
    // Problem texts by the file row and, for interface entries, the entry row they name (-1: the file).
    QHash<QPair<int, int>, QStringList> m_rowProblems;
};

} // namespace Pygen
