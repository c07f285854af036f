#include "FileRole.h"

#include "EnumNames.h"

namespace Pygen {

namespace {

constexpr EnumNameTable<FileRole, 5> roleNames{{
    {FileRole::Module, u"module"},
    {FileRole::Test, u"test"},
    {FileRole::Example, u"example"},
    {FileRole::Doc, u"doc"},
    {FileRole::Config, u"config"},
}};

constexpr EnumNameTable<FileOrigin, 4> originNames{{
    {FileOrigin::Template, u"template"},
    {FileOrigin::Generated, u"generated"},
    {FileOrigin::Edited, u"edited"},
    {FileOrigin::Fallback, u"fallback"},
}};

constexpr EnumNameTable<FileStatus, 5> statusNames{{
    {FileStatus::Planned, u"planned"},
    {FileStatus::Generating, u"generating"},
    {FileStatus::Generated, u"generated"},
    {FileStatus::Failed, u"failed"},
    {FileStatus::Skipped, u"skipped"},
}};

} // namespace

QString fileRoleName(FileRole role)
{
    return enumName(roleNames, role);
}

std::optional<FileRole> fileRoleFromName(const QString &name)
{
    return enumFromName(roleNames, name);
}

QString fileOriginName(FileOrigin origin)
{
    return enumName(originNames, origin);
}

std::optional<FileOrigin> fileOriginFromName(const QString &name)
{
    return enumFromName(originNames, name);
}

QString fileStatusName(FileStatus status)
{
    return enumName(statusNames, status);
}

std::optional<FileStatus> fileStatusFromName(const QString &name)
{
    return enumFromName(statusNames, name);
}

} // namespace Pygen
