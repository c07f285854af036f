#pragma once

#include "DocumentationWriter.h"
#include "PipelineStage.h"
#include "python/ApiReference.h"

#include <QPointer>

namespace Pygen {

class ApiReferenceExtractor;
class MarkdownChecker;

// Writes README.md and DOCUMENTATION.md: the API reference is read from the generated code by
// Python's ast (in a separate process), the model writes the prose, and the Markdown check's
// findings (heading jumps, open fences, Python blocks that do not compile, references to names
// that do not exist) are kept in the project and shown as warnings.
class DocumentStage final : public PipelineStage
{
    Q_OBJECT

public:
    explicit DocumentStage(PipelineContext context, QObject *parent = nullptr);
    ~DocumentStage() override;
    StageId id() const override { return StageId::Document; }

    static QJsonObject proseSchema();

protected:
    void run() override;
    void cancelOtherWork() override;
    bool hasOtherWork() const override;

private:
    void askForProse();
    void writeDocuments(const DocumentationWriter::Prose &prose);
    void check(const QMap<QString, QString> &documents);

    QString m_pythonPath;
    ApiReference m_api;
    QPointer<ApiReferenceExtractor> m_extractor;
    QPointer<MarkdownChecker> m_checker;
};

} // namespace Pygen
