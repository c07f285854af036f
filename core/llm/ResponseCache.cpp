#include "llm/ResponseCache.h"

#include "LoggingCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Pygen {

namespace {

// Layout of an entry file; an entry of another format is treated as corrupt.
constexpr int entryFormat = 1;
constexpr qsizetype keyLength = 64;
// QSaveFile writes next to the entry and renames; a crash can leave its temporary file behind.
// Younger ones may belong to a store in progress.
constexpr qint64 leftoverAgeSeconds = 60 * 60;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool isLowerHex(QChar character)
{
    return (character >= u'0' && character <= u'9') || (character >= u'a' && character <= u'f');
}

bool isShardName(QStringView name)
{
    return name.size() == 2 && isLowerHex(name[0]) && isLowerHex(name[1]);
}

bool startsWithKey(QStringView name, QStringView shard)
{
    return name.size() >= keyLength && name.startsWith(shard)
        && std::all_of(name.begin(), name.begin() + keyLength, isLowerHex);
}

bool isEntryName(QStringView name, QStringView shard)
{
    return name.size() == keyLength + 5 && startsWithKey(name, shard) && name.sliced(keyLength) == u".json";
}

bool isLeftoverName(QStringView name, QStringView shard)
{
    return name.size() > keyLength + 6 && startsWithKey(name, shard) && name.sliced(keyLength, 6) == u".json.";
}

struct EntryFile
{
    QString path;
    qint64 size = 0;
    QDateTime lastUsed;
};

struct Listing
{
    QList<EntryFile> entries;
    QStringList leftovers;
};

// Only names the cache itself writes are listed, and symbolic links are never followed.
Listing listDirectory(const QString &directory, const QDateTime &leftoverCutoff)
{
    Listing listing;
    if (directory.isEmpty())
        return listing;
    const QDir root(directory);
    const QStringList shards = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &shard : shards) {
        if (!isShardName(shard))
            continue;
        QDirIterator files(root.filePath(shard), QDir::Files | QDir::Hidden | QDir::NoSymLinks);
        while (files.hasNext()) {
            const QFileInfo info = files.nextFileInfo();
            const QString name = info.fileName();
            if (isEntryName(name, shard))
                listing.entries.append({info.filePath(), info.size(), info.lastModified(QTimeZone::UTC)});
            else if (isLeftoverName(name, shard) && info.lastModified(QTimeZone::UTC) < leftoverCutoff)
                listing.leftovers.append(info.filePath());
        }
    }
    return listing;
}

QDateTime leftoverCutoff()
{
    return QDateTime::currentDateTimeUtc().addSecs(-leftoverAgeSeconds);
}

// Creates a missing folder readable by its owner only: entries hold the user's prompts.
bool makeDirectory(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    // Another thread may have made it in the meantime.
    return QDir().mkdir(path, ownerOnly) || QFileInfo(path).isDir();
}

QByteArray keyForInputs(const QJsonObject &inputs)
{
    return QCryptographicHash::hash(QJsonDocument(inputs).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

// Reads a non-negative whole number into `target`; false when the field is there but is not one.
template<typename Integer>
bool readCount(const QJsonObject &json, const QString &name, std::optional<Integer> &target)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > double(std::numeric_limits<Integer>::max())
        || number != std::trunc(number))
        return false;
    target = Integer(number);
    return true;
}

bool usageFromJson(const QJsonObject &json, ChatUsage &usage)
{
    if (!readCount(json, u"promptTokens"_s, usage.promptTokens)
        || !readCount(json, u"outputTokens"_s, usage.outputTokens)
        || !readCount(json, u"timeToFirstTokenMs"_s, usage.timeToFirstTokenMs)
        || !readCount(json, u"totalMs"_s, usage.totalMs))
        return false;
    const QJsonValue speed = json.value(u"tokensPerSecond"_s);
    if (speed.isUndefined())
        return true;
    if (!speed.isDouble() || !std::isfinite(speed.toDouble()) || speed.toDouble() < 0)
        return false;
    usage.tokensPerSecond = speed.toDouble();
    return true;
}

