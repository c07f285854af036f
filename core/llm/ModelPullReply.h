#pragma once

#include "ProviderError.h"

#include <QObject>
#include <QPointer>

#include <QNetworkReply>

namespace Pygen {

// Downloading a model into Ollama: progress as the server reports it, then `finished` once.
class ModelPullReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPullReply)

public:
    explicit ModelPullReply(QString model, QObject *parent = nullptr);
    ~ModelPullReply() override;

    QString model() const { return m_model; }
    QString status() const { return m_status; }
    qint64 completedBytes() const { return m_completed; }
    qint64 totalBytes() const { return m_total; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError() && !m_cancelled; }
    ProviderError error() const { return m_error; }

    void cancel();

    // For the client that drives the pull.
    void setNetworkReply(QNetworkReply *networkReply) { m_networkReply = networkReply; }
    void reportProgress(const QString &status, qint64 completed, qint64 total);
    void complete();
    void fail(const ProviderError &error);

Q_SIGNALS:
    void progressChanged(const QString &status, qint64 completed, qint64 total);
    void finished();

private:
    void finish();

    QString m_model;
    QString m_status;
    QPointer<QNetworkReply> m_networkReply;
    ProviderError m_error;
    qint64 m_completed = 0;
    qint64 m_total = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Pygen
