#include "FakeClock.h"

#include <QCoreApplication>
#include <QtTest/QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Pygen::Testing::FakeClock;

namespace {

const QDateTime start(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC);

} // namespace

class FakeClockTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsWaitsAndFiresThemOnTheNextTurn()
    {
        FakeClock clock;
        QCOMPARE(clock.now(), start);
        QObject context;
        int calls = 0;
        clock.callAfter(5s, &context, [&] { ++calls; });
        clock.callAfter(250ms, &context, [&] { ++calls; });
        // Queued, not called from inside callAfter.
        QCOMPARE(calls, 0);
        QCOMPARE(clock.pendingCount(), 2);
        QCOMPARE(clock.requestedWaits(), (QList<std::chrono::milliseconds>{5s, 250ms}));
        QTRY_COMPARE(calls, 2);
        QCOMPARE(clock.pendingCount(), 0);
        // Time moved to the latest due moment, and never backwards.
        QCOMPARE(clock.now(), start.addSecs(5));
    }

    void neverCallsBackReentrantly()
    {
        FakeClock clock;
        QObject context;
        QStringList events;
        clock.callAfter(1s, &context, [&] {
            events.append(QStringLiteral("outer begins"));
            clock.callAfter(2s, &context, [&] { events.append(QStringLiteral("inner")); });
            events.append(QStringLiteral("outer ends"));
        });
        QTRY_COMPARE(events.size(), 3);
        QCOMPARE(events, (QStringList{u"outer begins"_s, u"outer ends"_s, u"inner"_s}));
        QCOMPARE(clock.now(), start.addSecs(3));
    }

    void skipsCallbacksWhoseContextIsGone()
    {
        FakeClock clock;
        auto context = std::make_unique<QObject>();
        QObject survivor;
        bool goneCalled = false;
        bool survivorCalled = false;
        clock.callAfter(1s, context.get(), [&] { goneCalled = true; });
        clock.callAfter(2s, &survivor, [&] { survivorCalled = true; });
        context.reset();
        QTRY_VERIFY(survivorCalled);
        QVERIFY(!goneCalled);
        QCOMPARE(clock.pendingCount(), 0);
    }

    void dropsCallsWithoutAContext()
    {
        FakeClock clock;
        bool called = false;
        clock.callAfter(1s, nullptr, [&] { called = true; });
        QCOMPARE(clock.requestedWaits().size(), 1);
        QCOMPARE(clock.pendingCount(), 0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void heldWaitsFireInDueOrderOnAdvance()
    {
        FakeClock clock;
        clock.setHoldWaits(true);
        QObject context;
        QStringList fired;
        const auto record = [&](const QString &name) { return [&fired, name] { fired.append(name); }; };
        clock.callAfter(5s, &context, record(u"a 5 s"_s));
        clock.callAfter(1s, &context, record(u"b 1 s"_s));
        clock.callAfter(3s, &context, record(u"c 3 s"_s));
        clock.callAfter(3s, &context, record(u"d 3 s"_s));
        QCoreApplication::processEvents();
        QVERIFY(fired.isEmpty());
        QCOMPARE(clock.pendingCount(), 4);

        clock.advance(2s);
        QCOMPARE(clock.now(), start.addSecs(2));
        QVERIFY(fired.isEmpty()); // queued, even from advance()
        QTRY_COMPARE(fired, QStringList{u"b 1 s"_s});
        QCOMPARE(clock.pendingCount(), 3);

        // Three come due at once: by due time, and in the order asked for when due together.
        clock.advance(10s);
        QTRY_COMPARE(fired.size(), 4);
        QCOMPARE(fired, (QStringList{u"b 1 s"_s, u"c 3 s"_s, u"d 3 s"_s, u"a 5 s"_s}));
        QCOMPARE(clock.now(), start.addSecs(12));
        QCOMPARE(clock.pendingCount(), 0);
    }

    void releasingTheHoldFiresWhatWasHeld()
    {
        FakeClock clock;
        clock.setHoldWaits(true);
        QObject context;
        int calls = 0;
        clock.callAfter(30s, &context, [&] { ++calls; });
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
        clock.setHoldWaits(false);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(clock.now(), start.addSecs(30));
    }

    void noCallbackAfterTheClockIsGone()
    {
        QObject context;
        bool called = false;
        {
            FakeClock clock;
            clock.callAfter(1s, &context, [&] { called = true; });
        }
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(FakeClockTest)
#include "FakeClockTest.moc"
