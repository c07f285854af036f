#include "ProviderTestSupport.h"

#include "llm/ChatReply.h"
#include "llm/ModelListReply.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>

namespace Pygen::Testing {

ProviderConfiguration fakeConfiguration(const QString &presetId, const QUrl &baseUrl, const QString &apiKey)
{
    ProviderConfiguration configuration = ProviderConfiguration::forPreset(*ProviderPreset::find(presetId), {});
    configuration.baseUrl = baseUrl;
    configuration.apiKey = apiKey;
    configuration.retry.jitter = 0;
    configuration.firstByteTimeout = std::chrono::seconds(10);
    configuration.idleTimeout = std::chrono::seconds(10);
    return configuration;
}

ChatRequest userRequest(const QString &model, const QString &prompt)
{
    ChatRequest request;
    request.model = model;
    request.messages.append({ChatMessage::Role::User, prompt});
    return request;
}

template<typename Reply>
static bool waitFor(Reply *reply, int timeoutMs)
{
    QSignalSpy finished(reply, &Reply::finished);
    return finished.count() > 0 || finished.wait(timeoutMs);
}

bool waitForFinished(ChatReply *reply, int timeoutMs)
{
    return waitFor(reply, timeoutMs);
}

bool waitForFinished(ModelListReply *reply, int timeoutMs)
{
    return waitFor(reply, timeoutMs);
}

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

QProcessEnvironment environmentWithoutProviders()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"OLLAMA_HOST", "GROQ_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY", "OPENAI_API_KEY",
                             "OPENROUTER_API_KEY", "DBUS_SESSION_BUS_ADDRESS"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace Pygen::Testing
