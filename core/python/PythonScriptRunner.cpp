#include "python/PythonScriptRunner.h"

#include "LoggingCategories.h"
#include "python/PythonInterpreter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Only the end of standard error is kept: a traceback ends with the line that says what failed.
constexpr qsizetype maximumErrorBytes = 64 * 1024;

QByteArray readResource(const QString &resource, QString *errorMessage)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = PythonScriptRunner::tr("The Python helper %1 is missing from the program (%2).")
                            .arg(resource, file.errorString());
        return {};
    }
    return file.readAll();
}

bool fileHasContent(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != content.size())
        return false;
    return file.readAll() == content;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    // Written beside the target and renamed over it: a second process never runs half a script.
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

} // namespace

PythonScriptRunner::PythonScriptRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PythonScriptRunner::timedOut);
}

PythonScriptRunner::~PythonScriptRunner()
{
    // The running process and any killed one not yet gone. QProcess's destructor would wait for
    // them anyway (and warn); after SIGKILL that wait is short.
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5'000);
        }
    }
}

QString PythonScriptRunner::scriptFile(const QString &scriptResource, QString *errorMessage)
{
    const QByteArray content = readResource(scriptResource, errorMessage);
    if (content.isEmpty())
        return {};
    const QString fileName =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) + u".py"_s;

    // Named by content, so a newer program never runs an older copy and a copy is written once.
    const QString cacheLocation = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheLocation.isEmpty()) {
        const QString path = cacheLocation + u"/python/"_s + fileName;
        if (fileHasContent(path, content) || writeFile(path, content))
            return path;
        qCWarning(logPython) << "Cannot write the Python helper to" << path << "- using a temporary folder";
    }
    if (!m_fallbackDirectory)
        m_fallbackDirectory = std::make_unique<QTemporaryDir>();
    const QString path = m_fallbackDirectory->filePath(fileName);
    if (m_fallbackDirectory->isValid() && (fileHasContent(path, content) || writeFile(path, content)))
        return path;
    *errorMessage = tr("The Python helper %1 could not be written to a file; check that the cache folder %2 and "
                       "the temporary folder may be written to.")
                        .arg(QFileInfo(scriptResource).fileName(),
                             QDir::toNativeSeparators(cacheLocation.isEmpty() ? QDir::tempPath() : cacheLocation));
    return {};
}

void PythonScriptRunner::start(const QString &scriptResource, const QByteArray &standardInput,
                               const QString &pythonPath)
{
    stopProcess();
    ++m_generation;
    m_running = true;
    m_cancelled = false;
    m_scriptName = QFileInfo(scriptResource).fileName();
    m_pythonPath = pythonPath;
    m_standardOutput.clear();
    m_standardError.clear();
    m_output = {};
    m_errorMessage.clear();

    if (pythonPath.isEmpty()) {
        fail(PythonInterpreter::notFoundMessage(QProcessEnvironment::systemEnvironment()));
        return;
    }
    QString problem;
    const QString script = scriptFile(scriptResource, &problem);
    if (script.isEmpty()) {
        fail(problem);
        return;
    }

    m_standardInput = standardInput;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(pythonPath);
    process->setArguments({u"-I"_s, u"-B"_s, script});
    // Not the user's folder: nothing there should be in the helper's way (-I keeps it off sys.path).
    process->setWorkingDirectory(QFileInfo(script).absolutePath());
    connect(process, &QProcess::started, this, [this] {
        m_process->write(m_standardInput);
        m_process->closeWriteChannel();
        m_standardInput.clear();
    });
    connect(process, &QProcess::readyReadStandardOutput, this, &PythonScriptRunner::readStandardOutput);
    connect(process, &QProcess::readyReadStandardError, this, &PythonScriptRunner::readStandardError);
    connect(process, &QProcess::finished, this, &PythonScriptRunner::processFinished);
    connect(process, &QProcess::errorOccurred, this, &PythonScriptRunner::processFailed);
    m_timer.start(m_timeout);
    qCDebug(logPython) << "Running" << pythonPath << process->arguments();
    process->start(QIODevice::ReadWrite);
}

void PythonScriptRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_errorMessage = tr("The Python helper %1 was cancelled.").arg(m_scriptName);
    finish();
}

void PythonScriptRunner::readStandardOutput()
{
    if (!m_process || !m_running)
        return;
    m_standardOutput += m_process->readAllStandardOutput();
    if (m_standardOutput.size() > m_maximumOutputBytes) {
        fail(tr("The Python helper %1 wrote more than %2; it was stopped.")
                 .arg(m_scriptName, QLocale().formattedDataSize(m_maximumOutputBytes)));
    }
}

void PythonScriptRunner::readStandardError()
{
    if (!m_process || !m_running)
        return;
    m_standardError += m_process->readAllStandardError();
    if (m_standardError.size() > maximumErrorBytes)
        m_standardError = m_standardError.right(maximumErrorBytes);
}

void PythonScriptRunner::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (!m_running)
        return;
    readStandardOutput();
    readStandardError();
    if (!m_running)
        return; // the last read went over the output limit

    if (exitStatus == QProcess::CrashExit) {
        const QString line = lastErrorLine();
        fail(line.isEmpty() ? tr("The Python helper %1 crashed.").arg(m_scriptName)
                            : tr("The Python helper %1 crashed: %2").arg(m_scriptName, line));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_standardOutput, &parseError);
    if (exitCode != 0) {
        // The helpers answer bad input with {"error": "..."} and exit status 2.
        const QString refusal = document.object().value("error"_L1).toString();
        if (!refusal.isEmpty()) {
            fail(tr("The Python helper %1 refused its input: %2").arg(m_scriptName, refusal));
            return;
        }
        const QString line = lastErrorLine();
        fail(line.isEmpty() ? tr("The Python helper %1 failed with exit status %2.").arg(m_scriptName).arg(exitCode)
                            : tr("The Python helper %1 failed: %2").arg(m_scriptName, line));
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason =
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON object");
        fail(tr("The Python helper %1 did not answer in JSON (%2).").arg(m_scriptName, reason));
        return;
    }
    m_output = document.object();
    finish();
}

void PythonScriptRunner::processFailed(QProcess::ProcessError error)
{
    // A crash, a timeout or a broken pipe also ends in processFinished, which says more.
    if (!m_running || error != QProcess::FailedToStart)
        return;
    fail(tr("Python could not be started from %1: %2. Check the interpreter, or set PYGEN_PYTHON to another one.")
             .arg(QDir::toNativeSeparators(m_pythonPath), m_process ? m_process->errorString() : QString()));
}

void PythonScriptRunner::timedOut()
{
    if (!m_running)
        return;
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_timeout).count();
    fail(tr("The Python helper %1 did not finish within %n second(s); it was stopped.", nullptr, int(seconds))
             .arg(m_scriptName));
}

void PythonScriptRunner::fail(const QString &message)
{
    qCDebug(logPython) << "Python helper failed:" << message;
    m_output = {};
    m_errorMessage = message;
    finish();
}

void PythonScriptRunner::finish()
{
    m_running = false;
    m_timer.stop();
    stopProcess();
    // Queued, so a caller that starts and fails at once still connects before the signal, and a
    // newer start() drops the signal of the run it replaced.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void PythonScriptRunner::stopProcess()
{
    m_timer.stop();
    m_standardInput.clear();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Killed without waiting; the object goes once the process has gone.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

QString PythonScriptRunner::lastErrorLine() const
{
    const QList<QByteArray> lines = m_standardError.split('\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QByteArray trimmed = line->trimmed();
        if (!trimmed.isEmpty())
            return QString::fromUtf8(trimmed);
    }
    return {};
}

} // namespace Pygen

// Compiled here rather than in the library's mocs_compilation.cpp, so that a test links only the
// classes it uses (KDE does the same).
#include "moc_PythonScriptRunner.cpp"
