#include "DocumentStage.h"

#include "ModelJson.h"
#include "PromptLibrary.h"
#include "SpecificationText.h"
#include "llm/ChatReply.h"
#include "project/Project.h"
#include "python/ApiReferenceExtractor.h"
#include "python/MarkdownChecker.h"
#include "python/PythonInterpreter.h"

#include <QJsonArray>

namespace Pygen {

DocumentStage::DocumentStage(PipelineContext context, QObject *parent)
    : PipelineStage(std::move(context), parent)
{
}

DocumentStage::~DocumentStage() = default;

QJsonObject DocumentStage::proseSchema()
{
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("string")}};
    return {
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("overview"), text},
                     {QStringLiteral("features"), text},
                     {QStringLiteral("usage"), text},
                     {QStringLiteral("contributing"), text}}},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("overview"), QStringLiteral("features"), QStringLiteral("usage"),
                    QStringLiteral("contributing")}},
    };
}

void DocumentStage::run()
{
    if (!state().plan) {
        fail(tr("There is no plan yet; run the planning stage first."));
        return;
    }
    m_api = {};
    m_pythonPath = context().settings.pythonPath.isEmpty() ? PythonInterpreter::find() : context().settings.pythonPath;
    Q_EMIT progressChanged(0, 3);
    if (m_pythonPath.isEmpty()) {
        warn(tr("The API reference could not be read from the code: %1").arg(PythonInterpreter::notFoundMessage()));
        askForProse();
        return;
    }
    m_extractor = new ApiReferenceExtractor(this);
    connect(m_extractor, &ApiReferenceExtractor::finished, this, [this, extractor = m_extractor] {
        extractor->deleteLater();
        m_extractor.clear();
        if (wasCancelled()) {
            endCancelledIfIdle();
            return;
        }
        if (!extractor->errorMessage().isEmpty())
            warn(tr("The API reference could not be read from the code: %1").arg(extractor->errorMessage()));
        m_api = extractor->result();
        for (const ApiModule &module : std::as_const(m_api.modules)) {
            if (!module.syntaxError.isEmpty())
                warn(tr("%1 does not parse (%2); it is missing from the API reference.")
                         .arg(module.path, module.syntaxError));
        }
        Q_EMIT progressChanged(1, 3);
        askForProse();
    });
    m_extractor->start(project().package(), m_pythonPath);
}

void DocumentStage::cancelOtherWork()
{
    if (m_extractor)
        m_extractor->cancel();
    if (m_checker)
        m_checker->cancel();
}

void DocumentStage::askForProse()
{
    const QString api = m_api.toMarkdown().trimmed();
    ChatRequest writing =
        request(PromptLibrary::render(QStringLiteral("document-system")),
                PromptLibrary::render(QStringLiteral("document-user"),
                                      {{QStringLiteral("specification"), SpecificationText::forPrompt(state())},
                                       {QStringLiteral("api"), api.isEmpty() ? QStringLiteral("(not available)") : api},
                                       {QStringLiteral("importName"), state().plan->importName}}));
    writing.jsonSchema = proseSchema();
    writing.maximumOutputTokens = context().settings.maximumOutputTokens;
    send(writing, QStringLiteral("README.md"), QStringLiteral("prose"), [this](ChatReply &reply) {
        if (reply.finishReason() == FinishReason::Error) {
            fail(reply.error().message);
            return;
        }
        DocumentationWriter::Prose prose;
        const QJsonObject object = ModelJson::object(reply.text());
        prose.overview = ModelJson::string(object, QStringLiteral("overview"));
        prose.features = ModelJson::string(object, QStringLiteral("features"));
        prose.usage = ModelJson::string(object, QStringLiteral("usage"));
        prose.contributing = ModelJson::string(object, QStringLiteral("contributing"));
        if (prose.overview.trimmed().isEmpty()) {
            warn(tr("The documentation's prose was not the asked-for JSON; the reply's text is used as the "
                    "overview."));
            prose.overview = reply.text().trimmed();
        }
        if (prose.overview.trimmed().isEmpty())
            prose.overview = state().spec.description;
        Q_EMIT progressChanged(2, 3);
        writeDocuments(prose);
    });
}

void DocumentStage::writeDocuments(const DocumentationWriter::Prose &prose)
{
    QMap<QString, QString> documents{
        {QStringLiteral("README.md"), DocumentationWriter::readme(state(), prose)},
        {QStringLiteral("DOCUMENTATION.md"), DocumentationWriter::documentation(state(), prose, m_api)},
    };
    for (auto document = documents.begin(); document != documents.end(); ++document) {
        const PackageFile *existing = project().package().file(document.key());
        if (existing && existing->origin == FileOrigin::Edited) {
            warn(tr("%1 was edited, so it was kept as it is; delete it to have it written again.").arg(document.key()));
            // The check looks at what the package really holds.
            *document = QString::fromUtf8(existing->content);
            continue;
        }
        PackageFile file;
        file.path = document.key();
        file.content = document.value().toUtf8();
        file.role = FileRole::Doc;
        file.origin = state().plan->fallback ? FileOrigin::Fallback : FileOrigin::Generated;
        file.status = FileStatus::Generated;
        if (const auto problem = project().writeFile(file)) {
            fail(*problem);
            return;
        }
    }
    check(documents);
}

void DocumentStage::check(const QMap<QString, QString> &documents)
{
    const auto keep = [this](const QStringList &problems) {
        updateState([&problems](ProjectState &state) { state.documentationProblems = problems; });
        if (!problems.isEmpty()) {
            warn(tr("The documentation check found %n problem(s): %1", nullptr, int(problems.size()))
                     .arg(problems.join(QStringLiteral("; "))));
        }
        Q_EMIT progressChanged(3, 3);
        succeed();
    };
    if (m_pythonPath.isEmpty()) {
        QStringList problems;
        for (auto document = documents.cbegin(); document != documents.cend(); ++document)
            problems += MarkdownChecker::structuralProblems(document.key(), document.value());
        keep(problems);
        return;
    }
    m_checker = new MarkdownChecker(this);
    connect(m_checker, &MarkdownChecker::finished, this, [this, keep, checker = m_checker] {
        checker->deleteLater();
        m_checker.clear();
        if (wasCancelled()) {
            endCancelledIfIdle();
            return;
        }
        if (!checker->errorMessage().isEmpty())
            warn(tr("The documentation could not be fully checked: %1").arg(checker->errorMessage()));
        keep(checker->problems());
    });
    m_checker->start(documents, m_api, state().plan->importName, m_pythonPath);
}

bool DocumentStage::hasOtherWork() const
{
    return m_extractor || m_checker;
}

} // namespace Pygen
