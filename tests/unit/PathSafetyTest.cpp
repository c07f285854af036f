#include "package/Package.h"
#include "package/PackagePath.h"

#include <QtTest/QTest>

#include <algorithm>

using Pygen::Package;
using Pygen::PackageFile;
using Pygen::PackageLimits;
using Pygen::PackagePath;
using namespace Qt::StringLiterals;

namespace {

PackageFile fileAt(const QString &path, const QByteArray &content = "x = 1\n")
{
    PackageFile file;
    file.path = path;
    file.content = content;
    return file;
}

QString printable(QString text)
{
    for (QChar &character : text) {
        if (character.unicode() < 0x20 || character.unicode() == 0x7f || character.isSurrogate()
            || character.category() == QChar::Other_Format)
            character = u'?';
    }
    return text;
}

} // namespace

class PathSafetyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedPart"); // empty: the path is safe

        int row = 0;
        const auto add = [&row](const QString &path, const QString &expectedPart) {
            QTest::addRow("%d: %s", ++row, qPrintable(printable(path).left(60))) << path << expectedPart;
        };

        add(u"/etc/passwd"_s, u"is absolute"_s);
        add(u"/"_s, u"is absolute"_s);
        add(u".."_s, u"leaves the package"_s);
        add(u"../evil.py"_s, u"leaves the package"_s);
        add(u"a/../b"_s, u"leaves the package"_s);
        add(u"a/.."_s, u"leaves the package"_s);
        add(u"a\\b.py"_s, u"backslash"_s);
        add(u"..\\..\\evil.py"_s, u"backslash"_s);
        add(u"C:foo"_s, u"drive letter"_s);
        add(u"c:/x"_s, u"drive letter"_s);
        add(u"ab:c"_s, u"contains ':'"_s);
        add(u"a/b<c.py"_s, u"contains '<'"_s);
        add(u"why?.md"_s, u"contains '?'"_s);
        add(u"a*.py"_s, u"contains '*'"_s);
        add(u"a|b"_s, u"contains '|'"_s);
        add(u"say\"hi\".txt"_s, u"contains '\"'"_s);
        add(u"a"_s + QChar(0) + u"b"_s, u"control character (U+0000)"_s);
        add(u"a\nb"_s, u"control character (U+000a)"_s);
        add(u"a\rb"_s, u"control character (U+000d)"_s);
        add(u"a\tb"_s, u"control character (U+0009)"_s);
        add(u"a\x7f"_s, u"control character (U+007f)"_s);
        add(u"a\u0085b"_s, u"control character (U+0085)"_s);
        add(u"evil\u202eyp.exe"_s, u"control character (U+202e)"_s);
        add(u"zero\u200bwidth.py"_s, u"control character (U+200b)"_s);
        add(u"line\u2028break"_s, u"control character (U+2028)"_s);
        add(u"bad"_s + QChar(0xd800) + u".py"_s, u"unpaired surrogate (U+d800)"_s);
        add(u"bad"_s + QChar(0xdc00) + u".py"_s, u"unpaired surrogate (U+dc00)"_s);
        add(QString(128, QChar(0xe9)), u"is 256 bytes long"_s); // é is two bytes in UTF-8
        add(u"src/"_s + QString(256, u'x') + u"/a.py"_s, u"is 256 bytes long"_s);
        add(QString(86, QChar(0x65e5)), u"is 258 bytes long"_s); // 日 is three bytes
        add(QString(), u"is empty"_s);
        add(u"a//b"_s, u"empty folder name"_s);
        add(u"a/"_s, u"empty folder name"_s);
        add(u"."_s, u"\".\" folder"_s);
        add(u"./a.py"_s, u"\".\" folder"_s);
        add(u"a/./b.py"_s, u"\".\" folder"_s);
        add(u"name. "_s, u"ends with a space or a dot"_s);
        add(u"trailing."_s, u"ends with a space or a dot"_s);
        add(u"..."_s, u"ends with a space or a dot"_s);
        add(u"src/aux.py"_s, u"is a device on Windows"_s);
        add(u"CON"_s, u"is a device on Windows"_s);
        add(u"docs/nul.tar.gz"_s, u"is a device on Windows"_s);
        add(u"com1.txt"_s, u"is a device on Windows"_s);
        add(u"Lpt9"_s, u"is a device on Windows"_s);
        // Folders tools run from or keep caches in, and compiled Python.
        const QString toolFolder = u"a tool folder"_s;
        add(u".git/config"_s, toolFolder);
        add(u".GIT/config"_s, toolFolder);
        add(u"src/.git/hooks/pre-commit"_s, toolFolder);
        add(u".git"_s, toolFolder); // a file that points git at another repository
        add(u"GIT~1/config"_s, toolFolder);
        add(u".venv/lib/python3.12/site-packages/x.pth"_s, toolFolder);
        add(u"venv/bin/activate"_s, toolFolder);
        add(u"src/pkg/__pycache__/mod.cpython-312.pyc"_s, toolFolder);
        add(u".hg/hgrc"_s, toolFolder);
        add(u".svn/entries"_s, toolFolder);
        add(u".tox/py312/x"_s, toolFolder);
        add(u"Node_Modules/x/index.js"_s, toolFolder);
        add(u".pytest_cache/v/cache/lastfailed"_s, toolFolder);
        add(u"src/pkg/mod.pyc"_s, u"is compiled Python"_s);
        add(u"mod.PYO"_s, u"is compiled Python"_s);

        // Safe ones.
        add(u"README.md"_s, QString());
        add(u".gitignore"_s, QString());
        add(u".gitattributes"_s, QString());
        add(u".github/workflows/ci.yml"_s, QString());
        add(u"src/pkg/venv.py"_s, QString());
        add(u"docs/pyc.md"_s, QString());
        add(u"src/pkg/mod.py"_s, QString());
        add(u"src/pkg/__init__.py"_s, QString());
        add(u"a/.hidden/b"_s, QString());
        add(u"...x"_s, QString());
        add(u"tests/test_\u00fcber.py"_s, QString());
        add(u"docs/\u65e5\u672c\u8a9e.md"_s, QString());
        add(u"emoji/\U0001F40D.py"_s, QString());
        add(u"name with spaces.txt"_s, QString());
        add(u"auxiliary.py"_s, QString());
        add(u"com10.py"_s, QString());
        add(QString(255, u'x'), QString());
        add(QString(127, QChar(0xe9)) + u'x', QString()); // 255 bytes
        add(QString(85, QChar(0x65e5)), QString()); // 255 bytes
    }

    void problem()
    {
        QFETCH(QString, path);
        QFETCH(QString, expectedPart);

        const std::optional<QString> problem = PackagePath::problem(path);
        QCOMPARE(PackagePath::isSafe(path), expectedPart.isEmpty());
        if (expectedPart.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            return;
        }
        QVERIFY(problem);
        QVERIFY2(problem->contains(expectedPart), qPrintable(*problem));
        if (expectedPart == u"a tool folder"_s || expectedPart == u"is compiled Python"_s) {
            QVERIFY2(problem->contains(path), qPrintable(*problem));
            QVERIFY2(problem->contains(u"must not be part of a package"_s), qPrintable(*problem));
        }
        // The message never carries the raw control character it complains about.
        for (const QChar character : *problem)
            QVERIFY(character.unicode() >= 0x20 && !character.isSurrogate());
    }

    void setFile_data()
    {
        QTest::addColumn<QStringList>("existingPaths");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedPart"); // empty: stored

        QTest::newRow("unsafe path") << QStringList() << u"../evil.py"_s << u"leaves the package"_s;
        QTest::newRow("absolute path") << QStringList() << u"/etc/cron.d/x"_s << u"is absolute"_s;
        QTest::newRow("case-fold collision")
            << QStringList{u"README.md"_s} << u"readme.md"_s << u"differs from README.md only in letter case"_s;
        QTest::newRow("case-fold collision in a folder")
            << QStringList{u"src/Pkg/mod.py"_s} << u"src/pkg/mod.py"_s << u"only in letter case"_s;
        QTest::newRow("composed and decomposed accents")
            << QStringList{u"caf\u00e9.py"_s} << u"cafe\u0301.py"_s << u"only in letter case"_s;
        QTest::newRow("file where a folder is")
            << QStringList{u"a/b/c.py"_s} << u"a/b"_s << u"both a file and a folder"_s;
        QTest::newRow("folder where a file is")
            << QStringList{u"a/b"_s} << u"a/b/c.py"_s << u"both a file and a folder"_s;
        QTest::newRow("file where a folder is, other case")
            << QStringList{u"A/b/c.py"_s} << u"a/B"_s << u"both a file and a folder"_s;
        QTest::newRow("folder spelled in another case")
            << QStringList{u"Pkg/a.py"_s} << u"pkg/b.py"_s << u"differs only in letter case"_s;
        QTest::newRow("inner folder spelled in another case")
            << QStringList{u"src/Weather/a.py"_s} << u"src/weather/sub/b.py"_s << u"differs only in letter case"_s;
        QTest::newRow("outer folder spelled in another case, existing file deeper")
            << QStringList{u"README.md"_s, u"Src/pkg/sub/a.py"_s} << u"src/pkg/b.py"_s
            << u"Rename one so both use the same spelling"_s;
        QTest::newRow("same folder, same spelling") << QStringList{u"pkg/a.py"_s} << u"pkg/b.py"_s << QString();
        QTest::newRow("same name in different folders") << QStringList{u"a/Pkg/x.py"_s} << u"b/pkg/y.py"_s << QString();
        QTest::newRow("a file named like a folder in another case")
            << QStringList{u"Pkg/a.py"_s} << u"pkg.py"_s << QString();
        QTest::newRow("same path replaces") << QStringList{u"a.py"_s} << u"a.py"_s << QString();
        QTest::newRow("similar names") << QStringList{u"a/b.py"_s} << u"a/bc.py"_s << QString();
        QTest::newRow("prefix that is not a folder") << QStringList{u"ab"_s} << u"a/b"_s << QString();
    }

    void setFile()
    {
        QFETCH(QStringList, existingPaths);
        QFETCH(QString, path);
        QFETCH(QString, expectedPart);

        Package package;
        for (const QString &existing : std::as_const(existingPaths))
            QCOMPARE(package.setFile(fileAt(existing)), std::nullopt);
        const std::optional<QString> problem = package.setFile(fileAt(path, "new\n"));
        if (expectedPart.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            QVERIFY(package.contains(path));
            QCOMPARE(package.file(path)->content, QByteArray("new\n"));
            return;
        }
        QVERIFY(problem);
        QVERIFY2(problem->contains(expectedPart), qPrintable(*problem));
        QVERIFY2(problem->contains(path), qPrintable(*problem));
        // A collision names the other path too, so the user knows what to rename.
        if (expectedPart.contains(u"letter case"_s) || expectedPart.contains(u"same spelling"_s)) {
            QVERIFY2(std::any_of(existingPaths.cbegin(), existingPaths.cend(),
                                 [&problem](const QString &existing) { return problem->contains(existing); }),
                     qPrintable(*problem));
        }
        QCOMPARE(package.fileCount(), existingPaths.size());
        QVERIFY(!package.contains(path));
    }

    void limits_data()
    {
        QTest::addColumn<QList<qsizetype>>("existingSizes");
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("replaceFirst");
        QTest::addColumn<QString>("expectedPart");

        // Limits: 10 bytes a file, 3 files, 25 bytes in all.
        QTest::newRow("file at the size limit") << QList<qsizetype>{} << qsizetype(10) << false << QString();
        QTest::newRow("file over the size limit")
            << QList<qsizetype>{} << qsizetype(11) << false << u"more than the limit of"_s;
        QTest::newRow("third file") << QList<qsizetype>{1, 1} << qsizetype(1) << false << QString();
        QTest::newRow("fourth file") << QList<qsizetype>{1, 1, 1} << qsizetype(1) << false << u"already has 3 files"_s;
        QTest::newRow("replacing at the count limit") << QList<qsizetype>{1, 1, 1} << qsizetype(5) << true << QString();
        QTest::newRow("total at the limit") << QList<qsizetype>{10, 10} << qsizetype(5) << false << QString();
        QTest::newRow("total over the limit")
            << QList<qsizetype>{10, 10} << qsizetype(6) << false << u"larger than the limit of"_s;
        QTest::newRow("replacing a file counts its new size only")
            << QList<qsizetype>{10, 10} << qsizetype(10) << true << QString();
        QTest::newRow("replacing with more than fits")
            << QList<qsizetype>{10, 10, 5} << qsizetype(11) << true << u"more than the limit of"_s;
    }

    void limits()
    {
        QFETCH(QList<qsizetype>, existingSizes);
        QFETCH(qsizetype, size);
        QFETCH(bool, replaceFirst);
        QFETCH(QString, expectedPart);

        Package package(PackageLimits{10, 3, 25});
        for (qsizetype index = 0; index < existingSizes.size(); ++index)
            QCOMPARE(package.setFile(fileAt(u"f%1.py"_s.arg(index), QByteArray(existingSizes.at(index), 'x'))),
                     std::nullopt);
        const QString path = replaceFirst ? u"f0.py"_s : u"new.py"_s;
        const std::optional<QString> problem = package.setFile(fileAt(path, QByteArray(size, 'y')));
        if (expectedPart.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            QCOMPARE(package.file(path)->content.size(), size);
            return;
        }
        QVERIFY(problem);
        QVERIFY2(problem->contains(expectedPart), qPrintable(*problem));
        QVERIFY2(problem->contains(path), qPrintable(*problem));
        if (replaceFirst)
            QCOMPARE(package.file(path)->content.size(), existingSizes.constFirst());
        else
            QVERIFY(!package.contains(path));
    }

    void filesStaySorted()
    {
        Package package;
        for (const QString &path : {u"tests/test_a.py"_s, u"README.md"_s, u"src/pkg/b.py"_s, u"src/pkg/a.py"_s})
            QCOMPARE(package.setFile(fileAt(path)), std::nullopt);
        QStringList paths;
        for (const PackageFile &file : package.files())
            paths.append(file.path);
        QCOMPARE(paths, (QStringList{u"README.md"_s, u"src/pkg/a.py"_s, u"src/pkg/b.py"_s, u"tests/test_a.py"_s}));
        QVERIFY(package.removeFile(u"src/pkg/a.py"_s));
        QVERIFY(!package.removeFile(u"src/pkg/a.py"_s));
        QCOMPARE(package.fileCount(), 3);
        QCOMPARE(package.totalBytes(), 3 * qint64(fileAt(QString()).content.size()));
    }

    // A copy handed to a worker thread must not change when the original is edited.
    void copiesAreIndependent()
    {
        Package original;
        QCOMPARE(original.setFile(fileAt(u"a.py"_s, "old\n")), std::nullopt);
        const Package copy = original;
        QCOMPARE(original.setFile(fileAt(u"a.py"_s, "new\n")), std::nullopt);
        QCOMPARE(original.file(u"a.py"_s)->content, QByteArray("new\n"));
        QCOMPARE(copy.file(u"a.py"_s)->content, QByteArray("old\n"));
    }
};

QTEST_GUILESS_MAIN(PathSafetyTest)
#include "PathSafetyTest.moc"
