#include "PackagePath.h"

namespace Pygen {

namespace {

bool isControlCharacter(QChar character)
{
    const char16_t code = character.unicode();
    return code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0) || character.category() == QChar::Other_Format
        || code == 0x2028 || code == 0x2029;
}

bool startsWithDriveLetter(const QString &path)
{
    return path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter() && path.at(0).unicode() < 0x80;
}

} // namespace

std::optional<QString> PackagePath::problem(const QString &path)
{
    if (path.isEmpty())
        return tr("The path is empty.");
    for (const QChar character : path) {
        if (isControlCharacter(character)) {
            return tr("The path \"%1\" contains a control character (U+%2); file names must be printable.")
                .arg(QString(path).replace(character, QChar(0xfffd)))
                .arg(character.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    if (path.contains(QLatin1Char('\\')))
        return tr("The path \"%1\" contains a backslash; use '/' between folders.").arg(path);
    if (startsWithDriveLetter(path))
        return tr("The path \"%1\" starts with a drive letter; it must be relative to the package.").arg(path);
    if (path.startsWith(QLatin1Char('/')))
        return tr("The path \"%1\" is absolute; it must be relative to the package.").arg(path);
    if (path.contains(QLatin1Char(':')))
        return tr("The path \"%1\" contains ':', which Windows does not allow in file names.").arg(path);

    const QStringList components = path.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (component == QLatin1String(".."))
            return tr("The path \"%1\" uses \"..\", which leaves the package.").arg(path);
        if (component.isEmpty())
            return tr("The path \"%1\" has an empty folder name (\"//\" or a trailing '/').").arg(path);
        if (component == QLatin1String("."))
            return tr("The path \"%1\" contains a \".\" folder; name every folder.").arg(path);
        const qsizetype bytes = component.toUtf8().size();
        if (bytes > maximumComponentBytes) {
            return tr("The name \"%1…\" in the path is %2 bytes long; names may have at most %3 bytes.")
                .arg(component.left(40))
                .arg(bytes)
                .arg(maximumComponentBytes);
        }
        if (component.endsWith(QLatin1Char(' ')) || component.endsWith(QLatin1Char('.'))) {
            return tr("The name \"%1\" in the path \"%2\" ends with a space or a dot, which Windows drops.")
                .arg(component, path);
        }
    }
    return std::nullopt;
}

QString PackagePath::caseFoldedKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace Pygen
