#include "project/StageState.h"

#include <array>
#include <utility>

namespace Pygen {

namespace {

constexpr std::array<std::pair<StageId, QStringView>, 6> stageNames{{
    {StageId::Screen, u"screen"},
    {StageId::Enhance, u"enhance"},
    {StageId::Context, u"context"},
    {StageId::Plan, u"plan"},
    {StageId::Generate, u"generate"},
    {StageId::Document, u"document"},
}};

constexpr std::array<std::pair<StageState, QStringView>, 6> stateNames{{
    {StageState::Pending, u"pending"},
    {StageState::Running, u"running"},
    {StageState::Finished, u"finished"},
    {StageState::Failed, u"failed"},
    {StageState::Cancelled, u"cancelled"},
    {StageState::Skipped, u"skipped"},
}};

template<typename Enum, std::size_t Size>
QString nameOf(const std::array<std::pair<Enum, QStringView>, Size> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t Size>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, Size> &names, const QString &name)
{
    for (const auto &[value, candidate] : names) {
        if (name == candidate)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString stageIdName(StageId stage)
{
    return nameOf(stageNames, stage);
}

std::optional<StageId> stageIdFromName(const QString &name)
{
    return valueOf(stageNames, name);
}

QString stageStateName(StageState state)
{
    return nameOf(stateNames, state);
}

std::optional<StageState> stageStateFromName(const QString &name)
{
    return valueOf(stateNames, name);
}

} // namespace Pygen
