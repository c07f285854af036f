#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Pygen {

// Why a model request failed. `message` is what a person reads: specific, translated, with the
// next step, and never containing a key. `serverMessage` is the provider's own text, redacted.
struct ProviderError
{
    enum class Kind {
        None,
        ServiceUnreachable, // connection refused, host not found: nothing answers at the address
        NetworkInterrupted, // the connection broke (reset, closed early, temporary failure)
        Timeout, // no first byte, or silence between chunks, for too long
        Authentication, // 401, 403, or a key the provider calls invalid
        MissingKey, // the provider needs a key and none is set
        InsecureTransport, // a key would travel over plain http to another machine
        ModelNotFound, // 404 for the model
        RateLimited, // 429 that passes with time
        QuotaExhausted, // 429 that does not (billing, daily quota)
        RequestTooLarge, // 413, or a prompt the provider says exceeds the context
        BadRequest, // other 4xx: the request itself is wrong
        ServerError, // 500, 502, 503, 504
        ContentBlocked, // the provider refused the prompt (safety)
        InvalidResponse, // the reply does not follow the provider's format
        ReplyTooLarge, // the reply exceeded the configured maximum size
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QString serverMessage;
    // How long the provider asked us to wait before trying again, when it said.
    std::optional<std::chrono::milliseconds> retryAfter;

    bool isError() const { return kind != Kind::None; }
    // Transient failures: trying again later can succeed without anyone changing anything.
    bool isTransient() const
    {
        if (kind == Kind::ServerError) // an error line inside a stream has no status: worth a retry
            return httpStatus == 0 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
        return kind == Kind::NetworkInterrupted || kind == Kind::Timeout || kind == Kind::RateLimited;
    }
};

} // namespace Pygen
