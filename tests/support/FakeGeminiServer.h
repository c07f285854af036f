#pragma once

#include "FakeProviderServer.h"

#include <QString>

namespace Pygen::Testing {

// The Gemini API at apiBaseUrl() (baseUrl()/v1beta): models (paged),
// models/{id}:streamGenerateContent (SSE with ?alt=sse, else a streamed JSON array) and
// models/{id}:generateContent. Keys count only in the x-goog-api-key header.
class FakeGeminiServer final : public FakeProviderServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGeminiServer)

public:
    explicit FakeGeminiServer(QObject *parent = nullptr);
    ~FakeGeminiServer() override;

    QUrl apiBaseUrl() const;
    // When set, every request needs this x-goog-api-key header, else 400 API_KEY_INVALID; a
    // key= query parameter never counts (Gemini would take it, but it leaks into logs).
    void setRequiredApiKey(const QString &key);
    // The most models a page of GET models holds (a smaller pageSize in the request wins).
    void setModelPageSize(int size);
    // How many requests carried a key= query parameter; a client must never send one.
    int queryKeyRequestCount() const;

    // {"error":{"code","message","status"}}
    static QByteArray errorBody(int code, const QString &message, const QString &status);
    // 429 RESOURCE_EXHAUSTED with a RetryInfo detail carrying retryDelay, e.g. "7s".
    static QByteArray rateLimitBody(const QString &retryDelay);

protected:
    Response respond(const RecordedRequest &request) override;

private:
    Response generate(const RecordedRequest &request, const QString &model, bool streamed, bool sse);
    Response modelPage(const RecordedRequest &request) const;
    std::optional<FakeModel> findModel(const QString &id) const;

    QString m_requiredApiKey;
    int m_pageSize = 2;
    int m_queryKeyRequestCount = 0;
    int m_responseCount = 0;
};

} // namespace Pygen::Testing
