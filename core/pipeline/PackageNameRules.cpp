#include "pipeline/PackageNameRules.h"

#include "pipeline/PythonNames.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// sys.stdlib_module_names without the private ones, from Python 3.11, which still has every module
// 3.12 and 3.13 removed (distutils, imp, cgi …), plus those 3.9 to 3.11 removed (parser, symbol,
// formatter, binhex, dummy_threading): a package for Python 3.8 must not hide them either.
// Sorted, for binary search.
constexpr std::array standardLibrary{
    "abc"_L1,
    "aifc"_L1,
    "antigravity"_L1,
    "argparse"_L1,
    "array"_L1,
    "ast"_L1,
    "asynchat"_L1,
    "asyncio"_L1,
    "asyncore"_L1,
    "atexit"_L1,
    "audioop"_L1,
    "base64"_L1,
    "bdb"_L1,
    "binascii"_L1,
    "binhex"_L1,
    "bisect"_L1,
    "builtins"_L1,
    "bz2"_L1,
    "calendar"_L1,
    "cgi"_L1,
    "cgitb"_L1,
    "chunk"_L1,
    "cmath"_L1,
    "cmd"_L1,
    "code"_L1,
    "codecs"_L1,
    "codeop"_L1,
    "collections"_L1,
    "colorsys"_L1,
    "compileall"_L1,
    "concurrent"_L1,
    "configparser"_L1,
    "contextlib"_L1,
    "contextvars"_L1,
    "copy"_L1,
    "copyreg"_L1,
    "crypt"_L1,
    "csv"_L1,
    "ctypes"_L1,
    "curses"_L1,
    "dataclasses"_L1,
    "datetime"_L1,
    "dbm"_L1,
    "decimal"_L1,
    "difflib"_L1,
    "dis"_L1,
    "distutils"_L1,
    "doctest"_L1,
    "dummy_threading"_L1,
    "email"_L1,
    "encodings"_L1,
    "ensurepip"_L1,
    "enum"_L1,
    "errno"_L1,
    "faulthandler"_L1,
    "fcntl"_L1,
    "filecmp"_L1,
    "fileinput"_L1,
    "fnmatch"_L1,
    "formatter"_L1,
    "fractions"_L1,
    "ftplib"_L1,
    "functools"_L1,
    "gc"_L1,
    "genericpath"_L1,
    "getopt"_L1,
    "getpass"_L1,
    "gettext"_L1,
    "glob"_L1,
    "graphlib"_L1,
    "grp"_L1,
    "gzip"_L1,
    "hashlib"_L1,
    "heapq"_L1,
    "hmac"_L1,
    "html"_L1,
    "http"_L1,
    "idlelib"_L1,
    "imaplib"_L1,
    "imghdr"_L1,
    "imp"_L1,
    "importlib"_L1,
    "inspect"_L1,
    "io"_L1,
    "ipaddress"_L1,
    "itertools"_L1,
    "json"_L1,
    "keyword"_L1,
    "lib2to3"_L1,
    "linecache"_L1,
    "locale"_L1,
    "logging"_L1,
    "lzma"_L1,
    "mailbox"_L1,
    "mailcap"_L1,
    "marshal"_L1,
    "math"_L1,
    "mimetypes"_L1,
    "mmap"_L1,
    "modulefinder"_L1,
    "msilib"_L1,
    "msvcrt"_L1,
    "multiprocessing"_L1,
    "netrc"_L1,
    "nis"_L1,
    "nntplib"_L1,
    "nt"_L1,
    "ntpath"_L1,
    "nturl2path"_L1,
    "numbers"_L1,
    "opcode"_L1,
    "operator"_L1,
    "optparse"_L1,
    "os"_L1,
    "ossaudiodev"_L1,
    "parser"_L1,
    "pathlib"_L1,
    "pdb"_L1,
    "pickle"_L1,
    "pickletools"_L1,
    "pipes"_L1,
    "pkgutil"_L1,
    "platform"_L1,
    "plistlib"_L1,
    "poplib"_L1,
    "posix"_L1,
    "posixpath"_L1,
    "pprint"_L1,
    "profile"_L1,
    "pstats"_L1,
    "pty"_L1,
    "pwd"_L1,
    "py_compile"_L1,
    "pyclbr"_L1,
    "pydoc"_L1,
    "pydoc_data"_L1,
    "pyexpat"_L1,
    "queue"_L1,
    "quopri"_L1,
    "random"_L1,
    "re"_L1,
    "readline"_L1,
    "reprlib"_L1,
    "resource"_L1,
    "rlcompleter"_L1,
    "runpy"_L1,
    "sched"_L1,
    "secrets"_L1,
    "select"_L1,
    "selectors"_L1,
    "shelve"_L1,
    "shlex"_L1,
    "shutil"_L1,
    "signal"_L1,
    "site"_L1,
    "smtpd"_L1,
    "smtplib"_L1,
    "sndhdr"_L1,
    "socket"_L1,
    "socketserver"_L1,
    "spwd"_L1,
    "sqlite3"_L1,
    "sre_compile"_L1,
    "sre_constants"_L1,
    "sre_parse"_L1,
    "ssl"_L1,
    "stat"_L1,
    "statistics"_L1,
    "string"_L1,
    "stringprep"_L1,
    "struct"_L1,
    "subprocess"_L1,
    "sunau"_L1,
    "symbol"_L1,
    "symtable"_L1,
    "sys"_L1,
    "sysconfig"_L1,
    "syslog"_L1,
    "tabnanny"_L1,
    "tarfile"_L1,
    "telnetlib"_L1,
    "tempfile"_L1,
    "termios"_L1,
    "textwrap"_L1,
    "this"_L1,
    "threading"_L1,
    "time"_L1,
    "timeit"_L1,
    "tkinter"_L1,
    "token"_L1,
    "tokenize"_L1,
    "tomllib"_L1,
    "trace"_L1,
    "traceback"_L1,
    "tracemalloc"_L1,
    "tty"_L1,
    "turtle"_L1,
    "turtledemo"_L1,
    "types"_L1,
    "typing"_L1,
    "unicodedata"_L1,
    "unittest"_L1,
    "urllib"_L1,
    "uu"_L1,
    "uuid"_L1,
    "venv"_L1,
    "warnings"_L1,
    "wave"_L1,
    "weakref"_L1,
    "webbrowser"_L1,
    "winreg"_L1,
    "winsound"_L1,
    "wsgiref"_L1,
    "xdrlib"_L1,
    "xml"_L1,
    "xmlrpc"_L1,
    "zipapp"_L1,
    "zipfile"_L1,
    "zipimport"_L1,
    "zlib"_L1,
    "zoneinfo"_L1,
};

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar character) { return character.unicode() < 0x80; });
}

