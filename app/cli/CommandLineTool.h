#pragma once

#include "llm/CredentialStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Pygen {

// The `pygen` command: parses the arguments and runs the command they name. Exit codes are in
// ExitCode.h. Commands that talk to a provider run asynchronously and end with `finished`.
class CommandLineTool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineTool)

public:
    CommandLineTool(QTextStream &output, QTextStream &errors, QObject *parent = nullptr);
    ~CommandLineTool() override;

    // The exit code when the work is already done; otherwise `finished` follows.
    std::optional<int> start(const QStringList &arguments);
    // Ctrl-C: the running command stops and `finished` follows.
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    template<typename Command>
    std::optional<int> startCommand(Command *command, const QStringList &arguments);

    QTextStream &m_output;
    QTextStream &m_errors;
    QNetworkAccessManager m_network;
    CredentialStore m_credentials;
    QPointer<QObject> m_command;
    std::function<void()> m_cancelCommand;
};

} // namespace Pygen
