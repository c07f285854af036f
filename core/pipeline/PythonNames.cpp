#include "pipeline/PythonNames.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Python 3.13's keyword.kwlist.
constexpr std::array<QStringView, 35> keywords{
    u"False", u"None",     u"True",  u"and",    u"as",   u"assert", u"async",  u"await",    u"break",
    u"class", u"continue", u"def",   u"del",    u"elif", u"else",   u"except", u"finally",  u"for",
    u"from",  u"global",   u"if",    u"import", u"in",   u"is",     u"lambda", u"nonlocal", u"not",
    u"or",    u"pass",     u"raise", u"return", u"try",  u"while",  u"with",   u"yield",
};

bool isAsciiLetterOrDigit(QChar character)
{
    const char16_t code = character.unicode();
    return (code >= u'a' && code <= u'z') || (code >= u'A' && code <= u'Z') || (code >= u'0' && code <= u'9');
}

} // namespace

bool PythonNames::isKeyword(QStringView name)
{
    return std::find(keywords.cbegin(), keywords.cend(), name) != keywords.cend();
}

bool PythonNames::isImportableName(QStringView name)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return identifier.matchView(name).hasMatch() && !isKeyword(name);
}

QStringList PythonNames::words(const QString &text)
{
    // Compatibility decomposition splits "é" into "e" and a combining accent, which is dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList result;
    QString word;
    for (const QChar character : decomposed) {
        if (character.category() == QChar::Mark_NonSpacing)
            continue;
        if (isAsciiLetterOrDigit(character)) {
            word.append(character.toLower());
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

} // namespace Pygen
