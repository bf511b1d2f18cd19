#pragma once

// The store's writer thread: server pages are written on it, with a connection of its own.

#include "store_p.h"

#include "common/logging.h"
#include "common/threads.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>

namespace hn::store {

using namespace detail;

// WAL frames (16 KiB pages) after which the writer checkpoints even in the middle of a pull: 64 MiB.
inline constexpr int kCheckpointFrames = 4096;
// The integrity check reads the whole file (a national cache: 15 MB, some 17 ms of CPU time): it
// starts this long after the store opens, so that it does not compete with the start-up (the window,
// the actor list) for the two cores of an old laptop.
inline constexpr int kIntegrityCheckDelayMs = 3000;
// See testing::setWriterHooks(): the hooks the writer calls (copies, taken under a lock).
std::function<void()> beforeBatchHook();
std::function<void(qsizetype, const std::atomic<int> &)> afterPageHook();

// When the integrity check starts after the store opens (testing::setIntegrityCheckDelay()).
extern std::atomic<int> g_integrityCheckDelayMs;

// The most server resources written in one transaction when pages wait to be written: ten pages of
// 500 (a local edit does not wait for them: the writer hands the lock over between pages).
inline constexpr qsizetype kBatchRows = 5000;
// How long the writer waits for a local edit it has handed the lock to before it goes on (an edit
// takes a millisecond or two; this bounds the wait should one hold its transaction for long).
inline constexpr int kHandOffWaitMs = 1000;

// Writes server pages on a thread of its own, with its own connection.
class StoreWorker : public QObject
{
public:
    StoreWorker(const QString &path, std::shared_ptr<WriteHandOff> handOff)
        : m_path(path)
        , m_handOff(std::move(handOff))
    {
    }
    ~StoreWorker() override
    {
        if (!m_connection.isEmpty())
            closeConnection(m_connection);
    }

    // PRAGMA quick_check; empty when fine (or when stopped by interruptCheck()).
    QString check()
    {
        common::lowerCurrentThreadPriority(); // not at the expense of the start-up it runs beside
        if (m_interrupted)
            return {};
        Error error;
        if (!ensureOpen(&error))
            return error.message;
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        m_checking = handleOf(db);
        if (m_interrupted) { // closed between the test above and now
            m_checking = nullptr;
            return {};
        }
        QSqlQuery q(db);
        const bool ran = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
        m_checking = nullptr;
        if (m_interrupted)
            return {}; // the program is closing: not a verdict
        if (!ran)
            return q.lastError().text();
        const QString answer = q.value(0).toString();
        return answer == QLatin1String("ok") ? QString() : answer;
    }

    // From any thread: stops a running integrity check (on a national cache it reads tens of
    // megabytes), so that closing the program does not wait for it.
    void interruptCheck()
    {
        m_interrupted = true;
        if (sqlite3 *handle = m_checking.load())
            sqlite3_interrupt(handle);
    }

