#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Pygen {

// Whether a name a person typed can name the generated package. Each problem is one translated
// sentence that says what is wrong and what to type instead; nothing means the name is fine.
class PackageNameRules final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::PackageNameRules)

public:
    // The name after "import": an ASCII identifier, not a keyword, lower case with underscores
    // (PEP 8), and not the name of a standard-library module, which it would hide or be hidden by.
    static std::optional<QString> importNameProblem(const QString &name);
    // The name pip installs: PEP 508's letters, digits, ".", "_" and "-", starting and ending with
    // a letter or digit.
    static std::optional<QString> distributionNameProblem(const QString &name);

    // A top-level module of CPython's standard library (3.8 to 3.13, public names only).
    static bool isStandardLibraryModule(QStringView name);
};

} // namespace Pygen
