#pragma once

#include "PackageFile.h"
#include "PackageMetadata.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Pygen {

// The files no model writes: pyproject.toml (PEP 621), LICENSE and .gitignore, from templates in
// resources/templates/. Origin Template, status Generated.
class PackageTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::PackageTemplates)

public:
    static QStringList licenseIds(); // "MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-or-later", …
    static QStringList buildBackends(); // "setuptools", "hatchling", "flit-core", "pdm-backend"

    // Why the metadata cannot make valid files (unknown licence or backend, a bad distribution
    // name, a dependency that is not a requirement string …); nothing when it can. Dependencies on
    // the package itself or on a standard-library module ("json") are refused too: pip could not
    // install them.
    static std::optional<QString> problem(const PackageMetadata &metadata);
    // .gitignore, LICENSE and pyproject.toml, sorted by path. Check problem() first: an unknown
    // licence gives no LICENSE and an unknown backend falls back to setuptools.
    static QList<PackageFile> standardFiles(const PackageMetadata &metadata);
    // The summary becomes one line (core metadata's Summary may not hold line breaks).
    static PackageFile pyprojectToml(const PackageMetadata &metadata);
    static PackageFile license(const PackageMetadata &metadata);
    static PackageFile gitignore();
};

} // namespace Pygen
