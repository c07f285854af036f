#pragma once

#include "FakeProviderServer.h"

#include <QString>

namespace Pygen::Testing {

// An OpenAI-compatible API under a path prefix: "/v1" (OpenAI, llama.cpp, LM Studio, vLLM),
// "/openai/v1" (Groq), "/api/v1" (OpenRouter), "/v1beta/openai" (Gemini). Serves
// {prefix}/chat/completions (SSE or one JSON object) and {prefix}/models.
class FakeOpenAiServer final : public FakeProviderServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeOpenAiServer)

public:
    // Where the usage figures of a stream go.
    enum class UsageStyle {
        StreamOptions, // a last chunk with "choices":[] and "usage", when the request asks for it
        Groq, // "x_groq":{"usage":…} in the chunk that carries finish_reason
        None, // no usage at all
    };

    explicit FakeOpenAiServer(const QByteArray &pathPrefix = "/v1", QObject *parent = nullptr);
    ~FakeOpenAiServer() override;

    // baseUrl() plus the prefix, e.g. http://127.0.0.1:PORT/openai/v1
    QUrl apiBaseUrl() const;
    QByteArray pathPrefix() const;
    void setUsageStyle(UsageStyle style);
    // When set, every request needs "Authorization: Bearer <key>", else 401.
    void setRequiredApiKey(const QString &key);
    // ": keep-alive" comments before the first event and between events.
    void setSendKeepAlives(bool send);
    // CRLF line endings in the stream.
    void setUseCrlf(bool use);
    // The model list's context size field: "context_window" (Groq), "context_length"
    // (OpenRouter) or empty for none (OpenAI).
    void setContextField(const QString &field);

    // {"error":{"message","type","param":null,"code"}}; an empty code is null.
    static QByteArray errorBody(const QString &message, const QString &type, const QString &code);
    // 429 that may be retried: type "tokens", code "rate_limit_exceeded".
    static QByteArray rateLimitBody(const QString &message);
    // 429 that must not be retried: code "insufficient_quota".
    static QByteArray quotaBody();

protected:
    Response respond(const RecordedRequest &request) override;

private:
    Response chat(const RecordedRequest &request);
    Response modelList() const;
    std::optional<Response> rejectedKey(const RecordedRequest &request) const;

    QByteArray m_prefix;
    UsageStyle m_usageStyle = UsageStyle::StreamOptions;
    QString m_requiredApiKey;
    bool m_sendKeepAlives = false;
    bool m_useCrlf = false;
    QString m_contextField;
    int m_completionCount = 0;
};

} // namespace Pygen::Testing
