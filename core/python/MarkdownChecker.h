#pragma once

#include "ApiReference.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace Pygen {

class PythonScriptRunner;
struct MarkdownOutline;

// Checks generated Markdown: heading levels that jump (## then ####), fences left open, Python
// code blocks that do not compile (compiled by resources/python/check_markdown_code.py in a
// separate process, never run), and code or inline references to modules, functions or classes of
// the package that the ApiReference does not have. Asynchronous; `finished` comes once.
//
// Python blocks are those marked python, py, python3, py3 or pycon. Interactive sessions (pycon,
// or any of them whose first line starts with ">>>") are checked as the code they run: the ">>> "
// and "... " prompts are stripped and output lines left empty, so line numbers still match.
// References are only checked when the ApiReference has modules (it was extracted).
class MarkdownChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownChecker)

public:
    explicit MarkdownChecker(QObject *parent = nullptr);
    ~MarkdownChecker() override;

    // `documents` maps a file name ("README.md") to its text; `importName` is the package's top
    // module, whose references are checked.
    void start(const QMap<QString, QString> &documents, const ApiReference &reference, const QString &importName,
               const QString &pythonPath);
    void cancel();
    // For the Python helper; 60 s unless set.
    void setTimeout(std::chrono::milliseconds timeout);

    // "README.md:14: heading level jumps from 2 to 4", "DOCUMENTATION.md:40: Python block does not
    // compile: line 2: invalid syntax", "README.md:22: weather_station.load does not exist".
    QStringList problems() const { return m_problems; }
    QString errorMessage() const { return m_errorMessage; }

    // The checks that need no Python (heading jumps, open fences), synchronous.
    static QStringList structuralProblems(const QString &fileName, const QString &markdown);

Q_SIGNALS:
    void finished();

private:
    struct Problem
    {
        QString file;
        int line = 0;
        QString message;
    };

    static QList<Problem> structuralProblemList(const QString &fileName, const MarkdownOutline &outline);
    void checkerFinished();
    void finish();

    PythonScriptRunner *m_runner = nullptr;
    QList<Problem> m_found;
    QStringList m_problems;
    QString m_errorMessage;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_waitingForPython = false;
};

} // namespace Pygen
