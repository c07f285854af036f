#pragma once

#include "package/FileRole.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pygen {

// One public name a file must provide: a signature and a one-line docstring.
struct InterfaceEntry
{
    QString signature; // "def load_csv(path: str) -> list[dict]" or "class Station"
    QString summary; // "Reads a CSV file into rows."

    friend bool operator==(const InterfaceEntry &, const InterfaceEntry &) = default;
};

struct PlannedFile
{
    QString path; // "src/weather_station/readings.py"
    FileRole role = FileRole::Module;
    QString purpose;
    QList<InterfaceEntry> interface;
    QStringList dependsOn; // paths of other planned files

    friend bool operator==(const PlannedFile &, const PlannedFile &) = default;
};

// The package plan (shared/DESIGN.md §3): produced by the planning stage, editable, importable.
// The JSON form carries "planVersion" (currently 1) and is checked against
// resources/schemas/plan.schema.json.
struct Plan
{
    static constexpr int formatVersion = 1;

    QString importName;
    QString distributionName;
    QString summary;
    QStringList dependencies; // PEP 508 requirement strings for runtime
    QList<PlannedFile> files;
    // Made by FallbackPlanner because planning failed, not by the model.
    bool fallback = false;

    const PlannedFile *file(const QString &path) const;
    // Writes every field, the optional ones too.
    QJsonObject toJson() const;
    // The shape alone (types and role names), without the schema's or PlanReader's checks: for
    // plans stored in a project, which a person may have left unfinished. Use PlanReader for
    // anything from a model or a file.
    static std::optional<Plan> fromJson(const QJsonObject &object);

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace Pygen
