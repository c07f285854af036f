#include "ModelJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Pygen {

QJsonObject ModelJson::object(const QString &reply, QString *error)
{
    const QByteArray whole = reply.trimmed().toUtf8();
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(whole, &parseError);
    if (document.isObject())
        return document.object();

    const qsizetype first = whole.indexOf('{');
    const qsizetype last = whole.lastIndexOf('}');
    if (first >= 0 && last > first) {
        QJsonParseError innerError;
        document = QJsonDocument::fromJson(whole.mid(first, last - first + 1), &innerError);
        if (document.isObject())
            return document.object();
        parseError = innerError;
        parseError.offset += int(first);
    }
    if (error) {
        *error = first < 0 ? tr("The reply contains no JSON object.")
                           : tr("The reply is not valid JSON: %1 at character %2.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset);
    }
    return {};
}

QString ModelJson::string(const QJsonObject &object, const QString &key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : fallback;
}

} // namespace Pygen
