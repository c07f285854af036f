#include "pipeline/FallbackPlanner.h"

#include "pipeline/EnhancedSpec.h"
#include "pipeline/PythonNames.h"

#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Long enough for "explainability_and_interpretability", short enough for readable imports.
constexpr qsizetype maximumStemLength = 40;

// Words a name cut short should not end with ("scalability_and").
constexpr std::array<QStringView, 10> joiningWords{u"and", u"or",   u"of", u"the", u"for",
                                                   u"to",  u"with", u"a",  u"an",  u"in"};

struct FeatureSource
{
    QString name;
    QString description; // the enhanced description; empty without one
};

// "Data Preprocessing and Cleaning" → "data_preprocessing_and_cleaning"; cut at a word boundary.
QString moduleStem(const QString &feature, qsizetype number)
{
    const QStringList words = PythonNames::words(feature);
    QStringList kept;
    qsizetype length = 0;
    for (const QString &word : words) {
        const qsizetype added = kept.isEmpty() ? word.size() : word.size() + 1;
        if (length + added > maximumStemLength)
            break;
        kept.append(word);
        length += added;
    }
    if (kept.isEmpty() && !words.isEmpty())
        kept.append(words.first().left(maximumStemLength));
    if (kept.size() < words.size()) {
        while (kept.size() > 1
               && std::find(joiningWords.cbegin(), joiningWords.cend(), QStringView(kept.last()))
                   != joiningWords.cend())
            kept.removeLast();
    }

    QString stem = kept.join(u'_');
    if (stem.isEmpty())
        return u"feature_"_s + QString::number(number);
    if (stem.front().isDigit())
        stem.prepend(u"feature_"_s);
    if (PythonNames::isKeyword(stem))
        stem.append(u"_feature"_s);
    return stem;
}

QList<FeatureSource> featureSources(const Spec &spec, const EnhancedSpec *enhanced)
{
    QList<FeatureSource> sources;
    // The enhanced spec is what the person reviewed last: its features win when it has any.
    if (enhanced && !enhanced->features.isEmpty()) {
        for (const EnhancedFeature &feature : enhanced->features)
            sources.append({feature.name, feature.description.trimmed()});
        return sources;
    }
    for (const QString &feature : spec.features)
        sources.append({feature, {}});
    return sources;
}

} // namespace

Plan FallbackPlanner::plan(const Spec &spec, const EnhancedSpec *enhanced)
{
    Plan plan;
    plan.fallback = true;
    plan.importName = spec.importName();
    plan.distributionName = spec.distributionName();
    plan.summary = enhanced && !enhanced->description.trimmed().isEmpty() ? enhanced->description.trimmed()
                                                                          : spec.description.trimmed();
    if (plan.summary.isEmpty())
        plan.summary = spec.name.trimmed().isEmpty() ? plan.distributionName : spec.name.trimmed();

    const QString packageFolder = u"src/"_s + plan.importName + u'/';
    const QString initPath = packageFolder + u"__init__.py"_s;
    PlannedFile init{initPath,
                     FileRole::Module,
                     u"The package's entry point: defines __version__ and re-exports the run_* function of every "
                     "feature module, so users can write \"from %1 import …\"."_s.arg(plan.importName),
                     {{u"__version__: str"_s, u"The package version, \"%1\"."_s.arg(spec.options.version)}},
                     {}};
    QList<PlannedFile> featureFiles;

    QSet<QString> used;
    const QList<FeatureSource> sources = featureSources(spec, enhanced);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const FeatureSource &source = sources.at(i);
        const QString baseStem = moduleStem(source.name, i + 1);
        QString stem = baseStem;
        for (int suffix = 2; used.contains(stem); ++suffix)
            stem = baseStem + u'_' + QString::number(suffix);
        used.insert(stem);

        const QString feature = source.name.trimmed().isEmpty() ? stem : source.name.trimmed();
        const QString modulePath = packageFolder + stem + u".py"_s;
        const QString function = u"run_"_s + stem;
        const QString signature = u"def %1(data, **options)"_s.arg(function);
        const QString summary = u"Runs \"%1\" on data and returns the result."_s.arg(feature);
        const QString purpose = source.description.isEmpty()
            ? u"Implements the feature \"%1\" of %2."_s.arg(feature, spec.name.trimmed())
            : source.description;

        featureFiles.append({modulePath, FileRole::Module, purpose, {{signature, summary}}, {}});
        featureFiles.append({u"tests/test_%1.py"_s.arg(stem),
                             FileRole::Test,
                             u"pytest tests for %1 in %2.%3: typical input gives a result, bad input raises a clear "
                             "error."_s.arg(function, plan.importName, stem),
                             {},
                             {modulePath}});
        featureFiles.append({u"examples/%1_example.py"_s.arg(stem),
                             FileRole::Example,
                             u"A short runnable script that calls %1 on a small, made-up input and prints the "
                             "result."_s.arg(function),
                             {},
                             {modulePath}});

        init.interface.append({signature, u"Re-exported from %1.%2."_s.arg(plan.importName, stem)});
        init.dependsOn.append(modulePath);
    }

    plan.files.append(init);
    plan.files.append(featureFiles);
    return plan;
}

} // namespace Pygen
