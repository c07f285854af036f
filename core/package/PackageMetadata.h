#pragma once

#include <QString>
#include <QStringList>

namespace Pygen {

// What the standard files (pyproject.toml, LICENSE, .gitignore) are made from.
struct PackageMetadata
{
    QString distributionName; // "weather-station"
    QString importName; // "weather_station"
    QString version = QStringLiteral("0.1.0");
    QString summary; // one line
    QString licenseId = QStringLiteral("MIT"); // SPDX identifier, one of PackageTemplates::licenseIds()
    QString licenseHolder; // copyright line; empty: "The <name> authors"
    int copyrightYear = 2026;
    QString minimumPython = QStringLiteral("3.9");
    QString buildBackend = QStringLiteral("setuptools"); // one of PackageTemplates::buildBackends()
    QStringList dependencies; // PEP 508 requirement strings
    // Folder that holds the import package: "src" for the src layout, empty for a flat layout.
    QString sourceRoot = QStringLiteral("src");
};

} // namespace Pygen
