#include "DocumentationWriter.h"

#include "project/ProjectState.h"
#include "python/ApiReference.h"

#include <QRegularExpression>

namespace Pygen {

namespace {

// Headings inside the model's prose would break our outline: push them below our level.
QString demoteHeadings(const QString &markdown, int minimumLevel)
{
    QStringList lines = markdown.trimmed().split(u'\n');
    bool inFence = false;
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        if (inFence || !line.startsWith(u'#'))
            continue;
        const qsizetype level = line.indexOf(QRegularExpression(QStringLiteral("[^#]")));
        if (level > 0 && level < minimumLevel && line.at(level) == u' ')
            line = QString(minimumLevel, u'#') + line.mid(level);
    }
    return lines.join(u'\n');
}

QString installation(const ProjectState &state)
{
    const QString distribution = state.plan ? state.plan->distributionName : state.spec.distributionName();
    return QStringLiteral("Python %1 or newer is needed. From a checkout of this package:\n\n"
                          "```bash\npip install .\n```\n\n"
                          "Once it is published, `pip install %2` installs it from PyPI.")
        .arg(state.spec.options.minimumPython, distribution);
}

QString testing(const ProjectState &state)
{
    return QStringLiteral("The tests use %1. Install the package with its test tools and run them:\n\n"
                          "```bash\npip install -e . %1\n%1\n```")
        .arg(state.spec.options.testFramework);
}

QString dependencies(const ProjectState &state)
{
    if (!state.plan || state.plan->dependencies.isEmpty())
        return QStringLiteral("None beyond the Python standard library.");
    QString list;
    for (const QString &dependency : state.plan->dependencies)
        list += QStringLiteral("- `%1`\n").arg(dependency);
    return list.trimmed();
}

QString licence(const ProjectState &state)
{
    return QStringLiteral("Released under the %1 licence; see [LICENSE](LICENSE).").arg(state.spec.options.license);
}

QString section(const QString &title, const QString &body)
{
    return QStringLiteral("## %1\n\n%2\n\n").arg(title, body.trimmed());
}

} // namespace

QString DocumentationWriter::featureList(const ProjectState &state)
{
    QString list;
    for (const QString &feature : state.spec.features)
        list += QStringLiteral("- %1\n").arg(feature);
    return list.trimmed();
}

QString DocumentationWriter::readme(const ProjectState &state, const Prose &prose)
{
    QString text = QStringLiteral("# %1\n\n%2\n\n").arg(state.spec.name, demoteHeadings(prose.overview, 3));
    text += section(QStringLiteral("Features"),
                    prose.features.trimmed().isEmpty() ? featureList(state) : demoteHeadings(prose.features, 3));
    text += section(QStringLiteral("Installation"), installation(state));
    if (!prose.usage.trimmed().isEmpty())
        text += section(QStringLiteral("Usage"), demoteHeadings(prose.usage, 3));
    text += section(QStringLiteral("Documentation"),
                    QStringLiteral("[DOCUMENTATION.md](DOCUMENTATION.md) has the full API reference."));
    text += section(QStringLiteral("License"), licence(state));
    return text.trimmed() + u'\n';
}

QString DocumentationWriter::documentation(const ProjectState &state, const Prose &prose, const ApiReference &api)
{
    QString text = QStringLiteral("# %1 documentation\n\n").arg(state.spec.name);
    text += section(QStringLiteral("Overview"), demoteHeadings(prose.overview, 3));
    text += section(QStringLiteral("Features"),
                    prose.features.trimmed().isEmpty() ? featureList(state) : demoteHeadings(prose.features, 3));
    text += section(QStringLiteral("Installation"), installation(state));
    text += section(QStringLiteral("Usage examples"),
                    prose.usage.trimmed().isEmpty() ? QStringLiteral("See the examples/ folder.")
                                                    : demoteHeadings(prose.usage, 3));
    const QString reference = api.toMarkdown().trimmed();
    text += reference.isEmpty()
        ? section(QStringLiteral("API reference"), QStringLiteral("The API could not be read from the code."))
        : reference + QStringLiteral("\n\n");
    text += section(QStringLiteral("Testing"), testing(state));
    text += section(QStringLiteral("Dependencies"), dependencies(state));
    text += section(QStringLiteral("Contributing"),
                    prose.contributing.trimmed().isEmpty()
                        ? QStringLiteral("Issues and pull requests are welcome. Please add tests for new behaviour.")
                        : demoteHeadings(prose.contributing, 3));
    text += section(QStringLiteral("License"), licence(state));
    return text.trimmed() + u'\n';
}

} // namespace Pygen
