#include "python/ApiReference.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Enough for any real chain of imports; a cycle (a imports b imports a) stops here.
constexpr int maximumAliasSteps = 16;

bool isDunder(QStringView name)
{
    return name.size() > 4 && name.startsWith(u"__") && name.endsWith(u"__");
}

// Dunder attributes (__version__, __doc__, __name__ …) exist on every module and class in some
// form; they are not checked.
QString withoutDunders(const QString &dottedName)
{
    const QStringList parts = dottedName.split(u'.');
    for (qsizetype index = 1; index < parts.size(); ++index) {
        if (isDunder(parts.at(index)))
            return parts.first(index).join(u'.');
    }
    return dottedName;
}

// `name` with its longest prefix that is an alias replaced by what the alias stands for.
std::optional<QString> substituteAlias(const QHash<QString, QString> &aliases, const QString &name)
{
    for (qsizetype end = name.size(); end > 0; end = name.lastIndexOf(u'.', end - 1)) {
        const auto alias = aliases.constFind(name.left(end));
        if (alias != aliases.constEnd())
            return *alias + name.mid(end);
    }
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array)
        strings.append(element.toString());
    return strings;
}

ApiFunction functionFromJson(const QJsonObject &object)
{
    ApiFunction function;
    function.name = object.value("name"_L1).toString();
    function.signature = object.value("signature"_L1).toString();
    function.docstring = object.value("docstring"_L1).toString();
    function.isAsync = object.value("isAsync"_L1).toBool();
    function.line = object.value("line"_L1).toInt();
    return function;
}

QList<ApiFunction> functionsFromJson(const QJsonValue &value)
{
    QList<ApiFunction> functions;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array)
        functions.append(functionFromJson(element.toObject()));
    return functions;
}

ApiClass classFromJson(const QJsonObject &object)
{
    ApiClass apiClass;
    apiClass.name = object.value("name"_L1).toString();
    apiClass.bases = object.value("bases"_L1).toString();
    apiClass.docstring = object.value("docstring"_L1).toString();
    apiClass.methods = functionsFromJson(object.value("methods"_L1));
    apiClass.baseNames = stringList(object.value("baseNames"_L1));
    apiClass.attributes = stringList(object.value("attributes"_L1));
    apiClass.line = object.value("line"_L1).toInt();
    return apiClass;
}

ApiModule moduleFromJson(const QJsonObject &object)
{
    ApiModule module;
    module.path = object.value("path"_L1).toString();
    module.moduleName = object.value("moduleName"_L1).toString();
    module.docstring = object.value("docstring"_L1).toString();
    module.functions = functionsFromJson(object.value("functions"_L1));
    const QJsonArray classes = object.value("classes"_L1).toArray();
    for (const QJsonValue &element : classes)
        module.classes.append(classFromJson(element.toObject()));
    module.constants = stringList(object.value("constants"_L1));
    module.syntaxError = object.value("syntaxError"_L1).toString();
    module.variables = stringList(object.value("variables"_L1));
    const QJsonObject imports = object.value("imports"_L1).toObject();
    for (auto import = imports.constBegin(); import != imports.constEnd(); ++import)
        module.imports.insert(import.key(), import.value().toString());
    return module;
}

bool isUnder(const QString &name, const QString &prefix)
{
    return name == prefix || (name.startsWith(prefix) && name.at(prefix.size()) == u'.');
}

// The modules the reference documents: those of the import package, or, when it is not known,
// all but tests, examples and tooling.
bool isDocumented(const ApiModule &module, const QString &importName)
{
    if (module.moduleName.isEmpty())
        return false;
    // Private modules (_internal, __main__) are not part of the API.
    const QStringList parts = module.moduleName.split(u'.');
    if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part.startsWith(u'_'); }))
        return false;
    if (!importName.isEmpty())
        return isUnder(module.moduleName, importName);
    static const QStringList outside = {u"tests"_s, u"test"_s, u"examples"_s, u"example"_s,
                                        u"docs"_s,  u"doc"_s,  u"scripts"_s,  u"benchmarks"_s};
    const QString top = module.moduleName.section(u'.', 0, 0);
    const QString fileName = module.path.section(u'/', -1);
    return !outside.contains(top) && !fileName.startsWith("test_"_L1) && fileName != "setup.py"_L1
        && fileName != "conftest.py"_L1 && fileName != "noxfile.py"_L1;
}

