#include "pipeline/JsonSchemaValidator.h"

#include "LoggingCategories.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// A schema that refers to itself in a loop would recurse forever.
constexpr int maximumDepth = 64;
// Unknown keys this close to a known one are probably a typing mistake.
constexpr int suggestionDistance = 2;

QString keyPath(const QString &path, const QString &key)
{
    static const QRegularExpression plainKey(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    if (plainKey.match(key).hasMatch())
        return path.isEmpty() ? key : path + u'.' + key;
    return path + u"[\""_s + key + u"\"]"_s;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && number == std::trunc(number);
}

// Numbers compare by value (1 equals 1.0); everything else as Qt compares JSON.
bool sameJson(const QJsonValue &left, const QJsonValue &right)
{
    if (left.isDouble() && right.isDouble())
        return left.toDouble() == right.toDouble();
    if (left.isArray() && right.isArray()) {
        const QJsonArray a = left.toArray();
        const QJsonArray b = right.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameJson(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (left.isObject() && right.isObject()) {
        const QJsonObject a = left.toObject();
        const QJsonObject b = right.toObject();
        if (a.keys() != b.keys())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!sameJson(it.value(), b.value(it.key())))
                return false;
        }
        return true;
    }
    return left == right;
}

// How a value is shown inside a message: strings as they are, everything else as compact JSON.
QString shown(const QJsonValue &value, bool quoteStrings)
{
    if (value.isString())
        return quoteStrings ? u'"' + value.toString() + u'"' : value.toString();
    if (isWholeNumber(value) && std::abs(value.toDouble()) < 1e15)
        return QString::number(qint64(value.toDouble()));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string")
        return value.isString();
    if (type == u"integer")
        return isWholeNumber(value);
    if (type == u"number")
        return value.isDouble();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"null")
        return value.isNull();
    return true; // an unknown type name constrains nothing
}

// Optimal string alignment distance, case-insensitive: a swapped pair of letters counts once.
int editDistance(const QString &first, const QString &second)
{
    const QString a = first.toCaseFolded();
    const QString b = second.toCaseFolded();
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    std::vector<int> table(size_t(rows * columns));
    auto at = [&](qsizetype i, qsizetype j) -> int & { return table[size_t(i * columns + j)]; };
    for (qsizetype i = 0; i < rows; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j < columns; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i < rows; ++i) {
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, at(i - 2, j - 2) + 1);
            at(i, j) = best;
        }
    }
    return at(rows - 1, columns - 1);
}

// One run of validate(): the root schema (for $ref) and the errors found so far.
class SchemaValidation final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::JsonSchemaValidator)

public:
    explicit SchemaValidation(const QJsonObject &root)
        : m_root(root)
    {
    }

    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, int depth);

    QStringList errors;

private:
    void fail(const QString &path, const QString &message)
    {
        errors.append((path.isEmpty() ? tr("(top level)") : path) + u": "_s + message);
    }

    std::optional<QJsonObject> resolve(const QString &reference) const;
    bool checkType(const QJsonValue &value, const QJsonValue &type, const QString &path);
    void checkString(const QString &text, const QJsonObject &schema, const QString &path);
    void checkNumber(double number, const QJsonObject &schema, const QString &path);
    void checkArray(const QJsonArray &array, const QJsonObject &schema, const QString &path, int depth);
    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path, int depth);

    const QJsonObject &m_root;
};

std::optional<QJsonObject> SchemaValidation::resolve(const QString &reference) const
{
    if (reference == u"#")
        return m_root;
    if (!reference.startsWith(u"#/"))
        return std::nullopt;
    QJsonValue current = m_root;
    const QStringList tokens = reference.mid(2).split(u'/');
    for (QString token : tokens) {
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (!current.isObject())
            return std::nullopt;
        current = current.toObject().value(token);
    }
    if (!current.isObject())
        return std::nullopt;
    return current.toObject();
}

