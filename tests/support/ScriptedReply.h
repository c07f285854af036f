#pragma once

#include "FakeHttpServer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Pygen::Testing {

// What a fake answers to one chat request. Provider-neutral; each fake writes it in its own format.
struct ScriptedReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders; // e.g. {"retry-after", "7"}
    // status != 200: the body, verbatim (the fakes' errorBody helpers make real ones).
    QByteArray errorBody;
    // The text deltas of a 200 reply, one event or line each.
    QStringList chunks;
    // "stop", "length" or "filtered", mapped by each fake onto its own names (Ollama stop/length,
    // OpenAI stop/length/content_filter, Gemini STOP/MAX_TOKENS/SAFETY); any other value is sent
    // verbatim, for reasons a client does not know.
    QString finishReason = QStringLiteral("stop");
    int promptTokens = 12;
    int outputTokens = -1; // -1: the number of deltas
    // Non-empty: after the deltas, an error event instead of the final one, with status 200. A
    // JSON object is sent as the event verbatim; any other text is the message of the provider's
    // own error shape. A non-streamed request gets status 500 with that error as its body.
    QByteArray midStreamError;
    // Gemini: no candidates, promptFeedback.blockReason "SAFETY".
    bool blockedPrompt = false;
    // >0: instead of `chunks`, this many bytes of ASCII text (FakeProviderServer::generatedText)
    // in deltas of generatedChunkBytes, produced as the socket drains.
    qint64 generatedTextBytes = 0;
    int generatedChunkBytes = 4096;
    Misbehaviour misbehaviour;
};

// A model a fake offers. Each fake shows the fields its provider has.
struct FakeModel
{
    QString name; // Ollama "llama3.2:latest", OpenAI "gpt-4o-mini", Gemini "gemini-2.0-flash"
    int contextLength = 8192; // Ollama /api/show, OpenAI-style context field, Gemini inputTokenLimit; <=0 leaves it out
    QStringList capabilities = {QStringLiteral("completion")}; // Ollama /api/show
    QString family = QStringLiteral("llama");
    QString parameterSize = QStringLiteral("8B");
    QString quantization = QStringLiteral("Q4_K_M");
    bool supportsGenerate = true; // Gemini: false lists only "embedContent", and chat answers 404
    int outputTokenLimit = 8192; // Gemini outputTokenLimit
};

} // namespace Pygen::Testing
