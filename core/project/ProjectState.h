#pragma once

#include "StageState.h"
#include "package/FileRole.h"
#include "pipeline/EnhancedSpec.h"
#include "pipeline/Plan.h"
#include "pipeline/Spec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pygen {

struct StageRecord
{
    StageState state = StageState::Pending;
    QString message; // why it failed, or the screening reason
    friend bool operator==(const StageRecord &, const StageRecord &) = default;
};

// What project.json remembers of one file in package/; the content itself lives in package/.
struct FileRecord
{
    FileRole role = FileRole::Module;
    FileOrigin origin = FileOrigin::Generated;
    FileStatus status = FileStatus::Planned;
    QString message;
    // SHA-256 (hex) of the content as the pipeline wrote it: on load, a file that differs was
    // edited outside the studio, and a missing one goes back to Planned.
    QByteArray sha256;
    friend bool operator==(const FileRecord &, const FileRecord &) = default;
};

// Everything in project.json ("projectVersion" 1): spec, artifacts, stage states, file records
// and a settings snapshot (provider kind, base URL, model, concurrency — never a key).
struct ProjectState
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ProjectState)

public:
    static constexpr int formatVersion = 1;

    Spec spec;
    std::optional<EnhancedSpec> enhancedSpec;
    QString contextPrompt; // empty when the model's context is large enough
    std::optional<Plan> plan;
    QMap<StageId, StageRecord> stages;
    QMap<QString, FileRecord> files; // by package path
    QStringList documentationProblems; // the Markdown check's findings
    QJsonObject settings;

    StageRecord stage(StageId id) const { return stages.value(id); }
    // Setting names that look like secrets ("apiKey", "token", "password" …) are left out and
    // string values go through SecretRedactor.
    QJsonObject toJson() const;
    // The state from project.json, or nothing with `errors` naming each field that is wrong (a
    // newer projectVersion is one). Spec and plan are read for their shape only: a project may
    // hold a plan a person has not finished editing.
    static std::optional<ProjectState> fromJson(const QJsonObject &object, QStringList *errors = nullptr);
    friend bool operator==(const ProjectState &, const ProjectState &) = default;
};

} // namespace Pygen
