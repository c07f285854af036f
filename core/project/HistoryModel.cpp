#include "project/HistoryModel.h"

#include "LoggingCategories.h"
#include "pipeline/PipelineStage.h"
#include "project/Project.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// A record is a prompt and a reply; anything far larger is not one of ours.
constexpr qint64 maximumHistoryFileBytes = 64LL * 1024 * 1024;

QString durationText(qint64 ms)
{
    return HistoryModel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString tokenText(const std::optional<int> &tokens)
{
    return tokens ? QLocale().toString(*tokens) : QString();
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryModel::~HistoryModel() = default;

Project *HistoryModel::project() const
{
    return m_project;
}

void HistoryModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    beginResetModel();
    m_project = project;
    m_entries.clear();
    m_pending.clear();
    m_loadWarnings.clear();
    ++m_generation;
    m_loading = project != nullptr;
    endResetModel();
    if (!project) {
        Q_EMIT loadFinished();
        return;
    }

    connect(project, &Project::historyAppended, this, &HistoryModel::append);
    connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); });
    const quint64 generation = m_generation;
    // Records appended before this model connected may still be queued for writing: read the
    // folder once they are on disk. Those appended since arrive live and are merged by number.
    project->flushed().then(this, [this, generation, folder = project->historyFolder()] {
        if (generation != m_generation)
            return;
        QtConcurrent::run(&HistoryModel::loadFolder, folder).then(this, [this, generation](const LoadResult &result) {
            // A load that ended before the continuation was attached runs it at once: post it, so
            // that loadFinished always comes after setProject returns.
            QMetaObject::invokeMethod(
                this,
                [this, generation, result] {
                    if (generation == m_generation)
                        loaded(result);
                },
                Qt::QueuedConnection);
        });
    });
}

HistoryModel::LoadResult HistoryModel::loadFolder(const QString &historyFolder)
{
    // The names Project gives: NNNNNN-<stage>[-<file>].json (QSaveFile's temporary files end
    // differently and are skipped).
    static const QRegularExpression historyName(u"^([0-9]{6,})-[^/]*\\.json$"_s);
    LoadResult result;
    const QDir folder(historyFolder);
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = historyName.match(name);
        if (!match.hasMatch())
            continue;
        bool numberValid = false;
        const int number = match.captured(1).toInt(&numberValid);
        if (!numberValid)
            continue;
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            result.warnings.append(
                tr("The history file %1 could not be read (%2); it is left out.").arg(name, file.errorString()));
            continue;
        }
        if (file.size() > maximumHistoryFileBytes) {
            result.warnings.append(
                tr("The history file %1 is too large to be a request record; it is left out.").arg(name));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.warnings.append(
                tr("The history file %1 is damaged (%2); it is left out.")
                    .arg(name,
                         error.error != QJsonParseError::NoError ? error.errorString() : tr("not a JSON object")));
            continue;
        }
        const QJsonObject object = document.object();
        if (!stageIdFromName(object.value(u"stage"_s).toString())) {
            result.warnings.append(tr("The history file %1 names no known stage; it is left out.").arg(name));
            continue;
        }
        result.entries.append({number, HistoryRecord::fromJson(object)});
    }
    std::sort(result.entries.begin(), result.entries.end(),
              [](const Entry &left, const Entry &right) { return left.number < right.number; });
    return result;
}

void HistoryModel::loaded(const LoadResult &result)
{
    for (const QString &warning : result.warnings)
        qCWarning(logProject).noquote() << warning;

    // Records appended while the files were read may be on disk already: each number once.
    QList<Entry> entries = result.entries;
    for (const Entry &live : std::as_const(m_pending)) {
        const bool known = std::any_of(entries.cbegin(), entries.cend(),
                                       [&live](const Entry &entry) { return entry.number == live.number; });
        if (!known)
            entries.append(live);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &left, const Entry &right) { return left.number < right.number; });

    beginResetModel();
    m_entries = entries;
    m_pending.clear();
    m_loadWarnings = result.warnings;
    m_loading = false;
    endResetModel();
    Q_EMIT loadFinished();
}

