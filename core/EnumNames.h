#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace Pygen {

// A fixed table of an enum's values and the names they have in JSON files, both ways.
template<typename Enum, std::size_t Size>
using EnumNameTable = std::array<std::pair<Enum, QStringView>, Size>;

template<typename Enum, std::size_t Size>
QString enumName(const EnumNameTable<Enum, Size> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t Size>
std::optional<Enum> enumFromName(const EnumNameTable<Enum, Size> &names, const QString &name)
{
    for (const auto &[value, candidate] : names) {
        if (name == candidate)
            return value;
    }
    return std::nullopt;
}

} // namespace Pygen
