#include "FileRole.h"

#include <array>
#include <utility>

namespace Pygen {

namespace {

template<typename Enum, std::size_t Size>
QString nameOf(const std::array<std::pair<Enum, const char *>, Size> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t Size>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, Size> &names, const QString &name)
{
    for (const auto &[value, candidate] : names) {
        if (name == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<FileRole, const char *>, 5> roleNames{{
    {FileRole::Module, "module"},
    {FileRole::Test, "test"},
    {FileRole::Example, "example"},
    {FileRole::Doc, "doc"},
    {FileRole::Config, "config"},
}};

constexpr std::array<std::pair<FileOrigin, const char *>, 4> originNames{{
    {FileOrigin::Template, "template"},
    {FileOrigin::Generated, "generated"},
    {FileOrigin::Edited, "edited"},
    {FileOrigin::Fallback, "fallback"},
}};

constexpr std::array<std::pair<FileStatus, const char *>, 5> statusNames{{
    {FileStatus::Planned, "planned"},
    {FileStatus::Generating, "generating"},
    {FileStatus::Generated, "generated"},
    {FileStatus::Failed, "failed"},
    {FileStatus::Skipped, "skipped"},
}};

} // namespace

QString fileRoleName(FileRole role)
{
    return nameOf(roleNames, role);
}

std::optional<FileRole> fileRoleFromName(const QString &name)
{
    return valueOf(roleNames, name);
}

QString fileOriginName(FileOrigin origin)
{
    return nameOf(originNames, origin);
}

std::optional<FileOrigin> fileOriginFromName(const QString &name)
{
    return valueOf(originNames, name);
}

QString fileStatusName(FileStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<FileStatus> fileStatusFromName(const QString &name)
{
    return valueOf(statusNames, name);
}

} // namespace Pygen
