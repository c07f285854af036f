#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Pygen {

// The public API of a generated package as Python's own parser sees it (ast, never imported or
// run): what the API reference in the documentation is built from.
struct ApiFunction
{
    QString name;
    QString signature; // "load_csv(path: str, *, delimiter: str = ',') -> list[dict]"
    QString docstring; // first paragraph
    bool isAsync = false;
    int line = 0; // where it is defined, for source order
};

struct ApiClass
{
    QString name;
    QString bases; // "Base, Mixin"
    QString docstring;
    QList<ApiFunction> methods; // public ones and __init__
    // What the bases refer to: "weather_station.readings.Base", "enum.Enum", "Exception".
    QStringList baseNames;
    // Public names assigned in the class body (dataclass fields, enum members) and nested classes.
    QStringList attributes;
    int line = 0;
};

struct ApiModule
{
    QString path; // "src/weather_station/readings.py"
    QString moduleName; // "weather_station.readings"
    QString docstring;
    QList<ApiFunction> functions;
    QList<ApiClass> classes;
    QStringList constants; // public UPPER_CASE names
    // Set when the file does not parse: "line 12: invalid syntax".
    QString syntaxError;
    // Other names the module binds at its top level: lower-case values, dunders such as
    // __version__, definitions inside if/try blocks.
    QStringList variables;
    // What its imports bind: local name → absolute dotted name ("load" → "weather_station.io.load").
    QMap<QString, QString> imports;
};

// Every dotted name a package has, for checking many names at once (see ApiReference::hasName).
struct ApiNameIndex
{
    QSet<QString> names;
    // Names under which anything exists: values (their attributes are not known), classes with a
    // base from outside the package, modules that do not parse, names imported from elsewhere.
    QSet<QString> openNames;
    // Names bound by imports inside the package: "weather_station.Reading" →
    // "weather_station.readings.Reading".
    QHash<QString, QString> aliases;

    bool contains(const QString &dottedName) const;
    // The shortest part of `dottedName` that does not exist ("pkg.mod.missing" for
    // "pkg.mod.missing.attr"); empty when it all exists.
    QString firstMissing(const QString &dottedName) const;
    // {"names": [...], "openNames": [...], "aliases": {...}}, sorted, for check_markdown_code.py.
    QJsonObject toJson() const;
};

struct ApiReference
{
    QList<ApiModule> modules;
    // The package's top module ("weather_station"); the helper guesses it when not told.
    QString importName;
    // Per package, the names its __init__ imports from inside the package and lists in __all__.
    QMap<QString, QStringList> reexports;

    const ApiModule *module(const QString &moduleName) const;
    // Whether "pkg.mod", "pkg.mod.func", "pkg.mod.Class.method" or a name re-exported from a
    // package's __init__ exists. Public names only; dunder attributes are not checked. Builds the
    // index on every call: use nameIndex() for many names.
    bool hasName(const QString &dottedName) const;
    ApiNameIndex nameIndex() const;
    // The API reference section of DOCUMENTATION.md ("## API reference" with a subsection per
    // module); public names only, in source order. Empty when no module of the package is known.
    QString toMarkdown() const;

    static ApiReference fromJson(const QJsonObject &object);
};

} // namespace Pygen
