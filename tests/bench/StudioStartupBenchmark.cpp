#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// From starting the pygen-studio process to its main window shown (goal < 1.5 s): the process
// prints a debug line once the window has been exposed and painted. Runs on the offscreen
// platform; a real display adds the window manager's time.
class StudioStartupBenchmark final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startToShownMainWindow()
    {
        constexpr int runs = 7;
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QProcess studio;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"QT_LOGGING_RULES"_s, u"pygen.studio.debug=true"_s);
            environment.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
            studio.setProcessEnvironment(environment);
            // The line comes on standard error; waitForReadyRead() watches the read channel only.
            studio.setProcessChannelMode(QProcess::MergedChannels);
            QElapsedTimer clock;
            clock.start();
            studio.start(QStringLiteral(PYGEN_STUDIO_PATH), {});
            QVERIFY2(studio.waitForStarted(), qPrintable(studio.errorString()));
            QByteArray output;
            while (!output.contains("Main window shown") && clock.elapsed() < 60000) {
                if (studio.waitForReadyRead(100))
                    output += studio.readAll();
                QVERIFY2(studio.state() == QProcess::Running, output.constData());
            }
            const double shownMs = double(clock.elapsed());
            QVERIFY2(output.contains("Main window shown"), output.constData());
            times.append(shownMs);
            studio.kill();
            studio.waitForFinished();
        }
        std::sort(times.begin(), times.end());
        qInfo("start to shown main window: median %.0f ms, best %.0f ms, worst %.0f ms over %d runs (goal < 1500 ms)",
              times.at(times.size() / 2), times.constFirst(), times.constLast(), runs);
    }
};

QTEST_GUILESS_MAIN(StudioStartupBenchmark)
#include "StudioStartupBenchmark.moc"
