#pragma once

#include "ApiReference.h"
#include "package/Package.h"

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <chrono>

namespace Pygen {

class PythonScriptRunner;

// Runs resources/python/api_reference.py in a separate Python process (the package's code is only
// parsed with ast, never imported) and reads its JSON. Asynchronous; `finished` comes once.
class ApiReferenceExtractor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReferenceExtractor)

public:
    explicit ApiReferenceExtractor(QObject *parent = nullptr);
    ~ApiReferenceExtractor() override;

    // The package's .py files are sent on standard input.
    void start(const Package &package, const QString &pythonPath);
    void cancel();
    // The package's top module; guessed from the files (src/<name>/__init__.py) when not set.
    void setImportName(const QString &importName) { m_importName = importName; }
    // For the Python helper; 60 s unless set.
    void setTimeout(std::chrono::milliseconds timeout);

    ApiReference result() const { return m_result; }
    // Empty on success: no Python, the helper crashed, or its output was not JSON.
    QString errorMessage() const { return m_errorMessage; }

Q_SIGNALS:
    void finished();

private:
    void extractorFinished();

    PythonScriptRunner *m_runner = nullptr;
    QString m_importName;
    ApiReference m_result;
    QString m_errorMessage;
};

} // namespace Pygen
