#pragma once

#include <QString>

#include <optional>

namespace Pygen {

// What a file is for in the package; the plan names one for every file.
enum class FileRole { Module, Test, Example, Doc, Config };

// Where a file's content came from.
enum class FileOrigin { Template, Generated, Edited, Fallback };

// How far a file has come in the pipeline.
enum class FileStatus { Planned, Generating, Generated, Failed, Skipped };

// The names used in JSON (plan, project.json): "module", "generated", "failed" …
QString fileRoleName(FileRole role);
std::optional<FileRole> fileRoleFromName(const QString &name);
QString fileOriginName(FileOrigin origin);
std::optional<FileOrigin> fileOriginFromName(const QString &name);
QString fileStatusName(FileStatus status);
std::optional<FileStatus> fileStatusFromName(const QString &name);

} // namespace Pygen
