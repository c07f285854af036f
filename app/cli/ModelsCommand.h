#pragma once

#include "ProviderOptions.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QTextStream;

namespace Pygen {

class CredentialStore;
class ModelListReply;
class ProviderClient;

// `pygen models`: the models a provider offers, one a line, with context length and details.
class ModelsCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsCommand)

public:
    ModelsCommand(QTextStream &output, QTextStream &errors, QNetworkAccessManager &network,
                  CredentialStore &credentials, QObject *parent = nullptr);
    ~ModelsCommand() override;

    std::optional<int> parse(const QStringList &arguments);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void list(const ProviderConfiguration &configuration);
    void report();

    QTextStream &m_output;
    QTextStream &m_errors;
    QNetworkAccessManager &m_network;
    CredentialStore &m_credentials;
    QCommandLineParser m_parser;
    ProviderOptions m_providerOptions;
    QPointer<ProviderClient> m_client;
    QPointer<ModelListReply> m_reply;
    bool m_cancelled = false;
};

} // namespace Pygen
