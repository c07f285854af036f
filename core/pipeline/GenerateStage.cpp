#include "GenerateStage.h"

#include "PromptLibrary.h"
#include "SpecificationText.h"
#include "llm/ChatReply.h"
#include "llm/ProviderClient.h"
#include "package/CodeExtractor.h"
#include "package/PackagePath.h"
#include "package/PackageTemplates.h"
#include "project/Project.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>

#include <memory>

namespace Pygen {

namespace {

bool isDocumentStageFile(const QString &path)
{
    return path.compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0
        || path.compare(QLatin1String("DOCUMENTATION.md"), Qt::CaseInsensitive) == 0;
}

bool isTemplateFile(const QString &path)
{
    static const QStringList templateFiles{QStringLiteral("pyproject.toml"), QStringLiteral("LICENSE"),
                                           QStringLiteral(".gitignore")};
    return templateFiles.contains(path, Qt::CaseInsensitive);
}

QString interfaceText(const PlannedFile &file)
{
    if (file.interface.isEmpty())
        return QStringLiteral("(no public interface)");
    QString text;
    for (const InterfaceEntry &entry : file.interface)
        text += QStringLiteral("- %1  # %2\n").arg(entry.signature, entry.summary);
    return text.trimmed();
}

} // namespace

GenerateStage::GenerateStage(PipelineContext context, QObject *parent)
    : PipelineStage(std::move(context), parent)
{
}

QList<PlannedFile> GenerateStage::filesToGenerate(const Plan &plan)
{
    QList<PlannedFile> files;
    for (const PlannedFile &file : plan.files) {
        if (!isDocumentStageFile(file.path) && !isTemplateFile(file.path))
            files.append(file);
    }
    return files;
}

int GenerateStage::expectedSize(const PlannedFile &file, const Plan &plan)
{
    // Rough token counts; only their order matters.
    if (file.path.endsWith(QLatin1String("/__init__.py")))
        return 40 + 10 * int(plan.files.size());
    switch (file.role) {
    case FileRole::Module:
        return 100 + 150 * int(file.interface.size());
    case FileRole::Test: {
        int tested = 0;
        for (const QString &dependency : file.dependsOn) {
            if (const PlannedFile *module = plan.file(dependency))
                tested += int(module->interface.size());
        }
        return 150 + 100 * tested;
    }
    case FileRole::Example:
        return 120;
    case FileRole::Doc:
    case FileRole::Config:
        break;
    }
    return 200;
}

PackageMetadata GenerateStage::metadata(const ProjectState &state)
{
    PackageMetadata metadata;
    const Plan &plan = *state.plan;
    metadata.distributionName = plan.distributionName;
    metadata.importName = plan.importName;
    metadata.version = state.spec.options.version;
    metadata.summary = plan.summary.section(u'\n', 0, 0).trimmed();
    if (metadata.summary.isEmpty())
        metadata.summary = state.spec.description.section(u'\n', 0, 0).trimmed();
    metadata.licenseId = state.spec.options.license;
    metadata.licenseHolder = state.spec.options.author;
    metadata.copyrightYear = QDate::currentDate().year();
    metadata.minimumPython = state.spec.options.minimumPython;
    metadata.buildBackend = state.spec.options.buildBackend;
    metadata.dependencies = plan.dependencies;
    const bool srcLayout = std::any_of(plan.files.cbegin(), plan.files.cend(), [&plan](const PlannedFile &file) {
        return file.path.startsWith(QStringLiteral("src/%1/").arg(plan.importName));
    });
    metadata.sourceRoot = srcLayout ? QStringLiteral("src") : QString();
    return metadata;
}

void GenerateStage::run()
{
    if (!state().plan) {
        fail(tr("There is no plan yet; run the planning stage first."));
        return;
    }
    if (!writeTemplates())
        return;

    const QList<PlannedFile> files = filesToGenerate(*state().plan);
    m_failures.clear();
    m_total = int(files.size());
    m_done = 0;
    m_jobs.reset();
    m_jobs.setLimit(context().settings.effectiveConcurrency(context().client->configuration().preset.id));
    m_jobs.setWhenIdle([this] { complete(); });

    m_recordedAtStart.clear();
    for (auto record = state().files.cbegin(); record != state().files.cend(); ++record)
        m_recordedAtStart.insert(record.key());

    QList<PlannedFile> remaining;
    for (const PlannedFile &file : files) {
        // A file the person edited is theirs; skipping it here also keeps generate() from ending a
        // job synchronously while the queue is still being filled.
        if (isAlreadyGenerated(file.path) || takenOver(file.path))
            ++m_done;
        else
            remaining.append(file);
    }
    Q_EMIT progressChanged(m_done, m_total);
    if (remaining.isEmpty()) {
        complete();
        return;
    }
    // Longest first: with several requests at once, a long file started last would leave the other
    // slots idle while it finishes.
    std::stable_sort(remaining.begin(), remaining.end(), [this](const PlannedFile &left, const PlannedFile &right) {
        return expectedSize(left, *state().plan) > expectedSize(right, *state().plan);
    });
    for (const PlannedFile &file : std::as_const(remaining))
        m_jobs.add([this, file] { generate(file); });
}

bool GenerateStage::writeTemplates()
{
    const PackageMetadata packageMetadata = metadata(state());
    if (const auto problem = PackageTemplates::problem(packageMetadata)) {
        fail(tr("The standard files cannot be made: %1").arg(*problem));
        return false;
    }
    for (PackageFile file : PackageTemplates::standardFiles(packageMetadata)) {
        const PackageFile *existing = project().package().file(file.path);
        // A person's edits to a standard file are kept.
        if (existing && existing->origin == FileOrigin::Edited)
            continue;
        if (existing && existing->content == file.content)
            continue;
        if (const auto problem = project().writeFile(file)) {
            fail(*problem);
            return false;
        }
    }
    return true;
}

bool GenerateStage::isAlreadyGenerated(const QString &path) const
{
    const auto record = state().files.constFind(path);
    return record != state().files.constEnd() && record->status == FileStatus::Generated
        && project().package().contains(path);
}

QString GenerateStage::userPrompt(const PlannedFile &file) const
{
    const Plan &plan = *state().plan;
    const Spec &spec = state().spec;
    QString rules;
    if (file.role == FileRole::Test) {
        rules = PromptLibrary::render(QStringLiteral("generate-rules-test"),
                                      {{QStringLiteral("testFramework"), spec.options.testFramework},
                                       {QStringLiteral("importName"), plan.importName}});
    } else if (file.role == FileRole::Example) {
        rules = PromptLibrary::render(QStringLiteral("generate-rules-example"));
    } else if (file.path.endsWith(QLatin1String("/__init__.py"))) {
        QStringList modules;
        for (const PlannedFile &other : plan.files) {
            if (other.role == FileRole::Module && other.path != file.path && other.path.endsWith(QLatin1String(".py")))
                modules.append(other.path);
        }
        rules = PromptLibrary::render(QStringLiteral("generate-rules-init"),
                                      {{QStringLiteral("modules"), modules.join(QStringLiteral(", "))},
                                       {QStringLiteral("version"), spec.options.version}});
    } else if (file.role == FileRole::Module) {
        rules = PromptLibrary::render(QStringLiteral("generate-rules-module"),
                                      {{QStringLiteral("importName"), plan.importName}});
    }
    return PromptLibrary::render(
        QStringLiteral("generate-user"),
        {{QStringLiteral("specification"), SpecificationText::forPrompt(state())},
         {QStringLiteral("plan"), QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented))},
         {QStringLiteral("path"), file.path},
         {QStringLiteral("role"), fileRoleName(file.role)},
         {QStringLiteral("purpose"), file.purpose},
         {QStringLiteral("interface"), interfaceText(file)},
         {QStringLiteral("dependsOn"),
          file.dependsOn.isEmpty() ? QStringLiteral("nothing else in the package") : file.dependsOn.join(u", ")},
         {QStringLiteral("roleRules"), rules}});
}

