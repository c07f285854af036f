#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

class QObject;

namespace Pygen {

// Time and delayed calls, behind an interface so that tests check retry waits without sleeping.
class Clock
{
    Q_DISABLE_COPY_MOVE(Clock)

public:
    Clock() = default;
    virtual ~Clock();

    // Wall-clock time in UTC, for Retry-After headers that give a date.
    virtual QDateTime now() const = 0;

    // Calls `callback` once, after `delay`, in the thread of `context`; never if `context` is
    // destroyed first, or is null. A negative delay counts as zero.
    virtual void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) = 0;

    // The real clock, shared by the whole process.
    static Clock &system();
};

} // namespace Pygen
