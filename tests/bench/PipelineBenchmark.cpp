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
#include <functional>
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
    QList<double> eachRequestMs;
};

// The shortest time in which `durations` can run with `workers` at once (exhaustive search with
// pruning; fine for a dozen jobs).
double bestMakespan(QList<double> durations, int workers)
{
    std::sort(durations.begin(), durations.end(), std::greater<>());
    QList<double> loads(workers, 0.0);
    double best = std::accumulate(durations.cbegin(), durations.cend(), 0.0);
    const std::function<void(qsizetype)> place = [&](qsizetype job) {
        const double current = *std::max_element(loads.cbegin(), loads.cend());
        if (current >= best)
            return;
        if (job == durations.size()) {
            best = current;
            return;
        }
        for (int worker = 0; worker < workers; ++worker) {
            // Two idle-equal workers are interchangeable: try only the first.
            if (std::find(loads.cbegin(), loads.cbegin() + worker, loads.at(worker)) != loads.cbegin() + worker)
                continue;
            loads[worker] += durations.at(job);
            place(job + 1);
            loads[worker] -= durations.at(job);
        }
    };
    place(0);
    return best;
}

} // namespace

// Generation of a 12-file plan against a model at 40 tokens/s with 0.3 s to the first token:
// wall time at concurrency 4 against 1, against the best possible schedule, and the share of the
// time spent outside waiting for the model. Figures are printed, not asserted.
class PipelineBenchmark final : public QObject
{
    Q_OBJECT

private:
    ScriptedPackageModel m_model;

    void makeTwelveFilePlan()
    {
        QJsonArray files;
        m_model.files.clear();
        // __init__.py, an example, and five modules with a test each: twelve files. As in real
        // plans, a module with more functions is longer, and so is its test.
        const auto addFile = [&](const QString &path, const QString &role, int functions, const QJsonArray &dependsOn,
                                 int tokens) {
            QJsonArray interface;
            for (int function = 0; function < functions; ++function)
                interface.append(
                    QJsonObject{{u"signature"_s, u"def f%1() -> int"_s.arg(function)}, {u"summary"_s, u"A number."_s}});
            files.append(QJsonObject{{u"path"_s, path},
                                     {u"role"_s, role},
                                     {u"purpose"_s, u"Part of the benchmark."_s},
                                     {u"interface"_s, interface},
                                     {u"dependsOn"_s, dependsOn}});
            QString content = u"# %1\n"_s.arg(path);
            while (content.size() < tokens * tokenChars)
                content += u"x = 1\n"_s;
            m_model.files.insert(path, content);
        };
        const int functions[] = {1, 4, 2, 3, 1};
        for (int index = 0; index < 5; ++index) {
            const QString modulePath = u"src/bench_pkg/part%1.py"_s.arg(index);
            addFile(modulePath, u"module"_s, functions[index], {}, 20 + 15 * functions[index]);
            addFile(u"tests/test_part%1.py"_s.arg(index), u"test"_s, 0, QJsonArray{modulePath},
                    25 + 12 * functions[index]);
        }
        addFile(u"src/bench_pkg/__init__.py"_s, u"module"_s, 0, {}, 30);
        addFile(u"examples/demo.py"_s, u"example"_s, 0, QJsonArray{u"src/bench_pkg/__init__.py"_s}, 45);
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
        const PlanReader::Result plan = PlanReader::fromJson(m_model.plan);
        if (!plan.plan)
            qFatal("benchmark plan is invalid: %s", qPrintable(plan.errors.join(u"; ")));
        state.plan = plan.plan;
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
                        measurement.eachRequestMs.append(double(usage.totalMs.value_or(0)));
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
        QList<double> serial, parallel, overheadShare, againstSchedule, requestSerial, requestParallel;
        for (int run = 0; run < runs; ++run) {
            const Measurement one = generateOnce(1);
            const Measurement four = generateOnce(4);
            serial.append(one.wallMs);
            parallel.append(four.wallMs);
            requestSerial.append(one.requestMs / double(one.eachRequestMs.size()));
            requestParallel.append(four.requestMs / double(four.eachRequestMs.size()));
            overheadShare.append(100.0 * (one.wallMs - one.requestMs) / one.wallMs);
            // The best any schedule of these requests (as timed one at a time) can do with 4 at once.
            againstSchedule.append(four.wallMs / bestMakespan(one.eachRequestMs, 4));
        }
        qInfo("12 files at 40 tokens/s with 0.3 s to the first token (median of %d runs):", runs);
        qInfo("  concurrency 1: %.0f ms; concurrency 4: %.0f ms; speed-up %.2fx (goal >= 3x)", median(serial),
              median(parallel), median(serial) / median(parallel));
        qInfo("  concurrency 4 against the best possible schedule: %.3fx (goal <= 1.15x)", median(againstSchedule));
        qInfo("  mean request: %.0f ms at concurrency 1, %.0f ms at concurrency 4", median(requestSerial),
              median(requestParallel));
        qInfo("  time outside waiting for the model at concurrency 1: %.2f %% (goal < 2 %%)", median(overheadShare));
        QVERIFY(!serial.isEmpty());
    }
};

QTEST_GUILESS_MAIN(PipelineBenchmark)
#include "PipelineBenchmark.moc"
