#pragma once

#include "FakeOllamaServer.h"
#include "ScriptedPackageModel.h"
#include "StudioServices.h"

#include <QTemporaryDir>

#include <memory>

namespace Pygen::Testing {

// What the studio's whole-window tests share: a fake Ollama answering as a scripted model, and
// the studio's services with a test keychain, no provider variables, a cache in a temporary
// folder and the settings pointing at the fake.
struct StudioFixture
{
    StudioFixture();
    ~StudioFixture();

    QString projectFolder() const { return home.filePath(QStringLiteral("project")); }

    QTemporaryDir home;
    FakeOllamaServer server;
    ScriptedPackageModel model;
    std::unique_ptr<StudioServices> services;
};

} // namespace Pygen::Testing
