#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Pygen {

// Checks JSON against the subset of JSON Schema (2020-12) our schemas use: type (including type
// lists), properties, required, additionalProperties (false or a schema), items, enum, const,
// minLength, maxLength, pattern, minimum, maximum, minItems, maxItems, uniqueItems, $ref to
// "#/$defs/…". Each error is "<json path>: <what is wrong>", e.g. "features[2]: must be a string".
class JsonSchemaValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::JsonSchemaValidator)

public:
    explicit JsonSchemaValidator(QJsonObject schema);

    QStringList validate(const QJsonValue &value) const;

    // A schema from the resources: "spec" → :/schemas/spec.schema.json.
    static QJsonObject bundledSchema(const QString &name);

private:
    QJsonObject m_schema;
};

} // namespace Pygen
