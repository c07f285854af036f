#include "project/ProjectState.h"

#include "llm/SecretRedactor.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Setting names that hold a secret, compared without case, '_' and '-'. The settings snapshot
// never needs one; dropping them here keeps a caller's mistake out of a file people share.
constexpr std::array<QStringView, 9> secretNames{u"key",           u"apikey",      u"secret",
                                                 u"password",      u"token",       u"accesstoken",
                                                 u"authorization", u"bearertoken", u"clientsecret"};

bool isSecretName(const QString &name)
{
    QString normalized = name.toLower();
    normalized.remove(u'_').remove(u'-');
    return std::find(secretNames.cbegin(), secretNames.cend(), normalized) != secretNames.cend()
        || normalized.endsWith(u"apikey"_s) || normalized.endsWith(u"secret"_s) || normalized.endsWith(u"password"_s);
}

QJsonValue withoutSecrets(const QJsonValue &value)
{
    if (value.isString())
        return SecretRedactor::redact(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        const QJsonArray source = value.toArray();
        for (const QJsonValue &entry : source)
            array.append(withoutSecrets(entry));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            if (!isSecretName(it.key()))
                object.insert(it.key(), withoutSecrets(it.value()));
        }
        return object;
    }
    return value;
}

bool isHash(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return text.isEmpty() || hex.match(text).hasMatch();
}

} // namespace

QJsonObject ProjectState::toJson() const
{
    QJsonObject json{
        {u"projectVersion"_s, formatVersion},
        {u"spec"_s, spec.toJson()},
        {u"contextPrompt"_s, contextPrompt},
        {u"documentationProblems"_s, QJsonArray::fromStringList(documentationProblems)},
        {u"settings"_s, withoutSecrets(settings).toObject()},
    };
    if (enhancedSpec)
        json.insert(u"enhancedSpec"_s, enhancedSpec->toJson());
    if (plan)
        json.insert(u"plan"_s, plan->toJson());

    QJsonObject stagesJson;
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        stagesJson.insert(
            stageIdName(it.key()),
            QJsonObject{{u"state"_s, stageStateName(it.value().state)}, {u"message"_s, it.value().message}});
    }
    json.insert(u"stages"_s, stagesJson);

    QJsonObject filesJson;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const FileRecord &record = it.value();
        filesJson.insert(it.key(),
                         QJsonObject{
                             {u"role"_s, fileRoleName(record.role)},
                             {u"origin"_s, fileOriginName(record.origin)},
                             {u"status"_s, fileStatusName(record.status)},
                             {u"message"_s, record.message},
                             {u"sha256"_s, QString::fromLatin1(record.sha256)},
                         });
    }
    json.insert(u"files"_s, filesJson);
    return json;
}

std::optional<ProjectState> ProjectState::fromJson(const QJsonObject &object, QStringList *errors)
{
    QStringList problems;
    ProjectState state;

    const QJsonValue version = object.value(u"projectVersion"_s);
    if (version.isUndefined())
        problems.append(tr("projectVersion: is required; this is not a Pygen Studio project file"));
    else if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        problems.append(tr("projectVersion: must be a whole number from 1"));
    else if (version.toInt() > formatVersion)
        problems.append(tr("projectVersion: the project has format version %1, but this Pygen Studio reads up to "
                           "version %2; update Pygen Studio to open it")
                            .arg(QString::number(version.toInt()), QString::number(formatVersion)));

    if (const auto parsed = Spec::fromJson(object.value(u"spec"_s).toObject());
        parsed && object.value(u"spec"_s).isObject())
        state.spec = *parsed;
    else
        problems.append(tr("spec: is missing or not a spec"));

    const QJsonValue enhanced = object.value(u"enhancedSpec"_s);
    if (!enhanced.isUndefined() && !enhanced.isNull()) {
        state.enhancedSpec = enhanced.isObject() ? EnhancedSpec::fromJson(enhanced.toObject()) : std::nullopt;
        if (!state.enhancedSpec)
            problems.append(tr("enhancedSpec: is not an enhanced spec"));
    }

    const QJsonValue context = object.value(u"contextPrompt"_s);
    if (context.isString())
        state.contextPrompt = context.toString();
    else if (!context.isUndefined())
        problems.append(tr("contextPrompt: must be a string"));

    const QJsonValue planValue = object.value(u"plan"_s);
    if (!planValue.isUndefined() && !planValue.isNull()) {
        state.plan = planValue.isObject() ? Plan::fromJson(planValue.toObject()) : std::nullopt;
        if (!state.plan)
            problems.append(tr("plan: is not a plan"));
    }

    const QJsonValue stagesValue = object.value(u"stages"_s);
    if (!stagesValue.isUndefined() && !stagesValue.isObject())
        problems.append(tr("stages: must be an object"));
    const QJsonObject stagesJson = stagesValue.toObject();
    for (auto it = stagesJson.begin(); it != stagesJson.end(); ++it) {
        const auto stage = stageIdFromName(it.key());
        const auto stageState = stageStateFromName(it.value().toObject().value(u"state"_s).toString());
        if (!stage) {
            problems.append(tr("stages.%1: unknown stage").arg(it.key()));
            continue;
        }
        if (!stageState) {
            problems.append(tr("stages.%1.state: unknown state").arg(it.key()));
            continue;
        }
        state.stages.insert(*stage, {*stageState, it.value().toObject().value(u"message"_s).toString()});
    }

    const QJsonValue filesValue = object.value(u"files"_s);
    if (!filesValue.isUndefined() && !filesValue.isObject())
        problems.append(tr("files: must be an object"));
    const QJsonObject filesJson = filesValue.toObject();
    for (auto it = filesJson.begin(); it != filesJson.end(); ++it) {
        const QJsonObject recordJson = it.value().toObject();
        const auto role = fileRoleFromName(recordJson.value(u"role"_s).toString());
        const auto origin = fileOriginFromName(recordJson.value(u"origin"_s).toString());
        const auto status = fileStatusFromName(recordJson.value(u"status"_s).toString());
        const QString hash = recordJson.value(u"sha256"_s).toString();
        if (!role || !origin || !status || !isHash(hash)) {
            problems.append(tr("files[\"%1\"]: is not a file record").arg(it.key()));
            continue;
        }
        state.files.insert(it.key(),
                           {*role, *origin, *status, recordJson.value(u"message"_s).toString(), hash.toLatin1()});
    }

    const QJsonValue documentation = object.value(u"documentationProblems"_s);
    if (documentation.isArray()) {
        const QJsonArray array = documentation.toArray();
        for (const QJsonValue &entry : array)
            state.documentationProblems.append(entry.toString());
    } else if (!documentation.isUndefined()) {
        problems.append(tr("documentationProblems: must be an array"));
    }

    const QJsonValue settingsValue = object.value(u"settings"_s);
    if (settingsValue.isObject())
        state.settings = settingsValue.toObject();
    else if (!settingsValue.isUndefined())
        problems.append(tr("settings: must be an object"));

    if (errors)
        errors->append(problems);
    if (!problems.isEmpty())
        return std::nullopt;
    return state;
}

} // namespace Pygen
