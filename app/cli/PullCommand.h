#pragma once

#include "ProviderOptions.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QTextStream;

namespace Pygen {

class ModelPullReply;
class OllamaClient;

// `pygen pull MODEL`: downloads a model into Ollama, with progress on standard error.
class PullCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullCommand)

public:
    PullCommand(QTextStream &output, QTextStream &errors, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~PullCommand() override;

    std::optional<int> parse(const QStringList &arguments);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void showProgress(const QString &status, qint64 completed, qint64 total);
    void report();

    QTextStream &m_output;
    QTextStream &m_errors;
    QNetworkAccessManager &m_network;
    QCommandLineParser m_parser;
    ProviderOptions m_providerOptions;
    QString m_model;
    QPointer<OllamaClient> m_client;
    QPointer<ModelPullReply> m_reply;
    QString m_lastLine;
    QString m_lastStatus;
    bool m_terminal = false;
};

} // namespace Pygen
