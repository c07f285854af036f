#include "JobQueue.h"

#include <algorithm>

namespace Pygen {

JobQueue::JobQueue(int limit)
    : m_limit(std::max(1, limit))
{
}

void JobQueue::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    startMore();
}

void JobQueue::add(Job job)
{
    m_pending.enqueue(std::move(job));
    startMore();
}

void JobQueue::jobFinished()
{
    --m_running;
    startMore();
    if (isIdle() && m_whenIdle)
        m_whenIdle();
}

void JobQueue::startMore()
{
    // A job may finish synchronously and call back in; one loop at a time keeps the count right.
    if (m_starting)
        return;
    m_starting = true;
    while (m_running < m_limit && !m_pending.isEmpty()) {
        ++m_running;
        const Job job = m_pending.dequeue();
        job();
    }
    m_starting = false;
}

} // namespace Pygen
