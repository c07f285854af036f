#include "pipeline/PlanReader.h"

#include "package/PackagePath.h"
#include "pipeline/JsonSchemaValidator.h"
#include "pipeline/ModelJson.h"
#include "pipeline/PythonNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// A plan for 500 files with interfaces stays well below this.
constexpr qint64 maximumPlanFileBytes = 8 * 1024 * 1024;

// Written from templates (PackageTemplates) or never wanted: the model must not plan them.
constexpr std::array<QStringView, 5> templateFiles{u"pyproject.toml", u"LICENSE", u".gitignore", u"setup.py",
                                                   u"setup.cfg"};

bool isPythonFile(const QString &path)
{
    return path.endsWith(u".py"_s);
}

QString fileName(const QString &path)
{
    return path.section(u'/', -1);
}

QString stem(const QString &path)
{
    const QString name = fileName(path);
    return name.endsWith(u".py"_s) ? name.chopped(3) : name;
}

} // namespace

PlanReader::Result PlanReader::fromJson(const QByteArray &json)
{
    const ModelJson::Result reply = ModelJson::read(QString::fromUtf8(json));
    if (!reply.object)
        return {std::nullopt, {reply.error}};
    return fromJson(*reply.object);
}

PlanReader::Result PlanReader::fromJson(const QJsonObject &object)
{
    // A newer format would only produce confusing schema errors: say what to do instead.
    const QJsonValue version = object.value(u"planVersion"_s);
    if (version.isDouble() && version.toDouble() > Plan::formatVersion) {
        return {std::nullopt,
                {tr("planVersion: this plan has format version %1, but this Pygen Studio reads version %2 "
                    "only; update Pygen Studio to read it")
                     .arg(version.toDouble())
                     .arg(Plan::formatVersion)}};
    }

    Result result;
    result.errors = JsonSchemaValidator(JsonSchemaValidator::bundledSchema(u"plan"_s)).validate(object);
    if (!result.errors.isEmpty())
        return result;

    std::optional<Plan> plan = Plan::fromJson(object);
    if (!plan) {
        // The schema guarantees the shape; this only happens with a broken bundled schema.
        result.errors.append(tr("(top level): not a plan"));
        return result;
    }
    result.errors = problems(*plan);
    if (result.errors.isEmpty())
        result.plan = std::move(plan);
    return result;
}

PlanReader::Result PlanReader::fromFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return {std::nullopt, {tr("The plan file %1 does not exist.").arg(shownPath)}};
    if (!info.isFile())
        return {std::nullopt, {tr("%1 is not a file; give the path of a plan (.json) file.").arg(shownPath)}};
    if (info.size() > maximumPlanFileBytes)
        return {std::nullopt, {tr("%1 is too large to be a plan file.").arg(shownPath)}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {tr("The plan file %1 cannot be read: %2.").arg(shownPath, file.errorString())}};
    return fromJson(file.read(maximumPlanFileBytes + 1));
}

