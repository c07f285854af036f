#pragma once

#include "JobQueue.h"
#include "PipelineStage.h"
#include "package/PackageMetadata.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace Pygen {

struct PlannedFile;

// Writes every planned file with its own request, several at once. Each request carries the
// specification (or the context prompt), the whole plan with every interface, and the one file's
// role and purpose. A reply cut off by the output limit is continued and stitched, a bounded
// number of times. pyproject.toml, LICENSE and .gitignore come from templates. Files already
// generated (an earlier, cancelled or crashed run) are not asked for again; a file that fails
// does not stop the others, and the stage then fails naming them, so a second run retries just
// those.
class GenerateStage final : public PipelineStage
{
    Q_OBJECT

public:
    explicit GenerateStage(PipelineContext context, QObject *parent = nullptr);
    StageId id() const override { return StageId::Generate; }

    // The files the model writes: the plan's, without those the templates and the document stage
    // own.
    static QList<PlannedFile> filesToGenerate(const Plan &plan);
    static PackageMetadata metadata(const ProjectState &state);
    // A guess at a file's length from its plan entry (role, interface, what a test covers), so the
    // longest files start first.
    static int expectedSize(const PlannedFile &file, const Plan &plan);

protected:
    void run() override;

private:
    struct FileJob
    {
        QString path;
        ChatRequest request;
        QString text; // raw reply text so far, continuations stitched
        int continuations = 0;
    };

    bool writeTemplates();
    bool isAlreadyGenerated(const QString &path) const;
    // Why a queued or running file must not be written: the person edited it, or deleted it
    // (its record is gone); nullopt when the stage may write it.
    std::optional<QString> takenOver(const QString &path) const;
    void generate(const PlannedFile &file);
    void sendFile(std::shared_ptr<FileJob> job);
    void fileDone(const QString &path, const QString &failure);
    void complete();
    QString userPrompt(const PlannedFile &file) const;

    JobQueue m_jobs;
    QStringList m_failures;
    // Paths with a record when the stage started or a job began: one missing later was deleted.
    QSet<QString> m_recordedAtStart;
    int m_total = 0;
    int m_done = 0;
};

} // namespace Pygen
