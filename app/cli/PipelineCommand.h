#pragma once

#include "ProviderOptions.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/Plan.h"
#include "pipeline/Spec.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTextStream;

namespace Pygen {

class CredentialStore;
class Pipeline;
class PipelineProgressPrinter;
class Project;
class ProviderClient;
class ResponseCache;

// `pygen enhance`, `pygen plan` and `pygen generate`: the pipeline without the studio.
// enhance and plan print their stage's JSON on standard output, for editing; generate makes the
// --out folder a project (package/ holds the package) and picks up an unfinished run in it.
// Progress goes to standard error.
class PipelineCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineCommand)

public:
    enum class Mode { Enhance, Plan, Generate };

    PipelineCommand(Mode mode, QTextStream &output, QTextStream &errors, QNetworkAccessManager &network,
                    CredentialStore &credentials, QObject *parent = nullptr);
    ~PipelineCommand() override;

    std::optional<int> parse(const QStringList &arguments);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    QString commandName() const;
    void openProject(const ProviderConfiguration &configuration);
    void run(std::shared_ptr<Project> project, const QStringList &loadWarnings);
    void report(bool succeeded);
    void exportZip();
    void end(int exitCode);

    Mode m_mode;
    QTextStream &m_output;
    QTextStream &m_errors;
    QNetworkAccessManager &m_network;
    CredentialStore &m_credentials;
    QCommandLineParser m_parser;
    ProviderOptions m_providerOptions;
    PipelineSettings m_settings;
    Spec m_spec;
    std::optional<Plan> m_plan;
    QString m_outFolder;
    QString m_zipPath;
    std::unique_ptr<QTemporaryDir> m_temporaryFolder;
    std::unique_ptr<ResponseCache> m_cache;
    QPointer<ProviderClient> m_client;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<PipelineProgressPrinter> m_progress;
    bool m_cancelled = false;
    bool m_ended = false;
};

} // namespace Pygen