// The entry, or nothing with `problem` saying why the file is not one.
std::optional<CachedResponse> parseEntry(const QByteArray &bytes, const QByteArray &key, QString &problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problem = u"not a JSON object: "_s + parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject entry = document.object();
    if (entry.value(u"format"_s).toInt(-1) != entryFormat) {
        problem = u"unknown format"_s;
        return std::nullopt;
    }
    // A file copied or renamed into another entry's place must not answer for that key.
    if (entry.value(u"key"_s).toString() != QLatin1StringView(key)) {
        problem = u"written for another key"_s;
        return std::nullopt;
    }
    const QJsonValue inputs = entry.value(u"inputs"_s);
    if (!inputs.isUndefined() && (!inputs.isObject() || keyForInputs(inputs.toObject()) != key)) {
        problem = u"inputs do not match the key"_s;
        return std::nullopt;
    }
    CachedResponse response;
    const QJsonValue text = entry.value(u"text"_s);
    response.text = text.toString();
    if (!text.isString() || response.text.trimmed().isEmpty()) {
        problem = u"no reply text"_s;
        return std::nullopt;
    }
    response.storedAt = QDateTime::fromString(entry.value(u"storedAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    if (!response.storedAt.isValid()) {
        problem = u"no valid storage time"_s;
        return std::nullopt;
    }
    const QJsonValue usage = entry.value(u"usage"_s);
    if (!usage.isUndefined() && (!usage.isObject() || !usageFromJson(usage.toObject(), response.usage))) {
        problem = u"malformed usage"_s;
        return std::nullopt;
    }
    return response;
}

void discardEntry(const QString &path, const QString &problem)
{
    qCWarning(logLlm) << "Removing unusable response cache entry" << path << ":" << problem;
    if (!QFile::remove(path) && QFileInfo::exists(path))
        qCWarning(logLlm) << "Could not remove" << path;
}

} // namespace

ResponseCache::ResponseCache(QString directory, qint64 maximumBytes)
    : m_directory(QDir::cleanPath(directory))
    , m_maximumBytes(std::max<qint64>(0, maximumBytes))
{
    m_pool.setObjectName(u"ResponseCache"_s);
}

ResponseCache::~ResponseCache()
{
    // Queued work uses this object; it finishes first, so no future ever waits for nothing.
    m_pool.waitForDone();
}

QString ResponseCache::defaultDirectory()
{
    // One cache for the studio and the command line: the same request asked from either is the
    // same reply. Hence the generic location, not the per-application one.
    const QString location = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    // Without a cache location there is no cache, rather than one in the file system's root.
    return location.isEmpty() ? QString() : location + u"/pygen-studio/responses"_s;
}

QString ResponseCache::directory() const
{
    return m_directory;
}

void ResponseCache::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

bool ResponseCache::isEnabled() const
{
    return m_enabled;
}

void ResponseCache::setMaximumBytes(qint64 maximumBytes)
{
    maximumBytes = std::max<qint64>(0, maximumBytes);
    if (m_maximumBytes.exchange(maximumBytes) > maximumBytes)
        scheduleEviction();
}

qint64 ResponseCache::maximumBytes() const
{
    return m_maximumBytes;
}

QJsonObject ResponseCache::keyInputs(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request)
{
    const QString url = baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                         | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    return QJsonObject{{u"generatorVersion"_s, generatorVersion},
                       {u"providerKind"_s, providerKind},
                       {u"baseUrl"_s, url},
                       {u"request"_s, request.toJson()}};
}

QByteArray ResponseCache::keyFor(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request)
{
    return keyForInputs(keyInputs(providerKind, baseUrl, request));
}

bool ResponseCache::isValidKey(const QByteArray &key)
{
    return key.size() == keyLength
        && std::all_of(key.begin(), key.end(), [](char c) { return isLowerHex(QLatin1Char(c)); });
}

QString ResponseCache::entryPath(const QByteArray &key) const
{
    if (m_directory.isEmpty() || !isValidKey(key))
        return {};
    const QLatin1StringView name(key);
    return m_directory + u'/' + name.first(2) + u'/' + name + u".json"_s;
}

QFuture<std::optional<CachedResponse>> ResponseCache::lookup(const QByteArray &key) const
{
    if (!isEnabled())
        return QtFuture::makeReadyValueFuture(std::optional<CachedResponse>());
    return QtConcurrent::run(&m_pool, [this, key] { return lookupNow(key); });
}

QFuture<QString> ResponseCache::store(const QByteArray &key, const CachedResponse &response)
{
    if (!isEnabled())
        return QtFuture::makeReadyValueFuture(QString());
    return QtConcurrent::run(&m_pool, [this, key, response] { return storeNow(key, response); });
}

