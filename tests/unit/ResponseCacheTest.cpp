#include "llm/ResponseCache.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Pygen::CachedResponse;
using Pygen::ChatMessage;
using Pygen::ChatRequest;
using Pygen::ResponseCache;

Q_DECLARE_METATYPE(Pygen::ChatRequest)

namespace {

// Generous: 200 stores under the sanitizers on a busy two-core machine.
constexpr int asyncTimeoutMs = 120'000;

ChatRequest baseRequest()
{
    ChatRequest request;
    request.model = u"qwen2.5-coder:7b"_s;
    request.messages = {{ChatMessage::Role::System, u"You write Python packages."_s},
                        {ChatMessage::Role::User, u"Write a slugify function."_s}};
    request.temperature = 0.2;
    request.maximumOutputTokens = 4096;
    request.seed = 42;
    request.jsonSchema = QJsonObject{{u"type"_s, u"object"_s}};
    return request;
}

const QString baseProvider = u"ollama"_s;
const QUrl baseUrl(u"http://localhost:11434/api"_s);

// A valid key that depends on `name`, so tests can make as many distinct ones as they need.
QByteArray keyNamed(const QByteArray &name)
{
    return QCryptographicHash::hash(name, QCryptographicHash::Sha256).toHex();
}

CachedResponse reply(const QString &text)
{
    CachedResponse response;
    response.text = text;
    return response;
}

// Every file under `directory`, with its contents.
QMap<QString, QByteArray> filesUnder(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator iterator(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (iterator.hasNext()) {
        const QString path = iterator.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, file.readAll());
    }
    return files;
}

bool setModificationTime(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class ResponseCacheTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIsStableAndHex()
    {
        const QByteArray key = ResponseCache::keyFor(baseProvider, baseUrl, baseRequest());
        QCOMPARE(key.size(), 64);
        QVERIFY(ResponseCache::isValidKey(key));
        QCOMPARE(key, key.toLower());
        QCOMPARE(ResponseCache::keyFor(baseProvider, baseUrl, baseRequest()), key);
        // Independent of the hash of any one run: the inputs are what is hashed.
        QCOMPARE(key,
                 QCryptographicHash::hash(QJsonDocument(ResponseCache::keyInputs(baseProvider, baseUrl, baseRequest()))
                                              .toJson(QJsonDocument::Compact),
                                          QCryptographicHash::Sha256)
                     .toHex());
    }

    void keyDependsOnEverythingThatDecidesTheReply_data()
    {
        QTest::addColumn<QString>("providerKind");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<ChatRequest>("request");
        QTest::addColumn<bool>("sameKey");

        const auto changed = [](auto change) {
            ChatRequest request = baseRequest();
            change(request);
            return request;
        };
        QTest::newRow("identical") << baseProvider << baseUrl << baseRequest() << true;
        QTest::newRow("trailing slash") << baseProvider << QUrl(u"http://localhost:11434/api/"_s) << baseRequest()
                                        << true;
        QTest::newRow("user info") << baseProvider << QUrl(u"http://me:sk-secret@localhost:11434/api"_s)
                                   << baseRequest() << true;
        QTest::newRow("query") << baseProvider << QUrl(u"http://localhost:11434/api?key=sk-secret"_s) << baseRequest()
                               << true;
        QTest::newRow("fragment") << baseProvider << QUrl(u"http://localhost:11434/api#x"_s) << baseRequest() << true;
        QTest::newRow("host case") << baseProvider << QUrl(u"http://LOCALHOST:11434/api"_s) << baseRequest() << true;
        QTest::newRow("useCache flag") << baseProvider << baseUrl << changed([](ChatRequest &r) { r.useCache = false; })
                                       << true;

        QTest::newRow("provider kind") << u"openai"_s << baseUrl << baseRequest() << false;
        QTest::newRow("host") << baseProvider << QUrl(u"http://otherhost:11434/api"_s) << baseRequest() << false;
        QTest::newRow("port") << baseProvider << QUrl(u"http://localhost:11435/api"_s) << baseRequest() << false;
        QTest::newRow("path") << baseProvider << QUrl(u"http://localhost:11434/v1"_s) << baseRequest() << false;
        QTest::newRow("scheme") << baseProvider << QUrl(u"https://localhost:11434/api"_s) << baseRequest() << false;
        QTest::newRow("model") << baseProvider << baseUrl
                               << changed([](ChatRequest &r) { r.model = u"qwen2.5-coder:14b"_s; }) << false;
        QTest::newRow("system content") << baseProvider << baseUrl << changed([](ChatRequest &r) {
            r.messages[0].content = u"You write Rust crates."_s;
        }) << false;
        QTest::newRow("user content") << baseProvider << baseUrl << changed([](ChatRequest &r) {
            r.messages[1].content = u"Write a slugify function!"_s;
        }) << false;
        QTest::newRow("role") << baseProvider << baseUrl
                              << changed([](ChatRequest &r) { r.messages[1].role = ChatMessage::Role::Assistant; })
                              << false;
        QTest::newRow("extra message") << baseProvider << baseUrl << changed([](ChatRequest &r) {
            r.messages.append({ChatMessage::Role::User, u"Thanks"_s});
        }) << false;
        QTest::newRow("message order") << baseProvider << baseUrl
                                       << changed([](ChatRequest &r) { r.messages.swapItemsAt(0, 1); }) << false;
        QTest::newRow("temperature") << baseProvider << baseUrl << changed([](ChatRequest &r) { r.temperature = 0.3; })
                                     << false;
        QTest::newRow("temperature unset")
            << baseProvider << baseUrl << changed([](ChatRequest &r) { r.temperature.reset(); }) << false;
        QTest::newRow("maximum tokens") << baseProvider << baseUrl
                                        << changed([](ChatRequest &r) { r.maximumOutputTokens = 4097; }) << false;
        QTest::newRow("seed") << baseProvider << baseUrl << changed([](ChatRequest &r) { r.seed = 43; }) << false;
        QTest::newRow("seed unset") << baseProvider << baseUrl << changed([](ChatRequest &r) { r.seed.reset(); })
                                    << false;
        QTest::newRow("schema") << baseProvider << baseUrl
                                << changed([](ChatRequest &r) { r.jsonSchema[u"type"_s] = u"array"_s; }) << false;
        QTest::newRow("schema removed") << baseProvider << baseUrl << changed([](ChatRequest &r) { r.jsonSchema = {}; })
                                        << false;
    }

    void keyDependsOnEverythingThatDecidesTheReply()
    {
        QFETCH(QString, providerKind);
        QFETCH(QUrl, url);
        QFETCH(ChatRequest, request);
        QFETCH(bool, sameKey);

        const QByteArray reference = ResponseCache::keyFor(baseProvider, baseUrl, baseRequest());
        QCOMPARE(ResponseCache::keyFor(providerKind, url, request) == reference, sameKey);
    }

    void keyInputsHoldNoSecret()
    {
        const QJsonObject inputs = ResponseCache::keyInputs(
            baseProvider, QUrl(u"https://me:sk-secret@api.example.com/v1/?key=sk-secret#sk-secret"_s), baseRequest());
        QCOMPARE(inputs.value(u"baseUrl"_s).toString(), u"https://api.example.com/v1"_s);
        QCOMPARE(inputs.value(u"providerKind"_s).toString(), baseProvider);
        QCOMPARE(inputs.value(u"generatorVersion"_s).toInt(), ResponseCache::generatorVersion);
        QCOMPARE(inputs.value(u"request"_s).toObject(), baseRequest().toJson());
    }

    void defaultDirectoryIsInTheCacheLocation()
    {
        const QString location = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        QVERIFY(!location.isEmpty());
        QCOMPARE(ResponseCache::defaultDirectory(), location + u"/pygen-studio/responses"_s);
        const ResponseCache cache;
        QCOMPARE(cache.directory(), location + u"/pygen-studio/responses"_s);
        QCOMPARE(cache.maximumBytes(), ResponseCache::defaultMaximumBytes);
    }

    void storesAndFindsAReply()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        ResponseCache cache(directory.path());
        const QByteArray key = keyNamed("a");

        QVERIFY(!cache.lookupNow(key));
        QCOMPARE(cache.entryCount(), 0);

        CachedResponse response = reply(u"def slugify(text):\n    return text\n"_s);
        response.usage.promptTokens = 120;
        response.usage.outputTokens = 33;
        response.usage.tokensPerSecond = 41.5;
        response.usage.totalMs = 1200;
        response.storedAt = QDateTime(QDate(2025, 3, 1), QTime(12, 30, 5, 250), QTimeZone::UTC);
        QCOMPARE(cache.storeNow(key, response), QString());

        QCOMPARE(cache.entryCount(), 1);
        QVERIFY(QFileInfo(cache.entryPath(key)).isFile());
        QCOMPARE(cache.sizeOnDisk(), QFileInfo(cache.entryPath(key)).size());
        QVERIFY(cache.entryPath(key).startsWith(directory.path() + u'/' + QLatin1StringView(key.first(2)) + u'/'));

        const std::optional<CachedResponse> found = cache.lookupNow(key);
        QVERIFY(found);
        QCOMPARE(found->text, response.text);
        QCOMPARE(found->usage.promptTokens, std::optional<int>(120));
        QCOMPARE(found->usage.outputTokens, std::optional<int>(33));
        QCOMPARE(found->usage.tokensPerSecond, std::optional<double>(41.5));
        QVERIFY(!found->usage.timeToFirstTokenMs);
        QCOMPARE(found->usage.totalMs, std::optional<qint64>(1200));
        QCOMPARE(found->storedAt, response.storedAt);
        QCOMPARE(found->storedAt.timeSpec(), Qt::UTC);

        QVERIFY(!cache.lookupNow(keyNamed("b")));
    }

