#include "PipelineProgressPrinter.h"

#include "llm/RetryWait.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelineStage.h"

#include <QLocale>
#include <QTextStream>

namespace Pygen {

namespace {

QString seconds(qint64 milliseconds)
{
    return QLocale().toString(double(milliseconds) / 1000.0, 'f', 1);
}

} // namespace

PipelineProgressPrinter::PipelineProgressPrinter(QTextStream &errors, Pipeline &pipeline, QObject *parent)
    : QObject(parent)
    , m_errors(errors)
{
    m_sinceStart.start();
    connect(&pipeline, &Pipeline::stageStarted, this, &PipelineProgressPrinter::follow);
    connect(&pipeline, &Pipeline::stageFinished, this, [this](StageId id) {
        print(tr("%1: done in %2 s, %n output token(s).", nullptr, m_stageOutputTokens)
                  .arg(PipelineStage::displayName(id), seconds(m_sinceStageStart.elapsed())));
    });
    connect(&pipeline, &Pipeline::stageFailed, this, [this](StageId id, const QString &message) {
        print(tr("%1: stopped after %2 s. %3")
                  .arg(PipelineStage::displayName(id), seconds(m_sinceStageStart.elapsed()), message));
    });
}

void PipelineProgressPrinter::follow(StageId id, PipelineStage *stage)
{
    m_sinceStageStart.start();
    m_stageOutputTokens = 0;
    m_files.clear();
    print(tr("%1…").arg(PipelineStage::displayName(id)));

    connect(stage, &PipelineStage::progressChanged, this, [this](int done, int total) {
        m_filesDone = done;
        m_filesTotal = total;
    });
    connect(stage, &PipelineStage::fileStarted, this, [this](const QString &path) { m_files[path].timer.start(); });
    connect(stage, &PipelineStage::usageReported, this, [this](const QString &file, const ChatUsage &usage, bool) {
        const int tokens = usage.outputTokens.value_or(0);
        m_stageOutputTokens += tokens;
        m_totalOutputTokens += tokens;
        if (!file.isEmpty())
            m_files[file].outputTokens += tokens;
    });
    connect(stage, &PipelineStage::fileFinished, this, [this](const QString &path, bool succeeded) {
        const FileProgress progress = m_files.value(path);
        const QString figures = tr("%n token(s), %1 s", nullptr, progress.outputTokens)
                                    .arg(seconds(progress.timer.isValid() ? progress.timer.elapsed() : 0));
        // progressChanged comes after fileFinished, so the count here is the one before.
        print(succeeded ? tr("  [%1/%2] %3 (%4)").arg(m_filesDone + 1).arg(m_filesTotal).arg(path, figures)
                        : tr("  [%1/%2] %3 failed (%4)").arg(m_filesDone + 1).arg(m_filesTotal).arg(path, figures));
    });
    connect(stage, &PipelineStage::retryScheduled, this, [this](const QString &file, const RetryWait &wait) {
        print(file.isEmpty() ? wait.message() : tr("%1: %2").arg(file, wait.message()));
    });
    connect(stage, &PipelineStage::warningRaised, this,
            [this](const QString &message) { print(tr("Warning: %1").arg(message)); });
}

void PipelineProgressPrinter::print(const QString &line)
{
    m_errors << line << u'\n';
    m_errors.flush();
}

} // namespace Pygen
