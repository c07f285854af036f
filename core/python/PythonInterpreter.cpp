#include "python/PythonInterpreter.h"

#include "LoggingCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

constexpr auto overrideVariable = "PYGEN_PYTHON"_L1;

QStringList searchPath(const QProcessEnvironment &environment)
{
    // The environment's PATH, not this process's, so a caller can look somewhere else.
    return environment.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

QString PythonInterpreter::find(const QProcessEnvironment &environment)
{
    const QString configured = environment.value(overrideVariable).trimmed();
    if (!configured.isEmpty()) {
        // A bare name ("python3.12") is looked up on PATH; anything with a separator is a path.
        // A setting that does not work is reported rather than quietly replaced by another Python.
        if (!configured.contains(u'/') && !configured.contains(QDir::separator()))
            return QStandardPaths::findExecutable(configured, searchPath(environment));
        if (!isExecutableFile(configured)) {
            qCDebug(logPython) << overrideVariable << "is not an executable file:" << configured;
            return {};
        }
        return QFileInfo(configured).absoluteFilePath();
    }
    return QStandardPaths::findExecutable(u"python3"_s, searchPath(environment));
}

QString PythonInterpreter::notFoundMessage()
{
    return tr("No Python 3 was found; install python3 or set PYGEN_PYTHON to its path.");
}

QString PythonInterpreter::notFoundMessage(const QProcessEnvironment &environment)
{
    const QString configured = environment.value(overrideVariable).trimmed();
    if (configured.isEmpty())
        return notFoundMessage();
    return tr("PYGEN_PYTHON is set to %1, which is not an executable file; point it to a Python 3 interpreter, "
              "or unset it to use python3 from PATH.")
        .arg(QDir::toNativeSeparators(configured));
}

} // namespace Pygen
