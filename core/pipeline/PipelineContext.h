#pragma once

#include "PipelineSettings.h"

#include <QPointer>

namespace Pygen {

class Project;
class ProviderClient;

// What every stage works with: the provider, the project it reads and writes, and the settings.
struct PipelineContext
{
    QPointer<ProviderClient> client;
    QPointer<Project> project;
    PipelineSettings settings;
};

} // namespace Pygen
