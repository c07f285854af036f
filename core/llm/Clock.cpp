#include "llm/Clock.h"

#include "llm/SystemClock.h"

namespace Pygen {

Clock::~Clock() = default;

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace Pygen
