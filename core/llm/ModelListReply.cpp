#include "ModelListReply.h"

#include <QNetworkReply>

#include <algorithm>

namespace Pygen {

ModelListReply::ModelListReply(QObject *parent)
    : QObject(parent)
{
}

ModelListReply::~ModelListReply()
{
    abortAll();
}

void ModelListReply::track(QNetworkReply *networkReply)
{
    m_networkReplies.removeAll(nullptr);
    m_networkReplies.append(networkReply);
}

void ModelListReply::abortAll()
{
    const auto replies = std::exchange(m_networkReplies, {});
    for (const QPointer<QNetworkReply> &networkReply : replies) {
        if (networkReply) {
            networkReply->disconnect(this);
            networkReply->abort();
            networkReply->deleteLater();
        }
    }
}

void ModelListReply::cancel()
{
    if (m_finished)
        return;
    abortAll();
    m_finished = true;
    Q_EMIT finished();
}

void ModelListReply::complete(QList<ModelInfo> models)
{
    if (m_finished)
        return;
    std::sort(models.begin(), models.end(),
              [](const ModelInfo &a, const ModelInfo &b) { return a.id.compare(b.id, Qt::CaseInsensitive) < 0; });
    m_models = std::move(models);
    m_finished = true;
    Q_EMIT finished();
}

void ModelListReply::fail(const ProviderError &error)
{
    if (m_finished)
        return;
    abortAll();
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Pygen
