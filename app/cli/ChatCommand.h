#pragma once

#include "ProviderOptions.h"
#include "llm/ChatRequest.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTextStream;

namespace Pygen {

class ChatReply;
class CredentialStore;
class ProviderClient;
class ResponseCache;

// `pygen chat`: one prompt, the reply streamed to standard output; retries, warnings and usage
// go to standard error so the output can be piped.
class ChatCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCommand)

public:
    ChatCommand(QTextStream &output, QTextStream &errors, QNetworkAccessManager &network, CredentialStore &credentials,
                QObject *parent = nullptr);
    ~ChatCommand() override;

    // An exit code when there is nothing to start (help, bad usage); otherwise start() follows.
    std::optional<int> parse(const QStringList &arguments);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void send(const ProviderConfiguration &configuration);
    void report();

    QTextStream &m_output;
    QTextStream &m_errors;
    QNetworkAccessManager &m_network;
    CredentialStore &m_credentials;
    QCommandLineParser m_parser;
    ProviderOptions m_providerOptions;
    ChatRequest m_request;
    std::unique_ptr<ResponseCache> m_cache;
    QPointer<ProviderClient> m_client;
    QPointer<ChatReply> m_reply;
    bool m_endsWithNewline = true;
    bool m_cancelled = false;
};

} // namespace Pygen
