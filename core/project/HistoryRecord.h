#pragma once

#include "StageState.h"
#include "llm/ChatRequest.h"
#include "llm/ChatUsage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Pygen {

// One model request as the project remembers it (history/): never a key.
struct HistoryRecord
{
    StageId stage = StageId::Enhance;
    QString file; // the package file it was for, if any
    QString label; // what the request was: "feature 3", "continuation 1", "attempt 2"
    ChatRequest request;
    QString response;
    ChatUsage usage;
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    QString outcome; // "stop", "length", "error: …", "cancelled", "cached"

    QJsonObject toJson() const;
    static HistoryRecord fromJson(const QJsonObject &object);
};

} // namespace Pygen
