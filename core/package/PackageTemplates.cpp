#include "PackageTemplates.h"

#include "LoggingCategories.h"
#include "pipeline/PackageNameRules.h"
#include "pipeline/PythonNames.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

struct LicenseInfo
{
    QLatin1StringView id;
    QLatin1StringView classifier;
};

constexpr std::array<LicenseInfo, 7> licenses{{
    {"MIT"_L1, "License :: OSI Approved :: MIT License"_L1},
    {"Apache-2.0"_L1, "License :: OSI Approved :: Apache Software License"_L1},
    {"BSD-3-Clause"_L1, "License :: OSI Approved :: BSD License"_L1},
    {"BSD-2-Clause"_L1, "License :: OSI Approved :: BSD License"_L1},
    {"GPL-3.0-or-later"_L1, "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)"_L1},
    {"MPL-2.0"_L1, "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)"_L1},
    {"ISC"_L1, "License :: OSI Approved :: ISC License (ISCL)"_L1},
}};

constexpr std::array<QLatin1StringView, 4> backends{"setuptools"_L1, "hatchling"_L1, "flit-core"_L1, "pdm-backend"_L1};

const LicenseInfo *licenseInfo(const QString &id)
{
    for (const LicenseInfo &info : licenses) {
        if (id == info.id)
            return &info;
    }
    return nullptr;
}

template<std::size_t Size>
bool contains(const std::array<QLatin1StringView, Size> &names, const QString &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

QRegularExpression wholeMatch(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
}

// PEP 508 names: letters, digits, '-', '_', '.', starting and ending with a letter or digit.
constexpr auto namePattern = u"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?";

// The name PyPI compares by (PEP 503).
QString normalizedName(const QString &name)
{
    static const QRegularExpression separators(u"[-_.]+"_s);
    return QString(name).replace(separators, u"-"_s).toLower();
}

std::optional<QString> requirementProblem(const QString &requirement, const QString &distributionName)
{
    static const QString specifier = u"(?:~=|===|==|!=|<=|>=|<|>)\\s*[A-Za-z0-9_.*+!-]+"_s;
    static const QString specifiers = specifier + u"(?:\\s*,\\s*"_s + specifier + u")*"_s;
    static const QString name = QString::fromUtf16(namePattern);
    static const QString extras = u"\\[\\s*(?:"_s + name + u"(?:\\s*,\\s*"_s + name + u")*)?\\s*\\]"_s;
    static const QString markerVariable =
        u"(?:python_version|python_full_version|os_name|sys_platform|platform_release|platform_system|"
        u"platform_version|platform_machine|platform_python_implementation|implementation_name|"
        u"implementation_version|extra)"_s;
    static const QRegularExpression pattern =
        wholeMatch(u"\\s*("_s + name + u")\\s*(?:"_s + extras + u")?\\s*(?:\\(\\s*"_s + specifiers + u"\\s*\\)|"_s
                   + specifiers + u"|@\\s*[A-Za-z][A-Za-z0-9+.-]*://\\S+\\s)?\\s*"_s + u"(?:;\\s*(?:\\(\\s*)*['\"]?"_s
                   + markerVariable + u"\\b[^;\\n]*)?\\s*"_s);

    if (requirement.trimmed().isEmpty())
        return PackageTemplates::tr("A dependency is empty; remove it or name the package it stands for.");
    // A URL at the very end needs no space before a marker that is not there.
    const QRegularExpressionMatch match = pattern.match(requirement + u' ');
    if (requirement.contains(u'\n') || requirement.contains(u'\r') || !match.hasMatch()) {
        return PackageTemplates::tr(
                   "The dependency \"%1\" is not a requirement string. Write a package name, optionally with "
                   "extras, versions and a marker, such as \"requests>=2.31\" or "
                   "\"tomli>=2; python_version < '3.11'\".")
            .arg(requirement.simplified());
    }
    const QString dependencyName = match.captured(1);
    if (normalizedName(dependencyName) == normalizedName(distributionName))
        return PackageTemplates::tr("The package depends on itself (\"%1\"); remove that dependency.").arg(requirement);
    // Models like to list modules that ship with Python as dependencies.
    if (PackageNameRules::isStandardLibraryModule(dependencyName.toLower())) {
        return PackageTemplates::tr("The dependency \"%1\" names %2, which is part of Python's standard library; "
                                    "remove it from the dependencies.")
            .arg(requirement, dependencyName);
    }
    return std::nullopt;
}

// A TOML basic string: quoted, with backslashes, quotes and control characters escaped.
QString tomlString(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (const QChar character : text) {
        switch (character.unicode()) {
        case u'"':
            result += u"\\\""_s;
            break;
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u'\n':
            result += u"\\n"_s;
            break;
        case u'\r':
            result += u"\\r"_s;
            break;
        case u'\t':
            result += u"\\t"_s;
            break;
        case u'\b':
            result += u"\\b"_s;
            break;
        case u'\f':
            result += u"\\f"_s;
            break;
        default:
            if (character.unicode() < 0x20 || character.unicode() == 0x7f)
                result += u"\\u%1"_s.arg(int(character.unicode()), 4, 16, QLatin1Char('0'));
            else
                result += character;
        }
    }
    result += u'"';
    return result;
}

QString tomlArray(const QStringList &items)
{
    if (items.isEmpty())
        return u"[]"_s;
    QString result = u"[\n"_s;
    for (const QString &item : items)
        result += u"    "_s + tomlString(item) + u",\n"_s;
    return result + u']';
}

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a build that left the resources out gets here.
        qCWarning(logPackage) << "Missing package template" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Fills a template: "{{key}}" becomes its value, lines between "{{#switch}}" and "{{/switch}}" stay
// only when the switch is on ("{{^switch}}": only when it is off), "{{! …}}" lines are comments.
QString render(const QString &text, const QHash<QString, QString> &values, const QSet<QString> &switches)
{
    QStringList output;
    QList<bool> shownStack;
    bool shown = true;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"{{"_s) && trimmed.endsWith(u"}}"_s) && trimmed.size() > 4) {
            const QChar kind = trimmed.at(2);
            const QString key = trimmed.mid(3, trimmed.size() - 5).trimmed();
            if (kind == u'!')
                continue;
            if (kind == u'#' || kind == u'^') {
                shownStack.append(shown);
                shown = shown && (switches.contains(key) == (kind == u'#'));
                continue;
            }
            if (kind == u'/') {
                shown = shownStack.isEmpty() ? true : shownStack.takeLast();
                continue;
            }
        }
        if (!shown)
            continue;
        QString filled;
        qsizetype position = 0;
        while (true) {
            const qsizetype open = line.indexOf(u"{{"_s, position);
            const qsizetype close = open < 0 ? -1 : line.indexOf(u"}}"_s, open + 2);
            const auto value = close < 0 ? values.constEnd() : values.constFind(line.mid(open + 2, close - open - 2));
            if (value == values.constEnd()) {
                if (close < 0) {
                    filled += QStringView(line).mid(position);
                    break;
                }
                filled += QStringView(line).mid(position, close + 2 - position);
                position = close + 2;
                continue;
            }
            filled += QStringView(line).mid(position, open - position);
            filled += *value;
            position = close + 2;
        }
        output.append(filled);
    }
    return output.join(u'\n');
}

