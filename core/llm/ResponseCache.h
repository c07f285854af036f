#pragma once

#include "llm/CachedResponse.h"
#include "llm/ChatRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <optional>

namespace Pygen {

// Complete model replies on disk, so running a stage again with the same request costs nothing.
// Entries are <directory>/<first two key characters>/<key>.json: sharding keeps each folder small
// (a full cache holds tens of thousands of entries), and nothing but names of that shape is ever
// read or deleted, so pointing the cache at the wrong folder cannot destroy other files.
// The least recently used entries go first when the total passes the limit; a hit counts as a use
// and is recorded in the file's modification time, so the order survives restarts.
//
// Thread-safe. The asynchronous functions run on a thread pool of the cache's own, which the
// destructor waits for: their futures stay valid after the cache is gone.
class ResponseCache final
{
    Q_DECLARE_TR_FUNCTIONS(Pygen::ResponseCache)
    Q_DISABLE_COPY_MOVE(ResponseCache)

public:
    // Part of every key: bump it when prompts or reply parsers change, so old replies stop
    // matching (they age out through eviction).
    static constexpr int generatorVersion = 1;
    static constexpr qint64 defaultMaximumBytes = 256LL * 1024 * 1024;
    // No single reply comes near this; a larger file is not ours and is not read into memory.
    static constexpr qint64 maximumEntryBytes = 64LL * 1024 * 1024;

    explicit ResponseCache(QString directory = defaultDirectory(), qint64 maximumBytes = defaultMaximumBytes);
    ~ResponseCache();

    // Shared by the studio and the command line: <generic cache>/pygen-studio/responses.
    static QString defaultDirectory();
    QString directory() const;

    void setEnabled(bool enabled);
    bool isEnabled() const;
    // Lowering the limit evicts in the background.
    void setMaximumBytes(qint64 maximumBytes);
    qint64 maximumBytes() const;

    // What a key is computed from: provider kind, base URL without user name, password, query or
    // fragment (they may hold a key) and without a trailing slash, generator version and the request.
    static QJsonObject keyInputs(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request);
    // SHA-256 of the compact keyInputs() JSON (Qt sorts object keys): 64 lowercase hex characters.
    static QByteArray keyFor(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request);
    static bool isValidKey(const QByteArray &key);
    // Where the entry for a key lives; empty for an invalid key.
    QString entryPath(const QByteArray &key) const;

    QFuture<std::optional<CachedResponse>> lookup(const QByteArray &key) const;
    // Empty string on success (or when there was nothing to do), else a translated message.
    QFuture<QString> store(const QByteArray &key, const CachedResponse &response);
    // The same for a request: honours request.useCache and keeps keyInputs() in the entry, so a
    // person can see what a cached reply answers.
    QFuture<std::optional<CachedResponse>> lookup(const QString &providerKind, const QUrl &baseUrl,
                                                  const ChatRequest &request) const;
    QFuture<QString> store(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request,
                           const CachedResponse &response);
    QFuture<QString> clear();

    // Sum of the entries' sizes and the number of entries (synchronous: tests).
    qint64 sizeOnDisk() const;
    int entryCount() const;
    struct Usage
    {
        qint64 bytes = 0;
        int entries = 0;
    };
    // Both in one walk of the folder, on the cache's own threads (the settings page).
    QFuture<Usage> usage() const;

    // Synchronous forms, which the futures run.
    std::optional<CachedResponse> lookupNow(const QByteArray &key) const;
    QString storeNow(const QByteArray &key, const CachedResponse &response);
    std::optional<CachedResponse> lookupNow(const QString &providerKind, const QUrl &baseUrl,
                                            const ChatRequest &request) const;
    QString storeNow(const QString &providerKind, const QUrl &baseUrl, const ChatRequest &request,
                     const CachedResponse &response);
    QString clearNow();
    // Deletes least recently used entries until the total is at most maximumBytes().
    void evictNow();

    // Blocks until every queued lookup, store, clear and eviction has finished.
    void waitForIdle();

private:
    QString storeEntry(const QByteArray &key, const CachedResponse &response, const QJsonObject &inputs);
    void scheduleEviction();

    const QString m_directory;
    std::atomic<bool> m_enabled = true;
    std::atomic<qint64> m_maximumBytes;
    std::atomic<bool> m_evictionQueued = false;
    // Eviction and clearing each walk the whole folder; one at a time.
    QMutex m_maintenanceMutex;
    // Last: destroyed first, so no task outlives the members it uses.
    mutable QThreadPool m_pool;
};

} // namespace Pygen