QStringList PlanReader::problems(const Plan &plan)
{
    QStringList errors;
    const auto filePath = [](qsizetype index) { return u"files[%1].path"_s.arg(index); };

    const bool importNameValid = PythonNames::isImportableName(plan.importName);
    if (PythonNames::isKeyword(plan.importName)) {
        errors.append(tr("importName: \"%1\" is a Python keyword, so it cannot be imported; choose another name")
                          .arg(plan.importName));
    } else if (!importNameValid) {
        errors.append(tr("importName: \"%1\" is not a Python identifier (ASCII letters, digits and underscores, "
                         "not starting with a digit)")
                          .arg(plan.importName));
    }

    // PEP 508 names.
    static const QRegularExpression distributionPattern(u"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"_s);
    if (!distributionPattern.match(plan.distributionName).hasMatch()) {
        errors.append(tr("distributionName: \"%1\" is not a valid distribution name (ASCII letters, digits, '-', "
                         "'_' and '.', starting and ending with a letter or digit)")
                          .arg(plan.distributionName));
    }
    if (plan.summary.trimmed().isEmpty())
        errors.append(tr("summary: must not be empty"));

    // A name, optional extras, then a version, marker or URL part.
    static const QRegularExpression requirementPattern(
        u"^\\s*[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\\s*(\\[[A-Za-z0-9._,\\s-]*\\])?\\s*([<>=!~;@(].*)?$"_s);
    for (qsizetype i = 0; i < plan.dependencies.size(); ++i) {
        if (!requirementPattern.match(plan.dependencies.at(i)).hasMatch()) {
            errors.append(tr("dependencies[%1]: \"%2\" is not a PEP 508 requirement (such as \"numpy>=1.24\")")
                              .arg(QString::number(i), plan.dependencies.at(i)));
        }
    }

    // Paths first, since the later checks rely on them being safe and unique.
    QSet<qsizetype> unsafe;
    QHash<QString, qsizetype> byPath;
    QHash<QString, qsizetype> byFoldedPath;
    QHash<QString, qsizetype> folderOwner; // case-folded folder → a file inside it
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        const QString &path = plan.files.at(i).path;
        if (const auto problem = PackagePath::problem(path)) {
            errors.append(filePath(i) + u": "_s + *problem);
            unsafe.insert(i);
            continue;
        }
        const QString folded = PackagePath::caseFoldedKey(path);
        const bool ownedByTemplate =
            std::any_of(templateFiles.cbegin(), templateFiles.cend(),
                        [&folded](QStringView name) { return PackagePath::caseFoldedKey(name.toString()) == folded; });
        if (ownedByTemplate) {
            errors.append(tr("%1: \"%2\" is written from a template; leave it out of the plan").arg(filePath(i), path));
            unsafe.insert(i);
            continue;
        }
        if (const auto earlier = byPath.constFind(path); earlier != byPath.cend()) {
            errors.append(
                tr("%1: \"%2\" is already planned as files[%3]").arg(filePath(i), path, QString::number(*earlier)));
            unsafe.insert(i);
            continue;
        }
        if (const auto earlier = byFoldedPath.constFind(folded); earlier != byFoldedPath.cend()) {
            errors.append(tr("%1: \"%2\" differs from \"%3\" (files[%4]) only in letter case; the two would collide "
                             "on macOS and Windows")
                              .arg(filePath(i), path, plan.files.at(*earlier).path, QString::number(*earlier)));
            unsafe.insert(i);
            continue;
        }
        byPath.insert(path, i);
        byFoldedPath.insert(folded, i);
    }
    // "a/b" as a file and "a/b/c.py" need the same name as a file and a folder.
    for (auto it = byFoldedPath.cbegin(); it != byFoldedPath.cend(); ++it) {
        QString folder = it.key();
        while (folder.contains(u'/')) {
            folder = folder.section(u'/', 0, -2);
            folderOwner.insert(folder, it.value());
        }
    }
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        if (unsafe.contains(i))
            continue;
        const auto owner = folderOwner.constFind(PackagePath::caseFoldedKey(plan.files.at(i).path));
        if (owner != folderOwner.cend()) {
            errors.append(
                tr("%1: \"%2\" is planned as a file, but files[%3] (\"%4\") needs it as a folder")
                    .arg(filePath(i), plan.files.at(i).path, QString::number(*owner), plan.files.at(*owner).path));
            unsafe.insert(i);
        }
    }

    // Where the import package lives: src/<importName>/ or <importName>/, the same for every module.
    const QString srcRoot = u"src/"_s + plan.importName + u'/';
    const QString flatRoot = plan.importName + u'/';
    QString packageRoot;
    qsizetype packageRootSetBy = -1;
    bool hasModule = false;
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        const PlannedFile &file = plan.files.at(i);
        if (unsafe.contains(i))
            continue;
        const QString &path = file.path;

        if (file.role == FileRole::Module) {
            hasModule = true;
            if (!isPythonFile(path)) {
                errors.append(tr("%1: \"%2\" has the role module but is not a .py file; give other files another "
                                 "role")
                                  .arg(filePath(i), path));
                continue;
            }
            if (importNameValid) {
                const QString root = path.startsWith(srcRoot) ? srcRoot
                    : path.startsWith(flatRoot)               ? flatRoot
                                                              : QString();
                if (root.isEmpty()) {
                    errors.append(tr("%1: \"%2\" is not inside the import package \"%3\"; module files go in %4 "
                                     "(or %5)")
                                      .arg(filePath(i), path, plan.importName, srcRoot, flatRoot));
                    continue;
                }
                if (packageRoot.isEmpty()) {
                    packageRoot = root;
                    packageRootSetBy = i;
                } else if (root != packageRoot) {
                    errors.append(tr("%1: \"%2\" is in %3, but files[%4] put the package in %5; use one layout")
                                      .arg(filePath(i), path, root, QString::number(packageRootSetBy), packageRoot));
                    continue;
                }
            }
        }

        // Every Python file inside the import package must be importable by its dotted name.
        if (importNameValid && isPythonFile(path) && (path.startsWith(srcRoot) || path.startsWith(flatRoot))) {
            const QString inside = path.mid(path.startsWith(srcRoot) ? srcRoot.size() : flatRoot.size());
            QStringList names = inside.split(u'/');
            names.last() = stem(names.last());
            for (const QString &name : std::as_const(names)) {
                if (PythonNames::isKeyword(name)) {
                    errors.append(tr("%1: \"%2\" in \"%3\" is a Python keyword, so it cannot be imported; choose "
                                     "another name")
                                      .arg(filePath(i), name, path));
                    break;
                }
                if (!PythonNames::isImportableName(name)) {
                    errors.append(tr("%1: \"%2\" in \"%3\" is not a Python identifier (ASCII letters, digits and "
                                     "underscores, not starting with a digit), so it cannot be imported")
                                      .arg(filePath(i), name, path));
                    break;
                }
            }
        }

        if (file.role == FileRole::Test && isPythonFile(path)) {
            const QString name = fileName(path);
            if (!name.startsWith(u"test_"_s) && !name.endsWith(u"_test.py"_s) && name != u"conftest.py"
                && name != u"__init__.py") {
                errors.append(
                    tr("%1: pytest collects only test_*.py and *_test.py files; rename \"%2\"").arg(filePath(i), path));
            }
        }

        for (qsizetype k = 0; k < file.dependsOn.size(); ++k) {
            if (!byPath.contains(file.dependsOn.at(k))) {
                errors.append(tr("files[%1].dependsOn[%2]: \"%3\" is not a planned file")
                                  .arg(QString::number(i), QString::number(k), file.dependsOn.at(k)));
            }
        }
    }

    if (!hasModule) {
        errors.append(tr("files: no module file is planned; plan at least %1__init__.py").arg(srcRoot));
    } else if (!packageRoot.isEmpty() && !byPath.contains(packageRoot + u"__init__.py"_s)) {
        errors.append(tr("files: \"%1__init__.py\" is missing; the package needs it").arg(packageRoot));
    }

    // Every module but the package's own entry points needs a test: tests/test_<module>.py, or a test
    // file that lists the module in dependsOn.
    QSet<QString> testedStems;
    QSet<QString> testedPaths;
    for (const PlannedFile &file : plan.files) {
        if (file.role != FileRole::Test)
            continue;
        if (file.path.startsWith(u"tests/"_s) && fileName(file.path).startsWith(u"test_"_s))
            testedStems.insert(stem(file.path).mid(5));
        for (const QString &dependency : file.dependsOn)
            testedPaths.insert(dependency);
    }
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        const PlannedFile &file = plan.files.at(i);
        if (unsafe.contains(i) || file.role != FileRole::Module || !isPythonFile(file.path))
            continue;
        const QString moduleStem = stem(file.path);
        if (moduleStem == u"__init__" || moduleStem == u"__main__")
            continue;
        if (!testedStems.contains(moduleStem) && !testedPaths.contains(file.path)) {
            errors.append(tr("%1: the module \"%2\" has no test; plan tests/test_%3.py or list the module in a test "
                             "file's dependsOn")
                              .arg(filePath(i), file.path, moduleStem));
        }
    }

    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        if (plan.files.at(i).purpose.trimmed().isEmpty())
            errors.append(tr("files[%1].purpose: must not be empty").arg(i));
    }
    return errors;
}

} // namespace Pygen