// Inline code that survives any backticks inside it.
QString codeSpan(const QString &text)
{
    qsizetype longestRun = 0;
    qsizetype run = 0;
    for (const QChar character : text) {
        run = character == u'`' ? run + 1 : 0;
        longestRun = std::max(longestRun, run);
    }
    const QString fence(longestRun + 1, u'`');
    const bool pad = text.startsWith(u'`') || text.endsWith(u'`');
    if (pad)
        return fence + u' ' + text + u' ' + fence;
    return fence + text + fence;
}

// A docstring as a paragraph: one that starts like a heading, quote or list item is escaped so
// that it stays a paragraph.
QString paragraph(const QString &text)
{
    QString result = text.trimmed();
    static const QRegularExpression blockStart(uR"(^(#{1,6}(\s|$)|>|[-+*](\s|$)|=+\s*$|```|~~~))"_s);
    static const QRegularExpression orderedItem(uR"(^\d{1,9}([.)])(\s|$))"_s);
    if (blockStart.match(result).hasMatch()) {
        result.prepend(u'\\');
    } else if (const QRegularExpressionMatch item = orderedItem.match(result); item.hasMatch()) {
        result.insert(item.capturedStart(1), u'\\');
    }
    return result;
}

QString functionHeading(const ApiFunction &function, const QString &className = {})
{
    QString signature = function.signature.isEmpty() ? function.name + u"()"_s : function.signature;
    if (!className.isEmpty()) {
        // The constructor reads as the call that makes an object: `Reading(temperature_c: float)`.
        if (function.name == "__init__"_L1 && signature.startsWith(function.name)) {
            signature = className + signature.mid(function.name.size());
            if (signature.endsWith(" -> None"_L1))
                signature.chop(8);
        } else
            signature = className + u'.' + signature;
    }
    if (function.isAsync)
        signature.prepend("async "_L1);
    return codeSpan(signature);
}

void appendDocstring(QString &markdown, const QString &docstring)
{
    if (!docstring.trimmed().isEmpty())
        markdown += u'\n' + paragraph(docstring) + u'\n';
}

QString codeList(const QStringList &names)
{
    QStringList spans;
    spans.reserve(names.size());
    for (const QString &name : names)
        spans.append(codeSpan(name));
    return spans.join(", "_L1);
}

} // namespace

bool ApiNameIndex::contains(const QString &dottedName) const
{
    QString name = withoutDunders(dottedName);
    for (int step = 0; step < maximumAliasSteps; ++step) {
        if (names.contains(name))
            return true;
        for (qsizetype end = name.indexOf(u'.');; end = name.indexOf(u'.', end + 1)) {
            if (openNames.contains(end < 0 ? name : name.left(end)))
                return true;
            if (end < 0)
                break;
        }
        const std::optional<QString> next = substituteAlias(aliases, name);
        if (!next)
            return false;
        name = *next;
    }
    return false;
}

QString ApiNameIndex::firstMissing(const QString &dottedName) const
{
    if (contains(dottedName))
        return {};
    for (qsizetype end = dottedName.indexOf(u'.'); end >= 0; end = dottedName.indexOf(u'.', end + 1)) {
        const QString prefix = dottedName.left(end);
        if (!contains(prefix))
            return prefix;
    }
    return dottedName;
}

QJsonObject ApiNameIndex::toJson() const
{
    QStringList sortedNames(names.cbegin(), names.cend());
    sortedNames.sort();
    QStringList sortedOpenNames(openNames.cbegin(), openNames.cend());
    sortedOpenNames.sort();
    QJsonObject aliasObject;
    for (auto alias = aliases.constBegin(); alias != aliases.constEnd(); ++alias)
        aliasObject.insert(alias.key(), alias.value());
    return {{"names"_L1, QJsonArray::fromStringList(sortedNames)},
            {"openNames"_L1, QJsonArray::fromStringList(sortedOpenNames)},
            {"aliases"_L1, aliasObject}};
}

