#pragma once

#include <QString>
#include <QStringList>

namespace Pygen {

struct ApiReference;
struct ProjectState;

// Assembles README.md and DOCUMENTATION.md with the original Pygen's sections (overview,
// features, installation, usage examples, API reference, testing, dependencies, contributing,
// licence). Facts come from the project (names, dependencies, licence, the API read from the
// code); the model only writes the prose parts.
class DocumentationWriter final
{
public:
    struct Prose
    {
        QString overview;
        QString features; // a Markdown list
        QString usage; // Markdown with ```python blocks
        QString contributing;
    };

    static QString readme(const ProjectState &state, const Prose &prose);
    static QString documentation(const ProjectState &state, const Prose &prose, const ApiReference &api);
    // A plain list of features from the spec, when the model's is missing.
    static QString featureList(const ProjectState &state);
};

} // namespace Pygen
