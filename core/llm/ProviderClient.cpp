#include "ProviderClient.h"

#include "ChatExchange.h"
#include "ChatReply.h"
#include "Clock.h"
#include "GeminiClient.h"
#include "ModelListReply.h"
#include "OllamaClient.h"
#include "OpenAiCompatibleClient.h"
#include "ProviderErrorMessages.h"
#include "SecretRedactor.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace Pygen {

namespace {
// An error body worth quoting is short; anything longer is not an error message.
constexpr qsizetype maximumErrorBodyBytes = 1024 * 1024;
} // namespace

ProviderClient::ProviderClient(ProviderConfiguration configuration, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_configuration(std::move(configuration))
    , m_network(network)
{
    // Whatever path the key took to get here, it never reaches a message or a log line.
    SecretRedactor::registerSecret(m_configuration.apiKey);
}

ProviderClient::~ProviderClient() = default;

ProviderClient *ProviderClient::create(const ProviderConfiguration &configuration, QNetworkAccessManager *network,
                                       QObject *parent)
{
    switch (configuration.preset.kind) {
    case ProviderKind::Ollama:
        return new OllamaClient(configuration, network, parent);
    case ProviderKind::OpenAiCompatible:
        return new OpenAiCompatibleClient(configuration, network, parent);
    case ProviderKind::Gemini:
        return new GeminiClient(configuration, network, parent);
    }
    return nullptr;
}

void ProviderClient::setClock(Clock *clock)
{
    m_clock = clock;
}

Clock &ProviderClient::clock() const
{
    return m_clock ? *m_clock : Clock::system();
}

ChatReply *ProviderClient::chat(const ChatRequest &request)
{
    return ChatExchange::begin(*this, request);
}

void ProviderClient::prepareChat(const ChatRequest &, QObject *context, PreparationHandler ready)
{
    QMetaObject::invokeMethod(
        context, [ready = std::move(ready)] { ready({}); }, Qt::QueuedConnection);
}

QStringList ProviderClient::warningsAfterReply(const ChatRequest &, const ChatPreparation &, const ChatReply &) const
{
    return {};
}

QNetworkRequest ProviderClient::networkRequest(const QString &path, const QString &query) const
{
    QUrl url = m_configuration.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"),
                         QByteArrayLiteral("application/json, application/x-ndjson, "
                                           "text/event-stream"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("PygenStudio"));
    // Never follow a redirect to another host: the key would go with it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    addAuthentication(request);
    return request;
}

void ProviderClient::addAuthentication(QNetworkRequest &request) const
{
    if (!m_configuration.apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_configuration.apiKey.toUtf8());
}

QString ProviderClient::errorTextFromBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonValue error = document.object().value(u"error");
        if (error.isString())
            return error.toString();
        if (error.isObject()) {
            const QString message = error.toObject().value(u"message").toString();
            if (!message.isEmpty())
                return message;
        }
        const QString message = document.object().value(u"message").toString();
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(body.left(500)).simplified();
}

ProviderError ProviderClient::errorFromResponse(int httpStatus, const QByteArray &body, const QString &model) const
{
    return ProviderErrorMessages::make(ProviderErrorMessages::kindForStatus(httpStatus), m_configuration, model,
                                       httpStatus, errorTextFromBody(body));
}

QNetworkReply *ProviderClient::sendJson(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                                        QObject *context, JsonHandler handler)
{
    QNetworkRequest timedRequest = request;
    timedRequest.setTransferTimeout(int(m_configuration.firstByteTimeout.count()));
    QNetworkReply *networkReply = m_network->sendCustomRequest(timedRequest, verb, body);
    networkReply->setParent(context);
    QObject::connect(
        networkReply, &QNetworkReply::finished, context, [this, networkReply, handler = std::move(handler)] {
            networkReply->deleteLater();
            const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray content = networkReply->read(maximumErrorBodyBytes * 16);
            if (status >= 400) {
                ProviderError error = errorFromResponse(status, content.left(maximumErrorBodyBytes), {});
                if (status == 404 && error.kind == ProviderError::Kind::ModelNotFound)
                    error = ProviderErrorMessages::make(
                        ProviderError::Kind::InvalidResponse, m_configuration, {}, status,
                        tr("nothing at %1; check the base URL")
                            .arg(networkReply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
                handler(error, {});
                return;
            }
            if (networkReply->error() == QNetworkReply::OperationCanceledError) {
                handler(ProviderErrorMessages::timeout(true, m_configuration.firstByteTimeout, m_configuration), {});
                return;
            }
            if (networkReply->error() != QNetworkReply::NoError) {
                handler(ProviderErrorMessages::fromNetwork(networkReply->error(), networkReply->errorString(),
                                                           m_configuration),
                        {});
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                handler(ProviderErrorMessages::make(ProviderError::Kind::InvalidResponse, m_configuration, {}, status,
                                                    tr("not JSON (%1)").arg(parseError.errorString())),
                        {});
                return;
            }
            handler({}, document);
        });
    return networkReply;
}

} // namespace Pygen
