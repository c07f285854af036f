#pragma once

#include <QHash>
#include <QString>

namespace Pygen {

// The prompt templates in resources/prompts/: "{{key}}" placeholders filled from a table. Prompts
// are resources, not C++ strings, so they can be read and tuned without touching code.
class PromptLibrary final
{
public:
    using Values = QHash<QString, QString>;

    // The template ":/prompts/<name>.md" with every placeholder replaced. A placeholder without a
    // value is a programming error: it is logged and left empty.
    static QString render(const QString &name, const Values &values = {});
};

} // namespace Pygen
