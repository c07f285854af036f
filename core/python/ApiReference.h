#pragma once

#include <QJsonObject>
#include <QList>
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
};

struct ApiClass
{
    QString name;
    QString bases; // "Base, Mixin"
    QString docstring;
    QList<ApiFunction> methods; // public ones and __init__
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
};

struct ApiReference
{
    QList<ApiModule> modules;

    const ApiModule *module(const QString &moduleName) const;
    // Whether "pkg.mod", "pkg.mod.func", "pkg.mod.Class.method" or a name re-exported from a
    // package's __init__ exists.
    bool hasName(const QString &dottedName) const;
    // The API reference section of DOCUMENTATION.md ("## API reference" with a subsection per
    // module); public names only, in source order.
    QString toMarkdown() const;

    static ApiReference fromJson(const QJsonObject &object);
};

} // namespace Pygen
