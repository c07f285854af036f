#include "LoggingCategories.h"

namespace Pygen {
Q_LOGGING_CATEGORY(logCore, "pygen.core", QtInfoMsg)
Q_LOGGING_CATEGORY(logProject, "pygen.project", QtInfoMsg)
Q_LOGGING_CATEGORY(logStudio, "pygen.studio", QtInfoMsg)
Q_LOGGING_CATEGORY(logCli, "pygen.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(logLlm, "pygen.llm", QtInfoMsg)
} // namespace Pygen