std::optional<QString> GenerateStage::takenOver(const QString &path) const
{
    const auto record = state().files.constFind(path);
    if (record == state().files.cend()) {
        // Known when the stage started (or since a job began) and gone now: the person deleted it.
        if (m_recordedAtStart.contains(path))
            return tr("%1 was deleted during the run, so it is not generated.").arg(path);
        return std::nullopt;
    }
    if (record->origin == FileOrigin::Edited)
        return tr("%1 was edited during the run; your version is kept.").arg(path);
    return std::nullopt;
}

void GenerateStage::generate(const PlannedFile &file)
{
    // The queue was made when the stage started; the person may have edited or deleted the file
    // while it waited.
    if (const auto reason = takenOver(file.path)) {
        warn(*reason);
        fileDone(file.path, {});
        return;
    }
    m_recordedAtStart.insert(file.path);
    auto job = std::make_shared<FileJob>();
    job->path = file.path;
    job->request = request(PromptLibrary::render(QStringLiteral("generate-system")), userPrompt(file));
    job->request.maximumOutputTokens = context().settings.maximumOutputTokens;
    updateState([&file](ProjectState &state) {
        FileRecord &record = state.files[file.path];
        record.role = file.role;
        record.status = FileStatus::Generating;
        record.message.clear();
    });
    Q_EMIT fileStarted(file.path);
    sendFile(job);
}

