#pragma once

#include <QString>

#include <optional>

namespace Pygen {

// The pipeline's stages in order; their names are used in project.json and history records.
enum class StageId { Screen, Enhance, Context, Plan, Generate, Document };
enum class StageState { Pending, Running, Finished, Failed, Cancelled, Skipped };

QString stageIdName(StageId stage); // "screen", "enhance", …
std::optional<StageId> stageIdFromName(const QString &name);
QString stageStateName(StageState state); // "pending", "running", …
std::optional<StageState> stageStateFromName(const QString &name);

} // namespace Pygen