QFuture<std::optional<CachedResponse>> ResponseCache::lookup(const QString &providerKind, const QUrl &baseUrl,
                                                             const ChatRequest &request) const
{
    if (!isEnabled() || !request.useCache)
        return QtFuture::makeReadyValueFuture(std::optional<CachedResponse>());
    // Hashing a long prompt is work too: it happens on the pool.
    return QtConcurrent::run(
        &m_pool, [this, providerKind, baseUrl, request] { return lookupNow(providerKind, baseUrl, request); });
}

QFuture<QString> ResponseCache::store(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request,
                                      const CachedResponse &response)
{
    if (!isEnabled() || !request.useCache)
        return QtFuture::makeReadyValueFuture(QString());
    return QtConcurrent::run(&m_pool, [this, providerKind, baseUrl, request, response] {
        return storeNow(providerKind, baseUrl, request, response);
    });
}

QFuture<QString> ResponseCache::clear()
{
    return QtConcurrent::run(&m_pool, [this] { return clearNow(); });
}

qint64 ResponseCache::sizeOnDisk() const
{
    qint64 total = 0;
    for (const EntryFile &entry : listDirectory(m_directory, leftoverCutoff()).entries)
        total += entry.size;
    return total;
}

QFuture<ResponseCache::Usage> ResponseCache::usage() const
{
    return QtConcurrent::run(&m_pool, [this] {
        Usage usage;
        for (const EntryFile &entry : listDirectory(m_directory, leftoverCutoff()).entries) {
            usage.bytes += entry.size;
            ++usage.entries;
        }
        return usage;
    });
}

int ResponseCache::entryCount() const
{
    return int(listDirectory(m_directory, leftoverCutoff()).entries.size());
}

std::optional<CachedResponse> ResponseCache::lookupNow(const QByteArray &key) const
{
    if (!isEnabled())
        return std::nullopt;
    const QString path = entryPath(key);
    if (path.isEmpty()) {
        if (!isValidKey(key))
            qCWarning(logLlm) << "Response cache lookup with an invalid key:" << key.left(80);
        return std::nullopt;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists())
            discardEntry(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maximumEntryBytes) {
        file.close();
        discardEntry(path, u"larger than any reply"_s);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QString problem = file.error() == QFileDevice::NoError ? QString() : file.errorString();
    std::optional<CachedResponse> response = problem.isEmpty() ? parseEntry(bytes, key, problem) : std::nullopt;
    if (!response) {
        file.close();
        discardEntry(path, problem);
        return std::nullopt;
    }
    // A hit is a use: eviction goes by modification time.
    if (!file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime))
        qCDebug(logLlm) << "Could not record the use of" << path << ":" << file.errorString();
    return response;
}

QString ResponseCache::storeNow(const QByteArray &key, const CachedResponse &response)
{
    return storeEntry(key, response, {});
}

std::optional<CachedResponse> ResponseCache::lookupNow(const QString &providerKind, const QUrl &baseUrl,
                                                       const ChatRequest &request) const
{
    if (!request.useCache)
        return std::nullopt;
    return lookupNow(keyFor(providerKind, baseUrl, request));
}

QString ResponseCache::storeNow(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request,
                                const CachedResponse &response)
{
    if (!request.useCache)
        return {};
    const QJsonObject inputs = keyInputs(providerKind, baseUrl, request);
    return storeEntry(keyForInputs(inputs), response, inputs);
}

