#include "FakeClock.h"

#include <QMetaObject>

#include <algorithm>

namespace Pygen::Testing {

FakeClock::FakeClock(QDateTime start)
    : m_now(std::move(start))
    , m_dispatcher(std::make_unique<QObject>())
{
}

FakeClock::~FakeClock() = default;

QDateTime FakeClock::now() const
{
    return m_now;
}

void FakeClock::callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback)
{
    m_requestedWaits.append(delay);
    if (!context || !callback)
        return; // as SystemClock: nothing to call, or no one to call it for
    Pending pending;
    pending.id = m_nextId++;
    pending.due = m_now.addDuration(std::max(delay, std::chrono::milliseconds::zero()));
    pending.context = context;
    pending.callback = std::move(callback);
    m_pending.append(std::move(pending));
    if (!m_holdWaits)
        release(m_pending.back());
}

void FakeClock::setHoldWaits(bool hold)
{
    m_holdWaits = hold;
    if (hold)
        return;
    for (Pending &pending : m_pending) {
        if (!pending.released)
            release(pending);
    }
}

void FakeClock::advance(std::chrono::milliseconds by)
{
    m_now = m_now.addDuration(std::max(by, std::chrono::milliseconds::zero()));
    QList<Pending *> due;
    for (Pending &pending : m_pending) {
        if (!pending.released && pending.due <= m_now)
            due.append(&pending);
    }
    // Stable: callbacks due at the same moment run in the order they were asked for.
    std::ranges::stable_sort(due, {}, &Pending::due);
    for (Pending *pending : std::as_const(due))
        release(*pending);
}

void FakeClock::release(Pending &pending)
{
    pending.released = true;
    QMetaObject::invokeMethod(
        m_dispatcher.get(), [this, id = pending.id] { fire(id); }, Qt::QueuedConnection);
}

void FakeClock::fire(quint64 id)
{
    const auto found = std::ranges::find(m_pending, id, &Pending::id);
    if (found == m_pending.end())
        return;
    const Pending pending = std::move(*found);
    m_pending.erase(found);
    // A wait that was not held ends when it would have with a real clock.
    m_now = std::max(m_now, pending.due);
    if (pending.context)
        pending.callback();
}

} // namespace Pygen::Testing
