#include "StudioTestSupport.h"

#include "ProviderTestSupport.h"
#include "llm/ProviderSettings.h"

#include <QSettings>

namespace Pygen::Testing {

StudioFixture::StudioFixture()
{
    // Each test starts from no settings: no recent projects, no saved layout from a test before.
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Pygen"), QStringLiteral("pygen-studio"))
        .clear();
    server.setModels({FakeModel{QStringLiteral("coder:latest"), 131072}});
    model.install(server);
    StudioServices::Options options;
    options.keychainService = QStringLiteral("pygen-studio-gui-tests");
    options.environment = environmentWithoutProviders();
    options.cacheDirectory = home.filePath(QStringLiteral("cache"));
    services = std::make_unique<StudioServices>(options);
    services->providerSettings().setDefaultProviderId(QStringLiteral("ollama"));
    services->providerSettings().setBaseUrl(QStringLiteral("ollama"), server.baseUrl());
    services->providerSettings().setDefaultModel(QStringLiteral("ollama"), QStringLiteral("coder:latest"));
}

StudioFixture::~StudioFixture() = default;

} // namespace Pygen::Testing