bool SchemaValidation::checkType(const QJsonValue &value, const QJsonValue &type, const QString &path)
{
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    else if (type.isArray()) {
        const QJsonArray list = type.toArray();
        for (const QJsonValue &entry : list)
            types.append(entry.toString());
    }
    if (types.isEmpty()
        || std::any_of(types.cbegin(), types.cend(), [&value](const QString &name) { return hasType(value, name); }))
        return true;

    QStringList nouns;
    for (const QString &name : std::as_const(types)) {
        if (name == u"string")
            nouns.append(tr("a string"));
        else if (name == u"integer")
            nouns.append(tr("a whole number"));
        else if (name == u"number")
            nouns.append(tr("a number"));
        else if (name == u"boolean")
            nouns.append(tr("true or false"));
        else if (name == u"object")
            nouns.append(tr("an object"));
        else if (name == u"array")
            nouns.append(tr("an array"));
        else if (name == u"null")
            nouns.append(tr("null"));
    }
    fail(path, tr("must be %1").arg(nouns.join(tr(" or "))));
    return false;
}

void SchemaValidation::checkString(const QString &text, const QJsonObject &schema, const QString &path)
{
    // JSON Schema counts characters as code points, so an emoji is one.
    const qsizetype length = text.toUcs4().size();
    if (schema.contains(u"minLength"_s)) {
        const qsizetype minimum = schema.value(u"minLength"_s).toInteger();
        if (length < minimum) {
            fail(path,
                 minimum == 1 ? tr("must not be empty")
                              : tr("must have at least %1 characters (it has %2)").arg(minimum).arg(length));
        }
    }
    if (schema.contains(u"maxLength"_s)) {
        const qsizetype maximum = schema.value(u"maxLength"_s).toInteger();
        if (length > maximum)
            fail(path, tr("must have at most %1 characters (it has %2)").arg(maximum).arg(length));
    }
    if (schema.contains(u"pattern"_s)) {
        const QString pattern = schema.value(u"pattern"_s).toString();
        const QRegularExpression expression(pattern);
        if (!expression.isValid())
            qCWarning(logPipeline) << "Schema pattern" << pattern << "is invalid:" << expression.errorString();
        else if (!expression.match(text).hasMatch())
            fail(path, tr("\"%1\" does not match the pattern %2").arg(text, pattern));
    }
}

void SchemaValidation::checkNumber(double number, const QJsonObject &schema, const QString &path)
{
    if (schema.contains(u"minimum"_s) && number < schema.value(u"minimum"_s).toDouble())
        fail(path, tr("must be at least %1").arg(shown(schema.value(u"minimum"_s), false)));
    if (schema.contains(u"maximum"_s) && number > schema.value(u"maximum"_s).toDouble())
        fail(path, tr("must be at most %1").arg(shown(schema.value(u"maximum"_s), false)));
}

void SchemaValidation::checkArray(const QJsonArray &array, const QJsonObject &schema, const QString &path, int depth)
{
    const qsizetype size = array.size();
    if (schema.contains(u"minItems"_s)) {
        const qsizetype minimum = schema.value(u"minItems"_s).toInteger();
        if (size < minimum)
            fail(path, minimum == 1 ? tr("must have at least 1 item") : tr("must have at least %1 items").arg(minimum));
    }
    if (schema.contains(u"maxItems"_s)) {
        const qsizetype maximum = schema.value(u"maxItems"_s).toInteger();
        if (size > maximum) {
            fail(path,
                 maximum == 1 ? tr("must have at most 1 item (it has %1)").arg(size)
                              : tr("must have at most %1 items (it has %2)").arg(maximum).arg(size));
        }
    }
    if (schema.value(u"uniqueItems"_s).toBool()) {
        for (qsizetype later = 1; later < size; ++later) {
            for (qsizetype earlier = 0; earlier < later; ++earlier) {
                if (sameJson(array.at(earlier), array.at(later))) {
                    fail(indexPath(path, later), tr("repeats %1").arg(indexPath(path, earlier)));
                    break;
                }
            }
        }
    }
    const QJsonValue items = schema.value(u"items"_s);
    if (items.isObject()) {
        for (qsizetype i = 0; i < size; ++i)
            check(array.at(i), items.toObject(), indexPath(path, i), depth + 1);
    } else if (items.isBool() && !items.toBool() && size > 0) {
        fail(path, tr("must be empty"));
    }
}

