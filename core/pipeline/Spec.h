#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pygen {

// The choices the wizard (or a spec file's "options") makes beside the idea itself.
struct SpecOptions
{
    QString license = QStringLiteral("MIT"); // SPDX id, see PackageTemplates::licenseIds()
    QString minimumPython = QStringLiteral("3.9");
    QString buildBackend = QStringLiteral("setuptools");
    QString testFramework = QStringLiteral("pytest");
    QString version = QStringLiteral("0.1.0");
    QString author; // for the licence's copyright line; may be empty
    // The names the person chose over the derived ones (the wizard lets them edit both); empty
    // derives them from the name.
    QString importName;
    QString distributionName;

    friend bool operator==(const SpecOptions &, const SpecOptions &) = default;
};

// What a person asks for: a package name, a description and features (shared/DESIGN.md §3).
// The JSON form is versioned ("specVersion", optional, currently 1) and checked against
// resources/schemas/spec.schema.json.
struct Spec
{
    static constexpr int formatVersion = 1;

    QString name;
    QString description;
    QStringList features;
    SpecOptions options;

    // options.distributionName when set; else "AutoML" → "automl", "Weather Station" →
    // "weather-station" (PEP 503 normalised).
    QString distributionName() const;
    // options.importName when set; else "Weather Station" → "weather_station": a valid,
    // non-keyword Python identifier. Accents are
    // dropped ("Über" → "uber"); a name that would start with a digit or be a keyword gets a
    // "pkg_" prefix ("3D Tools" → "pkg_3d_tools", "Import" → "pkg_import"). Both names are
    // "package" when the name has no ASCII letter or digit at all (SpecReader refuses those).
    QString importName() const;

    QJsonObject toJson() const;
    // The shape alone (types; missing options take their defaults), without the schema's or the
    // reader's checks: for specs stored in a project. Use SpecReader for anything a person wrote.
    static std::optional<Spec> fromJson(const QJsonObject &object);

    friend bool operator==(const Spec &, const Spec &) = default;
};

// Reads specs from JSON. Every problem names the field ("features[2]: must not be empty",
// "options.licence: unknown key \"licence\"; did you mean \"license\"?"). Strings are trimmed.
class SpecReader final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::SpecReader)

public:
    struct Result
    {
        std::optional<Spec> spec;
        QStringList errors;
    };
    static Result fromJson(const QByteArray &json);
    static Result fromJson(const QJsonObject &object);
    // Reads the file; a missing or unreadable file is an error that names it.
    static Result fromFile(const QString &path);
};

} // namespace Pygen