    bool ensureOpen(Error *error)
    {
        if (!m_connection.isEmpty())
            return true;
        m_connection = newConnectionName();
        if (!openConnection(m_connection, m_path, error))
            return false;
        // This connection writes only copies of server data, which can always be fetched again:
        // NORMAL is safe in WAL mode (a crash loses at most the last pages, never consistency) and
        // saves an fsync per page. Local edits go through the main connection with FULL.
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // Checkpoints: once when a pull has finished (checkpoint()), and during one only when the
        // WAL has grown large; not every 1,000 pages as SQLite would, which during a first sync
        // copies the same index pages into the database again and again.
        sqlite3_wal_hook(
            handleOf(db),
            [](void *, sqlite3 *handle, const char *name, int frames) {
                if (frames >= kCheckpointFrames)
                    sqlite3_wal_checkpoint_v2(handle, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
                return SQLITE_OK;
            },
            nullptr);
        return true;
    }

    // Copies the WAL into the database (PASSIVE: never waits for readers or the UI's writes).
    void checkpoint()
    {
        Error error;
        if (ensureOpen(&error)) {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            sqlite3_wal_checkpoint_v2(handleOf(db), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
    }

    // A page of server copies to write, or (pullEnded set) the end of a pull: a mark in the queue,
    // so that the pages queued after it, which belong to the next pull, are never in a batch with
    // those before it and a failure before it does not hold back the next pull's meta.
    struct PageWrite
    {
        QList<ServerResource> resources;
        QList<QPair<QString, QString>> meta;
        std::function<void(ApplyResult, Error)> done;
        std::function<void()> pullEnded;
    };

    // Called on any thread; write() on the worker's then takes it, with whatever else is queued.
    void enqueue(PageWrite page)
    {
        const QMutexLocker lock(&m_queueMutex);
        m_queue.append(std::move(page));
    }

    // Writes the queued pages, in order. When the network delivers pages faster than they are
    // written, the waiting ones go into one transaction (up to kBatchRows resources): each commit
    // writes the touched index pages again, so fewer commits write less. `done` comes for each page,
    // in order, on the context's thread after the commit.
    void write(QObject *context)
    {
        common::lowerCurrentThreadPriority(); // server copies can wait for the UI and the network
        const auto afterPage = afterPageHook();
        if (const auto beforeBatch = beforeBatchHook())
            beforeBatch();
        QList<PageWrite> batch;
        std::function<void()> pullEnded;
        {
            const QMutexLocker lock(&m_queueMutex);
            if (!m_queue.isEmpty() && m_queue.first().pullEnded) {
                pullEnded = std::move(m_queue.first().pullEnded);
                m_queue.removeFirst();
            }
            qsizetype rows = 0;
            while (!pullEnded && !m_queue.isEmpty() && !m_queue.first().pullEnded
                && (batch.isEmpty() || rows + m_queue.first().resources.size() <= kBatchRows)) {
                rows += m_queue.first().resources.size();
                batch.append(m_queue.takeFirst());
            }
        }
        if (pullEnded) {
            m_writeFailed = false; // the next pull's meta may be written again
            checkpoint();
            QMetaObject::invokeMethod(context, pullEnded, Qt::QueuedConnection);
            return;
        }
        if (batch.isEmpty())
            return; // taken by an earlier call
        Error error;
        QList<ApplyResult> results(batch.size());
        qsizetype committed = 0; // pages of the batch committed before a hand-over
        if (ensureOpen(&error)) {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            m_handOff->waitForLocalEdits(kHandOffWaitMs); // one that waits goes first
            Transaction t(db);
            bool ok = t.isOpen() || busy(&error);
            // After a failed write, meta waits for the next pull: it says "stored up to here".
            for (qsizetype i = 0; ok && i < batch.size(); ++i) {
                if (i > 0 && m_handOff->waiting.load() > 0) {
                    // A local edit waits for the lock: it gets it now, not after the whole batch.
                    ok = t.commit(&error);
                    if (!ok)
                        break;
                    committed = i;
                    m_handOff->waitForLocalEdits(kHandOffWaitMs);
                    t.begin();
                    ok = t.isOpen() || busy(&error);
                    if (!ok)
                        break;
                }
                ok = applyServerRows(db, batch.at(i).resources, &results[i], &error)
                    && (m_writeFailed || writeMeta(db, batch.at(i).meta, &error));
                if (ok && afterPage)
                    afterPage(i, m_handOff->waiting);
            }
            if (ok)
                t.commit(&error);
        }
        if (!error.isNull()) {
            for (qsizetype i = committed; i < results.size(); ++i)
                results[i] = {}; // not written (those committed before a hand-over were)
            m_writeFailed = true;
        }
        QList<std::function<void(ApplyResult, Error)>> dones;
        for (const PageWrite &page : std::as_const(batch))
            dones.append(page.done);
        batch.clear(); // the pages' memory is freed here, not on the receiving thread
        QMetaObject::invokeMethod(
            context,
            [dones, results, error, committed] {
                for (qsizetype i = 0; i < dones.size(); ++i)
                    dones.at(i)(results.at(i), i < committed ? Error() : error);
            },
            Qt::QueuedConnection);
    }

private:
    QString m_path;
    std::shared_ptr<WriteHandOff> m_handOff;
    QString m_connection;
    std::atomic<sqlite3 *> m_checking {nullptr};
    std::atomic<bool> m_interrupted {false};
    QMutex m_queueMutex;
    QList<PageWrite> m_queue;
    bool m_writeFailed = false; // since the last end of a pull in the queue; worker thread only
};

} // namespace hn::store
