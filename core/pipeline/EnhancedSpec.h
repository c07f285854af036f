#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pygen {

// One feature after enhancement: what it does in detail, pseudocode and implementation hints.
struct EnhancedFeature
{
    QString name; // the feature as the person wrote it
    QString description;
    QString pseudocode;
    QStringList hints;

    QJsonObject toJson() const;
    static std::optional<EnhancedFeature> fromJson(const QJsonObject &object);
    friend bool operator==(const EnhancedFeature &, const EnhancedFeature &) = default;
};

// The enhancement stage's artifact; editable by the person before planning.
struct EnhancedSpec
{
    QString description;
    QList<EnhancedFeature> features;

    QJsonObject toJson() const;
    static std::optional<EnhancedSpec> fromJson(const QJsonObject &object);
    friend bool operator==(const EnhancedSpec &, const EnhancedSpec &) = default;
};

} // namespace Pygen