// What the importable form of a name would be, as a suggestion: "My-Pkg" → "my_pkg".
QString suggestedImportName(const QString &name)
{
    QString suggestion = PythonNames::words(name).join(u'_');
    if (!suggestion.isEmpty() && suggestion.front().isDigit())
        suggestion.prepend(u"pkg_"_s);
    return suggestion;
}

} // namespace

bool PackageNameRules::isStandardLibraryModule(QStringView name)
{
    const auto found =
        std::lower_bound(standardLibrary.cbegin(), standardLibrary.cend(), name,
                         [](QLatin1StringView module, QStringView wanted) { return wanted.compare(module) > 0; });
    return found != standardLibrary.cend() && name.compare(*found) == 0;
}

std::optional<QString> PackageNameRules::importNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter the name the package is imported by, such as “weather_station”.");
    const QString suggestion = suggestedImportName(name);
    const QString instead = suggestion.isEmpty() || suggestion == name
        ? tr("Use lower-case ASCII letters, digits and underscores.")
        : tr("Try “%1”.").arg(suggestion);
    if (!isAscii(name))
        return tr("The import name may only use ASCII letters, digits and underscores. %1").arg(instead);
    if (name.front().isDigit())
        return tr("An import name cannot start with a digit. %1").arg(instead);
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (!identifier.match(name).hasMatch())
        return tr("An import name may only contain letters, digits and underscores (no spaces, hyphens or dots). %1")
            .arg(instead);
    if (PythonNames::isKeyword(name) || PythonNames::isKeyword(name.toLower()))
        return tr("“%1” is a Python keyword, so “import %1” would not work. Try “pkg_%2”.").arg(name, name.toLower());
    if (name != name.toLower())
        return tr("Import names are lower case (PEP 8). Try “%1”.").arg(name.toLower());
    if (isStandardLibraryModule(name))
        return tr("“%1” is a module of Python's standard library; the two would hide each other. Choose another "
                  "name, such as “%1_tools”.")
            .arg(name);
    return std::nullopt;
}

std::optional<QString> PackageNameRules::distributionNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter the name pip installs the package by, such as “weather-station”.");
    const QString suggestion = PythonNames::words(name).join(u'-');
    const QString instead = suggestion.isEmpty() || suggestion == name
        ? tr("Use ASCII letters, digits, hyphens, underscores and dots.")
        : tr("Try “%1”.").arg(suggestion);
    static const QRegularExpression allowed(u"^[A-Za-z0-9._-]+$"_s);
    if (!allowed.match(name).hasMatch())
        return tr("A distribution name may only contain ASCII letters, digits, hyphens, underscores and dots. %1")
            .arg(instead);
    static const QRegularExpression ends(u"^[A-Za-z0-9](.*[A-Za-z0-9])?$"_s);
    if (!ends.match(name).hasMatch())
        return tr("A distribution name must start and end with a letter or digit. %1").arg(instead);
    return std::nullopt;
}

} // namespace Pygen
