#pragma once

#include "llm/Clock.h"

namespace Pygen {

// The real clock: QDateTime for the time, QTimer for delayed calls.
class SystemClock final : public Clock
{
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    SystemClock() = default;
    ~SystemClock() override;

    QDateTime now() const override;
    void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) override;
};

} // namespace Pygen
