#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Pygen {

// Paths inside a generated package come from a model, so every one is checked before anything is
// written: it must stay inside the package on every platform the package may be unpacked on.
class PackagePath final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::PackagePath)

public:
    static constexpr int maximumComponentBytes = 255;

    // Why `path` is not a safe relative path inside a package (absolute, "..", backslash, drive
    // letter, control character, unpaired surrogate, empty or "." component, a component over 255
    // UTF-8 bytes, a character or name Windows refuses: < > : " | ? *, CON, NUL, AUX, COM1 …, a
    // trailing space or dot, a tool folder such as .git, .venv or __pycache__, a .pyc or .pyo file);
    // nothing when it is safe. The message quotes the path and says what
    // is wrong with it.
    static std::optional<QString> problem(const QString &path);
    static bool isSafe(const QString &path) { return !problem(path).has_value(); }
    // The key under which two paths collide on a case-insensitive file system.
    static QString caseFoldedKey(const QString &path);
};

} // namespace Pygen
