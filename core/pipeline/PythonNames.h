#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Pygen {

// Names as Python sees them. Generated packages use ASCII names only: Python allows more, but
// tools, file systems and people typing imports do not all cope with them.
class PythonNames final
{
public:
    // "class", "None", "async" …: hard keywords only ("match" and "type" are fine as names).
    static bool isKeyword(QStringView name);
    // [A-Za-z_][A-Za-z0-9_]* and not a keyword: a name a module or package can be imported by.
    static bool isImportableName(QStringView name);
    // The ASCII words of free text, lower case: accents are dropped ("Über" → "uber"), anything
    // that is not a letter or digit separates words. "Speech-to-Text Conversion" →
    // ["speech", "to", "text", "conversion"].
    static QStringList words(const QString &text);
};

} // namespace Pygen
