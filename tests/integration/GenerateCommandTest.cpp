#include "FakeOllamaServer.h"
#include "ProviderTestSupport.h"
#include "ScriptedPackageModel.h"
#include "TestData.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pygen::Testing;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString output;
    QString errors;
};
} // namespace

// `pygen generate`, `plan` and `enhance` end to end: the real binary against a scripted model,
// then the package it made is unpacked from its zip, installed into a fresh venv and its own
// tests are run with pytest.
class GenerateCommandTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOllamaServer> m_server;
    std::unique_ptr<ScriptedPackageModel> m_model;
    std::unique_ptr<QTemporaryDir> m_folder;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment environment = environmentWithoutProviders();
        environment.remove(u"PIP_INDEX_URL"_s); // the venv installs offline
        return environment;
    }

    // Runs a program while this process' event loop serves the fake.
    static Run run(const QString &program, const QStringList &arguments, const QString &workingFolder = {},
                   int timeoutMs = 120000)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        if (!workingFolder.isEmpty())
            process.setWorkingDirectory(workingFolder);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!process.waitForStarted(10000))
            return {-3, {}, process.errorString()};
        process.closeWriteChannel();
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return {-4, QString::fromUtf8(process.readAllStandardOutput()),
                    QString::fromUtf8(process.readAllStandardError())};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    Run pygen(const QStringList &arguments)
    {
        return run(QStringLiteral(PYGEN_CLI_PATH),
                   arguments
                       + QStringList{u"--base-url"_s, m_server->baseUrl().toString(), u"--model"_s, u"coder"_s,
                                     u"--no-cache"_s});
    }

    QString path(const QString &name) const { return m_folder->filePath(name); }

    static QString specPath() { return TestData::path(u"wordtools/spec.json"_s); }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    static QString describe(const Run &result)
    {
        return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(result.exitCode).arg(result.output, result.errors);
    }

    // Unpacks the zip with QuaZip into `target`, checking each entry's name on the way.
    static QStringList unzip(const QString &zipPath, const QString &target)
    {
        QuaZip zip(zipPath);
        if (!zip.open(QuaZip::mdUnzip))
            return {};
        QStringList names;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            const QString name = zip.getCurrentFileName();
            names.append(name);
            if (name.endsWith(u'/'))
                continue;
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::ReadOnly))
                return {};
            const QString output = target + u'/' + name;
            QDir().mkpath(QFileInfo(output).path());
            QFile file(output);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(entry.readAll());
        }
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeOllamaServer>();
        m_server->setModels({FakeModel{u"coder:latest"_s, 131072}});
        m_model = std::make_unique<ScriptedPackageModel>();
        m_model->install(*m_server);
    }

    void cleanup()
    {
        m_server.reset();
        m_model.reset();
        m_folder.reset();
    }

    void generatesAPackageWhoseTestsPass()
    {
        const Run generated = pygen({u"generate"_s, u"--spec"_s, specPath(), u"--out"_s, path(u"project"_s), u"--zip"_s,
                                     path(u"word-tools.zip"_s), u"--concurrency"_s, u"3"_s});
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        for (const QString &progress :
             {u"Planning the package"_s, u"[6/6]"_s, u"src/word_tools/counting.py"_s, u"word-tools.zip"_s})
            QVERIFY2(generated.errors.contains(progress), qPrintable(describe(generated)));
        QVERIFY(QFile::exists(path(u"project/project.json"_s)));
        QVERIFY(QFile::exists(path(u"project/package/src/word_tools/frequency.py"_s)));

        const QStringList names = unzip(path(u"word-tools.zip"_s), path(u"unpacked"_s));
        QVERIFY2(names.contains(u"word-tools-0.2.0/pyproject.toml"_s), qPrintable(names.join(u'\n')));
        for (const QString &name : names)
            QVERIFY2(name.startsWith(u"word-tools-0.2.0/"_s) && !name.contains(u".."_s), qPrintable(name));
        const QString package = path(u"unpacked/word-tools-0.2.0"_s);

        // A fresh venv that sees the system's pytest; setuptools comes from Debian's wheel, offline.
        const QString venv = path(u"venv"_s);
        Run step = run(u"python3"_s, {u"-m"_s, u"venv"_s, u"--system-site-packages"_s, venv});
        QVERIFY2(step.exitCode == 0, qPrintable(describe(step)));
        const QString python = venv + u"/bin/python"_s;
        step = run(python,
                   {u"-m"_s, u"pip"_s, u"install"_s, u"--no-index"_s, u"--find-links"_s, u"/usr/share/python-wheels"_s,
                    u"setuptools"_s});
        QVERIFY2(step.exitCode == 0, qPrintable(describe(step)));
        step =
            run(python,
                {u"-m"_s, u"pip"_s, u"install"_s, u"--no-index"_s, u"--no-build-isolation"_s, u"--no-deps"_s, package});
        QVERIFY2(step.exitCode == 0, qPrintable(describe(step)));
        step = run(python, {u"-m"_s, u"pytest"_s, u"-q"_s, u"-p"_s, u"no:cacheprovider"_s, u"tests"_s}, package);
        QVERIFY2(step.exitCode == 0, qPrintable(describe(step)));
        QVERIFY2(step.output.contains(u"5 passed"_s), qPrintable(describe(step)));
        // The example runs against the installed package too.
        step = run(python, {u"examples/basic_usage.py"_s}, package);
        QVERIFY2(step.exitCode == 0 && step.output.startsWith(u"9\n"_s), qPrintable(describe(step)));
    }

    void runningAgainResumesWithoutNewRequests()
    {
        const QStringList arguments{u"generate"_s, u"--spec"_s, specPath(), u"--out"_s, path(u"project"_s)};
        Run result = pygen(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const int requests = m_model->totalRequests();
        result = pygen(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.errors.contains(u"Resuming"_s), qPrintable(describe(result)));
        QCOMPARE(m_model->totalRequests(), requests);
    }

    void interruptedRunResumesWhereItStopped()
    {
        m_model->tokenDelayMs = 15;
        const QStringList arguments{u"generate"_s, u"--spec"_s,        specPath(),
                                    u"--out"_s,    path(u"project"_s), u"--concurrency"_s,
                                    u"1"_s,        u"--base-url"_s,    m_server->baseUrl().toString(),
                                    u"--model"_s,  u"coder"_s,         u"--no-cache"_s};
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(PYGEN_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted(10000));
        QString errors;
        // Stop it once the first file is written, as Ctrl-C or a closing terminal would.
        QTRY_VERIFY_WITH_TIMEOUT((errors += QString::fromUtf8(process.readAllStandardError())).contains(u"[1/6]"_s),
                                 60000);
        process.terminate();
        QVERIFY(finished.wait(30000));
        errors += QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(errors.contains(u"Run the same command again"_s), qPrintable(errors));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 1);

        const QMap<QString, QString> expected = ScriptedPackageModel::wordToolsFiles();
        QStringList finishedBefore;
        for (auto file = expected.cbegin(); file != expected.cend(); ++file) {
            if (QFile::exists(path(u"project/package/"_s + file.key())))
                finishedBefore.append(file.key());
        }
        QVERIFY(!finishedBefore.isEmpty());

        m_model->tokenDelayMs = 0;
        const Run resumed = pygen(arguments.mid(0, 7));
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QVERIFY2(resumed.errors.contains(u"Resuming"_s), qPrintable(describe(resumed)));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 1);
        for (const QString &done : std::as_const(finishedBefore))
            QCOMPARE(m_model->requestsFor(done), 1);
        for (auto file = expected.cbegin(); file != expected.cend(); ++file) {
            QFile written(path(u"project/package/"_s + file.key()));
            QVERIFY(written.open(QIODevice::ReadOnly));
            QCOMPARE(written.readAll(), file.value().toUtf8());
        }
    }

    void planAndEnhancePrintJson()
    {
        Run result = pygen({u"plan"_s, u"--spec"_s, specPath()});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QJsonObject plan = QJsonDocument::fromJson(result.output.toUtf8()).object();
        QCOMPARE(plan.value(u"importName"_s).toString(), u"word_tools"_s);
        QCOMPARE(plan.value(u"planVersion"_s).toInt(), 1);

        result = pygen({u"enhance"_s, u"--spec"_s, specPath()});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QJsonObject enhanced = QJsonDocument::fromJson(result.output.toUtf8()).object();
        QVERIFY2(enhanced.value(u"description"_s).toString().contains(u"Word Tools"_s), qPrintable(result.output));
    }

    void contextAndOutputLimitsFromTheCommandLine()
    {
        // The model says 131072 tokens; the person says 4096, so the compact brief is written.
        const Run result =
            pygen({u"plan"_s, u"--spec"_s, specPath(), u"--context-tokens"_s, u"4096"_s, u"--max-tokens"_s, u"1234"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(m_model->requestsFor(u"context"_s), 1);
        const QJsonObject planRequest = m_server->lastChatRequest().json();
        QCOMPARE(planRequest.value(u"options"_s).toObject().value(u"num_predict"_s).toInt(), 1234);
        QVERIFY(QString::fromUtf8(m_server->lastChatRequest().body).contains(u"Package brief:"_s));
    }

    void givenPlanSkipsPlanning()
    {
        const QString plan = writeFile(u"plan.json"_s, QJsonDocument(ScriptedPackageModel::wordToolsPlan()).toJson());
        const Run result =
            pygen({u"generate"_s, u"--spec"_s, specPath(), u"--plan"_s, plan, u"--out"_s, path(u"project"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(m_model->requestsFor(u"plan"_s), 0);
        QVERIFY(QFile::exists(path(u"project/package/tests/test_counting.py"_s)));
    }

    void changedPlanOnResumeRegeneratesWhatChanged()
    {
        const QStringList arguments{u"generate"_s, u"--spec"_s, specPath(), u"--out"_s, path(u"project"_s)};
        Run result = pygen(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));

        QJsonObject plan = ScriptedPackageModel::wordToolsPlan();
        QJsonArray files = plan.value(u"files"_s).toArray();
        QJsonObject counting = files.at(1).toObject();
        counting.insert(u"purpose"_s, u"Splits text into words and counts them, faster."_s);
        files.replace(1, counting);
        files.removeLast(); // the example
        plan.insert(u"files"_s, files);
        const QString planPath = writeFile(u"plan.json"_s, QJsonDocument(plan).toJson());

        result = pygen(arguments + QStringList{u"--plan"_s, planPath});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(m_model->requestsFor(u"src/word_tools/counting.py"_s), 2);
        QCOMPARE(m_model->requestsFor(u"src/word_tools/frequency.py"_s), 1);
        QVERIFY(!QFile::exists(path(u"project/package/examples/basic_usage.py"_s)));
    }

    void refusedRequestExitsWithOne()
    {
        m_model->refuse = true;
        const Run result = pygen({u"generate"_s, u"--spec"_s, specPath(), u"--out"_s, path(u"project"_s)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errors.contains(u"refused"_s), qPrintable(describe(result)));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("specContent");
        QTest::addColumn<QByteArray>("planContent");
        QTest::addColumn<QString>("expected");

        const QByteArray spec = "{\"name\": \"X\", \"description\": \"d\", \"features\": [\"f\"]}";
        QTest::newRow("no spec") << QStringList{u"generate"_s, u"--out"_s, u"OUT"_s} << QByteArray() << QByteArray()
                                 << u"--spec"_s;
        QTest::newRow("no out") << QStringList{u"generate"_s, u"--spec"_s, u"SPEC"_s} << spec << QByteArray()
                                << u"--out"_s;
        QTest::newRow("unknown key") << QStringList{u"generate"_s, u"--spec"_s, u"SPEC"_s, u"--out"_s, u"OUT"_s}
                                     << QByteArray("{\"name\": \"X\", \"description\": \"d\", \"features\": "
                                                   "[\"f\"], \"licence\": \"MIT\"}")
                                     << QByteArray() << u"licence"_s;
        QTest::newRow("spec not json") << QStringList{u"plan"_s, u"--spec"_s, u"SPEC"_s} << QByteArray("{oops")
                                       << QByteArray() << u"SPEC"_s;
        QTest::newRow("missing spec file")
            << QStringList{u"enhance"_s, u"--spec"_s, u"MISSING"_s} << QByteArray() << QByteArray() << u"MISSING"_s;
        QTest::newRow("hostile plan")
            << QStringList{u"generate"_s, u"--spec"_s, u"SPEC"_s, u"--plan"_s, u"PLAN"_s, u"--out"_s, u"OUT"_s} << spec
            << QByteArray("{\"importName\": \"x\", \"distributionName\": \"x\", \"summary\": \"s\", "
                          "\"dependencies\": [], \"files\": [{\"path\": \"../../outside.py\", \"role\": \"module\", "
                          "\"purpose\": \"p\"}]}")
            << u"../../outside.py"_s;
        QTest::newRow("bad concurrency") << QStringList{u"generate"_s, u"--spec"_s,        u"SPEC"_s, u"--out"_s,
                                                        u"OUT"_s,      u"--concurrency"_s, u"0"_s}
                                         << spec << QByteArray() << u"--concurrency"_s;
        QTest::newRow("out is a file") << QStringList{u"generate"_s, u"--spec"_s, u"SPEC"_s, u"--out"_s, u"SPEC"_s}
                                       << spec << QByteArray() << u"is a file"_s;
        QTest::newRow("out not empty") << QStringList{u"generate"_s, u"--spec"_s, u"SPEC"_s, u"--out"_s, u"FULL"_s}
                                       << spec << QByteArray() << u"FULL"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, specContent);
        QFETCH(QByteArray, planContent);
        QFETCH(QString, expected);

        const QString spec = writeFile(u"spec.json"_s, specContent);
        const QString plan = writeFile(u"plan.json"_s, planContent);
        QDir().mkpath(path(u"full"_s));
        writeFile(u"full/notes.txt"_s, "mine");
        const QHash<QString, QString> placeholders{{u"SPEC"_s, spec},
                                                   {u"PLAN"_s, plan},
                                                   {u"OUT"_s, path(u"out"_s)},
                                                   {u"FULL"_s, path(u"full"_s)},
                                                   {u"MISSING"_s, path(u"missing.json"_s)}};
        for (QString &argument : arguments)
            argument = placeholders.value(argument, argument);
        expected = placeholders.value(expected, expected);

        const Run result = pygen(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.errors.contains(expected), qPrintable(describe(result)));
        QCOMPARE(m_model->totalRequests(), 0);
        QVERIFY(!QFile::exists(m_folder->filePath(u"../outside.py"_s)));
        QCOMPARE(QFile(path(u"full/notes.txt"_s)).size(), 4);
    }
};

QTEST_GUILESS_MAIN(GenerateCommandTest)
#include "GenerateCommandTest.moc"
