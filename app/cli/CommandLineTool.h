#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Pygen {

// The `pygen` command: parses the arguments and runs what they ask for. Exit codes follow
// shared/DESIGN.md: 0 success, 1 the job failed, 2 bad usage or input.
class CommandLineTool final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::CommandLineTool)

public:
    enum ExitCode { Success = 0, JobFailed = 1, BadUsage = 2 };

    CommandLineTool(QTextStream &output, QTextStream &errors);

    int run(const QStringList &arguments);

private:
    QTextStream &m_output;
    QTextStream &m_errors;
};

} // namespace Pygen
