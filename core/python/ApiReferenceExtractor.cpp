#include "python/ApiReferenceExtractor.h"

#include "LoggingCategories.h"
#include "python/PythonScriptRunner.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Pygen {

ApiReferenceExtractor::ApiReferenceExtractor(QObject *parent)
    : QObject(parent)
    , m_runner(new PythonScriptRunner(this))
{
    connect(m_runner, &PythonScriptRunner::finished, this, &ApiReferenceExtractor::extractorFinished);
}

ApiReferenceExtractor::~ApiReferenceExtractor() = default;

void ApiReferenceExtractor::setTimeout(std::chrono::milliseconds timeout)
{
    m_runner->setTimeout(timeout);
}

void ApiReferenceExtractor::start(const Package &package, const QString &pythonPath)
{
    m_result = {};
    m_errorMessage.clear();
    QJsonObject files;
    for (const PackageFile &file : package.files()) {
        if (file.path.endsWith(".py"_L1))
            files.insert(file.path, QString::fromUtf8(file.content));
    }
    QJsonObject request{{"files"_L1, files}};
    if (!m_importName.isEmpty())
        request.insert("importName"_L1, m_importName);
    qCDebug(logPython) << "Extracting the API of" << files.size() << "Python files";
    m_runner->start(u":/python/api_reference.py"_s, QJsonDocument(request).toJson(QJsonDocument::Compact), pythonPath);
}

void ApiReferenceExtractor::cancel()
{
    m_runner->cancel();
}

void ApiReferenceExtractor::extractorFinished()
{
    m_errorMessage = m_runner->errorMessage();
    if (m_errorMessage.isEmpty())
        m_result = ApiReference::fromJson(m_runner->output());
    Q_EMIT finished();
}

} // namespace Pygen

// Compiled here rather than in the library's mocs_compilation.cpp, so that a test links only the
// classes it uses (KDE does the same).
#include "moc_ApiReferenceExtractor.cpp"
