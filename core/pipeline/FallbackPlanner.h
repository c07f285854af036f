#pragma once

#include "Plan.h"
#include "Spec.h"

namespace Pygen {

struct EnhancedSpec;

// The plan used when the model cannot produce a valid one (the original Pygen's Algorithm 4):
// for every feature a module, an example and a test, plus the package's __init__.py. Marked as a
// fallback. Always passes PlanReader::problems().
//
// Layout (src): src/<import>/__init__.py (defines __version__, re-exports every run_* function),
// and per feature src/<import>/<stem>.py providing "def run_<stem>(data, **options)",
// tests/test_<stem>.py and examples/<stem>_example.py. <stem> is the feature's words in snake
// case, cut at a word boundary to at most 40 characters (without a dangling "and", "of" …),
// "feature_" in front when it would start with a digit, "_feature" after a keyword,
// "feature_<n>" when nothing is left, "_2", "_3" … after a repeat. The function is not named
// like its module, because "from .x import x" in __init__.py hides the module x.
// With an EnhancedSpec that has features, those are planned (the person reviewed them last) and
// their descriptions become the modules' purposes, and its description the summary.
class FallbackPlanner final
{
public:
    static Plan plan(const Spec &spec, const EnhancedSpec *enhanced = nullptr);
};

} // namespace Pygen
