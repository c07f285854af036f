#include "PromptLibrary.h"

#include "LoggingCategories.h"

#include <QFile>
#include <QRegularExpression>

namespace Pygen {

QString PromptLibrary::render(const QString &name, const Values &values)
{
    QFile file(QStringLiteral(":/prompts/%1.md").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(logPipeline) << "missing prompt template" << name;
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll()).trimmed();

    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z]+)\\}\\}"));
    QString result;
    result.reserve(text.size());
    qsizetype position = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        result += QStringView(text).mid(position, match.capturedStart() - position);
        const QString key = match.captured(1);
        const auto value = values.constFind(key);
        if (value == values.constEnd())
            qCCritical(logPipeline) << "prompt" << name << "has no value for" << key;
        else
            result += value->trimmed();
        position = match.capturedEnd();
    }
    result += QStringView(text).mid(position);
    return result;
}

} // namespace Pygen