QString holderOf(const PackageMetadata &metadata)
{
    const QString holder = metadata.licenseHolder.simplified();
    return holder.isEmpty() ? PackageTemplates::tr("The %1 authors").arg(metadata.distributionName) : holder;
}

PackageFile templateFile(const QString &path, const QString &text, FileRole role)
{
    PackageFile file;
    file.path = path;
    file.content = text.toUtf8();
    file.role = role;
    file.origin = FileOrigin::Template;
    file.status = FileStatus::Generated;
    return file;
}

} // namespace

QStringList PackageTemplates::licenseIds()
{
    QStringList ids;
    for (const LicenseInfo &info : licenses)
        ids.append(QString(info.id));
    return ids;
}

QStringList PackageTemplates::buildBackends()
{
    QStringList names;
    for (const QLatin1StringView name : backends)
        names.append(QString(name));
    return names;
}

std::optional<QString> PackageTemplates::problem(const PackageMetadata &metadata)
{
    if (!licenseInfo(metadata.licenseId)) {
        return tr("The licence \"%1\" is not one Pygen Studio has a text for; choose one of %2.")
            .arg(metadata.licenseId, licenseIds().join(u", "_s));
    }
    if (!contains(backends, metadata.buildBackend)) {
        return tr("The build backend \"%1\" is not supported; choose one of %2.")
            .arg(metadata.buildBackend, buildBackends().join(u", "_s));
    }
    static const QRegularExpression distributionName = wholeMatch(QString::fromUtf16(namePattern));
    if (!distributionName.match(metadata.distributionName).hasMatch()) {
        return tr("The distribution name \"%1\" is not valid: use letters, digits, '-', '_' and '.', starting and "
                  "ending with a letter or digit, such as \"weather-station\".")
            .arg(metadata.distributionName);
    }
    static const QRegularExpression identifier(u"\\A[A-Za-z_][A-Za-z0-9_]*\\z"_s);
    if (!identifier.match(metadata.importName).hasMatch() || PythonNames::isKeyword(metadata.importName)) {
        return tr("The import name \"%1\" is not a Python identifier: use ASCII letters, digits and '_', not "
                  "starting with a digit and not a keyword, such as \"weather_station\".")
            .arg(metadata.importName);
    }
    static const QRegularExpression version =
        wholeMatch(u"(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:(?:a|b|rc)[0-9]+)?(?:\\.post[0-9]+)?(?:\\.dev[0-9]+)?"
                   u"(?:\\+[a-z0-9]+(?:[._-][a-z0-9]+)*)?"_s);
    if (!version.match(metadata.version).hasMatch()) {
        return tr("The version \"%1\" is not a PEP 440 version; use numbers separated by dots, such as \"0.1.0\" "
                  "or \"1.0rc1\".")
            .arg(metadata.version);
    }
    static const QRegularExpression pythonVersion(u"\\A3\\.(?:0|[1-9][0-9]?)(?:\\.[0-9]+)?\\z"_s);
    if (!pythonVersion.match(metadata.minimumPython).hasMatch()) {
        return tr("The minimum Python version \"%1\" is not a Python 3 version such as \"3.9\"; give the major and "
                  "minor version.")
            .arg(metadata.minimumPython);
    }
    if (!metadata.sourceRoot.isEmpty() && metadata.sourceRoot != QLatin1String("src")) {
        return tr("The source folder \"%1\" is not supported; use \"src\" for the src layout or nothing for a "
                  "flat layout.")
            .arg(metadata.sourceRoot);
    }
    if (metadata.copyrightYear < 1970 || metadata.copyrightYear > 9999)
        return tr("The copyright year %1 is not a plausible year; give a year such as 2026.")
            .arg(metadata.copyrightYear);
    for (const QString &dependency : metadata.dependencies) {
        if (auto dependencyProblem = requirementProblem(dependency, metadata.distributionName))
            return dependencyProblem;
    }
    return std::nullopt;
}

