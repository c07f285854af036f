#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Pygen {

// Finds the Python 3 that checks generated packages: $PYGEN_PYTHON if set, else python3 on PATH.
class PythonInterpreter final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::PythonInterpreter)

public:
    // Empty when none is found.
    static QString find(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // "No Python 3 was found; install python3 or set PYGEN_PYTHON to its path."
    static QString notFoundMessage();
    // The same, or why $PYGEN_PYTHON (when it is set) could not be used.
    static QString notFoundMessage(const QProcessEnvironment &environment);
};

} // namespace Pygen
