#include "StudioTestSupport.h"

#include "ProviderTestSupport.h"
#include "llm/ProviderSettings.h"

namespace Pygen::Testing {

StudioFixture::StudioFixture()
{
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
