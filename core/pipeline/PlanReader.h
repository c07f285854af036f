#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Pygen {

// Reads and checks a plan, from the model or from a person. The errors are exact and name the
// field ("files[3].path: The path \"../x.py\" uses \"..\", which leaves the package."), because
// they go back to the model as they are when it must try again. docs/formats.md lists the rules.
class PlanReader final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::PlanReader)

public:
    struct Result
    {
        std::optional<Plan> plan; // set only when there are no errors
        QStringList errors;
    };

    // Checks: JSON syntax (a model's reply may wrap the JSON in a fence or prose: the outermost
    // object is taken, the largest if there are several), the schema, then meaning: unsafe paths (PackagePath),
    // duplicate paths and paths that collide when case-folded, module files whose names are not Python identifiers (or
    // are keywords), an import name that is not an identifier, a module with no test file, dependsOn naming a path that
    // is not planned, files the templates own (pyproject.toml, LICENSE, .gitignore, setup.py, setup.cfg).
    static Result fromJson(const QByteArray &json);
    static Result fromJson(const QJsonObject &object);
    static Result fromFile(const QString &path);
    // The semantic checks alone, for a plan a person edited in memory.
    static QStringList problems(const Plan &plan);
};

} // namespace Pygen
