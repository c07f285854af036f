#pragma once

#include "ModelInfo.h"
#include "ProviderError.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <QNetworkReply>

namespace Pygen {

// The models a provider offers, fetched asynchronously (possibly several requests: pages, or a
// detail request per model). `finished` comes exactly once.
class ModelListReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListReply)

public:
    explicit ModelListReply(QObject *parent = nullptr);
    ~ModelListReply() override;

    QList<ModelInfo> models() const { return m_models; }
    // The server's version where it tells (Ollama).
    QString serverVersion() const { return m_serverVersion; }
    ProviderError error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    void cancel();

    // For the client that fills the reply.
    void track(QNetworkReply *networkReply);
    void setServerVersion(const QString &version) { m_serverVersion = version; }
    void complete(QList<ModelInfo> models);
    void fail(const ProviderError &error);

Q_SIGNALS:
    void finished();

private:
    void abortAll();

    QList<QPointer<QNetworkReply>> m_networkReplies;
    QList<ModelInfo> m_models;
    QString m_serverVersion;
    ProviderError m_error;
    bool m_finished = false;
};

} // namespace Pygen
