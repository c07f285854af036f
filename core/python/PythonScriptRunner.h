#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QTemporaryDir;

namespace Pygen {

// Runs one of the Python helper scripts (a resource such as ":/python/api_reference.py") in its
// own Python process: JSON in on standard input, JSON out on standard output. Isolated (-I: no
// user site, no PYTHON* variables) and without bytecode files (-B). Asynchronous and never waits
// on the calling thread; `finished` comes exactly once per start(), queued, also after cancel().
class PythonScriptRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonScriptRunner)

public:
    static constexpr std::chrono::milliseconds defaultTimeout{60'000};
    static constexpr qint64 defaultMaximumOutputBytes = 32 * 1024 * 1024;

    explicit PythonScriptRunner(QObject *parent = nullptr);
    ~PythonScriptRunner() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // More output than this stops the helper: a runaway answer must not fill the memory.
    void setMaximumOutputBytes(qint64 bytes) { m_maximumOutputBytes = bytes; }
    qint64 maximumOutputBytes() const { return m_maximumOutputBytes; }

    // An empty `pythonPath` fails with PythonInterpreter's message. A run still going is dropped
    // without its `finished`.
    void start(const QString &scriptResource, const QByteArray &standardInput, const QString &pythonPath);
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // The JSON object the script wrote; empty after a failure.
    QJsonObject output() const { return m_output; }
    // Empty on success: no Python, it could not start, the script failed or crashed (with the
    // last line it wrote to standard error), timed out, wrote too much or not JSON.
    QString errorMessage() const { return m_errorMessage; }

    // The script as a file Python can run: written once per content into the cache folder
    // ("…/python/<sha256>.py"), atomically. Empty, with `errorMessage` set, when that fails.
    QString scriptFile(const QString &scriptResource, QString *errorMessage);

Q_SIGNALS:
    void finished();

private:
    void readStandardOutput();
    void readStandardError();
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void processFailed(QProcess::ProcessError error);
    void timedOut();
    void fail(const QString &message);
    void finish();
    void stopProcess();
    QString lastErrorLine() const;

    QPointer<QProcess> m_process;
    QTimer m_timer;
    std::unique_ptr<QTemporaryDir> m_fallbackDirectory;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    qint64 m_maximumOutputBytes = defaultMaximumOutputBytes;
    QString m_scriptName;
    QString m_pythonPath;
    QByteArray m_standardInput;
    QByteArray m_standardOutput;
    QByteArray m_standardError;
    QJsonObject m_output;
    QString m_errorMessage;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Pygen
