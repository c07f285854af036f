#include "PipelineCommand.h"

#include "ExitCode.h"
#include "PipelineProgressPrinter.h"
#include "SubcommandHelp.h"

#include "llm/ProviderClient.h"
#include "llm/ResponseCache.h"
#include "package/ZipExporter.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelinePreferences.h"
#include "pipeline/PipelineStage.h"
#include "pipeline/PlanReader.h"
#include "project/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace Pygen {

PipelineCommand::PipelineCommand(Mode mode, QTextStream &output, QTextStream &errors, QNetworkAccessManager &network,
                                 CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_output(output)
    , m_errors(errors)
    , m_network(network)
    , m_credentials(credentials)
    , m_providerOptions(m_parser)
{
}

PipelineCommand::~PipelineCommand()
{
    // The stages hold pointers to the project and the client: they go first.
    m_progress.reset();
    m_pipeline.reset();
}

QString PipelineCommand::commandName() const
{
    switch (m_mode) {
    case Mode::Enhance:
        return QStringLiteral("enhance");
    case Mode::Plan:
        return QStringLiteral("plan");
    case Mode::Generate:
        return QStringLiteral("generate");
    }
    return {};
}

std::optional<int> PipelineCommand::parse(const QStringList &arguments)
{
    switch (m_mode) {
    case Mode::Enhance:
        m_parser.setApplicationDescription(
            tr("Screens and enhances a package request and prints the enhanced specification as JSON: a "
               "detailed description, and for each feature a description, pseudocode and hints."));
        break;
    case Mode::Plan:
        m_parser.setApplicationDescription(
            tr("Plans a package: prints the plan as JSON (files, roles, purposes and interfaces). Edit it "
               "and give it to 'pygen generate --plan'."));
        break;
    case Mode::Generate:
        m_parser.setApplicationDescription(
            tr("Generates a whole package: enhance, plan, write every file, document. The --out folder becomes a "
               "project (the package is in its package/ folder); running the same command again picks up an "
               "unfinished run without asking for finished files again."));
        break;
    }
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    const QCommandLineOption spec(QStringLiteral("spec"),
                                  tr("The package request: a JSON file with name, "
                                     "description and features."),
                                  tr("file"));
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   tr("The model to ask (see 'pygen models')."), tr("model"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Requests at once (default: 1 for Ollama, 4 for cloud providers)."),
                                         tr("count"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"),
                                       tr("The most tokens one reply may have before it is continued (default %1).")
                                           .arg(m_settings.maximumOutputTokens),
                                       tr("count"));
    const QCommandLineOption contextTokens(
        QStringLiteral("context-tokens"),
        tr("The model's context length, when the provider does not say or says wrong; below %1 a compact "
           "context prompt is used.")
            .arg(m_settings.smallContextTokens),
        tr("count"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Ask the provider even for requests answered before."));
    const QCommandLineOption plan(QStringLiteral("plan"), tr("Use this plan (JSON) instead of planning."), tr("file"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The project folder: empty, new, or one to resume."),
                                 tr("folder"));
    const QCommandLineOption zip(QStringLiteral("zip"), tr("Also write the package as a zip file."), tr("file"));
    m_parser.addOptions({spec, model, concurrency, maxTokens, contextTokens, noCache});
    if (m_mode == Mode::Generate)
        m_parser.addOptions({plan, out, zip});

    const QString name = commandName();
    const auto badUsage = [this, &name](const QString &message) {
        m_errors << "pygen " << name << ": " << message << u'\n'
                 << tr("Run 'pygen %1 --help' for the options.").arg(name) << u'\n';
        return BadUsage;
    };
    if (!m_parser.parse(arguments))
        return badUsage(m_parser.errorText());
    if (m_parser.isSet(helpOption)) {
        m_output << subcommandHelp(m_parser, name);
        return Success;
    }
    if (!m_parser.positionalArguments().isEmpty())
        return badUsage(tr("unexpected argument “%1”.").arg(m_parser.positionalArguments().constFirst()));
    if (const QString problem = m_providerOptions.read(m_parser); !problem.isEmpty())
        return badUsage(problem);

    // The defaults the studio's settings keep (temperature, limits, concurrency …); flags win.
    m_settings = PipelinePreferences().pipelineSettings();
    m_settings.model = m_parser.isSet(model) ? m_parser.value(model).trimmed() : m_providerOptions.defaultModel();
    if (m_settings.model.isEmpty())
        return badUsage(tr("choose a model with --model; 'pygen models --provider %1' lists them.")
                            .arg(m_providerOptions.configuration().preset.id));

    const auto positiveNumber = [this](const QCommandLineOption &option, int *value) {
        bool valid = false;
        const int number = m_parser.value(option).toInt(&valid);
        if (!valid || number <= 0)
            return false;
        *value = number;
        return true;
    };
    if (m_parser.isSet(concurrency) && !positiveNumber(concurrency, &m_settings.concurrency))
        return badUsage(
            tr("--concurrency must be a positive whole number, not “%1”.").arg(m_parser.value(concurrency)));
    if (m_parser.isSet(maxTokens) && !positiveNumber(maxTokens, &m_settings.maximumOutputTokens))
        return badUsage(tr("--max-tokens must be a positive whole number, not “%1”.").arg(m_parser.value(maxTokens)));
    if (m_parser.isSet(contextTokens)) {
        int value = 0;
        if (!positiveNumber(contextTokens, &value))
            return badUsage(
                tr("--context-tokens must be a positive whole number, not “%1”.").arg(m_parser.value(contextTokens)));
        m_settings.contextTokensOverride = value;
    }
    m_settings.useCache = m_settings.useCache && !m_parser.isSet(noCache);

    if (!m_parser.isSet(spec))
        return badUsage(tr("give the package request with --spec FILE (see shared/examples/specs/ for examples)."));
    const SpecReader::Result specResult = SpecReader::fromFile(m_parser.value(spec));
    if (!specResult.spec) {
        m_errors << "pygen " << name << ": "
                 << tr("%1 is not a valid package request:").arg(QDir::toNativeSeparators(m_parser.value(spec)))
                 << u'\n';
        for (const QString &error : specResult.errors)
            m_errors << "  " << error << u'\n';
        return BadUsage;
    }
    m_spec = *specResult.spec;

    if (m_mode != Mode::Generate)
        return std::nullopt;
    if (m_parser.isSet(plan)) {
        const PlanReader::Result planResult = PlanReader::fromFile(m_parser.value(plan));
        if (!planResult.plan) {
            m_errors << "pygen generate: "
                     << tr("%1 is not a usable plan:").arg(QDir::toNativeSeparators(m_parser.value(plan))) << u'\n';
            for (const QString &error : planResult.errors)
                m_errors << "  " << error << u'\n';
            return BadUsage;
        }
        m_plan = planResult.plan;
    }
    if (!m_parser.isSet(out))
        return badUsage(tr("give the project folder with --out FOLDER."));
    m_outFolder = QDir::cleanPath(QFileInfo(m_parser.value(out)).absoluteFilePath());
    if (QFileInfo(m_outFolder).exists() && !QFileInfo(m_outFolder).isDir())
        return badUsage(tr("%1 is a file; --out needs a folder.").arg(QDir::toNativeSeparators(m_outFolder)));
    if (m_parser.isSet(zip)) {
        m_zipPath = QFileInfo(m_parser.value(zip)).absoluteFilePath();
        if (QFileInfo(m_zipPath).isDir())
            return badUsage(tr("%1 is a folder; --zip needs a file name.").arg(QDir::toNativeSeparators(m_zipPath)));
    }
    return std::nullopt;
}

void PipelineCommand::start()
{
    m_providerOptions.resolveKey(m_credentials, this,
                                 [this](const ProviderConfiguration &configuration) { openProject(configuration); });
}

void PipelineCommand::openProject(const ProviderConfiguration &configuration)
{
    if (m_cancelled) {
        end(Interrupted);
        return;
    }
    const PipelinePreferences preferences;
    m_cache = std::make_unique<ResponseCache>(ResponseCache::defaultDirectory(), preferences.cacheMaximumBytes());
    ProviderConfiguration configured = configuration;
    preferences.applyTo(configured);
    m_client = ProviderClient::create(configured, &m_network, this);
    m_client->setResponseCache(m_cache.get());

    ProjectState state;
    state.spec = m_spec;
    QJsonObject settings = m_settings.toJson();
    settings.insert(QStringLiteral("provider"), configuration.preset.id);
    settings.insert(QStringLiteral("baseUrl"), configuration.displayBaseUrl());
    state.settings = settings;

    if (m_mode != Mode::Generate) {
        // Nothing is kept: the JSON on standard output is the result.
        m_temporaryFolder = std::make_unique<QTemporaryDir>();
        const Project::LoadResult created =
            Project::create(m_temporaryFolder->filePath(QStringLiteral("project")), state);
        if (!created.project) {
            m_errors << "pygen " << commandName() << ": " << created.errorMessage << u'\n';
            end(JobFailed);
            return;
        }
        run(created.project, {});
        return;
    }

    if (!QFileInfo::exists(QDir(m_outFolder).filePath(QStringLiteral("project.json")))) {
        const Project::LoadResult created = Project::create(m_outFolder, state);
        if (!created.project) {
            m_errors << "pygen generate: " << created.errorMessage << u'\n';
            end(BadUsage);
            return;
        }
        run(created.project, {});
        return;
    }
    Project::load(m_outFolder).then(this, [this, settings](const Project::LoadResult &loaded) {
        if (!loaded.project) {
            m_errors << "pygen generate: " << loaded.errorMessage << u'\n';
            end(BadUsage);
            return;
        }
        if (!(loaded.project->state().spec == m_spec)) {
            m_errors << "pygen generate: "
                     << tr("%1 holds a project for another request (“%2”). Give the same --spec to resume it, or "
                           "choose another --out folder.")
                            .arg(QDir::toNativeSeparators(m_outFolder), loaded.project->state().spec.name)
                     << u'\n';
            end(BadUsage);
            return;
        }
        ProjectState resumed = loaded.project->state();
        resumed.settings = settings;
        loaded.project->setState(resumed);
        m_errors << tr("Resuming the project in %1.").arg(QDir::toNativeSeparators(m_outFolder)) << u'\n';
        run(loaded.project, loaded.warnings);
    });
}

void PipelineCommand::run(std::shared_ptr<Project> project, const QStringList &loadWarnings)
{
    if (m_cancelled) {
        end(Interrupted);
        return;
    }
    m_project = std::move(project);
    for (const QString &warning : loadWarnings)
        m_errors << tr("Warning: %1").arg(warning) << u'\n';

    if (m_plan && !(m_project->state().plan == m_plan)) {
        ProjectState state = m_project->state();
        const std::optional<Plan> previousPlan = state.plan;
        state.plan = m_plan;
        state.stages[StageId::Plan] = {StageState::Finished, tr("Plan given with --plan.")};
        m_project->setState(state);
        // Files planned differently are generated again; files no longer planned go.
        Pipeline::resetStagesAfter(StageId::Plan, *m_project, previousPlan);
    }

    PipelineContext context;
    context.client = m_client;
    context.project = m_project.get();
    context.settings = m_settings;
    m_pipeline = std::make_unique<Pipeline>(context);
    m_progress = std::make_unique<PipelineProgressPrinter>(m_errors, *m_pipeline);
    connect(m_pipeline.get(), &Pipeline::finished, this, &PipelineCommand::report);
    const StageId last = m_mode == Mode::Enhance ? StageId::Enhance
        : m_mode == Mode::Plan                   ? StageId::Plan
                                                 : StageId::Document;
    m_pipeline->run(StageId::Screen, last);
}

void PipelineCommand::report(bool succeeded)
{
    // Everything the run wrote is on disk before the command says it is done.
    m_project->flushed().then(this, [this, succeeded] {
        const std::optional<QString> writeError = m_project->takeWriteError();
        if (writeError)
            m_errors << "pygen " << commandName() << ": " << *writeError << u'\n';
        if (m_cancelled) {
            m_errors << tr("Cancelled. Run the same command again to continue where it stopped.") << u'\n';
            end(Interrupted);
            return;
        }
        // What is on disk is not what the run made: the job did not succeed.
        if (!succeeded || writeError) {
            end(JobFailed);
            return;
        }
        const ProjectState &state = m_project->state();
        if (m_mode == Mode::Enhance) {
            m_output << QJsonDocument(state.enhancedSpec ? state.enhancedSpec->toJson() : QJsonObject())
                            .toJson(QJsonDocument::Indented);
            end(Success);
            return;
        }
        if (m_mode == Mode::Plan) {
            m_output
                << QJsonDocument(state.plan ? state.plan->toJson() : QJsonObject()).toJson(QJsonDocument::Indented);
            end(Success);
            return;
        }
        m_errors << tr("Wrote %n file(s) to %1 in %2 s.", nullptr, int(m_project->package().fileCount()))
                        .arg(QDir::toNativeSeparators(m_project->packageFolder()),
                             QLocale().toString(double(m_progress->elapsedMs()) / 1000.0, 'f', 1))
                 << u'\n';
        if (m_zipPath.isEmpty()) {
            end(Success);
            return;
        }
        exportZip();
    });
}

void PipelineCommand::exportZip()
{
    const ProjectState &state = m_project->state();
    const QString topFolder = QStringLiteral("%1-%2").arg(
        state.plan ? state.plan->distributionName : state.spec.distributionName(), state.spec.options.version);
    ZipExporter::writeInBackground(m_project->package(), topFolder, m_zipPath)
        .then(this, [this](const ExportResult &result) {
            if (!result.succeeded()) {
                m_errors << "pygen generate: " << result.errorMessage << u'\n';
                end(JobFailed);
                return;
            }
            m_errors
                << tr("Wrote %1 (%n file(s)).", nullptr, result.fileCount).arg(QDir::toNativeSeparators(result.path))
                << u'\n';
            end(Success);
        });
}

void PipelineCommand::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_pipeline && m_pipeline->isRunning())
        m_pipeline->cancel();
    else if (!m_project)
        end(Interrupted); // still resolving the key or opening the project: nothing to wait for
}

void PipelineCommand::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    m_errors.flush();
    m_output.flush();
    Q_EMIT finished(exitCode);
}

} // namespace Pygen