    void unsetStorageTimeBecomesNow()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QCOMPARE(cache.storeNow(keyNamed("a"), reply(u"x = 1"_s)), QString());
        const std::optional<CachedResponse> found = cache.lookupNow(keyNamed("a"));
        QVERIFY(found);
        QVERIFY(found->storedAt >= before);
        QVERIFY(found->storedAt <= QDateTime::currentDateTimeUtc());
    }

    void asynchronousApiReportsThroughWatchers()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        const QByteArray key = keyNamed("async");

        QFutureWatcher<QString> storeWatcher;
        QSignalSpy stored(&storeWatcher, &QFutureWatcherBase::finished);
        storeWatcher.setFuture(cache.store(key, reply(u"print('hi')"_s)));
        QTRY_COMPARE(stored.count(), 1);
        QCOMPARE(storeWatcher.result(), QString());

        QFutureWatcher<std::optional<CachedResponse>> lookupWatcher;
        QSignalSpy looked(&lookupWatcher, &QFutureWatcherBase::finished);
        lookupWatcher.setFuture(cache.lookup(key));
        QTRY_COMPARE(looked.count(), 1);
        QVERIFY(lookupWatcher.result());
        QCOMPARE(lookupWatcher.result()->text, u"print('hi')"_s);

        lookupWatcher.setFuture(cache.lookup(keyNamed("other")));
        QTRY_COMPARE(looked.count(), 2);
        QVERIFY(!lookupWatcher.result());
    }

    void requestFormsUseTheKeyAndKeepTheInputs()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        const ChatRequest request = baseRequest();

        QFuture<QString> storing = cache.store(baseProvider, baseUrl, request, reply(u"answer"_s));
        QTRY_VERIFY_WITH_TIMEOUT(storing.isFinished(), asyncTimeoutMs);
        QCOMPARE(storing.result(), QString());

        QFuture<std::optional<CachedResponse>> looking = cache.lookup(baseProvider, baseUrl, request);
        QTRY_VERIFY_WITH_TIMEOUT(looking.isFinished(), asyncTimeoutMs);
        QVERIFY(looking.result());
        QCOMPARE(looking.result()->text, u"answer"_s);

        const QByteArray key = ResponseCache::keyFor(baseProvider, baseUrl, request);
        QVERIFY(cache.lookupNow(key));
        QFile file(cache.entryPath(key));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(entry.value(u"inputs"_s).toObject(), ResponseCache::keyInputs(baseProvider, baseUrl, request));

        // Any change to the request is another entry.
        ChatRequest other = request;
        other.temperature = 0.9;
        QVERIFY(!cache.lookupNow(baseProvider, baseUrl, other));
    }

    void bypasses_data()
    {
        QTest::addColumn<bool>("cacheEnabled");
        QTest::addColumn<bool>("useCache");
        QTest::addColumn<bool>("bypassed");

        QTest::newRow("enabled, request uses cache") << true << true << false;
        QTest::newRow("request skips the cache") << true << false << true;
        QTest::newRow("cache switched off") << false << true << true;
        QTest::newRow("both") << false << false << true;
    }

    void bypasses()
    {
        QFETCH(bool, cacheEnabled);
        QFETCH(bool, useCache);
        QFETCH(bool, bypassed);

        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        ChatRequest request = baseRequest();
        request.useCache = useCache;
        // An entry for this very request is already there, so a lookup that finds nothing was bypassed.
        QCOMPARE(cache.storeNow(ResponseCache::keyFor(baseProvider, baseUrl, request), reply(u"old"_s)), QString());
        cache.setEnabled(cacheEnabled);
        QCOMPARE(cache.isEnabled(), cacheEnabled);

        QCOMPARE(!cache.lookupNow(baseProvider, baseUrl, request), bypassed);
        QFuture<std::optional<CachedResponse>> looking = cache.lookup(baseProvider, baseUrl, request);
        QTRY_VERIFY_WITH_TIMEOUT(looking.isFinished(), asyncTimeoutMs);
        QCOMPARE(!looking.result(), bypassed);

        ChatRequest other = request;
        other.model = u"another-model"_s;
        QCOMPARE(cache.storeNow(baseProvider, baseUrl, other, reply(u"new"_s)), QString());
        QFuture<QString> storing = cache.store(baseProvider, baseUrl, other, reply(u"newer"_s));
        QTRY_VERIFY_WITH_TIMEOUT(storing.isFinished(), asyncTimeoutMs);
        QCOMPARE(storing.result(), QString());
        cache.waitForIdle();
        QCOMPARE(cache.entryCount(), bypassed ? 1 : 2);

        if (!cacheEnabled) {
            // The key-based forms honour the switch too.
            QVERIFY(!cache.lookupNow(ResponseCache::keyFor(baseProvider, baseUrl, request)));
            QCOMPARE(cache.storeNow(keyNamed("z"), reply(u"z"_s)), QString());
            QCOMPARE(cache.entryCount(), 1);
        }
    }

    void emptyRepliesAreNotStored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("whitespace") << u" \n\t "_s;
    }

    void emptyRepliesAreNotStored()
    {
        QFETCH(QString, text);
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        QCOMPARE(cache.storeNow(keyNamed("a"), reply(text)), QString());
        QCOMPARE(cache.entryCount(), 0);
        QVERIFY(!cache.lookupNow(keyNamed("a")));
    }

    void leastRecentlyUsedGoFirst()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        QList<QByteArray> keys;
        for (int i = 0; i < 5; ++i) {
            keys.append(keyNamed(QByteArray::number(i)));
            QCOMPARE(cache.storeNow(keys.last(), reply(u"reply number %1"_s.arg(i))), QString());
        }
        cache.waitForIdle();
        QCOMPARE(cache.entryCount(), 5);
        const qint64 entrySize = QFileInfo(cache.entryPath(keys[0])).size();
        QCOMPARE(cache.sizeOnDisk(), 5 * entrySize);

        // Stored in order 0..4, long ago; then entry 0 is read, which makes it the most recent.
        const QDateTime longAgo(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::UTC);
        for (int i = 0; i < 5; ++i)
            QVERIFY(setModificationTime(cache.entryPath(keys[i]), longAgo.addSecs(60 * i)));
        QVERIFY(cache.lookupNow(keys[0]));

        cache.setMaximumBytes(3 * entrySize);
        cache.waitForIdle();
        QCOMPARE(cache.entryCount(), 3);
        QVERIFY(QFileInfo::exists(cache.entryPath(keys[0])));
        QVERIFY(!QFileInfo::exists(cache.entryPath(keys[1])));
        QVERIFY(!QFileInfo::exists(cache.entryPath(keys[2])));
        QVERIFY(QFileInfo::exists(cache.entryPath(keys[3])));
        QVERIFY(QFileInfo::exists(cache.entryPath(keys[4])));

        // The order survives a restart: it is in the files, not in the object.
        ResponseCache restarted(directory.path(), entrySize);
        restarted.evictNow();
        QCOMPARE(restarted.entryCount(), 1);
        QVERIFY(QFileInfo::exists(cache.entryPath(keys[0])));
    }

    void storingEvictsInTheBackground()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        QCOMPARE(cache.storeNow(keyNamed("probe"), reply(u"reply number 0"_s)), QString());
        const qint64 entrySize = cache.sizeOnDisk();
        cache.setMaximumBytes(4 * entrySize);
        for (int i = 1; i < 10; ++i) {
            QFuture<QString> storing = cache.store(keyNamed(QByteArray::number(i)), reply(u"reply number %1"_s.arg(i)));
            QTRY_VERIFY_WITH_TIMEOUT(storing.isFinished(), asyncTimeoutMs);
            QCOMPARE(storing.result(), QString());
        }
        cache.waitForIdle();
        QVERIFY(cache.sizeOnDisk() <= 4 * entrySize);
        QCOMPARE(cache.entryCount(), 4);
    }

    void zeroLimitKeepsNothing()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path(), -5);
        QCOMPARE(cache.maximumBytes(), 0);
        QCOMPARE(cache.storeNow(keyNamed("a"), reply(u"a"_s)), QString());
        cache.waitForIdle();
        QCOMPARE(cache.entryCount(), 0);
    }

    void oldLeftoversOfInterruptedWritesAreRemoved()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        const QByteArray key = keyNamed("a");
        const QString oldLeftover = cache.entryPath(key) + u".Ab12Cd"_s;
        const QString newLeftover = cache.entryPath(key) + u".Ef34Gh"_s;
        QVERIFY(writeFile(oldLeftover, "{\"format\":1,"));
        QVERIFY(writeFile(newLeftover, "{\"format\":1,"));
        QVERIFY(setModificationTime(oldLeftover, QDateTime::currentDateTimeUtc().addDays(-1)));

        cache.evictNow();
        QVERIFY(!QFileInfo::exists(oldLeftover));
        QVERIFY(QFileInfo::exists(newLeftover));
        QCOMPARE(cache.entryCount(), 0);
    }

    void corruptEntriesAreMissesAndRemoved_data()
    {
        QTest::addColumn<QByteArray>("contents");

        const QByteArray key = keyNamed("corrupt");
        const auto entry = [&key](const QJsonObject &changes) {
            QJsonObject json{{u"format"_s, 1},
                             {u"key"_s, QString::fromLatin1(key)},
                             {u"storedAt"_s, u"2025-03-01T12:00:00.000Z"_s},
                             {u"text"_s, u"reply"_s},
                             {u"usage"_s, QJsonObject{{u"promptTokens"_s, 3}}}};
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it.value().isNull())
                    json.remove(it.key());
                else
                    json.insert(it.key(), it.value());
            }
            return QJsonDocument(json).toJson(QJsonDocument::Compact);
        };
        const QByteArray valid = entry({});
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("\x89PNG\r\n\x1a\n", 8);
        QTest::newRow("cut off") << valid.first(valid.size() / 2);
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("other format") << entry({{u"format"_s, 2}});
        QTest::newRow("other key") << entry({{u"key"_s, QString::fromLatin1(keyNamed("x"))}});
        QTest::newRow("no key") << entry({{u"key"_s, QJsonValue::Null}});
        QTest::newRow("no text") << entry({{u"text"_s, QJsonValue::Null}});
        QTest::newRow("empty text") << entry({{u"text"_s, QString()}});
        QTest::newRow("text not a string") << entry({{u"text"_s, 5}});
        QTest::newRow("bad time") << entry({{u"storedAt"_s, u"yesterday"_s}});
        QTest::newRow("usage not an object") << entry({{u"usage"_s, u"lots"_s}});
        QTest::newRow("negative tokens") << entry({{u"usage"_s, QJsonObject{{u"outputTokens"_s, -1}}}});
        QTest::newRow("fractional tokens") << entry({{u"usage"_s, QJsonObject{{u"outputTokens"_s, 1.5}}}});
        QTest::newRow("tokens as text") << entry({{u"usage"_s, QJsonObject{{u"promptTokens"_s, u"3"_s}}}});
        QTest::newRow("inputs of another request")
            << entry({{u"inputs"_s, ResponseCache::keyInputs(baseProvider, baseUrl, baseRequest())}});
        QTest::newRow("inputs not an object") << entry({{u"inputs"_s, 1}});
    }

    void corruptEntriesAreMissesAndRemoved()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir directory;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Removing unusable response cache entry "_s));
        ResponseCache cache(directory.path());
        const QByteArray key = keyNamed("corrupt");
        QVERIFY(writeFile(cache.entryPath(key), contents));
        QCOMPARE(cache.entryCount(), 1);

        QVERIFY(!cache.lookupNow(key));
        QVERIFY(!QFileInfo::exists(cache.entryPath(key)));
        QCOMPARE(cache.entryCount(), 0);

        // The slot works again.
        QCOMPARE(cache.storeNow(key, reply(u"fresh"_s)), QString());
        QCOMPARE(cache.lookupNow(key)->text, u"fresh"_s);
    }

    void theCorruptionTableStartsFromAValidEntry()
    {
        // Guards the table above: without its changes, the entry it builds is a hit.
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        const QByteArray key = keyNamed("corrupt");
        QVERIFY(writeFile(cache.entryPath(key),
                          QJsonDocument(QJsonObject{{u"format"_s, 1},
                                                    {u"key"_s, QString::fromLatin1(key)},
                                                    {u"storedAt"_s, u"2025-03-01T12:00:00.000Z"_s},
                                                    {u"text"_s, u"reply"_s},
                                                    {u"usage"_s, QJsonObject{{u"promptTokens"_s, 3}}}})
                              .toJson(QJsonDocument::Compact)));
        const std::optional<CachedResponse> found = cache.lookupNow(key);
        QVERIFY(found);
        QCOMPARE(found->usage.promptTokens, std::optional<int>(3));
        QCOMPARE(found->storedAt, QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::UTC));
    }

    void invalidKeysAreRejected_data()
    {
        QTest::addColumn<QByteArray>("key");
        const QByteArray valid = keyNamed("a");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("parent folder") << QByteArray("../../../../tmp/escaped");
        QTest::newRow("parent folder, 64 characters") << QByteArray("../" + valid.first(61));
        QTest::newRow("slash inside") << QByteArray(valid.first(30) + '/' + valid.first(33));
        QTest::newRow("upper case") << valid.toUpper();
        QTest::newRow("63 characters") << valid.first(63);
        QTest::newRow("65 characters") << QByteArray(valid + 'a');
        QTest::newRow("not hex") << QByteArray(64, 'g');
        QTest::newRow("NUL inside") << QByteArray(valid.first(10) + '\0' + valid.first(53));
    }

    void invalidKeysAreRejected()
    {
        QFETCH(QByteArray, key);
        QTemporaryDir parent;
        const QString cacheDirectory = parent.filePath(u"cache"_s);
        ResponseCache cache(cacheDirectory);

        QVERIFY(!ResponseCache::isValidKey(key));
        const QRegularExpression invalidKeyWarning(u"^Response cache (lookup|store) with an invalid key"_s);
        for (int i = 0; i < 3; ++i)
            QTest::ignoreMessage(QtWarningMsg, invalidKeyWarning);
        QCOMPARE(cache.entryPath(key), QString());
        QVERIFY(!cache.lookupNow(key));
        QVERIFY(cache.storeNow(key, reply(u"text"_s)).contains(u"64 hexadecimal characters"_s));
        QFuture<QString> storing = cache.store(key, reply(u"text"_s));
        QTRY_VERIFY_WITH_TIMEOUT(storing.isFinished(), asyncTimeoutMs);
        QVERIFY(!storing.result().isEmpty());
        cache.waitForIdle();
        QCOMPARE(filesUnder(parent.path()).size(), 0);
        QVERIFY(!QFileInfo::exists(u"/tmp/escaped.json"_s));
    }

    void unwritableFolderIsNamed_data()
    {
        QTest::addColumn<QString>("blocker");
        QTest::addColumn<QString>("expectedMessagePart");

        // Tests may run as root, which ignores permissions: a file where a folder belongs stops it too.
        QTest::newRow("cache folder is a file") << u"cache"_s << u"the folder"_s;
        QTest::newRow("its parent is a file") << u"."_s << u"the folder"_s;
        QTest::newRow("shard is a file") << u"cache/<shard>"_s << u"the folder"_s;
        QTest::newRow("entry is a folder") << u"cache/<shard>/<key>.json/x"_s << u"a file could not be created"_s;
    }

    void unwritableFolderIsNamed()
    {
        QFETCH(QString, blocker);
        QFETCH(QString, expectedMessagePart);

        QTemporaryDir parent;
        const QString root = blocker == u"."_s ? parent.filePath(u"file"_s) : parent.path();
        const QString cacheDirectory = root + u"/cache"_s;
        const QByteArray key = keyNamed("a");
        const QString blockerPath = blocker == u"."_s
            ? root
            : parent.filePath(QString(blocker)
                                  .replace(u"<shard>"_s, QLatin1StringView(key.first(2)))
                                  .replace(u"<key>"_s, QLatin1StringView(key)));
        QVERIFY(writeFile(blockerPath, "not a folder"));

        ResponseCache cache(cacheDirectory);
        if (blocker.endsWith(u"/x"_s)) {
            // The lookup below finds a folder where the entry belongs, and cannot remove it.
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Removing unusable response cache entry "_s));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Could not remove "_s));
        }
        const QString message = cache.storeNow(key, reply(u"text"_s));
        QVERIFY2(message.contains(QDir::toNativeSeparators(cacheDirectory)), qPrintable(message));
        QVERIFY2(message.contains(expectedMessagePart), qPrintable(message));
        QVERIFY(!cache.lookupNow(key));
    }

    void concurrentStoresAreAllReadable()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        constexpr int count = 200;

        // Half through the cache's own futures, half through storeNow on the global pool.
        QList<QFuture<QString>> stores;
        for (int i = 0; i < count; ++i) {
            const QByteArray key = keyNamed(QByteArray::number(i));
            const CachedResponse response = reply(u"reply %1"_s.arg(i));
            if (i % 2 == 0)
                stores.append(cache.store(key, response));
            else
                stores.append(QtConcurrent::run([&cache, key, response] { return cache.storeNow(key, response); }));
        }
        for (QFuture<QString> &store : stores) {
            QTRY_VERIFY_WITH_TIMEOUT(store.isFinished(), asyncTimeoutMs);
            QCOMPARE(store.result(), QString());
        }
        cache.waitForIdle();
        QCOMPARE(cache.entryCount(), count);
        for (int i = 0; i < count; ++i) {
            const std::optional<CachedResponse> found = cache.lookupNow(keyNamed(QByteArray::number(i)));
            QVERIFY(found);
            QCOMPARE(found->text, u"reply %1"_s.arg(i));
        }
    }

    void concurrentStoresOfOneKeyNeverTear()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        const QByteArray key = keyNamed("shared");
        constexpr int count = 60;
        // Large replies, so a torn write would be likely to show.
        const auto text = [](int i) { return QString(64 * 1024, QChar(char16_t(u'a' + i % 26))) + QString::number(i); };
        QCOMPARE(cache.storeNow(key, reply(text(0))), QString());

        QList<QFuture<QString>> stores;
        QList<QFuture<bool>> lookups;
        for (int i = 1; i <= count; ++i) {
            stores.append(cache.store(key, reply(text(i))));
            // Every lookup finds a whole reply: the old one or one of the new ones.
            lookups.append(QtConcurrent::run([&cache, key, text] {
                const std::optional<CachedResponse> found = cache.lookupNow(key);
                if (!found)
                    return false;
                for (int j = 0; j <= count; ++j) {
                    if (found->text == text(j))
                        return true;
                }
                return false;
            }));
        }
        for (QFuture<QString> &store : stores) {
            QTRY_VERIFY_WITH_TIMEOUT(store.isFinished(), asyncTimeoutMs);
            QCOMPARE(store.result(), QString());
        }
        for (QFuture<bool> &lookup : lookups) {
            QTRY_VERIFY_WITH_TIMEOUT(lookup.isFinished(), asyncTimeoutMs);
            QVERIFY(lookup.result());
        }
        cache.waitForIdle();
        QCOMPARE(cache.entryCount(), 1);
        QVERIFY(cache.lookupNow(key));
    }

    void clearRemovesEntriesOnly()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(cache.storeNow(keyNamed(QByteArray::number(i)), reply(u"r"_s)), QString());
        // Someone pointed the cache at a folder with other things in it: those stay.
        const QString notes = directory.filePath(u"notes.txt"_s);
        const QString inShard = directory.filePath(u"ab/readme.md"_s);
        const QString otherFolder = directory.filePath(u"projects/%1.json"_s.arg(QLatin1StringView(keyNamed("x"))));
        QVERIFY(writeFile(notes, "mine"));
        QVERIFY(writeFile(inShard, "mine"));
        QVERIFY(writeFile(otherFolder, "mine"));

        QFuture<QString> clearing = cache.clear();
        QTRY_VERIFY_WITH_TIMEOUT(clearing.isFinished(), asyncTimeoutMs);
        QCOMPARE(clearing.result(), QString());
        cache.waitForIdle();
        QCOMPARE(cache.entryCount(), 0);
        QCOMPARE(cache.sizeOnDisk(), 0);
        QVERIFY(!cache.lookupNow(keyNamed("0")));
        const QMap<QString, QByteArray> left = filesUnder(directory.path());
        QCOMPARE(QSet<QString>(left.keyBegin(), left.keyEnd()), (QSet<QString>{notes, inShard, otherFolder}));

        // And it keeps working.
        QCOMPARE(cache.storeNow(keyNamed("0"), reply(u"again"_s)), QString());
        QCOMPARE(cache.lookupNow(keyNamed("0"))->text, u"again"_s);
    }

    void destroyingTheCacheWaitsForItsWork()
    {
        QTemporaryDir directory;
        auto cache = std::make_unique<ResponseCache>(directory.path(), 1024);
        QList<QFuture<QString>> stores;
        QList<QFuture<std::optional<CachedResponse>>> lookups;
        for (int i = 0; i < 100; ++i) {
            stores.append(cache->store(keyNamed(QByteArray::number(i)), reply(u"reply %1"_s.arg(i))));
            lookups.append(cache->lookup(keyNamed(QByteArray::number(i / 2))));
        }
        QFuture<QString> clearing = cache->clear();
        cache.reset();

        for (const QFuture<QString> &store : std::as_const(stores)) {
            QVERIFY(store.isFinished());
            QCOMPARE(store.result(), QString());
        }
        for (const QFuture<std::optional<CachedResponse>> &lookup : std::as_const(lookups))
            QVERIFY(lookup.isFinished());
        QVERIFY(clearing.isFinished());
        QCOMPARE(clearing.result(), QString());
    }

    void storedFilesHoldNoSecrets()
    {
        QTemporaryDir directory;
        ResponseCache cache(directory.path());
        const QUrl url(u"https://apikey:sk-secret-1@api.example.com/v1/?key=sk-secret-2&x=1#sk-secret-3"_s);
        QCOMPARE(cache.storeNow(u"openai"_s, url, baseRequest(), reply(u"answer"_s)), QString());
        QFuture<QString> storing = cache.store(u"gemini"_s, url, baseRequest(), reply(u"answer"_s));
        QTRY_VERIFY_WITH_TIMEOUT(storing.isFinished(), asyncTimeoutMs);
        QCOMPARE(storing.result(), QString());
        cache.waitForIdle();

        const QMap<QString, QByteArray> files = filesUnder(directory.path());
        QCOMPARE(files.size(), 2);
        for (auto it = files.begin(); it != files.end(); ++it) {
            QVERIFY2(!it.value().contains("sk-secret"), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("apikey"), qPrintable(it.key()));
            QVERIFY2(it.value().contains("https://api.example.com/v1\""), it.value().constData());
        }
        QVERIFY(cache.lookupNow(u"openai"_s, QUrl(u"https://api.example.com/v1"_s), baseRequest()));
    }
};

QTEST_GUILESS_MAIN(ResponseCacheTest)

#include "ResponseCacheTest.moc"
