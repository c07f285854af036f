#include "LoggingCategories.h"

namespace Pygen {
Q_LOGGING_CATEGORY(logCore, "pygen.core", QtInfoMsg)
Q_LOGGING_CATEGORY(logProject, "pygen.project", QtInfoMsg)
Q_LOGGING_CATEGORY(logStudio, "pygen.studio", QtInfoMsg)
Q_LOGGING_CATEGORY(logCli, "pygen.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(logLlm, "pygen.llm", QtInfoMsg)
Q_LOGGING_CATEGORY(logPipeline, "pygen.pipeline", QtInfoMsg)
Q_LOGGING_CATEGORY(logPackage, "pygen.package", QtInfoMsg)
Q_LOGGING_CATEGORY(logPython, "pygen.python", QtInfoMsg)
} // namespace Pygen