const ApiModule *ApiReference::module(const QString &moduleName) const
{
    for (const ApiModule &candidate : modules) {
        if (candidate.moduleName == moduleName)
            return &candidate;
    }
    return nullptr;
}

bool ApiReference::hasName(const QString &dottedName) const
{
    return nameIndex().contains(dottedName);
}

ApiNameIndex ApiReference::nameIndex() const
{
    ApiNameIndex index;
    QSet<QString> topLevelNames;
    QHash<QString, const ApiClass *> classes;
    QList<std::pair<QString, QString>> imports;
    const auto addValue = [&index](const QString &name) {
        index.names.insert(name);
        index.openNames.insert(name);
    };

    for (const ApiModule &apiModule : modules) {
        const QString &moduleName = apiModule.moduleName;
        if (moduleName.isEmpty())
            continue;
        for (qsizetype end = moduleName.indexOf(u'.'); end >= 0; end = moduleName.indexOf(u'.', end + 1))
            index.names.insert(moduleName.left(end));
        index.names.insert(moduleName);
        topLevelNames.insert(moduleName.section(u'.', 0, 0));
        // What a module that does not parse holds is not known; it is not made up either.
        if (!apiModule.syntaxError.isEmpty())
            index.openNames.insert(moduleName);
        const QString prefix = moduleName + u'.';
        for (const ApiFunction &function : apiModule.functions)
            index.names.insert(prefix + function.name);
        for (const ApiClass &apiClass : apiModule.classes) {
            const QString className = prefix + apiClass.name;
            index.names.insert(className);
            classes.insert(className, &apiClass);
            for (const ApiFunction &method : apiClass.methods)
                index.names.insert(className + u'.' + method.name);
            for (const QString &attribute : apiClass.attributes)
                addValue(className + u'.' + attribute);
        }
        for (const QString &constant : apiModule.constants)
            addValue(prefix + constant);
        for (const QString &variable : apiModule.variables)
            addValue(prefix + variable);
        for (auto import = apiModule.imports.constBegin(); import != apiModule.imports.constEnd(); ++import)
            imports.append({prefix + import.key(), import.value()});
    }

    for (const auto &[name, origin] : std::as_const(imports)) {
        // Whatever comes from outside the package exists as far as its documentation is concerned.
        if (topLevelNames.contains(origin.section(u'.', 0, 0)))
            index.aliases.insert(name, origin);
        else
            addValue(name);
    }
    // A re-export the helper could not trace to its origin is taken on trust.
    for (auto package = reexports.constBegin(); package != reexports.constEnd(); ++package) {
        for (const QString &name : package.value()) {
            const QString dotted = package.key() + u'.' + name;
            if (!index.aliases.contains(dotted) && !index.names.contains(dotted))
                addValue(dotted);
        }
    }

    // Inherited members: from bases inside the package; a base from anywhere else (Exception,
    // Enum, a third-party class) may bring any member, so such a class is open.
    const auto resolveClass = [&](QString name) -> const ApiClass * {
        for (int step = 0; step < maximumAliasSteps; ++step) {
            if (const ApiClass *found = classes.value(name))
                return found;
            const std::optional<QString> next = substituteAlias(index.aliases, name);
            if (!next)
                return nullptr;
            name = *next;
        }
        return nullptr;
    };
    for (auto entry = classes.constBegin(); entry != classes.constEnd(); ++entry) {
        QList<const ApiClass *> pending{entry.value()};
        QSet<const ApiClass *> visited{entry.value()};
        bool open = false;
        while (!pending.isEmpty()) {
            const ApiClass *apiClass = pending.takeFirst();
            if (apiClass != entry.value()) {
                for (const ApiFunction &method : apiClass->methods)
                    index.names.insert(entry.key() + u'.' + method.name);
                for (const QString &attribute : apiClass->attributes)
                    addValue(entry.key() + u'.' + attribute);
            }
            for (const QString &base : apiClass->baseNames) {
                if (base == "object"_L1 || base == "builtins.object"_L1)
                    continue;
                const ApiClass *baseClass = base.isEmpty() ? nullptr : resolveClass(base);
                if (!baseClass)
                    open = true;
                else if (!visited.contains(baseClass)) {
                    visited.insert(baseClass);
                    pending.append(baseClass);
                }
            }
        }
        if (open)
            index.openNames.insert(entry.key());
    }

    // Names re-exported or imported inside the package exist when what they stand for does.
    for (auto alias = index.aliases.constBegin(); alias != index.aliases.constEnd(); ++alias) {
        if (index.contains(alias.value()))
            index.names.insert(alias.key());
    }
    return index;
}

