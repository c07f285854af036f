#include "ExportCheck.h"

#include "project/Project.h"

#include <QLocale>

namespace Pygen {

namespace {

// Long lists are cut, so the message stays readable; the count says how many there are.
constexpr int maximumNamesShown = 5;

QString nameList(QStringList names)
{
    names.sort();
    if (names.size() <= maximumNamesShown)
        return QLocale().createSeparatedList(names);
    const qsizetype rest = names.size() - maximumNamesShown;
    names = names.mid(0, maximumNamesShown);
    names.append(ExportCheck::tr("%n more", nullptr, int(rest)));
    return QLocale().createSeparatedList(names);
}

ExportFinding warning(QString message)
{
    return {ExportFinding::Severity::Warning, std::move(message)};
}

} // namespace

QList<ExportFinding> ExportCheck::check(const ProjectState &state, const Package &package,
                                        const QStringList &unsavedFiles)
{
    QList<ExportFinding> findings;

    if (package.fileCount() == 0) {
        findings.append({ExportFinding::Severity::Blocking,
                         tr("The package has no files yet, so there is nothing to export. Generate the package "
                            "first.")});
    }

    QStringList unsaved = unsavedFiles;
    unsaved.removeDuplicates();
    if (!unsaved.isEmpty()) {
        findings.append(warning(
            tr("%n file(s) have unsaved edits: %1 — save them or they are not exported.", nullptr, int(unsaved.size()))
                .arg(nameList(unsaved))));
    }

    QStringList failed;
    for (auto it = state.files.cbegin(); it != state.files.cend(); ++it) {
        if (it->status == FileStatus::Failed)
            failed.append(it.key());
    }
    for (const PackageFile &file : package.files()) {
        if (file.status == FileStatus::Failed && !failed.contains(file.path))
            failed.append(file.path);
    }
    if (!failed.isEmpty()) {
        findings.append(warning(tr("%n file(s) failed to generate: %1. Generate them again or fix them by hand; "
                                   "the export holds what is there now.",
                                   nullptr, int(failed.size()))
                                    .arg(nameList(failed))));
    }

    if (state.plan) {
        QStringList missing;
        for (const PlannedFile &planned : state.plan->files) {
            // An empty package has its own finding; listing every planned file adds nothing.
            if (package.fileCount() == 0 || failed.contains(planned.path))
                continue;
            const PackageFile *file = package.file(planned.path);
            if (!file)
                missing.append(planned.path);
        }
        if (!missing.isEmpty()) {
            findings.append(warning(tr("%n planned file(s) were never generated: %1. The export leaves them out.",
                                       nullptr, int(missing.size()))
                                        .arg(nameList(missing))));
        }
        if (state.plan->fallback) {
            findings.append(warning(tr("The plan was made without the model because planning failed, so the package "
                                       "may miss what the description asks for. Review the plan or plan again.")));
        }
    }

    if (state.stage(StageId::Generate).state != StageState::Finished) {
        findings.append(warning(tr("Generation has not finished, so the package may be incomplete. Run the "
                                   "generation to the end before exporting.")));
    } else if (state.stage(StageId::Document).state != StageState::Finished
               && state.stage(StageId::Document).state != StageState::Skipped) {
        findings.append(warning(tr("The documentation has not been written yet. Run the documentation stage for "
                                   "a README and usage guide.")));
    }

    if (!state.documentationProblems.isEmpty()) {
        const QStringList &problems = state.documentationProblems;
        findings.append(warning(tr("The documentation check found %n problem(s): %1", nullptr, int(problems.size()))
                                    .arg(problems.mid(0, maximumNamesShown).join(u' '))));
    }

    // Blocking findings first: they are what a person must act on.
    std::stable_sort(findings.begin(), findings.end(), [](const ExportFinding &a, const ExportFinding &b) {
        return a.severity == ExportFinding::Severity::Blocking && b.severity != ExportFinding::Severity::Blocking;
    });
    return findings;
}

QList<ExportFinding> ExportCheck::check(const Project &project, const QStringList &unsavedFiles)
{
    return check(project.state(), project.package(), unsavedFiles);
}

bool ExportCheck::blocks(const QList<ExportFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const ExportFinding &finding) {
        return finding.severity == ExportFinding::Severity::Blocking;
    });
}

QString ExportCheck::exportName(const ProjectState &state)
{
    QString distribution = state.plan ? state.plan->distributionName.trimmed() : QString();
    if (distribution.isEmpty())
        distribution = state.spec.distributionName();
    QString version = state.spec.options.version.trimmed();
    if (version.isEmpty())
        version = QStringLiteral("0.1.0");
    return distribution + u'-' + version;
}

} // namespace Pygen
