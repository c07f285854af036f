#include "ModelJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

namespace Pygen {

namespace {

// How much of the reply around a syntax error the message quotes.
constexpr qsizetype excerptCharacters = 40;

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Where the balanced {…} starting at `start` ends (one past its '}'), or the text's end when it
// never closes. Braces inside JSON strings do not count.
qsizetype balancedEnd(QStringView text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar character = text[i];
        if (inString) {
            if (character == u'\\')
                ++i;
            else if (character == u'"')
                inString = false;
            continue;
        }
        if (character == u'"')
            inString = true;
        else if (character == u'{')
            ++depth;
        else if (character == u'}' && --depth == 0)
            return i + 1;
    }
    return text.size();
}

// The {…} spans that are not inside one another, left to right.
QList<Span> outermostObjects(QStringView text)
{
    QList<Span> spans;
    qsizetype position = text.indexOf(u'{');
    while (position >= 0) {
        const qsizetype end = balancedEnd(text, position);
        spans.append({position, end - position});
        position = end < text.size() ? text.indexOf(u'{', end) : -1;
    }
    return spans;
}

QString excerptAround(const QString &text, qsizetype position)
{
    const qsizetype start = std::max<qsizetype>(0, position - excerptCharacters / 2);
    return text.mid(start, excerptCharacters).simplified();
}

} // namespace

ModelJson::Result ModelJson::read(const QString &reply)
{
    QString text = reply;
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QJsonParseError wholeError;
    const QJsonDocument whole = QJsonDocument::fromJson(text.trimmed().toUtf8(), &wholeError);
    if (wholeError.error == QJsonParseError::NoError) {
        if (!whole.isObject())
            return {std::nullopt, tr("(top level): must be an object")};
        return {whole.object(), {}};
    }

    const QList<Span> spans = outermostObjects(text);
    if (spans.isEmpty())
        return {std::nullopt, tr("The reply has no JSON object; answer with one JSON object.")};

    // The largest object that parses is the answer; an example or prose in braces is smaller.
    std::optional<QJsonObject> best;
    qsizetype bestLength = -1;
    const Span *longest = nullptr;
    QJsonParseError longestError;
    for (const Span &span : spans) {
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QStringView(text).sliced(span.start, span.length).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            if (span.length > bestLength) {
                best = document.object();
                bestLength = span.length;
            }
        } else if (!longest || span.length > longest->length) {
            longest = &span;
            longestError = error;
        }
    }
    if (best)
        return {best, {}};

    // The parser counts UTF-8 bytes; the excerpt needs characters.
    const QString span = text.sliced(longest->start, longest->length);
    const qsizetype characterOffset = QString::fromUtf8(span.toUtf8().left(longestError.offset)).size();
    return {std::nullopt,
            tr("The reply is not valid JSON: %1 near \"%2\".")
                .arg(longestError.errorString(), excerptAround(span, characterOffset))};
}

QString ModelJson::string(const QJsonObject &object, const QString &key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : fallback;
}

} // namespace Pygen
