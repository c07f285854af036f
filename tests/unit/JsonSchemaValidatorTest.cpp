#include "pipeline/JsonSchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Pygen::JsonSchemaValidator;

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("Test JSON is not an object: %s", json);
    return document.object();
}

QJsonValue value(const char *json)
{
    // QJsonDocument only parses objects and arrays at the top: wrap the value.
    const QByteArray wrapped = QByteArray("{\"v\":") + json + '}';
    return object(wrapped.constData()).value(u"v"_s);
}

// A schema in the shape of ours: nested objects, arrays, enums, $ref.
const char *const sampleSchema = R"({
  "$defs": {
    "entry": {
      "type": "object",
      "additionalProperties": false,
      "required": ["signature"],
      "properties": {"signature": {"type": "string", "minLength": 1}}
    }
  },
  "type": "object",
  "additionalProperties": false,
  "required": ["name", "features"],
  "properties": {
    "name": {"type": "string", "minLength": 1, "maxLength": 5},
    "count": {"type": "integer", "minimum": 1, "maximum": 3},
    "ratio": {"type": ["number", "null"]},
    "version": {"const": 1},
    "features": {"type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true,
                 "items": {"type": "string", "minLength": 1}},
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "license": {"type": "string"},
        "minimumPython": {"type": "string", "pattern": "^3\\.[0-9]+$"},
        "role": {"enum": ["module", "test", "doc"]}
      }
    },
    "entries": {"type": "array", "items": {"$ref": "#/$defs/entry"}},
    "extra": {"type": "object", "additionalProperties": {"type": "boolean"}},
    "flag": {"type": "boolean"}
  }
})";

} // namespace

class JsonSchemaValidatorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validates_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("expectedErrors");

        const auto row = [](const char *name, const char *json, const QStringList &errors) {
            QTest::newRow(name) << QString::fromUtf8(json) << errors;
        };
        row("valid", R"({"name":"ab","features":["x"]})", {});
        row("valid with everything",
            R"({"name":"ab","count":3,"ratio":null,"version":1,"features":["x","y"],
                "options":{"license":"MIT","minimumPython":"3.12","role":"doc"},
                "entries":[{"signature":"class C"}],"extra":{"a":true},"flag":false})",
            {});
        row("top level not an object", R"([1])", {u"(top level): must be an object"_s});
        row("required keys", R"({})", {u"name: is required"_s, u"features: is required"_s});
        row("string expected", R"({"name":3,"features":["x"]})", {u"name: must be a string"_s});
        row("array item not a string", R"({"name":"a","features":["x","y",7]})", {u"features[2]: must be a string"_s});
        row("empty string", R"({"name":"","features":["x"]})", {u"name: must not be empty"_s});
        row("too long counts characters", R"({"name":"abcdéf","features":["x"]})",
            {u"name: must have at most 5 characters (it has 6)"_s});
        row("five characters incl. emoji are fine", R"({"name":"ab😀cd","features":["x"]})", {});
        row("empty array", R"({"name":"a","features":[]})", {u"features: must have at least 1 item"_s});
        row("too many items", R"({"name":"a","features":["a","b","c","d"]})",
            {u"features: must have at most 3 items (it has 4)"_s});
        row("repeated item", R"({"name":"a","features":["a","b","a"]})", {u"features[2]: repeats features[0]"_s});
        row("unknown key with suggestion", R"({"name":"a","features":["x"],"options":{"licence":"MIT"}})",
            {u"options.licence: unknown key \"licence\"; did you mean \"license\"?"_s});
        row("unknown key, swapped letters", R"({"name":"a","features":["x"],"fetaures":1})",
            {u"fetaures: unknown key \"fetaures\"; did you mean \"features\"?"_s});
        row("unknown key without suggestion", R"({"name":"a","features":["x"],"colour":"red"})",
            {u"colour: unknown key \"colour\""_s});
        row("enum", R"({"name":"a","features":["x"],"options":{"role":"library"}})",
            {u"options.role: must be one of: module, test, doc (not \"library\")"_s});
        row("pattern", R"({"name":"a","features":["x"],"options":{"minimumPython":"2.7"}})",
            {u"options.minimumPython: \"2.7\" does not match the pattern ^3\\.[0-9]+$"_s});
        row("integer expected", R"({"name":"a","features":["x"],"count":1.5})", {u"count: must be a whole number"_s});
        row("minimum", R"({"name":"a","features":["x"],"count":0})", {u"count: must be at least 1"_s});
        row("maximum", R"({"name":"a","features":["x"],"count":4})", {u"count: must be at most 3"_s});
        row("type list", R"({"name":"a","features":["x"],"ratio":"half"})", {u"ratio: must be a number or null"_s});
        row("const", R"({"name":"a","features":["x"],"version":2})", {u"version: must be 1"_s});
        row("const equal as a double", R"({"name":"a","features":["x"],"version":1.0})", {});
        row("boolean expected", R"({"name":"a","features":["x"],"flag":"yes"})", {u"flag: must be true or false"_s});
        row("$ref into $defs", R"({"name":"a","features":["x"],"entries":[{"signature":""},{}]})",
            {u"entries[0].signature: must not be empty"_s, u"entries[1].signature: is required"_s});
        row("additionalProperties as a schema", R"({"name":"a","features":["x"],"extra":{"a":true,"b":1}})",
            {u"extra.b: must be true or false"_s});
        row("odd key names are quoted", R"({"name":"a","features":["x"],"extra":{"a b":1}})",
            {u"extra[\"a b\"]: must be true or false"_s});
        row("several errors at once", R"({"name":"","features":[""],"options":{"role":1}})",
            {u"features[0]: must not be empty"_s, u"name: must not be empty"_s,
             u"options.role: must be one of: module, test, doc (not 1)"_s});
    }

    void validates()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, expectedErrors);

        const JsonSchemaValidator validator(object(sampleSchema));
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        QVERIFY(!document.isNull());
        const QJsonValue subject = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        QCOMPARE(validator.validate(subject), expectedErrors);
    }

    void scalarAtTheTop()
    {
        const JsonSchemaValidator validator(object(R"({"type":"string","minLength":2})"));
        QCOMPARE(validator.validate(value("\"ab\"")), QStringList());
        QCOMPARE(validator.validate(value("\"a\"")),
                 QStringList{u"(top level): must have at least 2 characters (it has 1)"_s});
        QCOMPARE(validator.validate(value("null")), QStringList{u"(top level): must be a string"_s});
    }

    void bundledSchemasLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("idPart");
        QTest::newRow("spec") << u"spec"_s << u"/spec/1/"_s;
        QTest::newRow("plan") << u"plan"_s << u"/plan/1/"_s;
    }

    void bundledSchemasLoad()
    {
        QFETCH(QString, name);
        QFETCH(QString, idPart);
        const QJsonObject schema = JsonSchemaValidator::bundledSchema(name);
        QVERIFY(!schema.isEmpty());
        QVERIFY(schema.value(u"$id"_s).toString().contains(idPart));
        QVERIFY(!schema.value(u"title"_s).toString().isEmpty());
        QCOMPARE(schema.value(u"additionalProperties"_s), QJsonValue(false));
        // An empty object is missing every required key.
        QVERIFY(!JsonSchemaValidator(schema).validate(QJsonObject()).isEmpty());
    }

    // Every property says what it is and every object is closed, so unknown keys are errors; no
    // $ref, so the plan schema can go to a model's structured output as it is.
    void bundledSchemasDescribeEveryProperty_data() { bundledSchemasLoad_data(); }

    void bundledSchemasDescribeEveryProperty()
    {
        QFETCH(QString, name);
        QStringList problems;
        std::function<void(const QJsonObject &, const QString &)> visit = [&](const QJsonObject &schema,
                                                                              const QString &path) {
            if (schema.value(u"type"_s) == u"object"_s && schema.value(u"additionalProperties"_s) != QJsonValue(false))
                problems.append(path + u" is not closed"_s);
            if (schema.contains(u"$ref"_s))
                problems.append(path + u" uses $ref"_s);
            const QJsonObject properties = schema.value(u"properties"_s).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                const QJsonObject property = it.value().toObject();
                if (property.value(u"description"_s).toString().isEmpty())
                    problems.append(path + u'.' + it.key() + u" has no description"_s);
                visit(property, path + u'.' + it.key());
            }
            if (schema.value(u"items"_s).isObject())
                visit(schema.value(u"items"_s).toObject(), path + u"[]"_s);
        };
        visit(JsonSchemaValidator::bundledSchema(name), name);
        QCOMPARE(problems, QStringList());
    }

    void missingBundledSchemaIsEmpty()
    {
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"Bundled schema .* is missing"_s));
        QVERIFY(JsonSchemaValidator::bundledSchema(u"no-such-schema"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(JsonSchemaValidatorTest)
#include "JsonSchemaValidatorTest.moc"
