#include "PygenVersion.h"

#include <QProcess>
#include <QtTest/QTest>

// Runs the real executables the way a person would from a shell.
class CommandLineTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExitCode");
        QTest::addColumn<QString>("expectedOutput");
        QTest::addColumn<QString>("expectedErrorPart");

        const QString cli = QStringLiteral(PYGEN_CLI_PATH);
        const QString studio = QStringLiteral(PYGEN_STUDIO_PATH);
        const QString version = QString::fromLatin1(Pygen::version);

        QTest::newRow("pygen --version") << cli << QStringList{QStringLiteral("--version")} << 0
                                         << QStringLiteral("pygen %1\n").arg(version) << QString();
        QTest::newRow("pygen -v") << cli << QStringList{QStringLiteral("-v")} << 0
                                  << QStringLiteral("pygen %1\n").arg(version) << QString();
        QTest::newRow("pygen --help") << cli << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("Usage: ")
                                      << QString();
        QTest::newRow("pygen with an unknown option")
            << cli << QStringList{QStringLiteral("--frobnicate")} << 2 << QString() << QStringLiteral("'frobnicate'");
        QTest::newRow("pygen with an unknown command") << cli << QStringList{QStringLiteral("frobnicate")} << 2
                                                       << QString() << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("pygen alone") << cli << QStringList{} << 2 << QString() << QStringLiteral("nothing to do");
        QTest::newRow("pygen-studio --version") << studio << QStringList{QStringLiteral("--version")} << 0
                                                << QStringLiteral("pygen-studio %1\n").arg(version) << QString();
        QTest::newRow("pygen-studio --help")
            << studio << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("Usage: ") << QString();
        QTest::newRow("pygen-studio with two files")
            << studio << QStringList{QStringLiteral("a.py"), QStringLiteral("b.py")} << 2 << QString()
            << QStringLiteral("at most one project folder or file");
        QTest::newRow("pygen-studio with an unknown option") << studio << QStringList{QStringLiteral("--frobnicate")}
                                                             << 2 << QString() << QStringLiteral("'frobnicate'");
    }

    void answers()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExitCode);
        QFETCH(QString, expectedOutput);
        QFETCH(QString, expectedErrorPart);

        QProcess process;
        process.start(program, arguments);
        QVERIFY2(process.waitForFinished(60'000), qPrintable(process.errorString()));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        const QString errors = QString::fromUtf8(process.readAllStandardError());

        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == expectedExitCode, qPrintable(errors));
        if (expectedOutput.endsWith(u'\n'))
            QCOMPARE(output, expectedOutput);
        else if (!expectedOutput.isEmpty())
            QVERIFY2(output.startsWith(expectedOutput), qPrintable(output));
        if (!expectedErrorPart.isEmpty()) {
            QVERIFY2(errors.contains(expectedErrorPart), qPrintable(errors));
            QVERIFY(output.isEmpty());
        }
    }

    void helpListsTheOptions()
    {
        QProcess process;
        process.start(QStringLiteral(PYGEN_CLI_PATH), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60'000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("--version")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("--help")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Python package")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("models")) && output.contains(QStringLiteral("chat")),
                 qPrintable(output));
    }

    void commandsHaveTheirOwnHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("expectedParts");
        QTest::newRow("models") << QStringLiteral("models")
                                << QStringList{QStringLiteral("pygen models [options]"), QStringLiteral("--provider"),
                                               QStringLiteral("--base-url")};
        QTest::newRow("chat") << QStringLiteral("chat")
                              << QStringList{QStringLiteral("pygen chat [options]"), QStringLiteral("--model"),
                                             QStringLiteral("--json-schema"), QStringLiteral("--no-cache"),
                                             QStringLiteral("groq")};
    }

    void commandsHaveTheirOwnHelp()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, expectedParts);
        QProcess process;
        process.start(QStringLiteral(PYGEN_CLI_PATH), {command, QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &part : std::as_const(expectedParts))
            QVERIFY2(output.contains(part), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
