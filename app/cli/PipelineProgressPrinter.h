#pragma once

#include "llm/ChatUsage.h"
#include "project/StageState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QTextStream;

namespace Pygen {

class Pipeline;
class PipelineStage;

// Follows a pipeline on standard error, one line per event worth a line: each stage as it starts
// and ends (time, tokens), each generated file (n of total, tokens, time), retries and warnings.
// Streamed model text is not shown: it would bury the progress.
class PipelineProgressPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineProgressPrinter)

public:
    PipelineProgressPrinter(QTextStream &errors, Pipeline &pipeline, QObject *parent = nullptr);

    int totalOutputTokens() const { return m_totalOutputTokens; }
    qint64 elapsedMs() const { return m_sinceStart.elapsed(); }

private:
    struct FileProgress
    {
        QElapsedTimer timer;
        int outputTokens = 0;
    };

    void follow(StageId id, PipelineStage *stage);
    void print(const QString &line);

    QTextStream &m_errors;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceStageStart;
    QHash<QString, FileProgress> m_files;
    int m_stageOutputTokens = 0;
    int m_totalOutputTokens = 0;
    int m_filesDone = 0;
    int m_filesTotal = 0;
};

} // namespace Pygen
