#pragma once

#include <QString>

namespace Pygen {

struct ProjectState;

// The specification as later stages send it: the context prompt when there is one (small
// models), otherwise the spec with the enhanced description and every feature in detail.
class SpecificationText final
{
public:
    static QString forPrompt(const ProjectState &state);
    // Always the full text, for the context stage to summarise.
    static QString full(const ProjectState &state);
    // "- feature" lines.
    static QString featureList(const ProjectState &state);
};

} // namespace Pygen
