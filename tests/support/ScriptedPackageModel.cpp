#include "ScriptedPackageModel.h"

#include "FakeProviderServer.h"
#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Pygen::Testing {

using namespace Qt::StringLiterals;

namespace {

QString readData(const QString &name)
{
    QFile file(TestData::path(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

// The text of every message of a chat request, whichever provider's format it came in.
QString messagesText(const QJsonObject &request, QString *system, QString *lastUser)
{
    QString all;
    const auto add = [&](const QString &role, const QString &text) {
        all += text + u'\n';
        if (role == u"system")
            *system += text;
        else if (role == u"user")
            *lastUser = text;
    };
    for (const QJsonValue &message : request.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject object = message.toObject();
        add(object.value(QStringLiteral("role")).toString(), object.value(QStringLiteral("content")).toString());
    }
    // Gemini
    for (const QJsonValue &part :
         request.value(QStringLiteral("systemInstruction")).toObject().value(QStringLiteral("parts")).toArray())
        add(QStringLiteral("system"), part.toObject().value(QStringLiteral("text")).toString());
    for (const QJsonValue &content : request.value(QStringLiteral("contents")).toArray()) {
        const QJsonObject object = content.toObject();
        QString text;
        for (const QJsonValue &part : object.value(QStringLiteral("parts")).toArray())
            text += part.toObject().value(QStringLiteral("text")).toString();
        add(object.value(QStringLiteral("role")).toString() == u"model" ? QStringLiteral("assistant")
                                                                        : QStringLiteral("user"),
            text);
    }
    return all;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ScriptedPackageModel::ScriptedPackageModel()
    : plan(wordToolsPlan())
    , files(wordToolsFiles())
{
}

QMap<QString, QString> ScriptedPackageModel::wordToolsFiles()
{
    return {
        {QStringLiteral("src/word_tools/__init__.py"), readData(QStringLiteral("wordtools/files/__init__.py"))},
        {QStringLiteral("src/word_tools/counting.py"), readData(QStringLiteral("wordtools/files/counting.py"))},
        {QStringLiteral("src/word_tools/frequency.py"), readData(QStringLiteral("wordtools/files/frequency.py"))},
        {QStringLiteral("tests/test_counting.py"), readData(QStringLiteral("wordtools/files/test_counting.py"))},
        {QStringLiteral("tests/test_frequency.py"), readData(QStringLiteral("wordtools/files/test_frequency.py"))},
        {QStringLiteral("examples/basic_usage.py"), readData(QStringLiteral("wordtools/files/basic_usage.py"))},
    };
}

QJsonObject ScriptedPackageModel::wordToolsPlan()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("wordtools/plan.json")).toUtf8()).object();
}

void ScriptedPackageModel::install(FakeProviderServer &server)
{
    server.setChatResponder(
        [this](const RecordedRequest &request) -> std::optional<ScriptedReply> { return answer(request.json()); });
}

int ScriptedPackageModel::requestsFor(const QString &what) const
{
    return m_requests.value(what);
}

int ScriptedPackageModel::totalRequests() const
{
    int total = 0;
    for (const int count : m_requests)
        total += count;
    return total;
}

ScriptedReply ScriptedPackageModel::textReply(const QString &text, const QString &finishReason) const
{
    ScriptedReply reply;
    reply.finishReason = finishReason;
    for (qsizetype position = 0; position < text.size(); position += tokenChars)
        reply.chunks.append(text.mid(position, tokenChars));
    if (reply.chunks.isEmpty())
        reply.chunks.append(QString());
    reply.misbehaviour.delayBeforeFirstChunkMs = firstTokenDelayMs;
    reply.misbehaviour.delayBetweenChunksMs = tokenDelayMs;
    return reply;
}

// Models wrap files in many ways; the extraction must cope with each.
QString ScriptedPackageModel::fileReply(const QString &path, int shape) const
{
    const QString content = files.value(path);
    switch (shape % 4) {
    case 0:
        return QStringLiteral("```python\n%1```\n").arg(content);
    case 1:
        return QStringLiteral("Here is `%1`:\n\n````py\n%2````\n\nIt follows the plan.").arg(path, content);
    case 2:
        return QStringLiteral("```\r\n%1```").arg(QString(content).replace(u"\n"_s, u"\r\n"_s));
    default:
        return content;
    }
}

ScriptedReply ScriptedPackageModel::answer(const QJsonObject &request)
{
    ScriptedReply reply = answerFor(request);
    if (reply.status == 200 && finishReasons.contains(m_lastCounted))
        reply.finishReason = finishReasons.value(m_lastCounted);
    return reply;
}

void ScriptedPackageModel::count(const QString &what)
{
    ++m_requests[what];
    m_lastCounted = what;
}

ScriptedReply ScriptedPackageModel::answerFor(const QJsonObject &request)
{
    QString system;
    QString lastUser;
    const QString all = messagesText(request, &system, &lastUser);

    if (system.contains(u"You review requests for software")) {
        count(QStringLiteral("screen"));
        return textReply(refuse ? json({{u"allowed"_s, false}, {u"reason"_s, u"It is a keylogger."_s}})
                                : json({{u"allowed"_s, true}, {u"reason"_s, u"A text utility."_s}}));
    }
    if (system.contains(u"turns a short idea for a Python package")) {
        count(QStringLiteral("enhance"));
        static const QRegularExpression feature(QStringLiteral("Describe this one feature in detail: \"([^\"]+)\""));
        const QRegularExpressionMatch match = feature.match(lastUser);
        if (!match.hasMatch())
            return textReply(json({{u"description"_s,
                                    u"Word Tools counts words and finds the most common "
                                    u"ones, for quick text statistics."_s}}));
        return textReply(json({{u"description"_s, QStringLiteral("In detail: %1.").arg(match.captured(1))},
                               {u"pseudocode"_s, u"split text into words\nreturn the result"_s},
                               {u"hints"_s, QJsonArray{u"Use re and collections.Counter."_s}}}));
    }
    if (system.contains(u"compact briefs")) {
        count(QStringLiteral("context"));
        return textReply(u"Word Tools: count_words(text) and most_common_words(text, n)."_s);
    }
    if (system.contains(u"Python software architect")) {
        count(QStringLiteral("plan"));
        const bool bad = m_planReplies++ < badPlanReplies;
        return textReply(json(bad ? badPlan : plan));
    }
    if (system.contains(u"writing one file of a package")) {
        static const QRegularExpression file(QStringLiteral("Write the file (\\S+) \\("));
        const QString path = file.match(all).captured(1);
        const bool continuation = lastUser.contains(u"Your answer was cut off");
        count(continuation ? path + QStringLiteral("#continuation") : path);
        if (rateLimitedFiles.contains(path) && m_requests.value(path) <= rateLimitedReplies) {
            ScriptedReply limited;
            limited.status = 429;
            limited.extraHeaders = {{"retry-after", "1"}};
            limited.errorBody = R"({"error":"rate limited by the fake"})";
            return limited;
        }
        if (failingFiles.contains(path)) {
            ScriptedReply failure;
            failure.status = 400;
            failure.errorBody = R"({"error":"the fake refuses this file"})";
            return failure;
        }
        const QString whole = QStringLiteral("```python\n%1```\n").arg(files.value(path));
        if (cutFiles.contains(path)) {
            // Cut mid-line, then continue by repeating the partial line, as models do.
            const qsizetype cut = whole.size() / 2;
            if (!continuation)
                return textReply(whole.left(cut), QStringLiteral("length"));
            const qsizetype lineStart = whole.lastIndexOf(u'\n', cut - 1) + 1;
            return textReply(whole.mid(lineStart));
        }
        return textReply(fileReply(path, int(m_requests.value(path) + qHash(path)) % 4));
    }
    if (system.contains(u"technical writer")) {
        count(QStringLiteral("document"));
        return textReply(json(
            {{u"overview"_s, u"Word Tools counts the words in a text and finds the most common ones."_s},
             {u"features"_s, u"- *Counting*: `count_words` counts words.\n- *Frequencies*: `most_common_words`."_s},
             {u"usage"_s,
              u"Count words:\n\n```python\nfrom word_tools import count_words\n\nprint(count_words("
              u"\"a b c\"))\n```\n\nMost common words:\n\n```python\nfrom word_tools.frequency import "
              u"most_common_words\n\nprint(most_common_words(\"a b a\", 1))\n```"_s},
             {u"contributing"_s, u"Open an issue first; add tests with every change."_s}}));
    }
    count(QStringLiteral("unknown"));
    ScriptedReply unknown;
    unknown.status = 400;
    unknown.errorBody = R"({"error":"the scripted model does not know this request"})";
    return unknown;
}

} // namespace Pygen::Testing
