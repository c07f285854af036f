#pragma once

#include "Plan.h"
#include "Spec.h"

namespace Pygen {

struct EnhancedSpec;

// The plan used when the model cannot produce a valid one (the original Pygen's Algorithm 4):
// for every feature a module, an example and a test, plus the package's __init__.py. Marked as a
// fallback. Always passes PlanReader::problems().
class FallbackPlanner final
{
public:
    static Plan plan(const Spec &spec, const EnhancedSpec *enhanced = nullptr);
};

} // namespace Pygen
