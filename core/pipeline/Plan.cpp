#include "pipeline/Plan.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (!entry.isString())
            return std::nullopt;
        list.append(entry.toString());
    }
    return list;
}

std::optional<PlannedFile> plannedFileFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue path = object.value(u"path"_s);
    const QJsonValue purpose = object.value(u"purpose"_s);
    const std::optional<FileRole> role = fileRoleFromName(object.value(u"role"_s).toString());
    const QJsonValue interface = object.value(u"interface"_s);
    const std::optional<QStringList> dependsOn = stringList(object.value(u"dependsOn"_s));
    if (!path.isString() || !purpose.isString() || !role || !dependsOn
        || !(interface.isUndefined() || interface.isArray()))
        return std::nullopt;

    PlannedFile file;
    file.path = path.toString();
    file.role = *role;
    file.purpose = purpose.toString();
    file.dependsOn = *dependsOn;
    const QJsonArray entries = interface.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonValue signature = entry.toObject().value(u"signature"_s);
        const QJsonValue summary = entry.toObject().value(u"summary"_s);
        if (!signature.isString() || !summary.isString())
            return std::nullopt;
        file.interface.append({signature.toString(), summary.toString()});
    }
    return file;
}

} // namespace

const PlannedFile *Plan::file(const QString &path) const
{
    const auto found =
        std::find_if(files.cbegin(), files.cend(), [&path](const PlannedFile &file) { return file.path == path; });
    return found == files.cend() ? nullptr : &*found;
}

QJsonObject Plan::toJson() const
{
    QJsonArray fileArray;
    for (const PlannedFile &file : files) {
        QJsonArray interface;
        for (const InterfaceEntry &entry : file.interface)
            interface.append(QJsonObject{{u"signature"_s, entry.signature}, {u"summary"_s, entry.summary}});
        fileArray.append(QJsonObject{
            {u"path"_s, file.path},
            {u"role"_s, fileRoleName(file.role)},
            {u"purpose"_s, file.purpose},
            {u"interface"_s, interface},
            {u"dependsOn"_s, QJsonArray::fromStringList(file.dependsOn)},
        });
    }
    return QJsonObject{
        {u"planVersion"_s, formatVersion},
        {u"importName"_s, importName},
        {u"distributionName"_s, distributionName},
        {u"summary"_s, summary},
        {u"dependencies"_s, QJsonArray::fromStringList(dependencies)},
        {u"files"_s, fileArray},
        {u"fallback"_s, fallback},
    };
}

std::optional<Plan> Plan::fromJson(const QJsonObject &object)
{
    const QJsonValue importName = object.value(u"importName"_s);
    const QJsonValue distributionName = object.value(u"distributionName"_s);
    const QJsonValue summary = object.value(u"summary"_s);
    const std::optional<QStringList> dependencies = stringList(object.value(u"dependencies"_s));
    const QJsonValue files = object.value(u"files"_s);
    const QJsonValue fallback = object.value(u"fallback"_s);
    if (!importName.isString() || !distributionName.isString() || !summary.isString() || !dependencies
        || !files.isArray() || !(fallback.isUndefined() || fallback.isBool()))
        return std::nullopt;

    Plan plan;
    plan.importName = importName.toString();
    plan.distributionName = distributionName.toString();
    plan.summary = summary.toString();
    plan.dependencies = *dependencies;
    plan.fallback = fallback.toBool();
    const QJsonArray fileArray = files.toArray();
    for (const QJsonValue &value : fileArray) {
        std::optional<PlannedFile> file = plannedFileFromJson(value);
        if (!file)
            return std::nullopt;
        plan.files.append(std::move(*file));
    }
    return plan;
}

} // namespace Pygen
