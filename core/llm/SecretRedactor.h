#pragma once

#include <QByteArray>
#include <QString>

namespace Pygen {

// Keeps secrets out of text that leaves the process or reaches a person: logs, error messages,
// history records, exports. Thread-safe and process-wide, because a key read in one place can
// surface in a message built anywhere else.
class SecretRedactor final
{
public:
    // What a secret is replaced with.
    static constexpr QLatin1StringView marker{"[redacted]"};
    // Shorter values are ignored: redacting them would blank out ordinary words.
    static constexpr qsizetype minimumSecretLength = 8;

    SecretRedactor() = delete;

    static void registerSecret(const QString &secret);
    // For tests.
    static void forgetAll();

    // Replaces every registered secret and every recognisable key shape (bearer tokens, API-key
    // headers and query parameters, OpenAI / OpenRouter / Groq / Google key prefixes).
    static QString redact(QString text);
    // The same for bytes that need not be UTF-8 (HTTP bodies, headers); other bytes are kept.
    static QByteArray redact(QByteArray bytes);

    // Installs a Qt message handler that redacts every log message before passing it to the
    // handler that was installed before. Installing again is harmless.
    static void installMessageHandler();
};

} // namespace Pygen
