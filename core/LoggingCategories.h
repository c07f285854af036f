#pragma once

#include <QLoggingCategory>

// One category per area, so QT_LOGGING_RULES="pygen.project.debug=true" narrows the output to
// what is being investigated. Areas add theirs here as they arrive.
namespace Pygen {
Q_DECLARE_LOGGING_CATEGORY(logCore)
Q_DECLARE_LOGGING_CATEGORY(logProject)
Q_DECLARE_LOGGING_CATEGORY(logStudio)
Q_DECLARE_LOGGING_CATEGORY(logCli)
Q_DECLARE_LOGGING_CATEGORY(logLlm)
Q_DECLARE_LOGGING_CATEGORY(logPipeline)
Q_DECLARE_LOGGING_CATEGORY(logPackage)
Q_DECLARE_LOGGING_CATEGORY(logPython)
} // namespace Pygen