QString ResponseCache::storeEntry(const QByteArray &key, const CachedResponse &response, const QJsonObject &inputs)
{
    if (!isEnabled())
        return {};
    if (!isValidKey(key)) {
        qCWarning(logLlm) << "Response cache store with an invalid key:" << key.left(80);
        return tr("The reply was not cached: its cache key is not 64 hexadecimal characters.");
    }
    // An empty reply is a failed one, not something to give back next time.
    if (response.text.trimmed().isEmpty()) {
        qCDebug(logLlm) << "Not caching an empty reply for" << key;
        return {};
    }
    if (m_directory.isEmpty())
        return tr("The reply was not cached: this system has no folder for cached files.");

    QJsonObject entry{
        {u"format"_s, entryFormat},
        {u"key"_s, QString::fromLatin1(key)},
        {u"storedAt"_s,
         (response.storedAt.isValid() ? response.storedAt.toUTC() : QDateTime::currentDateTimeUtc())
             .toString(Qt::ISODateWithMs)},
        {u"text"_s, response.text},
        {u"usage"_s, response.usage.toJson()},
    };
    if (!inputs.isEmpty())
        entry.insert(u"inputs"_s, inputs);
    const QByteArray bytes = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    const QString shownDirectory = QDir::toNativeSeparators(m_directory);
    if (bytes.size() > maximumEntryBytes) {
        const QLocale locale;
        return tr("The reply was not cached: with its request it takes %1, more than the %2 one entry may take.")
            .arg(locale.formattedDataSize(bytes.size()), locale.formattedDataSize(maximumEntryBytes));
    }

    const QString path = entryPath(key);
    if (!makeDirectory(m_directory) || !makeDirectory(QFileInfo(path).path())) {
        return tr("The reply was not cached: the folder %1 could not be created. Check that you may write there, "
                  "or choose another cache folder.")
            .arg(shownDirectory);
    }
    // Written beside the entry and renamed over it: a reader sees the old entry or the new one,
    // never part of one, and the last of two stores of the same key wins.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("The reply was not cached: a file could not be created in %1 (%2). Check that you may write "
                  "there, or choose another cache folder.")
            .arg(shownDirectory, file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return tr("The reply was not cached: writing to %1 failed (%2). Check that the disk is not full.")
            .arg(shownDirectory, file.errorString());
    }
    qCDebug(logLlm) << "Cached a reply of" << response.text.size() << "characters as" << path;
    scheduleEviction();
    return {};
}

QString ResponseCache::clearNow()
{
    QMutexLocker locker(&m_maintenanceMutex);
    const Listing listing = listDirectory(m_directory, leftoverCutoff());
    int failures = 0;
    for (const QString &leftover : listing.leftovers)
        QFile::remove(leftover);
    for (const EntryFile &entry : listing.entries) {
        if (!QFile::remove(entry.path) && QFileInfo::exists(entry.path))
            ++failures;
    }
    // Shard folders that are now empty; rmdir leaves the others alone.
    const QDir root(m_directory);
    for (const QString &shard : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (isShardName(shard))
            root.rmdir(shard);
    }
    qCDebug(logLlm) << "Cleared the response cache:" << listing.entries.size() - failures << "entries removed";
    if (failures == 0)
        return {};
    return tr("%n cached replies could not be deleted from %1. Check that you may change files in that folder.",
              nullptr, failures)
        .arg(QDir::toNativeSeparators(m_directory));
}

void ResponseCache::evictNow()
{
    QMutexLocker locker(&m_maintenanceMutex);
    Listing listing = listDirectory(m_directory, leftoverCutoff());
    for (const QString &leftover : listing.leftovers)
        QFile::remove(leftover);

    qint64 total = 0;
    for (const EntryFile &entry : std::as_const(listing.entries))
        total += entry.size;
    const qint64 limit = maximumBytes();
    if (total <= limit)
        return;

    std::sort(listing.entries.begin(), listing.entries.end(), [](const EntryFile &a, const EntryFile &b) {
        return a.lastUsed != b.lastUsed ? a.lastUsed < b.lastUsed : a.path < b.path;
    });
    int removed = 0;
    for (const EntryFile &entry : std::as_const(listing.entries)) {
        if (total <= limit)
            break;
        const QFileInfo current(entry.path);
        if (!current.exists()) {
            total -= entry.size; // a lookup found it corrupt and removed it
            continue;
        }
        // Used or rewritten since the listing: no longer the least recently used.
        if (current.lastModified(QTimeZone::UTC) != entry.lastUsed)
            continue;
        if (QFile::remove(entry.path) || !QFileInfo::exists(entry.path)) {
            total -= entry.size;
            ++removed;
        } else {
            qCWarning(logLlm) << "Could not evict" << entry.path;
        }
    }
    qCDebug(logLlm) << "Evicted" << removed << "response cache entries; now" << total << "of" << limit << "bytes";
}

void ResponseCache::waitForIdle()
{
    m_pool.waitForDone();
}

void ResponseCache::scheduleEviction()
{
    // A burst of stores needs one walk of the folder, not one each. The flag drops when the walk
    // starts, so a store that lands during it queues another.
    if (m_evictionQueued.exchange(true))
        return;
    m_pool.start([this] {
        m_evictionQueued = false;
        evictNow();
    });
}

} // namespace Pygen
