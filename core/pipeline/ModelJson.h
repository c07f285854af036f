#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Pygen {

// The JSON object in a model's reply. Even with structured output some models wrap it in a fence,
// add a sentence or give an example first; of the outermost {…} spans, the largest that parses is
// taken.
class ModelJson final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ModelJson)

public:
    struct Result
    {
        std::optional<QJsonObject> object;
        // Why there is none, in words that can go back to the model as they are.
        QString error;
    };

    static Result read(const QString &reply);
    // The object, or an empty one when there is none.
    static QJsonObject object(const QString &reply) { return read(reply).object.value_or(QJsonObject()); }
    // A string field, or `fallback` when missing or not a string.
    static QString string(const QJsonObject &object, const QString &key, const QString &fallback = {});
};

} // namespace Pygen
