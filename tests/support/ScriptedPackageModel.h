#pragma once

#include "ScriptedReply.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>

namespace Pygen::Testing {

class FakeProviderServer;

// A fake model for the whole pipeline: installed on a fake provider server, it recognises each
// stage's request by its prompts and answers as a model would — screening verdict, enhanced
// description and features, plan, one file per request (in varied reply shapes), documentation
// prose. The package it writes is tests/data/wordtools (a real, passing package) unless a test
// changes the plan or files. Knobs make it misbehave the ways the pipeline must survive.
class ScriptedPackageModel final
{
public:
    ScriptedPackageModel();

    // Answers every chat request of `server` from now on.
    void install(FakeProviderServer &server);

    QJsonObject plan; // what planning replies with
    QMap<QString, QString> files; // package path → content the model writes
    bool refuse = false; // the screening says no
    // The first this many plan replies are `badPlan` (then `plan`).
    int badPlanReplies = 0;
    QJsonObject badPlan;
    // Paths whose first reply is cut by the output limit after about half the file.
    QSet<QString> cutFiles;
    // Paths answered with an HTTP 400 error every time.
    QSet<QString> failingFiles;
    // The first this many requests for each of these paths are answered 429 (rate limited, with
    // retry-after: 1), as a busy cloud provider does; later ones are answered as usual.
    QSet<QString> rateLimitedFiles;
    int rateLimitedReplies = 0;
    // A finish reason other than "stop" for every reply to a stage ("screen", "enhance", …).
    QHash<QString, QString> finishReasons;
    // Timing: the delay before the first token, and between tokens (one token is `tokenChars`).
    int firstTokenDelayMs = 0;
    int tokenDelayMs = 0;
    int tokenChars = 24;

    // Requests seen, by what they asked for: "screen", "enhance", "context", "plan", "document",
    // or a file path; continuations count under "<path>#continuation".
    int requestsFor(const QString &what) const;
    int totalRequests() const;

    // The wordtools package as files keyed by package path.
    static QMap<QString, QString> wordToolsFiles();
    static QJsonObject wordToolsPlan();

private:
    ScriptedReply answer(const QJsonObject &request);
    ScriptedReply answerFor(const QJsonObject &request);
    void count(const QString &what);
    ScriptedReply textReply(const QString &text, const QString &finishReason = QStringLiteral("stop")) const;
    QString fileReply(const QString &path, int shape) const;

    QHash<QString, int> m_requests;
    int m_planReplies = 0;
    QString m_lastCounted;
};

} // namespace Pygen::Testing