void HistoryModel::append(int number, const HistoryRecord &record)
{
    if (m_loading) {
        m_pending.append({number, record});
        return;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({number, record});
    endInsertRows();
}

HistoryRecord HistoryModel::record(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).record : HistoryRecord();
}

int HistoryModel::number(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).number : 0;
}

QString HistoryModel::usageText(const HistoryRecord &record)
{
    QStringList parts;
    if (record.usage.promptTokens)
        parts.append(tr("%1 tokens in").arg(QLocale().toString(*record.usage.promptTokens)));
    if (record.usage.outputTokens)
        parts.append(tr("%1 tokens out").arg(QLocale().toString(*record.usage.outputTokens)));
    if (record.usage.tokensPerSecond)
        parts.append(tr("%1 tokens/s").arg(QLocale().toString(*record.usage.tokensPerSecond, 'f', 1)));
    parts.append(durationText(record.elapsedMs));
    return parts.join(u", "_s);
}

QString HistoryModel::promptText(const HistoryRecord &record)
{
    QStringList parts;
    for (const ChatMessage &message : record.request.messages)
        parts.append(u'[' + ChatMessage::roleName(message.role) + u"]\n"_s + message.content);
    return parts.join(u"\n\n"_s);
}

QString HistoryModel::readableText(int number, const HistoryRecord &record)
{
    QStringList lines;
    lines.append(tr("Request %1: %2").arg(number).arg(PipelineStage::displayName(record.stage)));
    if (!record.file.isEmpty())
        lines.append(tr("File: %1").arg(record.file));
    if (!record.label.isEmpty())
        lines.append(tr("What: %1").arg(record.label));
    if (record.startedAt.isValid())
        lines.append(tr("Started: %1").arg(QLocale().toString(record.startedAt.toLocalTime(), QLocale::LongFormat)));
    if (!record.request.model.isEmpty())
        lines.append(tr("Model: %1").arg(record.request.model));
    lines.append(tr("Outcome: %1").arg(record.outcome));
    lines.append(tr("Usage: %1").arg(usageText(record)));
    lines.append(QString());
    lines.append(tr("Prompt:"));
    lines.append(promptText(record));
    lines.append(QString());
    lines.append(tr("Reply:"));
    lines.append(record.response);
    return lines.join(u'\n');
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const HistoryRecord &record = entry.record;

    switch (role) {
    case PromptRole:
        return promptText(record);
    case ResponseRole:
        return record.response;
    case NumberRole:
        return entry.number;
    case SearchTextRole:
        return QStringList{QString::number(entry.number),
                           stageIdName(record.stage),
                           PipelineStage::displayName(record.stage),
                           record.file,
                           record.label,
                           record.outcome,
                           record.request.model,
                           promptText(record),
                           record.response}
            .join(u'\n');
    case SortRole:
        switch (Column(index.column())) {
        case NumberColumn:
            return entry.number;
        case TimeColumn:
            return record.startedAt;
        case StageColumn:
            return int(record.stage);
        case TokensInColumn:
            return record.usage.promptTokens.value_or(-1);
        case TokensOutColumn:
            return record.usage.outputTokens.value_or(-1);
        case DurationColumn:
            return record.elapsedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case NumberColumn:
        case TokensInColumn:
        case TokensOutColumn:
        case DurationColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn || index.column() == FileColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NumberColumn:
            return entry.number;
        case TimeColumn:
            return record.startedAt.isValid() ? QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat)
                                              : QString();
        case StageColumn:
            return PipelineStage::displayName(record.stage);
        case FileColumn:
            return record.file;
        case LabelColumn:
            return record.label;
        case OutcomeColumn:
            return record.outcome;
        case TokensInColumn:
            return tokenText(record.usage.promptTokens);
        case TokensOutColumn:
            return tokenText(record.usage.outputTokens);
        case DurationColumn:
            return durationText(record.elapsedMs);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case StageColumn:
        return tr("Stage");
    case FileColumn:
        return tr("File");
    case LabelColumn:
        return tr("Request");
    case OutcomeColumn:
        return tr("Outcome");
    case TokensInColumn:
        return tr("Tokens in");
    case TokensOutColumn:
        return tr("Tokens out");
    case DurationColumn:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Pygen
