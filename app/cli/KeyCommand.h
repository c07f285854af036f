#pragma once

#include <QCommandLineParser>
#include <QObject>

#include <optional>

class QTextStream;

namespace Pygen {

class CredentialStore;

// `pygen key set|remove PROVIDER`: keeps an API key in the system keychain, so that neither the
// shell history nor the environment has to hold it. The key is read from standard input.
class KeyCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCommand)

public:
    KeyCommand(QTextStream &output, QTextStream &errors, CredentialStore &credentials, QObject *parent = nullptr);
    ~KeyCommand() override;

    std::optional<int> parse(const QStringList &arguments);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // A line from standard input; on a terminal, asked for without echoing it.
    QString readKey(const QString &providerName);

    QTextStream &m_output;
    QTextStream &m_errors;
    CredentialStore &m_credentials;
    QCommandLineParser m_parser;
    QString m_action;
    QString m_providerId;
    QString m_key;
};

} // namespace Pygen