QList<PackageFile> PackageTemplates::standardFiles(const PackageMetadata &metadata)
{
    QList<PackageFile> files{pyprojectToml(metadata), gitignore()};
    if (licenseInfo(metadata.licenseId))
        files.append(license(metadata));
    std::sort(files.begin(), files.end(),
              [](const PackageFile &left, const PackageFile &right) { return left.path < right.path; });
    return files;
}

PackageFile PackageTemplates::pyprojectToml(const PackageMetadata &metadata)
{
    const bool srcLayout = !metadata.sourceRoot.isEmpty();
    const QString backend = contains(backends, metadata.buildBackend) ? metadata.buildBackend : u"setuptools"_s;

    QStringList classifiers;
    if (const LicenseInfo *info = licenseInfo(metadata.licenseId))
        classifiers.append(QString(info->classifier));
    classifiers.append(u"Operating System :: OS Independent"_s);
    classifiers.append(u"Programming Language :: Python :: 3"_s);

    const QString packageFolder = srcLayout ? metadata.sourceRoot + u'/' + metadata.importName : metadata.importName;
    const QHash<QString, QString> values{
        {u"name"_s, tomlString(metadata.distributionName)},
        {u"version"_s, tomlString(metadata.version)},
        // Core metadata's Summary is one line; build backends refuse line breaks in it.
        {u"description"_s, tomlString(metadata.summary.simplified())},
        {u"requires_python"_s, tomlString(u">="_s + metadata.minimumPython)},
        {u"license"_s, tomlString(metadata.licenseId)},
        {u"author"_s, tomlString(metadata.licenseHolder.simplified())},
        {u"classifiers"_s, tomlArray(classifiers)},
        {u"dependencies"_s, tomlArray(metadata.dependencies)},
        {u"source_root"_s, tomlString(metadata.sourceRoot)},
        {u"package_pattern"_s, tomlString(metadata.importName + u'*')},
        {u"package_folder"_s, tomlString(packageFolder)},
        {u"import_name"_s, tomlString(metadata.importName)},
        {u"python_path"_s, tomlString(srcLayout ? metadata.sourceRoot : u"."_s)},
    };
    QSet<QString> switches{backend};
    if (srcLayout)
        switches.insert(u"src_layout"_s);
    if (!metadata.licenseHolder.simplified().isEmpty())
        switches.insert(u"authors"_s);

    return templateFile(u"pyproject.toml"_s, render(resourceText(u":/templates/pyproject.toml"_s), values, switches),
                        FileRole::Config);
}

PackageFile PackageTemplates::license(const PackageMetadata &metadata)
{
    const QHash<QString, QString> values{
        {u"year"_s, QString::number(metadata.copyrightYear)},
        {u"holder"_s, holderOf(metadata)},
    };
    const QString text = licenseInfo(metadata.licenseId)
        ? resourceText(u":/templates/licenses/%1.txt"_s.arg(metadata.licenseId))
        : QString();
    return templateFile(u"LICENSE"_s, render(text, values, {}), FileRole::Doc);
}

PackageFile PackageTemplates::gitignore()
{
    return templateFile(u".gitignore"_s, resourceText(u":/templates/python.gitignore"_s), FileRole::Config);
}

} // namespace Pygen
