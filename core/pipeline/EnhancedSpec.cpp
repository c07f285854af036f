#include "pipeline/EnhancedSpec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Pygen {

QJsonObject EnhancedFeature::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"description"_s, description},
        {u"pseudocode"_s, pseudocode},
        {u"hints"_s, QJsonArray::fromStringList(hints)},
    };
}

std::optional<EnhancedFeature> EnhancedFeature::fromJson(const QJsonObject &object)
{
    const QJsonValue name = object.value(u"name"_s);
    const QJsonValue description = object.value(u"description"_s);
    const QJsonValue pseudocode = object.value(u"pseudocode"_s);
    const QJsonValue hints = object.value(u"hints"_s);
    // Pseudocode and hints are optional: a person editing the artifact may delete them.
    if (!name.isString() || !description.isString() || !(pseudocode.isUndefined() || pseudocode.isString())
        || !(hints.isUndefined() || hints.isArray()))
        return std::nullopt;

    EnhancedFeature feature;
    feature.name = name.toString();
    feature.description = description.toString();
    feature.pseudocode = pseudocode.toString();
    const QJsonArray hintArray = hints.toArray();
    for (const QJsonValue &hint : hintArray) {
        if (!hint.isString())
            return std::nullopt;
        feature.hints.append(hint.toString());
    }
    return feature;
}

QJsonObject EnhancedSpec::toJson() const
{
    QJsonArray featureArray;
    for (const EnhancedFeature &feature : features)
        featureArray.append(feature.toJson());
    return QJsonObject{{u"description"_s, description}, {u"features"_s, featureArray}};
}

std::optional<EnhancedSpec> EnhancedSpec::fromJson(const QJsonObject &object)
{
    const QJsonValue description = object.value(u"description"_s);
    const QJsonValue features = object.value(u"features"_s);
    if (!description.isString() || !features.isArray())
        return std::nullopt;

    EnhancedSpec spec;
    spec.description = description.toString();
    const QJsonArray featureArray = features.toArray();
    for (const QJsonValue &value : featureArray) {
        if (!value.isObject())
            return std::nullopt;
        std::optional<EnhancedFeature> feature = EnhancedFeature::fromJson(value.toObject());
        if (!feature)
            return std::nullopt;
        spec.features.append(std::move(*feature));
    }
    return spec;
}

} // namespace Pygen
