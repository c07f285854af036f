#include "ProviderPreset.h"

namespace Pygen {

namespace {

ProviderPreset makePreset(const char *id, const char *displayName, ProviderKind kind, const char *baseUrl,
                          bool requiresKey, bool isLocal,
                          ProviderPreset::OutputLimitField limitField = ProviderPreset::OutputLimitField::MaxTokens,
                          bool requestsStreamUsage = true)
{
    ProviderPreset preset;
    preset.id = QString::fromLatin1(id);
    preset.displayName = QString::fromLatin1(displayName);
    preset.kind = kind;
    preset.defaultBaseUrl = QUrl(QString::fromLatin1(baseUrl));
    preset.requiresKey = requiresKey;
    preset.isLocal = isLocal;
    preset.outputLimitField = limitField;
    preset.requestsStreamUsage = requestsStreamUsage;
    return preset;
}

} // namespace

QStringList ProviderPreset::keyEnvironmentVariables() const
{
    if (id == u"groq")
        return {QStringLiteral("GROQ_API_KEY")};
    if (id == u"gemini")
        return {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")};
    if (id == u"openai")
        return {QStringLiteral("OPENAI_API_KEY")};
    if (id == u"openrouter")
        return {QStringLiteral("OPENROUTER_API_KEY")};
    return {};
}

const QList<ProviderPreset> &ProviderPreset::all()
{
    using Field = OutputLimitField;
    // OpenAI deprecated max_tokens for max_completion_tokens, and Groq followed; the local
    // servers only know max_tokens. Groq reports usage in x_groq.usage without being asked.
    static const QList<ProviderPreset> presets{
        makePreset("ollama", "Ollama", ProviderKind::Ollama, "http://127.0.0.1:11434", false, true),
        makePreset("groq", "Groq", ProviderKind::OpenAiCompatible, "https://api.groq.com/openai/v1", true, false,
                   Field::MaxCompletionTokens, false),
        makePreset("gemini", "Google Gemini", ProviderKind::Gemini, "https://generativelanguage.googleapis.com/v1beta",
                   true, false),
        makePreset("openai", "OpenAI", ProviderKind::OpenAiCompatible, "https://api.openai.com/v1", true, false,
                   Field::MaxCompletionTokens),
        makePreset("openrouter", "OpenRouter", ProviderKind::OpenAiCompatible, "https://openrouter.ai/api/v1", true,
                   false),
        makePreset("lmstudio", "LM Studio", ProviderKind::OpenAiCompatible, "http://127.0.0.1:1234/v1", false, true),
        makePreset("llamacpp", "llama.cpp server", ProviderKind::OpenAiCompatible, "http://127.0.0.1:8080/v1", false,
                   true),
        makePreset("vllm", "vLLM", ProviderKind::OpenAiCompatible, "http://127.0.0.1:8000/v1", false, true),
        makePreset("ollama-openai", "Ollama (OpenAI-compatible /v1)", ProviderKind::OpenAiCompatible,
                   "http://127.0.0.1:11434/v1", false, true),
        makePreset("custom", "OpenAI-compatible server", ProviderKind::OpenAiCompatible, "", false, false),
    };
    return presets;
}

std::optional<ProviderPreset> ProviderPreset::find(QStringView id)
{
    for (const ProviderPreset &preset : all()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

QStringList ProviderPreset::ids()
{
    QStringList result;
    for (const ProviderPreset &preset : all())
        result.append(preset.id);
    return result;
}

QString ProviderPreset::kindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Ollama:
        return QStringLiteral("ollama");
    case ProviderKind::OpenAiCompatible:
        return QStringLiteral("openai-compatible");
    case ProviderKind::Gemini:
        return QStringLiteral("gemini");
    }
    return QStringLiteral("ollama");
}

} // namespace Pygen
