#pragma once

#include <QQueue>

#include <functional>

namespace Pygen {

// Runs asynchronous jobs with at most `limit` at once. A job starts work and calls
// jobFinished() when that work ends (normally from a signal); `whenIdle` runs once every job
// queued so far has finished.
class JobQueue final
{
public:
    using Job = std::function<void()>;

    explicit JobQueue(int limit = 1);

    void setLimit(int limit);
    int limit() const { return m_limit; }
    void setWhenIdle(std::function<void()> whenIdle) { m_whenIdle = std::move(whenIdle); }

    void add(Job job);
    void jobFinished();
    // Forgets every job, started or not: for a new run after a cancelled one, whose jobs never
    // reported back.
    void reset()
    {
        m_pending.clear();
        m_running = 0;
    }
    int running() const { return m_running; }
    bool isIdle() const { return m_running == 0 && m_pending.isEmpty(); }

private:
    void startMore();

    int m_limit;
    int m_running = 0;
    bool m_starting = false;
    QQueue<Job> m_pending;
    std::function<void()> m_whenIdle;
};

} // namespace Pygen
