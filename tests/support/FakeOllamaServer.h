#pragma once

#include "FakeProviderServer.h"

#include <QQueue>
#include <QString>

namespace Pygen::Testing {

// Ollama's native API at baseUrl(): /api/version, /api/tags, /api/show, /api/chat (NDJSON),
// /api/pull (NDJSON progress). A name without a tag means ":latest", as in Ollama.
class FakeOllamaServer final : public FakeProviderServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeOllamaServer)

public:
    explicit FakeOllamaServer(QObject *parent = nullptr);
    ~FakeOllamaServer() override;

    // The next /api/pull streams {"status":"pulling manifest"} then {"error":message}, status 200.
    void enqueuePullError(const QString &message);
    int pullRequestCount() const;

    // {"error":message}
    static QByteArray errorBody(const QString &message);

protected:
    Response respond(const RecordedRequest &request) override;

private:
    Response chat(const RecordedRequest &request);
    Response show(const RecordedRequest &request);
    Response pull(const RecordedRequest &request);
    Response tags() const;
    // Every name is known until setModels() is called.
    std::optional<FakeModel> findModel(const QString &name) const;
    bool isListed(const QString &name) const;

    QQueue<QString> m_pullErrors;
    int m_pullRequestCount = 0;
};

} // namespace Pygen::Testing
