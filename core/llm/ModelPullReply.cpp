#include "ModelPullReply.h"

#include <QNetworkReply>

namespace Pygen {

ModelPullReply::ModelPullReply(QString model, QObject *parent)
    : QObject(parent)
    , m_model(std::move(model))
{
}

ModelPullReply::~ModelPullReply()
{
    if (m_networkReply) {
        m_networkReply->disconnect(this);
        m_networkReply->abort();
    }
}

void ModelPullReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_networkReply) {
        m_networkReply->disconnect(this);
        m_networkReply->abort();
        m_networkReply->deleteLater();
    }
    finish();
}

void ModelPullReply::reportProgress(const QString &status, qint64 completed, qint64 total)
{
    m_status = status;
    m_completed = completed;
    m_total = total;
    Q_EMIT progressChanged(status, completed, total);
}

void ModelPullReply::complete()
{
    finish();
}

void ModelPullReply::fail(const ProviderError &error)
{
    m_error = error;
    finish();
}

void ModelPullReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(this, &ModelPullReply::finished, Qt::QueuedConnection);
}

} // namespace Pygen