QString ApiReference::toMarkdown() const
{
    QList<const ApiModule *> documented;
    for (const ApiModule &apiModule : modules) {
        if (isDocumented(apiModule, importName))
            documented.append(&apiModule);
    }
    std::stable_sort(documented.begin(), documented.end(),
                     [](const ApiModule *left, const ApiModule *right) { return left->path < right->path; });

    // Nothing to show: the caller says why instead of printing an empty section.
    if (documented.isEmpty())
        return {};

    // Generated documentation is part of the package and written in English, whatever language
    // the program speaks.
    QString markdown = u"## API reference\n"_s;
    for (const ApiModule *apiModule : std::as_const(documented)) {
        markdown += u"\n### "_s + codeSpan(apiModule->moduleName) + u'\n';
        appendDocstring(markdown, apiModule->docstring);
        if (!apiModule->syntaxError.isEmpty()) {
            markdown += u"\n*This module does not parse ("_s + apiModule->syntaxError
                + u"), so its contents are not listed.*\n"_s;
            continue;
        }
        const QStringList exported = reexports.value(apiModule->moduleName);
        if (!exported.isEmpty())
            markdown +=
                u"\nAvailable from "_s + codeSpan(apiModule->moduleName) + u": "_s + codeList(exported) + u".\n"_s;
        if (!apiModule->constants.isEmpty())
            markdown += u"\nConstants: "_s + codeList(apiModule->constants) + u".\n"_s;

        // Functions and classes together, in the order the source defines them.
        struct Entry
        {
            int line;
            const ApiFunction *function;
            const ApiClass *apiClass;
        };
        QList<Entry> entries;
        for (const ApiFunction &function : apiModule->functions)
            entries.append({function.line, &function, nullptr});
        for (const ApiClass &apiClass : apiModule->classes)
            entries.append({apiClass.line, nullptr, &apiClass});
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry &left, const Entry &right) { return left.line < right.line; });

        if (entries.isEmpty() && exported.isEmpty() && apiModule->constants.isEmpty()
            && apiModule->docstring.isEmpty()) {
            markdown += u"\n*No public functions, classes or constants.*\n"_s;
        }
        for (const Entry &entry : std::as_const(entries)) {
            if (entry.function) {
                markdown += u"\n#### "_s + functionHeading(*entry.function) + u'\n';
                appendDocstring(markdown, entry.function->docstring);
                continue;
            }
            const ApiClass &apiClass = *entry.apiClass;
            const QString heading =
                apiClass.bases.isEmpty() ? apiClass.name : apiClass.name + u'(' + apiClass.bases + u')';
            markdown += u"\n#### class "_s + codeSpan(heading) + u'\n';
            appendDocstring(markdown, apiClass.docstring);
            for (const ApiFunction &method : apiClass.methods) {
                markdown += u"\n##### "_s + functionHeading(method, apiClass.name) + u'\n';
                appendDocstring(markdown, method.docstring);
            }
        }
    }
    return markdown;
}

ApiReference ApiReference::fromJson(const QJsonObject &object)
{
    ApiReference reference;
    const QJsonArray modules = object.value("modules"_L1).toArray();
    for (const QJsonValue &element : modules)
        reference.modules.append(moduleFromJson(element.toObject()));
    reference.importName = object.value("importName"_L1).toString();
    const QJsonObject reexports = object.value("reexports"_L1).toObject();
    for (auto package = reexports.constBegin(); package != reexports.constEnd(); ++package)
        reference.reexports.insert(package.key(), stringList(package.value()));
    return reference;
}

} // namespace Pygen
