#pragma once

#include "package/Package.h"
#include "project/ProjectState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pygen {

class Project;

// One thing a person should know before exporting a package.
struct ExportFinding
{
    enum class Severity { Blocking, Warning };

    Severity severity = Severity::Warning;
    QString message; // translated

    friend bool operator==(const ExportFinding &, const ExportFinding &) = default;
};

// What stands between a project and a good export: edits not saved yet, files that failed or were
// never generated, stages not finished, documentation problems, a fallback plan, an empty package.
// Only an empty package blocks; the rest are warnings a person may export past.
class ExportCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ExportCheck)

public:
    // `unsavedFiles` are the package paths open in an editor with edits not saved yet.
    static QList<ExportFinding> check(const ProjectState &state, const Package &package,
                                      const QStringList &unsavedFiles);
    static QList<ExportFinding> check(const Project &project, const QStringList &unsavedFiles);
    static bool blocks(const QList<ExportFinding> &findings);

    // "<distribution>-<version>": the zip's top folder and the default name of an export.
    static QString exportName(const ProjectState &state);
};

} // namespace Pygen
