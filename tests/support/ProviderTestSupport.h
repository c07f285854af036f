#pragma once

#include "llm/ChatRequest.h"
#include "llm/ProviderConfiguration.h"

#include <QProcessEnvironment>
#include <QUrl>

namespace Pygen {
class ChatReply;
class ModelListReply;
} // namespace Pygen

namespace Pygen::Testing {

// A configuration for talking to a fake: no jitter (waits are exact), short timeouts.
ProviderConfiguration fakeConfiguration(const QString &presetId, const QUrl &baseUrl, const QString &apiKey = {});
ChatRequest userRequest(const QString &model, const QString &prompt);
// Waits (with the event loop running) until the reply has emitted `finished`.
bool waitForFinished(ChatReply *reply, int timeoutMs = 20000);
bool waitForFinished(ModelListReply *reply, int timeoutMs = 20000);
// This process' environment for a child `pygen`, without anything that would point it at a real
// provider (OLLAMA_HOST, provider keys) or a session bus.
QProcessEnvironment environmentWithoutProviders();
// Every file under `folder` whose bytes contain `needle`, for checking secrets were never written.
QStringList filesContaining(const QString &folder, const QByteArray &needle);

} // namespace Pygen::Testing
