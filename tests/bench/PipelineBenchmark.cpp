#include "FakeOllamaServer.h"
#include "ProviderTestSupport.h"
#include "ScriptedPackageModel.h"

#include "llm/ProviderClient.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelineStage.h"
#include "pipeline/PlanReader.h"
#include "project/Project.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Pygen;
using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int tokenChars = 4;
constexpr int tokenDelayMs = 25; // 40 tokens/s
constexpr int firstTokenDelayMs = 300;
constexpr int runs = 3;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Measurement
{
    double wallMs = 0;
    double requestMs = 0; // summed over requests, as the client timed them
};

} // namespace

// Generation of a 12-file plan against a model at 40 tokens/s with 0.3 s to the first token:
// wall time at concurrency 4 against 1, against the best possible schedule, and the share of the
// time spent outside waiting for the model. Figures are printed, not asserted.
class PipelineBenchmark final : public QObject
{
    Q_OBJECT

private:
    ScriptedPackageModel m_model;
    QList<int> m_fileTokens;

    void makeTwelveFilePlan()
    {
        QJsonArray files;
        m_model.files.clear();
        m_fileTokens.clear();
        for (int index = 0; index < 6; ++index) {
            const QString module = u"part%1"_s.arg(index);
            const QString modulePath = u"src/bench_pkg/%1.py"_s.arg(module);
            const QString testPath = u"tests/test_%1.py"_s.arg(module);
            files.append(QJsonObject{
                {u"path"_s, modulePath},
                {u"role"_s, u"module"_s},
                {u"purpose"_s, u"Part %1."_s.arg(index)},
                {u"interface"_s,
                 QJsonArray{QJsonObject{{u"signature"_s, u"def value() -> int"_s}, {u"summary"_s, u"A number."_s}}}},
                {u"dependsOn"_s, QJsonArray{}}});
            files.append(QJsonObject{{u"path"_s, testPath},
                                     {u"role"_s, u"test"_s},
                                     {u"purpose"_s, u"Tests part %1."_s.arg(index)},
                                     {u"interface"_s, QJsonArray{}},
                                     {u"dependsOn"_s, QJsonArray{modulePath}}});
            // Files of different lengths (30 to 80 tokens), as real ones are.
            for (const QString &path : {modulePath, testPath}) {
                const int tokens = 30 + (m_fileTokens.size() * 37) % 51;
                QString content = u"# %1\n"_s.arg(path);
                while (content.size() < tokens * tokenChars - 12)
                    content += u"x = 1\n"_s;
                m_model.files.insert(path, content);
                m_fileTokens.append(int(QStringLiteral("```python\n%1```\n").arg(content).size() + tokenChars - 1)
                                    / tokenChars);
            }
        }
        m_model.plan = QJsonObject{{u"planVersion"_s, 1},
                                   {u"importName"_s, u"bench_pkg"_s},
                                   {u"distributionName"_s, u"bench-pkg"_s},
                                   {u"summary"_s, u"A benchmark package."_s},
                                   {u"dependencies"_s, QJsonArray{}},
                                   {u"files"_s, files}};
        m_model.tokenChars = tokenChars;
        m_model.tokenDelayMs = tokenDelayMs;
        m_model.firstTokenDelayMs = firstTokenDelayMs;
    }

    Measurement generateOnce(int concurrency)
    {
        FakeOllamaServer server;
        server.setModels({FakeModel{u"coder:latest"_s, 131072}});
        m_model.install(server);
        QNetworkAccessManager network;
        std::unique_ptr<ProviderClient> client(
            ProviderClient::create(fakeConfiguration(u"ollama"_s, server.baseUrl()), &network));

        QTemporaryDir folder;
        ProjectState state;
        state.spec.name = u"Bench Pkg"_s;
        state.spec.description = u"A benchmark package."_s;
        state.spec.features = {u"Numbers"_s};
        state.plan = PlanReader::fromJson(m_model.plan).plan;
        if (!state.plan)
            qFatal("benchmark plan is invalid");
        for (const StageId stage : {StageId::Screen, StageId::Enhance, StageId::Context, StageId::Plan})
            state.stages[stage] = {StageState::Finished, {}};
        const Project::LoadResult created = Project::create(folder.filePath(u"project"_s), state);
        if (!created.project)
            qFatal("%s", qPrintable(created.errorMessage));

        PipelineContext context;
        context.client = client.get();
        context.project = created.project.get();
        context.settings.model = u"coder:latest"_s;
        context.settings.concurrency = concurrency;
        context.settings.useCache = false;
        Pipeline pipeline(context);
        Measurement measurement;
        connect(&pipeline, &Pipeline::stageStarted, this, [&measurement](StageId, PipelineStage *stage) {
            connect(stage, &PipelineStage::usageReported, stage,
                    [&measurement](const QString &, const ChatUsage &usage, bool) {
                        measurement.requestMs += double(usage.totalMs.value_or(0));
                    });
        });
        QSignalSpy finished(&pipeline, &Pipeline::finished);
        QElapsedTimer timer;
        timer.start();
        pipeline.run(StageId::Generate, StageId::Generate);
        if (!finished.wait(300000) || !finished.constFirst().constFirst().toBool())
            qFatal("generation failed in the benchmark");
        measurement.wallMs = double(timer.elapsed());
        QFuture<void> flushed = created.project->flushed();
        while (!flushed.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        return measurement;
    }

private Q_SLOTS:
    void twelveFilesAtConcurrencyFourAgainstOne()
    {
        makeTwelveFilePlan();
        QList<double> serial, parallel, overheadShare, againstSchedule;
        // The best any schedule can do with 4 at once: the longest file, or the total shared by 4.
        QList<double> fileMs;
        for (const int tokens : std::as_const(m_fileTokens))
            fileMs.append(firstTokenDelayMs + double(tokens - 1) * tokenDelayMs);
        const double total = std::accumulate(fileMs.cbegin(), fileMs.cend(), 0.0);
        const double bestSchedule = std::max(*std::max_element(fileMs.cbegin(), fileMs.cend()), total / 4);
        for (int run = 0; run < runs; ++run) {
            const Measurement one = generateOnce(1);
            const Measurement four = generateOnce(4);
            serial.append(one.wallMs);
            parallel.append(four.wallMs);
            overheadShare.append(100.0 * (one.wallMs - one.requestMs) / one.wallMs);
            againstSchedule.append(four.wallMs / bestSchedule);
        }
        qInfo("12 files, %d tokens in all, at 40 tokens/s with 0.3 s to the first token (median of %d runs):",
              int(std::accumulate(m_fileTokens.cbegin(), m_fileTokens.cend(), 0)), runs);
        qInfo("  concurrency 1: %.0f ms; concurrency 4: %.0f ms; speed-up %.2fx (goal >= 3x)", median(serial),
              median(parallel), median(serial) / median(parallel));
        qInfo("  concurrency 4 against the best schedule (%.0f ms): %.3fx (goal <= 1.15x)", bestSchedule,
              median(againstSchedule));
        qInfo("  time outside waiting for the model at concurrency 1: %.2f %% (goal < 2 %%)", median(overheadShare));
        QVERIFY(!serial.isEmpty());
    }
};

QTEST_GUILESS_MAIN(PipelineBenchmark)
#include "PipelineBenchmark.moc"
