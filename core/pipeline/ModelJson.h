#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Pygen {

// The JSON object in a model's reply. Even with structured output some models wrap it in a fence
// or add a sentence; the outermost {…} is taken.
class ModelJson final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ModelJson)

public:
    // An empty object and `error` set when there is none.
    static QJsonObject object(const QString &reply, QString *error = nullptr);
    // A string field, or `fallback` when missing or not a string.
    static QString string(const QJsonObject &object, const QString &key, const QString &fallback = {});
};

} // namespace Pygen
