#include "SpecificationText.h"

#include "project/ProjectState.h"

namespace Pygen {

QString SpecificationText::forPrompt(const ProjectState &state)
{
    if (!state.contextPrompt.trimmed().isEmpty())
        return QStringLiteral("Package brief:\n") + state.contextPrompt.trimmed();
    return full(state);
}

QString SpecificationText::full(const ProjectState &state)
{
    QString text = QStringLiteral("Package: %1\n").arg(state.spec.name);
    const QString description = state.enhancedSpec && !state.enhancedSpec->description.isEmpty()
        ? state.enhancedSpec->description
        : state.spec.description;
    text += QStringLiteral("Description: %1\n\nFeatures:\n").arg(description.trimmed());
    for (qsizetype index = 0; index < state.spec.features.size(); ++index) {
        const QString &feature = state.spec.features.at(index);
        text += QStringLiteral("%1. %2\n").arg(index + 1).arg(feature);
        if (!state.enhancedSpec)
            continue;
        for (const EnhancedFeature &enhanced : state.enhancedSpec->features) {
            if (enhanced.name != feature)
                continue;
            if (!enhanced.description.isEmpty())
                text += enhanced.description.trimmed() + u'\n';
            if (!enhanced.pseudocode.isEmpty())
                text += QStringLiteral("Pseudocode:\n%1\n").arg(enhanced.pseudocode.trimmed());
            if (!enhanced.hints.isEmpty())
                text += QStringLiteral("Hints:\n- %1\n").arg(enhanced.hints.join(QStringLiteral("\n- ")));
            break;
        }
        text += u'\n';
    }
    return text.trimmed();
}

QString SpecificationText::featureList(const ProjectState &state)
{
    QString list;
    for (const QString &feature : state.spec.features)
        list += QStringLiteral("- %1\n").arg(feature);
    return list.trimmed();
}

} // namespace Pygen