void GenerateStage::sendFile(std::shared_ptr<FileJob> job)
{
    const QString label =
        job->continuations == 0 ? QStringLiteral("file") : QStringLiteral("continuation %1").arg(job->continuations);
    send(job->request, job->path, label, [this, job](ChatReply &reply) {
        const int limit = context().settings.maximumContinuations;
        switch (reply.finishReason()) {
        case FinishReason::Error:
            fileDone(job->path, reply.error().message);
            return;
        case FinishReason::Filtered:
            fileDone(job->path, tr("the provider's content filter stopped the reply."));
            return;
        case FinishReason::Cancelled:
            // Only this request was stopped (the stage itself never gets here when cancelled).
            fileDone(job->path, tr("the request was cancelled."));
            return;
        case FinishReason::Length:
            job->text = job->continuations == 0 ? reply.text() : CodeExtractor::stitch(job->text, reply.text());
            if (job->continuations >= limit) {
                fileDone(job->path,
                         tr("the file was still cut off after %n continuation(s); raise the output "
                            "limit (now %1 tokens) and generate again.",
                            nullptr, limit)
                             .arg(context().settings.maximumOutputTokens));
                return;
            }
            ++job->continuations;
            warn(tr("%1 was cut off by the output limit; continuing (%2 of %3).")
                     .arg(job->path)
                     .arg(job->continuations)
                     .arg(limit));
            job->request.messages.append({ChatMessage::Role::Assistant, reply.text()});
            job->request.messages.append(
                {ChatMessage::Role::User, PromptLibrary::render(QStringLiteral("generate-continue"))});
            sendFile(job);
            return;
        case FinishReason::Stop:
            break;
        }
        job->text = job->continuations == 0 ? reply.text() : CodeExtractor::stitch(job->text, reply.text());
        const CodeExtractor::Result extracted = CodeExtractor::extract(job->text, job->path);
        if (extracted.content.trimmed().isEmpty()) {
            fileDone(job->path, tr("the model returned no content for it."));
            return;
        }
        if (const auto reason = takenOver(job->path)) {
            warn(*reason);
            fileDone(job->path, {});
            return;
        }
        const PlannedFile *planned = state().plan->file(job->path);
        PackageFile file;
        file.path = job->path;
        file.content = extracted.content.toUtf8();
        file.role = planned ? planned->role : FileRole::Module;
        file.origin = state().plan->fallback ? FileOrigin::Fallback : FileOrigin::Generated;
        file.status = FileStatus::Generated;
        if (extracted.unterminated)
            warn(tr("%1: the code block was not closed; the file may be incomplete.").arg(job->path));
        if (const auto problem = project().writeFile(file)) {
            fileDone(
                job->path,
                tr("the model proposed %1, which cannot be written (%2); it was skipped.").arg(job->path, *problem));
            return;
        }
        fileDone(job->path, {});
    });
}

void GenerateStage::fileDone(const QString &path, const QString &failure)
{
    if (!failure.isEmpty()) {
        m_failures.append(tr("%1: %2").arg(path, failure));
        warn(tr("%1 failed: %2").arg(path, failure));
        updateState([&](ProjectState &state) {
            FileRecord &record = state.files[path];
            record.status = FileStatus::Failed;
            record.message = failure;
        });
    }
    Q_EMIT fileFinished(path, failure.isEmpty());
    Q_EMIT progressChanged(++m_done, m_total);
    m_jobs.jobFinished();
}

void GenerateStage::complete()
{
    if (!isRunning())
        return;
    if (!m_failures.isEmpty()) {
        fail(tr("%n file(s) could not be generated: %1. Run the stage again to retry just these.", nullptr,
                int(m_failures.size()))
                 .arg(m_failures.join(QStringLiteral("; "))));
        return;
    }
    succeed();
}

} // namespace Pygen
