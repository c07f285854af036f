#include "ChatUsage.h"

namespace Pygen {

QJsonObject ChatUsage::toJson() const
{
    QJsonObject json;
    if (promptTokens)
        json.insert(QStringLiteral("promptTokens"), *promptTokens);
    if (outputTokens)
        json.insert(QStringLiteral("outputTokens"), *outputTokens);
    if (tokensPerSecond)
        json.insert(QStringLiteral("tokensPerSecond"), *tokensPerSecond);
    if (timeToFirstTokenMs)
        json.insert(QStringLiteral("timeToFirstTokenMs"), *timeToFirstTokenMs);
    if (totalMs)
        json.insert(QStringLiteral("totalMs"), *totalMs);
    return json;
}

} // namespace Pygen
