#include "python/MarkdownChecker.h"

#include "LoggingCategories.h"
#include "python/MarkdownScanner.h"
#include "python/PythonScriptRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

bool isPythonBlock(const QString &language)
{
    static const QSet<QString> languages = {u"python"_s, u"py"_s, u"python3"_s, u"py3"_s, u"pycon"_s};
    return languages.contains(language);
}

bool looksLikeConsole(const QString &language, const QString &code)
{
    if (language == "pycon"_L1)
        return true;
    // A ```python block written as an interactive session is one, too.
    const QString firstLine = code.trimmed().section(u'\n', 0, 0);
    return firstLine.startsWith(">>>"_L1);
}

// An interactive session (">>> x = 1", "... ", output) as the code it runs. Output lines become
// empty lines, so code line N is still the block's line N.
QString consoleCode(const QString &session)
{
    QStringList lines = session.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(">>> "_L1) || line.startsWith("... "_L1))
            line.remove(0, 4);
        else
            line.clear(); // a bare prompt, or what the session printed
    }
    return lines.join(u'\n');
}

} // namespace

MarkdownChecker::MarkdownChecker(QObject *parent)
    : QObject(parent)
    , m_runner(new PythonScriptRunner(this))
{
    connect(m_runner, &PythonScriptRunner::finished, this, &MarkdownChecker::checkerFinished);
}

MarkdownChecker::~MarkdownChecker() = default;

void MarkdownChecker::setTimeout(std::chrono::milliseconds timeout)
{
    m_runner->setTimeout(timeout);
}

QList<MarkdownChecker::Problem> MarkdownChecker::structuralProblemList(const QString &fileName,
                                                                       const MarkdownOutline &outline)
{
    QList<Problem> problems;
    // Only jumps down count: ### may follow ##, and # may follow ####. The first heading may have
    // any level (a README often starts at #, a section of a longer text at ##).
    int previousLevel = 0;
    for (const MarkdownHeading &heading : outline.headings) {
        if (previousLevel > 0 && heading.level > previousLevel + 1) {
            problems.append({fileName, heading.line,
                             tr("heading level jumps from %1 to %2").arg(previousLevel).arg(heading.level)});
        }
        previousLevel = heading.level;
    }
    for (const MarkdownCodeBlock &block : outline.codeBlocks) {
        if (!block.closed) {
            problems.append(
                {fileName, block.fenceLine, tr("code block opened with %1 is never closed").arg(block.fence)});
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &left, const Problem &right) { return left.line < right.line; });
    return problems;
}

QStringList MarkdownChecker::structuralProblems(const QString &fileName, const QString &markdown)
{
    QStringList lines;
    const QList<Problem> problems = structuralProblemList(fileName, MarkdownScanner::scan(markdown));
    for (const Problem &problem : problems)
        lines.append(u"%1:%2: %3"_s.arg(problem.file).arg(problem.line).arg(problem.message));
    return lines;
}

void MarkdownChecker::start(const QMap<QString, QString> &documents, const ApiReference &reference,
                            const QString &importName, const QString &pythonPath)
{
    ++m_generation;
    m_running = true;
    m_waitingForPython = false;
    m_found.clear();
    m_problems.clear();
    m_errorMessage.clear();

    // Without an API reference (not extracted, or extraction failed) references cannot be judged.
    const bool checkReferences = !importName.isEmpty() && !reference.modules.isEmpty();
    const ApiNameIndex index = checkReferences ? reference.nameIndex() : ApiNameIndex();
    const QRegularExpression referencePattern(u"(?<![\\w.])"_s + QRegularExpression::escape(importName)
                                              + u"(?:\\.[A-Za-z_][A-Za-z0-9_]*)+"_s);

    QJsonArray blocks;
    for (auto document = documents.constBegin(); document != documents.constEnd(); ++document) {
        const MarkdownOutline outline = MarkdownScanner::scan(document.value());
        m_found += structuralProblemList(document.key(), outline);

        for (const MarkdownCodeBlock &block : outline.codeBlocks) {
            // An unclosed block is already a problem, and its end is unknown.
            if (!block.closed || !isPythonBlock(block.language))
                continue;
            const QString code = looksLikeConsole(block.language, block.code) ? consoleCode(block.code) : block.code;
            blocks.append(QJsonObject{{"file"_L1, document.key()}, {"line"_L1, block.fenceLine}, {"code"_L1, code}});
        }

        if (!checkReferences)
            continue;
        QSet<std::pair<int, QString>> reported;
        for (const MarkdownCodeSpan &span : outline.codeSpans) {
            QRegularExpressionMatchIterator matches = referencePattern.globalMatch(span.code);
            while (matches.hasNext()) {
                const QString missing = index.firstMissing(matches.next().captured());
                if (missing.isEmpty() || reported.contains({span.line, missing}))
                    continue;
                reported.insert({span.line, missing});
                m_found.append({document.key(), span.line, tr("%1 does not exist").arg(missing)});
            }
        }
    }

    if (blocks.isEmpty()) {
        finish(); // nothing that needs Python
        return;
    }
    QJsonObject request = checkReferences ? index.toJson() : QJsonObject();
    request.insert("blocks"_L1, blocks);
    request.insert("importName"_L1, importName);
    qCDebug(logPython) << "Checking" << blocks.size() << "Python blocks in" << documents.size() << "documents";
    m_waitingForPython = true;
    m_runner->start(u":/python/check_markdown_code.py"_s, QJsonDocument(request).toJson(QJsonDocument::Compact),
                    pythonPath);
}

void MarkdownChecker::cancel()
{
    if (!m_running)
        return;
    m_waitingForPython = false;
    m_runner->cancel();
    m_errorMessage = tr("The check of the documentation was cancelled.");
    finish();
}

void MarkdownChecker::checkerFinished()
{
    if (!m_running || !m_waitingForPython)
        return;
    m_waitingForPython = false;
    // Without Python the checks that need none still count; the message says what was left out.
    m_errorMessage = m_runner->errorMessage();
    const QJsonArray problems = m_runner->output().value("problems"_L1).toArray();
    for (const QJsonValue &value : problems) {
        const QJsonObject problem = value.toObject();
        const QString kind = problem.value("kind"_L1).toString();
        QString message = problem.value("message"_L1).toString();
        if (kind == "syntax"_L1)
            message = tr("Python block does not compile: %1").arg(problem.value("detail"_L1).toString());
        else if (kind == "missing"_L1)
            message = tr("%1 does not exist").arg(problem.value("name"_L1).toString());
        m_found.append({problem.value("file"_L1).toString(), problem.value("line"_L1).toInt(), message});
    }
    finish();
}

void MarkdownChecker::finish()
{
    m_running = false;
    std::stable_sort(m_found.begin(), m_found.end(), [](const Problem &left, const Problem &right) {
        if (left.file != right.file)
            return left.file < right.file;
        return left.line < right.line;
    });
    m_problems.clear();
    for (const Problem &problem : std::as_const(m_found))
        m_problems.append(u"%1:%2: %3"_s.arg(problem.file).arg(problem.line).arg(problem.message));
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

} // namespace Pygen

// Compiled here rather than in the library's mocs_compilation.cpp, so that a test links only the
// classes it uses (KDE does the same).
#include "moc_MarkdownChecker.cpp"
