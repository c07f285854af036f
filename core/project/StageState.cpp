#include "project/StageState.h"

#include "EnumNames.h"

namespace Pygen {

namespace {

constexpr EnumNameTable<StageId, 6> stageNames{{
    {StageId::Screen, u"screen"},
    {StageId::Enhance, u"enhance"},
    {StageId::Context, u"context"},
    {StageId::Plan, u"plan"},
    {StageId::Generate, u"generate"},
    {StageId::Document, u"document"},
}};

constexpr EnumNameTable<StageState, 6> stateNames{{
    {StageState::Pending, u"pending"},
    {StageState::Running, u"running"},
    {StageState::Finished, u"finished"},
    {StageState::Failed, u"failed"},
    {StageState::Cancelled, u"cancelled"},
    {StageState::Skipped, u"skipped"},
}};

} // namespace

QString stageIdName(StageId stage)
{
    return enumName(stageNames, stage);
}

std::optional<StageId> stageIdFromName(const QString &name)
{
    return enumFromName(stageNames, name);
}

QString stageStateName(StageState state)
{
    return enumName(stateNames, state);
}

std::optional<StageState> stageStateFromName(const QString &name)
{
    return enumFromName(stateNames, name);
}

} // namespace Pygen
