#include "project/TextFileReader.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using Pygen::TextFileReader;

class TextFileReaderTest final : public QObject
{
    Q_OBJECT

private:
    enum class Entry { File, Folder, Device, Nothing };

private Q_SLOTS:
    void readsOrExplains_data()
    {
        QTest::addColumn<Entry>("entry");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("sizeLimit");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedMessagePart");

        const qint64 normal = TextFileReader::defaultSizeLimit;
        QTest::newRow("utf-8 text") << Entry::File << QByteArray("print('h\xc3\xa9llo')\n") << normal
                                    << QStringLiteral("print('h\u00e9llo')\n") << QString();
        QTest::newRow("byte order mark is dropped")
            << Entry::File << QByteArray("\xef\xbb\xbfx = 1\n") << normal << QStringLiteral("x = 1\n") << QString();
        QTest::newRow("CRLF is kept") << Entry::File << QByteArray("a\r\nb") << normal << QStringLiteral("a\r\nb")
                                      << QString();
        QTest::newRow("empty file") << Entry::File << QByteArray() << normal << QString() << QString();
        QTest::newRow("exactly at the limit")
            << Entry::File << QByteArray(10, 'x') << qint64(10) << QString(10, u'x') << QString();
        QTest::newRow("missing") << Entry::Nothing << QByteArray() << normal << QString()
                                 << QStringLiteral("does not exist");
        QTest::newRow("device") << Entry::Device << QByteArray() << normal << QString()
                                << QStringLiteral("is not a regular file");
        QTest::newRow("folder") << Entry::Folder << QByteArray() << normal << QString()
                                << QStringLiteral("is a folder, not a file");
        QTest::newRow("over the limit") << Entry::File << QByteArray(11, 'x') << qint64(10) << QString()
                                        << QStringLiteral("than the 10 bytes that can be opened");
        QTest::newRow("binary") << Entry::File
                                << QByteArray("\x7f"
                                              "ELF\x02\x01\x00\x00",
                                              8)
                                << normal << QString() << QStringLiteral("is a binary file");
        QTest::newRow("latin-1 on line 3") << Entry::File << QByteArray("one\ntwo\ncaf\xe9\n") << normal << QString()
                                           << QStringLiteral("line 3 has bytes that are not UTF-8");
        QTest::newRow("cut-off sequence at the end") << Entry::File << QByteArray("ok\n\xc3") << normal << QString()
                                                     << QStringLiteral("line 2 has bytes that are not UTF-8");
    }

    void readsOrExplains()
    {
        QFETCH(Entry, entry);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, sizeLimit);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedMessagePart);

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("subject.py"));
        if (entry == Entry::File) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        } else if (entry == Entry::Folder) {
            QVERIFY(QDir(directory.path()).mkdir(QStringLiteral("subject.py")));
        } else if (entry == Entry::Device) {
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        }

        const TextFileReader::Result result = TextFileReader::read(path, sizeLimit);
        QCOMPARE(result.path, path);
        if (expectedMessagePart.isEmpty()) {
            QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
            QCOMPARE(result.text, expectedText);
        } else {
            QVERIFY(!result.succeeded());
            QVERIFY(result.text.isEmpty());
            QVERIFY2(result.errorMessage.contains(expectedMessagePart), qPrintable(result.errorMessage));
            // Every message names the file it is about.
            QVERIFY2(result.errorMessage.contains(QFileInfo(path).fileName()), qPrintable(result.errorMessage));
        }
    }

    void explainsAnEmptyPath()
    {
        const TextFileReader::Result result = TextFileReader::read(QString());
        QVERIFY(!result.succeeded());
        QVERIFY2(result.errorMessage.contains(QStringLiteral("No file name was given")),
                 qPrintable(result.errorMessage));
    }

    void readsInTheBackground()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("module.py"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("def answer():\n    return 42\n");
        file.close();

        QFutureWatcher<TextFileReader::Result> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<TextFileReader::Result>::finished);
        watcher.setFuture(TextFileReader::readInBackground(path));
        QVERIFY(finished.wait());
        QCOMPARE(watcher.result().text, QStringLiteral("def answer():\n    return 42\n"));
    }
};

QTEST_GUILESS_MAIN(TextFileReaderTest)
#include "TextFileReaderTest.moc"