void SchemaValidation::checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path, int depth)
{
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonArray required = schema.value(u"required"_s).toArray();
    for (const QJsonValue &name : required) {
        if (!object.contains(name.toString()))
            fail(keyPath(path, name.toString()), tr("is required"));
    }

    const QJsonValue additional = schema.value(u"additionalProperties"_s);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString childPath = keyPath(path, it.key());
        if (properties.contains(it.key())) {
            check(it.value(), properties.value(it.key()).toObject(), childPath, depth + 1);
        } else if (additional.isBool() && !additional.toBool()) {
            QString suggestion;
            int best = suggestionDistance + 1;
            for (auto known = properties.begin(); known != properties.end(); ++known) {
                const int distance = editDistance(it.key(), known.key());
                if (distance < best) {
                    best = distance;
                    suggestion = known.key();
                }
            }
            if (suggestion.isEmpty())
                fail(childPath, tr("unknown key \"%1\"").arg(it.key()));
            else
                fail(childPath, tr("unknown key \"%1\"; did you mean \"%2\"?").arg(it.key(), suggestion));
        } else if (additional.isObject()) {
            check(it.value(), additional.toObject(), childPath, depth + 1);
        }
    }
}

void SchemaValidation::check(const QJsonValue &value, const QJsonObject &schema, const QString &path, int depth)
{
    if (depth > maximumDepth) {
        qCWarning(logPipeline) << "Schema nesting deeper than" << maximumDepth << "at" << path;
        return;
    }
    if (schema.contains(u"$ref"_s)) {
        const QString reference = schema.value(u"$ref"_s).toString();
        if (const auto target = resolve(reference))
            check(value, *target, path, depth + 1);
        else
            qCWarning(logPipeline) << "Schema reference" << reference << "cannot be resolved";
    }
    if (schema.contains(u"type"_s) && !checkType(value, schema.value(u"type"_s), path))
        return;

    if (schema.contains(u"const"_s) && !sameJson(value, schema.value(u"const"_s)))
        fail(path, tr("must be %1").arg(shown(schema.value(u"const"_s), true)));
    if (schema.contains(u"enum"_s)) {
        const QJsonArray choices = schema.value(u"enum"_s).toArray();
        const bool listed = std::any_of(choices.begin(), choices.end(),
                                        [&value](const QJsonValue &choice) { return sameJson(value, choice); });
        if (!listed) {
            QStringList names;
            for (const QJsonValue &choice : choices)
                names.append(shown(choice, false));
            fail(path, tr("must be one of: %1 (not %2)").arg(names.join(u", "_s), shown(value, true)));
        }
    }

    if (value.isString())
        checkString(value.toString(), schema, path);
    else if (value.isDouble())
        checkNumber(value.toDouble(), schema, path);
    else if (value.isArray())
        checkArray(value.toArray(), schema, path, depth);
    else if (value.isObject())
        checkObject(value.toObject(), schema, path, depth);
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(QJsonObject schema)
    : m_schema(std::move(schema))
{
}

QStringList JsonSchemaValidator::validate(const QJsonValue &value) const
{
    SchemaValidation validation(m_schema);
    validation.check(value, m_schema, QString(), 0);
    return validation.errors;
}

QJsonObject JsonSchemaValidator::bundledSchema(const QString &name)
{
    // Readers ask for a schema on every call; each is parsed once.
    static QMutex mutex;
    static QHash<QString, QJsonObject> cache;
    const QMutexLocker locker(&mutex);
    if (const auto cached = cache.constFind(name); cached != cache.cend())
        return *cached;

    QFile file(u":/schemas/"_s + name + u".schema.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(logPipeline) << "Bundled schema" << file.fileName() << "is missing:" << file.errorString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCCritical(logPipeline) << "Bundled schema" << file.fileName()
                                << "is not a JSON object:" << error.errorString();
        return {};
    }
    cache.insert(name, document.object());
    return document.object();
}

} // namespace Pygen
