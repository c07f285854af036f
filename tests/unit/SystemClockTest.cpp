#include "llm/SystemClock.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest/QTest>

#include <atomic>
#include <memory>

using namespace std::chrono_literals;
using Pygen::Clock;
using Pygen::SystemClock;

class SystemClockTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nowIsUtc()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system().now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
    }

    void callsBackOnceAfterTheDelay()
    {
        SystemClock clock;
        QObject context;
        int calls = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        qint64 calledAfterMs = -1;
        clock.callAfter(50ms, &context, [&] {
            ++calls;
            calledAfterMs = elapsed.elapsed();
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QVERIFY2(calledAfterMs >= 45, qPrintable(QString::number(calledAfterMs)));
    }

    void negativeDelayIsZero()
    {
        QObject context;
        bool called = false;
        Clock::system().callAfter(-5s, &context, [&] { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void skipsCallbacksWhoseContextIsGone()
    {
        SystemClock clock;
        auto context = std::make_unique<QObject>();
        QObject survivor;
        bool goneCalled = false;
        bool survivorCalled = false;
        clock.callAfter(10ms, context.get(), [&] { goneCalled = true; });
        clock.callAfter(30ms, &survivor, [&] { survivorCalled = true; });
        context.reset();
        QTRY_VERIFY(survivorCalled);
        QVERIFY(!goneCalled);
    }

    void dropsCallsWithoutAContext()
    {
        bool called = false;
        QObject witness;
        bool witnessCalled = false;
        Clock::system().callAfter(0ms, nullptr, [&] { called = true; });
        Clock::system().callAfter(10ms, &witness, [&] { witnessCalled = true; });
        QTRY_VERIFY(witnessCalled);
        QVERIFY(!called);
    }

    void runsInTheContextsThread()
    {
        QThread worker;
        auto *context = new QObject;
        context->moveToThread(&worker);
        // Deleted in its own thread as that thread ends.
        connect(&worker, &QThread::finished, context, &QObject::deleteLater);
        worker.start();
        std::atomic<QThread *> ranIn = nullptr;
        Clock::system().callAfter(1ms, context, [&] { ranIn = QThread::currentThread(); });
        QTRY_VERIFY(ranIn.load() != nullptr);
        QCOMPARE(ranIn.load(), &worker);
        worker.quit();
        QVERIFY(worker.wait());
    }
};

QTEST_GUILESS_MAIN(SystemClockTest)
#include "SystemClockTest.moc"
