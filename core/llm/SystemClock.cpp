#include "llm/SystemClock.h"

#include "LoggingCategories.h"

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Pygen {

SystemClock::~SystemClock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback)
{
    if (!context || !callback) {
        qCWarning(logLlm) << "A delayed call without a context object or a callback was dropped";
        return;
    }
    // QTimer counts in int milliseconds on some platforms; about 24 days is far beyond any wait here.
    constexpr std::chrono::milliseconds longest{std::numeric_limits<int>::max()};
    delay = std::clamp(delay, std::chrono::milliseconds::zero(), longest);
    // With a context, QTimer runs the callback in the context's thread and drops it when the
    // context is destroyed first.
    QTimer::singleShot(delay, context, std::move(callback));
}

} // namespace Pygen
