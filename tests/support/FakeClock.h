#pragma once

#include "llm/Clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>

namespace Pygen::Testing {

// A clock for tests: records every wait it is asked for and, instead of sleeping, fires it on the
// next event-loop turn (queued, never from inside callAfter), moving its own now() forward by the
// delay. With setHoldWaits(true), callbacks wait until advance() moves time past them.
// Callbacks run in the thread that created the clock.
class FakeClock final : public Clock
{
    Q_DISABLE_COPY_MOVE(FakeClock)

public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC));
    ~FakeClock() override;

    QDateTime now() const override;
    void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) override;

    // Every delay passed to callAfter, in order, as given.
    QList<std::chrono::milliseconds> requestedWaits() const { return m_requestedWaits; }

    // When true, later and still pending callbacks wait for advance(); when false again, the
    // held ones fire as if they had never been held.
    void setHoldWaits(bool hold);
    // Moves now() forward and fires, queued and in order of due time, the callbacks then due.
    void advance(std::chrono::milliseconds by);
    // Callbacks that have not run yet, whether held or queued to run.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

private:
    struct Pending
    {
        quint64 id = 0;
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> callback;
        bool released = false;
    };

    void release(Pending &pending);
    void fire(quint64 id);

    QDateTime m_now;
    bool m_holdWaits = false;
    quint64 m_nextId = 1;
    QList<std::chrono::milliseconds> m_requestedWaits;
    QList<Pending> m_pending;
    // Queued calls go through this object, so none arrives after the clock is gone.
    std::unique_ptr<QObject> m_dispatcher;
};

} // namespace Pygen::Testing
