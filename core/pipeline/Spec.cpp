#include "pipeline/Spec.h"

#include "pipeline/JsonSchemaValidator.h"
#include "pipeline/PackageNameRules.h"
#include "pipeline/PythonNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// A spec is a few kilobytes; anything far larger is not one.
constexpr qint64 maximumSpecFileBytes = 1024 * 1024;
// Used when a name has nothing a package name can be made from (the reader refuses such specs;
// this keeps a Spec built in memory usable).
const QString fallbackName = u"package"_s;

QString stringOr(const QJsonObject &object, const QString &key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : fallback;
}

} // namespace

QString Spec::distributionName() const
{
    if (!options.distributionName.isEmpty())
        return options.distributionName;
    const QStringList parts = PythonNames::words(name);
    return parts.isEmpty() ? fallbackName : parts.join(u'-');
}

QString Spec::importName() const
{
    if (!options.importName.isEmpty())
        return options.importName;
    const QStringList parts = PythonNames::words(name);
    if (parts.isEmpty())
        return fallbackName;
    const QString joined = parts.join(u'_');
    // "3D Tools" → "pkg_3d_tools", "Import" → "pkg_import": a prefix keeps the words readable,
    // where a leading underscore would mark the package private.
    if (joined.front().isDigit() || PythonNames::isKeyword(joined))
        return u"pkg_"_s + joined;
    return joined;
}

QJsonObject Spec::toJson() const
{
    QJsonObject optionsJson{
        {u"license"_s, options.license},           {u"minimumPython"_s, options.minimumPython},
        {u"buildBackend"_s, options.buildBackend}, {u"testFramework"_s, options.testFramework},
        {u"version"_s, options.version},           {u"author"_s, options.author},
    };
    // Only when chosen: a spec without them keeps deriving them from its name.
    if (!options.importName.isEmpty())
        optionsJson.insert(u"importName"_s, options.importName);
    if (!options.distributionName.isEmpty())
        optionsJson.insert(u"distributionName"_s, options.distributionName);
    return QJsonObject{
        {u"specVersion"_s, formatVersion}, {u"name"_s, name},
        {u"description"_s, description},   {u"features"_s, QJsonArray::fromStringList(features)},
        {u"options"_s, optionsJson},
    };
}

std::optional<Spec> Spec::fromJson(const QJsonObject &object)
{
    const QJsonValue nameValue = object.value(u"name"_s);
    const QJsonValue descriptionValue = object.value(u"description"_s);
    const QJsonValue featuresValue = object.value(u"features"_s);
    const QJsonValue optionsValue = object.value(u"options"_s);
    if (!nameValue.isString() || !descriptionValue.isString() || !featuresValue.isArray()
        || !(optionsValue.isUndefined() || optionsValue.isObject()))
        return std::nullopt;

    Spec spec;
    spec.name = nameValue.toString();
    spec.description = descriptionValue.toString();
    const QJsonArray featureArray = featuresValue.toArray();
    for (const QJsonValue &feature : featureArray) {
        if (!feature.isString())
            return std::nullopt;
        spec.features.append(feature.toString());
    }
    const QJsonObject optionsJson = optionsValue.toObject();
    SpecOptions &options = spec.options;
    options.license = stringOr(optionsJson, u"license"_s, options.license);
    options.minimumPython = stringOr(optionsJson, u"minimumPython"_s, options.minimumPython);
    options.buildBackend = stringOr(optionsJson, u"buildBackend"_s, options.buildBackend);
    options.testFramework = stringOr(optionsJson, u"testFramework"_s, options.testFramework);
    options.version = stringOr(optionsJson, u"version"_s, options.version);
    options.author = stringOr(optionsJson, u"author"_s, options.author);
    options.importName = stringOr(optionsJson, u"importName"_s, options.importName);
    options.distributionName = stringOr(optionsJson, u"distributionName"_s, options.distributionName);
    return spec;
}

SpecReader::Result SpecReader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    QByteArray bytes = json;
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt,
                {tr("The spec is not valid JSON: %1 at character %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset)}};
    }
    if (!document.isObject())
        return {std::nullopt, {tr("(top level): must be an object")}};
    return fromJson(document.object());
}

SpecReader::Result SpecReader::fromJson(const QJsonObject &object)
{
    // A newer format would only produce confusing schema errors: say what to do instead.
    const QJsonValue version = object.value(u"specVersion"_s);
    if (version.isDouble() && version.toDouble() > Spec::formatVersion) {
        return {std::nullopt,
                {tr("specVersion: this spec has format version %1, but this Pygen Studio reads version %2 "
                    "only; update Pygen Studio to read it")
                     .arg(version.toDouble())
                     .arg(Spec::formatVersion)}};
    }

    Result result;
    result.errors = JsonSchemaValidator(JsonSchemaValidator::bundledSchema(u"spec"_s)).validate(object);
    if (!result.errors.isEmpty())
        return result;

    std::optional<Spec> parsed = Spec::fromJson(object);
    if (!parsed) {
        // The schema guarantees the shape; this only happens with a broken bundled schema.
        result.errors.append(tr("(top level): not a spec"));
        return result;
    }
    Spec spec = std::move(*parsed);
    spec.name = spec.name.trimmed();
    spec.description = spec.description.trimmed();

    if (spec.name.isEmpty())
        result.errors.append(tr("name: must not be empty"));
    else if (PythonNames::words(spec.name).isEmpty())
        result.errors.append(
            tr("name: \"%1\" has no letters or digits (A–Z, 0–9) to make a package name from").arg(spec.name));
    if (spec.description.isEmpty())
        result.errors.append(tr("description: must not be empty"));
    if (!spec.options.importName.isEmpty()) {
        if (const auto problem = PackageNameRules::importNameProblem(spec.options.importName))
            result.errors.append(u"options.importName: "_s + *problem);
    }
    if (!spec.options.distributionName.isEmpty()) {
        if (const auto problem = PackageNameRules::distributionNameProblem(spec.options.distributionName))
            result.errors.append(u"options.distributionName: "_s + *problem);
    }

    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < spec.features.size(); ++i) {
        QString &feature = spec.features[i];
        feature = feature.trimmed();
        const QString path = u"features[%1]"_s.arg(i);
        if (feature.isEmpty()) {
            result.errors.append(tr("%1: must not be empty").arg(path));
            continue;
        }
        const QString key = feature.simplified().toCaseFolded();
        if (const auto earlier = seen.constFind(key); earlier != seen.cend())
            result.errors.append(tr("%1: repeats features[%2]").arg(path).arg(*earlier));
        else
            seen.insert(key, i);
    }

    if (result.errors.isEmpty())
        result.spec = std::move(spec);
    return result;
}

SpecReader::Result SpecReader::fromFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return {std::nullopt, {tr("The spec file %1 does not exist.").arg(shownPath)}};
    if (!info.isFile())
        return {std::nullopt, {tr("%1 is not a file; give the path of a spec (.json) file.").arg(shownPath)}};
    if (info.size() > maximumSpecFileBytes)
        return {std::nullopt, {tr("%1 is too large to be a spec file.").arg(shownPath)}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {tr("The spec file %1 cannot be read: %2.").arg(shownPath, file.errorString())}};
    return fromJson(file.read(maximumSpecFileBytes + 1));
}

} // namespace Pygen
