#include "PackagePath.h"

#include <QStringList>

namespace Pygen {

namespace {

bool isControlCharacter(QChar character)
{
    const char16_t code = character.unicode();
    return code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0) || character.category() == QChar::Other_Format
        || code == 0x2028 || code == 0x2029;
}

// Windows opens these devices whatever the folder or extension ("src/aux.py" is the AUX device).
bool isWindowsDeviceName(const QString &component)
{
    const QString stem = component.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList devices = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                        QStringLiteral("NUL")};
    if (devices.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))
        && stem.at(3) >= QLatin1Char('1') && stem.at(3) <= QLatin1Char('9');
}

// Folders that tools run from or keep caches in: a planned ".git/config" could set core.fsmonitor,
// which git runs on the next "git status", and a ".venv/…/x.pth" runs at every interpreter start.
// "git~1" is the short name Windows gives ".git".
bool isToolFolderName(const QString &component)
{
    static const QStringList names = {
        QStringLiteral(".git"),         QStringLiteral("git~1"),         QStringLiteral(".hg"),
        QStringLiteral(".svn"),         QStringLiteral(".venv"),         QStringLiteral("venv"),
        QStringLiteral("__pycache__"),  QStringLiteral(".tox"),          QStringLiteral(".nox"),
        QStringLiteral("node_modules"), QStringLiteral(".pytest_cache"), QStringLiteral(".mypy_cache"),
        QStringLiteral(".ruff_cache"),
    };
    return names.contains(component.toCaseFolded());
}

// Compiled Python: interpreters load it in place of the source next to it.
bool isCompiledPython(const QString &component)
{
    const QString folded = component.toCaseFolded();
    return folded.endsWith(QLatin1String(".pyc")) || folded.endsWith(QLatin1String(".pyo"));
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
    for (qsizetype index = 0; index < path.size(); ++index) {
        // A lone half of a surrogate pair has no UTF-8 form; two different ones would be written
        // under the same name.
        const QChar character = path.at(index);
        if (character.isHighSurrogate() && index + 1 < path.size() && path.at(index + 1).isLowSurrogate()) {
            ++index;
            continue;
        }
        if (character.isSurrogate()) {
            return tr("The path \"%1\" contains an unpaired surrogate (U+%2), which is not text.")
                .arg(QString(path).replace(character, QChar(0xfffd)))
                .arg(character.unicode(), 4, 16, QLatin1Char('0'));
        }
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
    for (const QChar reserved : {u'<', u'>', u'"', u'|', u'?', u'*'}) {
        if (path.contains(reserved)) {
            return tr("The path \"%1\" contains '%2', which Windows does not allow in file names.")
                .arg(path, QString(reserved));
        }
    }

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
        if (isWindowsDeviceName(component)) {
            return tr("The name \"%1\" in the path \"%2\" is a device on Windows (like CON, NUL or AUX); rename "
                      "it.")
                .arg(component, path);
        }
        if (component.endsWith(QLatin1Char(' ')) || component.endsWith(QLatin1Char('.'))) {
            return tr("The name \"%1\" in the path \"%2\" ends with a space or a dot, which Windows drops.")
                .arg(component, path);
        }
        if (isToolFolderName(component)) {
            return tr("The path \"%1\" contains \"%2\", a tool folder (version control, virtual environment or "
                      "cache) that must not be part of a package.")
                .arg(path, component);
        }
        if (isCompiledPython(component)) {
            return tr("The path \"%1\" is compiled Python (\"%2\"), a file tools make that must not be part of a "
                      "package.")
                .arg(path, component);
        }
    }
    return std::nullopt;
}

QString PackagePath::caseFoldedKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace Pygen
