#include "store.h"

#include "common/logging.h"
#include "common/threads.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWaitCondition>

namespace hn::store {

// The write lock between the UI's connection and the writer thread's. A local edit (a transaction
// on the UI's connection) counts itself in `waiting` while it waits for the lock or holds it; the
// writer, between two pages of a batch, then commits what it has written and waits until the edit
// is through, so that an edit never waits for a whole batch of a first sync.
struct WriteHandOff
{
    std::atomic<int> waiting {0};
    QMutex mutex;
    QWaitCondition through;

    void done()
    {
        if (waiting.fetch_sub(1) == 1) {
            const QMutexLocker lock(&mutex);
            through.wakeAll();
        }
    }
    // On the writer: waits, at most `ms`, until no local edit waits for the lock or holds it.
    void waitForLocalEdits(int ms)
    {
        const QDeadlineTimer deadline(ms);
        QMutexLocker lock(&mutex);
        while (waiting.load() > 0 && !deadline.hasExpired())
            through.wait(&mutex, deadline);
    }
};

namespace {

using ChangeMap = QHash<QString, QStringList>;

QString storeTr(const char *text)
{
    return QCoreApplication::translate("hn::store::Store", text);
}

QByteArray compact(const QJsonObject &o)
{
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QVariant &v)
{
    const QByteArray bytes = v.toByteArray();
    return bytes.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(bytes).object();
}

// Never a null QString: a null binds as SQL NULL, and these columns are NOT NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString versionOf(const QJsonObject &resource)
{
    return nonNull(resource.value(QLatin1String("meta")).toObject().value(QLatin1String("versionId")).toString());
}

namespace {

QString lastUpdatedOf(const QJsonObject &r)
{
    return nonNull(r.value(QLatin1String("meta")).toObject().value(QLatin1String("lastUpdated")).toString());
}

bool exec(QSqlQuery &q, Error *error)
{
    if (q.exec())
        return true;
    if (error)
        error->message = q.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << q.lastError().text();
    return false;
}

bool exec(QSqlDatabase &db, const QString &sql, Error *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        error->message = q.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << sql.left(60) << q.lastError().text();
    return false;
}

// resources.server_json is the last copy received from the server. A zero-length blob means "the
// same as json" (what a sync page writes: the bytes once, not twice); NULL means none (a local
// creation never sent). Reads go through kServerJsonOf; a write that changes json of a resource
// whose server copy is "the same" first keeps that copy (kKeepServerCopy: SQLite evaluates the
// whole SET from the old row).
const char kServerJson[] = "CASE WHEN length(server_json) = 0 THEN json ELSE server_json END";
const char kServerJsonOf[] = "CASE WHEN length(r.server_json) = 0 THEN r.json ELSE r.server_json END";
const char kKeepServerCopy[] = "server_json = CASE WHEN length(server_json) = 0 THEN json ELSE server_json END";

// A transaction that rolls back unless committed.
class Transaction
{
public:
    // With `handOff` (the UI's connection): the writer thread is told that this transaction waits
    // for the write lock or holds it, and hands the lock over between two pages.
    explicit Transaction(QSqlDatabase &db, WriteHandOff *handOff = nullptr)
        : m_db(db)
        , m_handOff(handOff)
    {
        if (m_handOff)
            m_handOff->waiting.fetch_add(1);
        begin();
    }
    ~Transaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        release();
    }
    // Opens it (again, after a commit).
    void begin()
    {
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            release();
    }
    bool isOpen() const { return m_open; }
    bool commit(Error *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            if (error)
                error->message = q.lastError().text();
            return false;
        }
        m_open = false;
        release();
        return true;
    }

private:
    void release()
    {
        if (m_handOff && !m_released) {
            m_released = true;
            m_handOff->done();
        }
    }
    QSqlDatabase &m_db;
    WriteHandOff *m_handOff = nullptr;
    bool m_open = false;
    bool m_released = false;
};

// SQLite's own busy handler sleeps longer and longer (up to 100 ms at a time) while another
// connection writes; the UI's connection asks again every millisecond (for up to ten seconds),
// so that a local edit follows the writer's hand-over (WriteHandOff) at once.
int pollEveryMillisecond(void *, int count)
{
    if (count >= 10000)
        return 0;
    QThread::usleep(1000);
    return 1;
}

bool configure(QSqlDatabase &db, Error *error)
{
    // 16 KiB pages (takes effect only when the file is created): a national cache is tens of
    // megabytes of resources of a few hundred bytes each, and fewer, larger pages make a first sync
    // write and checkpoint less.
    return exec(db, QStringLiteral("PRAGMA busy_timeout = 10000"), error)
        && exec(db, QStringLiteral("PRAGMA page_size = 16384"), error)
        && exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        // No connection checkpoints on its own after a commit: the writer thread does (see
        // StoreWorker), so that a local edit on the UI thread never pays for copying a sync's pages.
        && exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"), error)
        && exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error)
        && exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

// The target of the one reference element per type that the store indexes (resources.ref, see
// Store::indexedReferences()); empty when the type has none or the resource does not set it.
QString indexedReferenceOf(const QString &type, const QJsonObject &json)
{
    const QString path = Store::indexedReferences().value(type);
    return path.isEmpty() ? QString() : json.value(path).toObject().value(QLatin1String("reference")).toString();
}

// The connection's own sqlite3 handle (Qt's driver uses the system SQLite, as we do), for the bulk
// writes of server pages: binding UTF-8 and blobs in place saves a QVariant, a UTF-16 round trip
// and a copy per value.
sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// A prepared statement on the raw handle. Values are bound without copying: they must live until
// run() returns.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (db && sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool isValid() const { return m_statement; }
    void text(int column, const QByteArray &utf8) // a null or empty QByteArray binds ""
    {
        sqlite3_bind_text(m_statement, column, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void textOrNull(int column, const QByteArray &utf8) // an empty QByteArray binds SQL NULL
    {
        if (utf8.isEmpty())
            sqlite3_bind_null(m_statement, column);
        else
            sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void blob(int column, const QByteArray &bytes)
    {
        sqlite3_bind_blob(m_statement, column, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    bool run(Error *error)
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc == SQLITE_DONE)
            return true;
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        qCWarning(lcStore) << "SQL failed:" << QString::fromUtf8(sqlite3_sql(m_statement)).left(60) << message;
        if (error)
            error->message = message;
        return false;
    }

    // Steps through the result rows; false on an error.
    template<typename F>
    bool rows(F onRow)
    {
        int rc;
        while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW)
            onRow(m_statement);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

QByteArrayView columnUtf8(sqlite3_stmt *row, int column) // valid until the row is stepped or reset
{
    return {reinterpret_cast<const char *>(sqlite3_column_text(row, column)), sqlite3_column_bytes(row, column)};
}

// The same QString for the same UTF-8 text, one at a time: the rows of a page are mostly of one type.
class LastString
{
public:
    const QString &operator()(const QByteArray &utf8)
    {
        if (m_utf8 != utf8) {
            m_utf8 = QByteArray(utf8.constData(), utf8.size()); // an own copy: utf8 may be a view
            m_string = QString::fromUtf8(utf8);
        }
        return m_string;
    }

private:
    QByteArray m_utf8;
    QString m_string;
};

// Sets resources.ref from the resource's JSON (after a local write of json).
bool writeRef(QSqlDatabase &db, const QString &type, const QString &id, const QJsonObject &json, Error *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE resources SET ref = ? WHERE type = ? AND id = ?"));
    const QString ref = indexedReferenceOf(type, json);
    q.addBindValue(ref.isEmpty() ? QVariant() : QVariant(ref));
    q.addBindValue(type);
    q.addBindValue(id);
    return exec(q, error);
}

// Ordered schema steps; step n brings user_version from n-1 to n.
bool migrate(QSqlDatabase &db, Error *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            error->message = storeTr(QT_TRANSLATE_NOOP("hn::store::Store", "The local database cannot be read: %1"))
                                 .arg(q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > Store::schemaVersion) {
        if (error)
            error->message
                = storeTr(QT_TRANSLATE_NOOP("hn::store::Store",
                              "The local database was written by a newer version of this program (schema %1)."))
                      .arg(version);
        return false;
    }
    if (version < 1) {
        Transaction t(db);
        if (!t.isOpen()
            || !exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS resources (type TEXT NOT NULL, id TEXT NOT NULL, "
                               "version_id TEXT NOT NULL DEFAULT '', last_updated TEXT NOT NULL DEFAULT '', "
                               "json BLOB NOT NULL, server_json BLOB, pending INTEGER NOT NULL DEFAULT 0, "
                               "deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (type, id))"),
                error)
            || !exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "type TEXT NOT NULL, id TEXT NOT NULL, operation INTEGER NOT NULL, "
                               "base_version TEXT NOT NULL DEFAULT '', body BLOB, base_json BLOB, "
                               "state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, "
                               "last_error TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
                error)
            || !exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_resource ON outbox (type, id)"), error)
            || !exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                error)
            || !exec(db, QStringLiteral("PRAGMA user_version = 1"), error) || !t.commit(error))
            return false;
    }
    if (version < 2) {
        // v2: an index of references (a table, replaced in v3) and the time of the last push attempt.
        Transaction t(db);
        if (!t.isOpen()
            || !exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS refs (type TEXT NOT NULL, id TEXT NOT NULL, "
                               "path TEXT NOT NULL, target TEXT NOT NULL, PRIMARY KEY (type, id, path, target))"),
                error)
            || !exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS refs_target ON refs (target, type, path)"), error)
            || !exec(
                db, QStringLiteral("ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT NOT NULL DEFAULT ''"), error))
            return false;
        if (!exec(db, QStringLiteral("PRAGMA user_version = 2"), error) || !t.commit(error))
            return false;
    }
    if (version < 3) {
        // v3: the reference index is a column (each type has one indexed reference) with a partial
        // index, instead of the refs table: a first sync writes one index entry per resource
        // instead of three b-tree entries per reference.
        Transaction t(db);
        if (!t.isOpen() || !exec(db, QStringLiteral("ALTER TABLE resources ADD COLUMN ref TEXT"), error))
            return false;
        QSqlQuery all(db);
        all.setForwardOnly(true);
        if (!all.exec(QStringLiteral("SELECT type, id, json FROM resources"))) {
            if (error)
                error->message = all.lastError().text();
            return false;
        }
        QList<std::tuple<QString, QString, QJsonObject>> rows;
        while (all.next())
            rows.append({all.value(0).toString(), all.value(1).toString(), parse(all.value(2))});
        all.finish();
        for (const auto &[type, id, json] : rows) {
            if (!writeRef(db, type, id, json, error))
                return false;
        }
        if (!exec(db, QStringLiteral("DROP TABLE IF EXISTS refs"), error)
            || !exec(db,
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS resources_ref ON resources (type, ref) WHERE ref IS NOT NULL"),
                error)
            || !exec(db, QStringLiteral("PRAGMA user_version = 3"), error) || !t.commit(error))
            return false;
        if (version >= 1)
            qCInfo(lcStore) << "migrated the local database from schema" << version << "to 3";
    }
    if (version < 4) {
        // v4: the author of each local edit (sent only under that user's sign-in).
        Transaction t(db);
        if (!t.isOpen()
            || !exec(db, QStringLiteral("ALTER TABLE outbox ADD COLUMN author TEXT NOT NULL DEFAULT ''"), error)
            || !exec(db, QStringLiteral("PRAGMA user_version = 4"), error) || !t.commit(error))
            return false;
    }
    return true;
}

struct ApplyResult
{
    ChangeMap inserted, updated;
};

bool busy(Error *error)
{
    if (error)
        error->message = storeTr(QT_TRANSLATE_NOOP("hn::store::Store", "The local database is busy."));
    return false;
}

bool deleteResource(QSqlDatabase &db, const QString &type, const QString &id, Error *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM resources WHERE type = ? AND id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    return exec(q, error);
}

// Writes server copies, inside the caller's transaction. Resources with pending local edits keep
// their local json; only their server copy and version move on. The statements are prepared once
// per call, not per resource.
bool applyServerRows(QSqlDatabase &db, const QList<ServerResource> &resources, ApplyResult *result, Error *error)
{
    sqlite3 *handle = handleOf(db);
    // New resources (all of them on a first sync) are inserted straight away; only when one is
    // already there is its row read, to decide whether and how to update it.
    Statement insert(handle,
        "INSERT INTO resources (type, id, version_id, last_updated, json, ref, server_json, pending, deleted) "
        "VALUES (?, ?, ?, ?, ?, ?, zeroblob(0), 0, 0) ON CONFLICT (type, id) DO NOTHING");
    if (!insert.isValid())
        return busy(error);
    // The others only once a resource is there already (never on a first sync): preparing costs.
    std::optional<Statement> lookupStatement, updateStatement, serverOnlyStatement;
    const auto prepared = [handle](std::optional<Statement> &statement, const char *sql) -> Statement * {
        if (!statement)
            statement.emplace(handle, sql);
        return statement->isValid() ? &*statement : nullptr;
    };
    LastString typeName;
    for (const ServerResource &r : resources) {
        if (r.type.isEmpty() || r.id.isEmpty() || r.json.isEmpty())
            continue;
        // UTF-8 and the received bytes, bound in place: no conversion or copy per value here.
        insert.text(1, r.type);
        insert.text(2, r.id);
        insert.text(3, r.versionId);
        insert.text(4, r.lastUpdated);
        insert.blob(5, r.json);
        insert.textOrNull(6, r.ref); // NULL: not in the partial index
        if (!insert.run(error))
            return false;
        if (sqlite3_changes(handle) == 1) {
            result->inserted[typeName(r.type)].append(QString::fromUtf8(r.id));
            continue;
        }
        Statement *lookup = prepared(
            lookupStatement, "SELECT pending, version_id, last_updated FROM resources WHERE type = ? AND id = ?");
        if (!lookup)
            return busy(error);
        bool pending = false;
        bool sameVersion = false;
        QString oldTime;
        lookup->text(1, r.type);
        lookup->text(2, r.id);
        if (!lookup->rows([&](sqlite3_stmt *row) {
                pending = sqlite3_column_int(row, 0) != 0;
                sameVersion = !r.versionId.isEmpty() && columnUtf8(row, 1) == QByteArrayView(r.versionId);
                oldTime = QString::fromUtf8(columnUtf8(row, 2));
            }))
            return false;
        if (pending) {
            // Pending local edits keep their json; only the server copy and version move on.
            Statement *serverOnly = prepared(serverOnlyStatement,
                "UPDATE resources SET version_id = ?, last_updated = ?, server_json = ? WHERE type = ? AND id = ?");
            if (!serverOnly)
                return busy(error);
            serverOnly->text(1, r.versionId);
            serverOnly->text(2, r.lastUpdated);
            serverOnly->blob(3, r.json);
            serverOnly->text(4, r.type);
            serverOnly->text(5, r.id);
            if (!serverOnly->run(error))
                return false;
            continue;
        }
        if (sameVersion)
            continue; // nothing new
        const QString lastUpdated = QString::fromUtf8(r.lastUpdated);
        if (!oldTime.isEmpty() && !lastUpdated.isEmpty() && oldTime != lastUpdated) {
            const QDateTime before = QDateTime::fromString(oldTime, Qt::ISODateWithMs);
            const QDateTime now = QDateTime::fromString(lastUpdated, Qt::ISODateWithMs);
            if (before.isValid() && now.isValid() && now < before)
                continue; // an older copy than the one we have (pages can overlap while the server changes)
        }
        Statement *update = prepared(updateStatement,
            "UPDATE resources SET version_id = ?, last_updated = ?, json = ?, ref = ?, server_json = zeroblob(0), "
            "deleted = 0 WHERE type = ? AND id = ?");
        if (!update)
            return busy(error);
        update->text(1, r.versionId);
        update->text(2, r.lastUpdated);
        update->blob(3, r.json);
        update->textOrNull(4, r.ref);
        update->text(5, r.type);
        update->text(6, r.id);
        if (!update->run(error))
            return false;
        result->updated[typeName(r.type)].append(QString::fromUtf8(r.id));
    }
    return true;
}

bool writeMeta(QSqlDatabase &db, const QList<QPair<QString, QString>> &entries, Error *error)
{
    for (const auto &[key, value] : entries) {
        QSqlQuery q(db);
        if (value.isEmpty()) { // reads as "" either way: no row
            q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            q.addBindValue(key);
        } else {
            q.prepare(QStringLiteral(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(key);
            q.addBindValue(value);
        }
        if (!exec(q, error))
            return false;
    }
    return true;
}

// One page of server copies in a transaction of its own (the synchronous path).
bool applyServer(
    QSqlDatabase &db, WriteHandOff *handOff, const QList<ServerResource> &resources, ApplyResult *result, Error *error)
{
    Transaction t(db, handOff);
    if (!t.isOpen())
        return busy(error);
    return applyServerRows(db, resources, result, error) && t.commit(error);
}

QString newConnectionName()
{
    return QStringLiteral("hnstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool openConnection(const QString &name, const QString &path, Error *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            error->message = storeTr(QT_TRANSLATE_NOOP("hn::store::Store", "The local database cannot be opened: %1"))
                                 .arg(db.lastError().text());
        return false;
    }
    return configure(db, error);
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

// WAL frames (16 KiB pages) after which the writer checkpoints even in the middle of a pull: 64 MiB.
constexpr int kCheckpointFrames = 4096;
// The integrity check reads the whole file (a national cache: 15 MB, some 17 ms of CPU time): it
// starts this long after the store opens, so that it does not compete with the start-up (the window,
// the actor list) for the two cores of an old laptop.
constexpr int kIntegrityCheckDelayMs = 3000;
namespace {
// See testing::setWriterHooks(): set on a test's thread, called on the writer's (copied under the lock).
QMutex g_hooksMutex;
std::function<void()> g_beforeBatch;
std::function<void(qsizetype, const std::atomic<int> &)> g_afterPage;

std::function<void()> beforeBatchHook()
{
    const QMutexLocker lock(&g_hooksMutex);
    return g_beforeBatch;
}
std::function<void(qsizetype, const std::atomic<int> &)> afterPageHook()
{
    const QMutexLocker lock(&g_hooksMutex);
    return g_afterPage;
}
} // namespace

// When the integrity check starts after the store opens (testing::setIntegrityCheckDelay()).
std::atomic<int> g_integrityCheckDelayMs {kIntegrityCheckDelayMs};

void testing::setIntegrityCheckDelay(int ms)
{
    g_integrityCheckDelayMs = ms;
}

void testing::setWriterHooks(std::function<void()> beforeBatch,
    std::function<void(qsizetype page, const std::atomic<int> &localEdits)> afterPage)
{
    const QMutexLocker lock(&g_hooksMutex);
    g_beforeBatch = std::move(beforeBatch);
    g_afterPage = std::move(afterPage);
}

// The most server resources written in one transaction when pages wait to be written: ten pages of
// 500 (a local edit does not wait for them: the writer hands the lock over between pages).
constexpr qsizetype kBatchRows = 5000;
// How long the writer waits for a local edit it has handed the lock to before it goes on (an edit
// takes a millisecond or two; this bounds the wait should one hold its transaction for long).
constexpr int kHandOffWaitMs = 1000;

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

Store::Store(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(newConnectionName())
{
}

Store::~Store()
{
    if (m_thread) {
        m_worker->interruptCheck();
        m_thread->quit(); // the worker, and its connection, go when the thread has finished
        m_thread->wait();
    }
    closeConnection(m_connection);
}

namespace {

// Folds the write-ahead log of the closed database file `from` into it. Closing the last
// connection checkpoints the log and removes it; if another connection (this program's or another
// one's) holds the file, the log stays: then false, the file being in use.
bool foldLog(const QString &from, Error *error)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(from).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr); // opens the log
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        if (error)
            error->message = message;
        return false;
    }
    if (QFileInfo::exists(from + QStringLiteral("-wal"))) {
        if (error)
            error->message = storeTr(QT_TRANSLATE_NOOP("hn::store::Store", "The file %1 is in use.")).arg(from);
        return false;
    }
    QFile::remove(from + QStringLiteral("-shm"));
    return true;
}

void removeDatabaseFile(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

bool Store::splitByAuthor(
    const QString &from, const QString &firstUser, const std::function<QString(const QString &)> &pathFor, Error *error)
{
    const auto owner
        = [&firstUser](const OutboxEntry &e) { return userKey(e.author.trimmed().isEmpty() ? firstUser : e.author); };
    // Who has edits in it (opening also brings an older file up to this schema).
    QList<OutboxEntry> entries;
    {
        auto store = open(from, error);
        if (!store)
            return false;
        entries = store->outbox();
    }
    QStringList authors {userKey(firstUser)};
    QHash<QString, QString> names {{authors.first(), firstUser.trimmed()}};
    for (const OutboxEntry &e : std::as_const(entries)) {
        if (!authors.contains(owner(e))) {
            authors << owner(e);
            names.insert(owner(e), e.author.trimmed());
        }
    }
    for (const QString &author : std::as_const(authors)) {
        if (QFileInfo::exists(pathFor(names.value(author)))) {
            if (error)
                error->message = storeTr(QT_TRANSLATE_NOOP("hn::store::Store", "The file %1 exists already."))
                                     .arg(pathFor(names.value(author)));
            return false;
        }
    }
    if (!foldLog(from, error))
        return false;
    // A whole copy for each (the cache was theirs to see already), then each copy without the
    // others' edits, newest first: taking back an edit shows the one before it again.
    QStringList made;
    const auto undo = [&made] {
        for (const QString &path : std::as_const(made))
            removeDatabaseFile(path);
        return false;
    };
    for (const QString &author : std::as_const(authors)) {
        const QString to = pathFor(names.value(author));
        const QString part = to + QStringLiteral(".part");
        QFile::remove(part);
        if (!QFile::copy(from, part) || !QFile::rename(part, to)) {
            QFile::remove(part);
            if (error)
                error->message
                    = storeTr(QT_TRANSLATE_NOOP("hn::store::Store", "The file %1 could not be copied.")).arg(from);
            return undo();
        }
        made << to;
        auto copy = open(to, error);
        if (!copy)
            return undo();
        for (auto e = entries.crbegin(); e != entries.crend(); ++e) {
            if (owner(*e) != author && !copy->discard(e->seq)) {
                if (error)
                    error->message
                        = storeTr(QT_TRANSLATE_NOOP("hn::store::Store", "The file %1 could not be split.")).arg(from);
                copy.reset();
                return undo();
            }
        }
    }
    removeDatabaseFile(from);
    return true;
}

QString Store::defaultPath(const QString &environmentKey)
{
    QString safe;
    for (const QChar c : environmentKey)
        safe += (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) ? c : QLatin1Char('_');
    if (safe.size() > 60 || safe != environmentKey)
        safe = safe.left(40) + QLatin1Char('-')
            + QString::fromLatin1(
                QCryptographicHash::hash(environmentKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(safe + QStringLiteral(".sqlite"));
}

std::unique_ptr<Store> Store::open(const QString &path, Error *error, QObject *parent)
{
    Error local;
    Error *err = error ? error : &local;
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<Store> store(new Store(path, parent));
    if (!openConnection(store->m_connection, path, err))
        return nullptr;
    QSqlDatabase db = store->db();
    if (!migrate(db, err))
        return nullptr;
    store->m_thread = new QThread(store.get());
    store->m_thread->setObjectName(QStringLiteral("store-writer"));
    // Local edits ask for the lock every millisecond and get it from the writer between two pages.
    sqlite3_busy_handler(handleOf(db), pollEveryMillisecond, nullptr);
    store->m_handOff = std::make_shared<WriteHandOff>();
    store->m_worker = new StoreWorker(path, store->m_handOff);
    store->m_worker->moveToThread(store->m_thread);
    // Deleted on its thread as that finishes: a deleteLater() asked for from here could still be
    // waiting in the queue when the thread's loop quits, leaving the connection (and the log) open.
    QObject::connect(store->m_thread, &QThread::finished, store->m_worker, &QObject::deleteLater);
    store->m_thread->start();
    // The integrity check reads the whole file: it runs on the writer thread a few seconds after the
    // start, so that a large cache does not hold up the start; damage is reported with damaged().
    StoreWorker *worker = store->m_worker;
    QPointer<Store> self(store.get());
    QTimer::singleShot(g_integrityCheckDelayMs.load(), worker, [worker, self, path] {
        const QString problem = worker->check();
        if (!problem.isEmpty()) {
            qCWarning(lcStore) << "integrity check failed:" << problem;
            QMetaObject::invokeMethod(
                self.data(),
                [self, path] {
                    if (self)
                        Q_EMIT self->damaged(Store::tr("The local database is damaged. Move %1 away and start again; "
                                                       "unsent changes in it may be lost.")
                                                 .arg(QDir::toNativeSeparators(path)));
                },
                Qt::QueuedConnection);
        }
    });
    qCInfo(lcStore) << "opened" << path;
    return store;
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void Store::emitChanges(const ChangeMap &inserted, const ChangeMap &updated, const ChangeMap &removed)
{
    for (auto it = inserted.begin(); it != inserted.end(); ++it)
        Q_EMIT resourcesInserted(it.key(), it.value());
    for (auto it = updated.begin(); it != updated.end(); ++it)
        Q_EMIT resourcesUpdated(it.key(), it.value());
    for (auto it = removed.begin(); it != removed.end(); ++it)
        Q_EMIT resourcesRemoved(it.key(), it.value());
}

namespace {

CachedResource readResource(const QSqlQuery &q)
{
    CachedResource r;
    r.type = q.value(0).toString();
    r.id = q.value(1).toString();
    r.versionId = q.value(2).toString();
    r.lastUpdated = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.json = parse(q.value(4));
    r.serverJson = parse(q.value(5));
    r.pending = q.value(6).toBool();
    r.deleted = q.value(7).toBool();
    return r;
}

const QString kResourceColumns = QStringLiteral("r.type, r.id, r.version_id, r.last_updated, r.json, ")
    + QLatin1String(kServerJsonOf) + QStringLiteral(", r.pending, r.deleted");

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.type = q.value(1).toString();
    e.id = q.value(2).toString();
    e.operation = Operation(q.value(3).toInt());
    e.baseVersionId = q.value(4).toString();
    e.body = parse(q.value(5));
    e.baseJson = parse(q.value(6));
    e.state = OutboxState(q.value(7).toInt());
    e.attempts = q.value(8).toInt();
    e.lastError = q.value(9).toString();
    e.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    e.lastAttemptAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    e.author = q.value(12).toString();
    return e;
}

const QString kEntryColumns = QStringLiteral("seq, type, id, operation, base_version, body, base_json, state, "
                                             "attempts, last_error, created_at, last_attempt_at, author");

int countEntries(QSqlDatabase &db, const QString &type, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = ? AND id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

std::optional<CachedResource> Store::resource(const QString &type, const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kResourceColumns
        + QStringLiteral(" FROM resources r WHERE r.type = ? AND r.id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readResource(q);
}

QList<CachedResource> Store::resources(const QString &type) const
{
    QList<CachedResource> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kResourceColumns
        + QStringLiteral(" FROM resources r WHERE r.type = ? AND r.deleted = 0 ORDER BY r.rowid"));
    q.addBindValue(type);
    if (q.exec()) {
        while (q.next())
            out.append(readResource(q));
    }
    return out;
}

namespace {

// The stored JSON of every resource of a type (not deleted), in insertion order; nullopt when the
// query fails.
std::optional<QList<QByteArray>> storedJsonOf(const QSqlDatabase &db, const QString &type)
{
    // In the order they were stored. Sorted here, not with ORDER BY: SQLite would read the rows
    // through the (type, id) index and then sort the JSON itself in a temporary b-tree (a temporary
    // file, and twice the time of the read at start-up).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, json FROM resources WHERE type = ? AND deleted = 0"));
    q.addBindValue(type);
    if (!q.exec())
        return std::nullopt;
    QList<std::pair<qint64, QByteArray>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> out;
    out.reserve(rows.size());
    for (auto &row : rows)
        out.append(std::move(row.second));
    return out;
}

} // namespace

QList<QByteArray> Store::rawJsonOf(const QString &type) const
{
    return storedJsonOf(db(), type).value_or(QList<QByteArray>());
}

std::optional<QList<QByteArray>> Store::rawJsonOfFile(const QString &path, const QString &type)
{
    auto all = rawJsonOfFile(path, QStringList {type});
    if (!all)
        return std::nullopt;
    return all->value(0);
}

std::optional<QList<QList<QByteArray>>> Store::rawJsonOfFile(const QString &path, const QStringList &types)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const QString name = newConnectionName();
    std::optional<QList<QList<QByteArray>>> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        // One read transaction: every type from the same snapshot, even while a sync writes.
        if (db.open() && db.transaction()) {
            QList<QList<QByteArray>> lists;
            for (const QString &type : types) {
                auto rows = storedJsonOf(db, type);
                if (!rows)
                    break;
                lists.append(std::move(*rows));
            }
            db.commit();
            if (lists.size() == types.size())
                out = std::move(lists);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

const QHash<QString, QString> &Store::indexedReferences()
{
    static const QHash<QString, QString> indexed = {
        {QStringLiteral("HealthcareService"), QStringLiteral("providedBy")},
        {QStringLiteral("PractitionerRole"), QStringLiteral("organization")},
        {QStringLiteral("Basic"), QStringLiteral("subject")},
        {QStringLiteral("Organization"), QStringLiteral("partOf")},
    };
    return indexed;
}

QList<CachedResource> Store::referencing(const QString &type, const QString &path, const QString &target) const
{
    QList<CachedResource> out;
    if (indexedReferences().value(type) != path) {
        qCWarning(lcStore) << "referencing() asked for a reference that is not indexed:" << type << path;
        Q_ASSERT_X(false, "Store::referencing", "add the reference to Store::indexedReferences()");
        return out;
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kResourceColumns
        + QStringLiteral(" FROM resources r WHERE r.type = ? AND r.ref = ? AND r.deleted = 0 ORDER BY r.rowid"));
    q.addBindValue(type);
    q.addBindValue(target);
    if (q.exec()) {
        while (q.next())
            out.append(readResource(q));
    }
    return out;
}

int Store::count(const QString &type) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM resources WHERE type = ? AND deleted = 0"));
    q.addBindValue(type);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

qint64 Store::saveEdit(Operation op, const QJsonObject &json, Error *error, const QJsonObject &editedFrom)
{
    Error local;
    Error *err = error ? error : &local;
    const QString type = json.value(QLatin1String("resourceType")).toString();
    const QString id = json.value(QLatin1String("id")).toString();
    if (type.isEmpty() || id.isEmpty() || op == Operation::Delete) {
        err->message = tr("The change is incomplete and was not saved.");
        return -1;
    }
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    if (!t.isOpen()) {
        err->message = tr("The local database is busy; the change was not saved.");
        return -1;
    }
    const std::optional<CachedResource> existing = resource(type, id);
    if (op == Operation::Update && !existing) {
        err->message = tr("The item to change is not in the local data.");
        return -1;
    }
    QString baseVersion = nonNull(existing ? existing->versionId : QString());
    QJsonObject baseJson = existing ? existing->serverJson : QJsonObject();
    if (existing && existing->pending) {
        // The local copy is the server copy of the edits still waiting plus those edits (a pull
        // moves only the server copy on): this edit is built on the same server copy as they are.
        QSqlQuery last(database);
        last.prepare(QStringLiteral(
            "SELECT base_version, base_json FROM outbox WHERE type = ? AND id = ? ORDER BY seq DESC LIMIT 1"));
        last.addBindValue(type);
        last.addBindValue(id);
        if (last.exec() && last.next()) {
            baseVersion = nonNull(last.value(0).toString());
            baseJson = parse(last.value(1));
        }
    } else if (existing && !editedFrom.isEmpty()) {
        const QString editedVersion = versionOf(editedFrom);
        if (!editedVersion.isEmpty() && editedVersion != baseVersion) {
            baseVersion = editedVersion;
            baseJson = editedFrom;
        }
    }
    const QByteArray body = compact(json);
    QSqlQuery write(database);
    if (existing) {
        write.prepare(QStringLiteral("UPDATE resources SET ") + QLatin1String(kKeepServerCopy)
            + QStringLiteral(", json = ?, pending = 1, deleted = 0 WHERE type = ? AND id = ?"));
        write.addBindValue(body);
        write.addBindValue(type);
        write.addBindValue(id);
    } else {
        write.prepare(QStringLiteral("INSERT INTO resources (type, id, json, pending) VALUES (?, ?, ?, 1)"));
        write.addBindValue(type);
        write.addBindValue(id);
        write.addBindValue(body);
    }
    if (!exec(write, err) || !writeRef(database, type, id, json, err))
        return -1;
    QSqlQuery append(database);
    append.prepare(QStringLiteral("INSERT INTO outbox (type, id, operation, base_version, body, base_json, created_at, "
                                  "author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    append.addBindValue(type);
    append.addBindValue(id);
    append.addBindValue(
        int(existing && op == Operation::Create && !existing->versionId.isEmpty() ? Operation::Update : op));
    append.addBindValue(baseVersion);
    append.addBindValue(body);
    append.addBindValue(compact(baseJson));
    append.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    append.addBindValue(nonNull(m_currentUser));
    if (!exec(append, err))
        return -1;
    const qint64 seq = append.lastInsertId().toLongLong();
    if (!t.commit(err))
        return -1;
    if (existing)
        Q_EMIT resourcesUpdated(type, {id});
    else
        Q_EMIT resourcesInserted(type, {id});
    Q_EMIT outboxChanged(pendingCount());
    return seq;
}

qint64 Store::saveDelete(const QString &type, const QString &id, Error *error)
{
    Error local;
    Error *err = error ? error : &local;
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    const std::optional<CachedResource> existing = resource(type, id);
    if (!t.isOpen() || !existing || existing->deleted) {
        err->message = tr("The item to delete is not in the local data.");
        return -1;
    }
    QSqlQuery mark(database);
    mark.prepare(QStringLiteral("UPDATE resources SET deleted = 1, pending = 1 WHERE type = ? AND id = ?"));
    mark.addBindValue(type);
    mark.addBindValue(id);
    QSqlQuery append(database);
    append.prepare(
        QStringLiteral("INSERT INTO outbox (type, id, operation, base_version, base_json, created_at, author) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    append.addBindValue(type);
    append.addBindValue(id);
    append.addBindValue(int(Operation::Delete));
    append.addBindValue(nonNull(existing->versionId));
    append.addBindValue(compact(existing->serverJson));
    append.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    append.addBindValue(nonNull(m_currentUser));
    if (!exec(mark, err) || !exec(append, err))
        return -1;
    const qint64 seq = append.lastInsertId().toLongLong();
    if (!t.commit(err))
        return -1;
    Q_EMIT resourcesRemoved(type, {id});
    Q_EMIT outboxChanged(pendingCount());
    return seq;
}

std::optional<OutboxEntry> Store::entry(qint64 seq) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<OutboxEntry> Store::outbox(int limit) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM outbox ORDER BY seq LIMIT ?"));
    q.addBindValue(limit < 0 ? -1 : limit);
    if (q.exec()) {
        while (q.next())
            out.append(readEntry(q));
    }
    return out;
}

std::optional<OutboxEntry> Store::nextPending() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns
        + QStringLiteral(" FROM outbox WHERE state = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(int(OutboxState::Pending));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

int Store::pendingCount() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next() ? q.value(0).toInt() : 0;
}

bool Store::acknowledge(qint64 seq, const QJsonObject &serverJson, Error *error)
{
    const std::optional<OutboxEntry> e = entry(seq);
    if (!e)
        return false;
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    QSqlQuery del(database);
    del.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    del.addBindValue(seq);
    if (!t.isOpen() || !exec(del, error))
        return false;
    const bool more = countEntries(database, e->type, e->id) > 0;
    const QByteArray bytes = compact(serverJson);
    const QString version = versionOf(serverJson);
    QSqlQuery upd(database);
    if (more) {
        // Later edits of the same resource now build on the version the server just made.
        upd.prepare(QStringLiteral(
            "UPDATE resources SET server_json = ?, version_id = ?, last_updated = ? WHERE type = ? AND id = ?"));
        upd.addBindValue(bytes);
        upd.addBindValue(version);
        upd.addBindValue(lastUpdatedOf(serverJson));
        upd.addBindValue(e->type);
        upd.addBindValue(e->id);
        QSqlQuery rebaseLater(database);
        rebaseLater.prepare(QStringLiteral(
            "UPDATE outbox SET base_version = ?, base_json = ? WHERE type = ? AND id = ? AND state = ?"));
        rebaseLater.addBindValue(version);
        rebaseLater.addBindValue(bytes);
        rebaseLater.addBindValue(e->type);
        rebaseLater.addBindValue(e->id);
        rebaseLater.addBindValue(int(OutboxState::Pending));
        if (!exec(upd, error) || !exec(rebaseLater, error))
            return false;
    } else {
        upd.prepare(QStringLiteral("UPDATE resources SET json = ?, server_json = ?, version_id = ?, last_updated = ?, "
                                   "pending = 0, deleted = 0 WHERE type = ? AND id = ?"));
        upd.addBindValue(bytes);
        upd.addBindValue(bytes);
        upd.addBindValue(version);
        upd.addBindValue(lastUpdatedOf(serverJson));
        upd.addBindValue(e->type);
        upd.addBindValue(e->id);
        if (!exec(upd, error) || !writeRef(database, e->type, e->id, serverJson, error))
            return false;
    }
    if (!t.commit(error))
        return false;
    if (!more)
        Q_EMIT resourcesUpdated(e->type, {e->id});
    Q_EMIT outboxChanged(pendingCount());
    return true;
}

bool Store::acknowledgeDelete(qint64 seq, Error *error)
{
    const std::optional<OutboxEntry> e = entry(seq);
    if (!e)
        return false;
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    QSqlQuery del(database);
    del.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    del.addBindValue(seq);
    if (!t.isOpen() || !exec(del, error))
        return false;
    const bool more = countEntries(database, e->type, e->id) > 0;
    if (!more) {
        if (!deleteResource(database, e->type, e->id, error))
            return false;
    } else {
        // Edits made after the deletion (e.g. an undo of it) make the item again: it is gone on the
        // server now, so they are creates, on no server copy.
        QSqlQuery gone(database);
        gone.prepare(QStringLiteral(
            "UPDATE resources SET server_json = NULL, version_id = '', last_updated = '' WHERE type = ? AND id = ?"));
        gone.addBindValue(e->type);
        gone.addBindValue(e->id);
        QSqlQuery later(database);
        later.prepare(QStringLiteral("UPDATE outbox SET operation = CASE WHEN operation = ? THEN operation ELSE ? END, "
                                     "base_version = '', base_json = NULL WHERE type = ? AND id = ? AND state = ?"));
        later.addBindValue(int(Operation::Delete));
        later.addBindValue(int(Operation::Create));
        later.addBindValue(e->type);
        later.addBindValue(e->id);
        later.addBindValue(int(OutboxState::Pending));
        if (!exec(gone, error) || !exec(later, error))
            return false;
    }
    if (!t.commit(error))
        return false;
    Q_EMIT outboxChanged(pendingCount());
    return true;
}

bool Store::recordAttempt(qint64 seq, const QString &errorText)
{
    return updateEntry(seq, "attempts = attempts + 1, last_error = ?, last_attempt_at = ?",
        {nonNull(errorText), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

bool Store::recordSending(qint64 seq)
{
    return updateEntry(seq, "attempts = attempts + 1", {});
}

// One outbox entry's columns (`set`, with `values` bound in order), on the UI's connection in a
// transaction the writer lets in between two pages of a pull, as local edits are.
bool Store::updateEntry(qint64 seq, const char *set, const QVariantList &values)
{
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    QSqlQuery q(database);
    q.prepare(QStringLiteral("UPDATE outbox SET ") + QLatin1String(set) + QStringLiteral(" WHERE seq = ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(seq);
    return t.isOpen() && exec(q, nullptr) && q.numRowsAffected() == 1 && t.commit(nullptr);
}

bool Store::markConflict(qint64 seq, const QJsonObject &serverJson, const QString &errorText)
{
    const std::optional<OutboxEntry> e = entry(seq);
    if (!e)
        return false;
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    QSqlQuery q(database);
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, last_attempt_at = ? WHERE seq = ?"));
    q.addBindValue(int(OutboxState::Conflict));
    q.addBindValue(nonNull(errorText));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(seq);
    if (!t.isOpen() || !exec(q, nullptr))
        return false;
    QSqlQuery upd(database);
    upd.prepare(QStringLiteral(
        "UPDATE resources SET server_json = ?, version_id = ?, last_updated = ? WHERE type = ? AND id = ?"));
    upd.addBindValue(compact(serverJson));
    upd.addBindValue(versionOf(serverJson));
    upd.addBindValue(lastUpdatedOf(serverJson));
    upd.addBindValue(e->type);
    upd.addBindValue(e->id);
    if (!exec(upd, nullptr) || !t.commit(nullptr))
        return false;
    Q_EMIT outboxChanged(pendingCount());
    return true;
}

bool Store::markFailed(qint64 seq, const QString &errorText)
{
    if (!updateEntry(seq, "state = ?, last_error = ?, last_attempt_at = ?",
            {int(OutboxState::Failed), nonNull(errorText),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}))
        return false;
    Q_EMIT outboxChanged(pendingCount());
    return true;
}

bool Store::rebase(qint64 seq, const QJsonObject &newBody, const QJsonObject &newBase, OutboxState newState)
{
    const std::optional<OutboxEntry> e = entry(seq);
    if (!e)
        return false;
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    QSqlQuery q(database);
    // A new body on a new base is a new send: earlier attempts (after which a create is looked up
    // on the server before it is sent again) no longer count.
    q.prepare(QStringLiteral(
        "UPDATE outbox SET body = ?, base_json = ?, base_version = ?, state = ?, attempts = 0 WHERE seq = ?"));
    q.addBindValue(compact(newBody));
    q.addBindValue(compact(newBase));
    q.addBindValue(versionOf(newBase));
    q.addBindValue(int(newState));
    q.addBindValue(seq);
    if (!t.isOpen() || !exec(q, nullptr))
        return false;
    // The cache shows the newest local intent: this body, unless a later entry for the resource exists.
    QSqlQuery later(database);
    later.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = ? AND id = ? AND seq > ?"));
    later.addBindValue(e->type);
    later.addBindValue(e->id);
    later.addBindValue(seq);
    const bool isLast = later.exec() && later.next() && later.value(0).toInt() == 0;
    if (isLast && !newBody.isEmpty()) {
        QSqlQuery upd(database);
        upd.prepare(QStringLiteral("UPDATE resources SET ") + QLatin1String(kKeepServerCopy)
            + QStringLiteral(", json = ? WHERE type = ? AND id = ?"));
        upd.addBindValue(compact(newBody));
        upd.addBindValue(e->type);
        upd.addBindValue(e->id);
        if (!exec(upd, nullptr) || !writeRef(database, e->type, e->id, newBody, nullptr))
            return false;
    }
    if (!t.commit(nullptr))
        return false;
    if (isLast)
        Q_EMIT resourcesUpdated(e->type, {e->id});
    Q_EMIT outboxChanged(pendingCount());
    return true;
}

bool Store::discard(qint64 seq)
{
    const std::optional<OutboxEntry> e = entry(seq);
    if (!e)
        return false;
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    QSqlQuery del(database);
    del.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    del.addBindValue(seq);
    if (!t.isOpen() || !exec(del, nullptr))
        return false;
    const bool more = countEntries(database, e->type, e->id) > 0;
    const std::optional<CachedResource> cached = resource(e->type, e->id);
    bool removed = false;
    if (more && cached) {
        // Undoing the newest of several unsent edits: the cache shows the one before it again.
        QSqlQuery last(database);
        last.prepare(
            QStringLiteral("SELECT operation, body FROM outbox WHERE type = ? AND id = ? ORDER BY seq DESC LIMIT 1"));
        last.addBindValue(e->type);
        last.addBindValue(e->id);
        if (!last.exec() || !last.next())
            return false;
        QSqlQuery upd(database);
        if (Operation(last.value(0).toInt()) == Operation::Delete) {
            upd.prepare(QStringLiteral("UPDATE resources SET deleted = 1 WHERE type = ? AND id = ?"));
        } else {
            upd.prepare(QStringLiteral("UPDATE resources SET ") + QLatin1String(kKeepServerCopy)
                + QStringLiteral(", json = ?, deleted = 0 WHERE type = ? AND id = ?"));
            upd.addBindValue(last.value(1));
        }
        upd.addBindValue(e->type);
        upd.addBindValue(e->id);
        const bool deleted = Operation(last.value(0).toInt()) == Operation::Delete;
        if (!exec(upd, nullptr) || (!deleted && !writeRef(database, e->type, e->id, parse(last.value(1)), nullptr)))
            return false;
    }
    if (!more && cached) {
        QSqlQuery upd(database);
        if (cached->serverJson.isEmpty()) {
            // A local creation never sent: taking the server's side means it is gone.
            upd.prepare(QStringLiteral("DELETE FROM resources WHERE type = ? AND id = ?"));
            removed = true;
        } else {
            upd.prepare(QStringLiteral("UPDATE resources SET json = ") + QLatin1String(kServerJson)
                + QStringLiteral(", pending = 0, deleted = 0 "
                                 "WHERE type = ? AND id = ?"));
        }
        upd.addBindValue(e->type);
        upd.addBindValue(e->id);
        if (!exec(upd, nullptr) || (!removed && !writeRef(database, e->type, e->id, cached->serverJson, nullptr)))
            return false;
    }
    if (!t.commit(nullptr))
        return false;
    if (removed)
        Q_EMIT resourcesRemoved(e->type, {e->id});
    else if (cached)
        Q_EMIT resourcesUpdated(e->type, {e->id});
    Q_EMIT outboxChanged(pendingCount());
    return true;
}

ServerResource ServerResource::fromJson(const QJsonObject &resource)
{
    const QString type = resource.value(QLatin1String("resourceType")).toString();
    return {type.toUtf8(), resource.value(QLatin1String("id")).toString().toUtf8(), versionOf(resource).toUtf8(),
        lastUpdatedOf(resource).toUtf8(), compact(resource), indexedReferenceOf(type, resource).toUtf8(), {}};
}

namespace {
QList<ServerResource> serverResources(const QList<QJsonObject> &resources)
{
    QList<ServerResource> out;
    out.reserve(resources.size());
    for (const QJsonObject &r : resources)
        out.append(ServerResource::fromJson(r));
    return out;
}
} // namespace

bool Store::applyServerResources(const QList<QJsonObject> &resources, Error *error)
{
    QSqlDatabase database = db();
    ApplyResult result;
    if (!applyServer(database, m_handOff.get(), serverResources(resources), &result, error))
        return false;
    emitChanges(result.inserted, result.updated, {});
    return true;
}

bool Store::applyServerDeletions(const QList<QPair<QString, QString>> &typeIds, Error *error)
{
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get());
    if (!t.isOpen())
        return busy(error);
    ChangeMap removed;
    for (const auto &[type, id] : typeIds) {
        const std::optional<CachedResource> cached = resource(type, id);
        if (!cached)
            continue;
        if (cached->pending) {
            // Deleted on the server while we have unsent changes: keep ours; the push will tell.
            continue;
        }
        if (!deleteResource(database, type, id, error))
            return false;
        removed[type].append(id);
    }
    if (!t.commit(error))
        return false;
    emitChanges({}, {}, removed);
    return true;
}

void Store::applyServerResourcesAsync(const QList<QJsonObject> &resources, std::function<void(Error)> done)
{
    applyServerResourcesAsync(serverResources(resources), std::move(done));
}

void Store::applyServerResourcesAsync(
    QList<ServerResource> resources, std::function<void(Error)> done, QList<QPair<QString, QString>> meta)
{
    QPointer<Store> self(this);
    auto finished = [self, done](const ApplyResult &result, const Error &error) {
        if (self && error.isNull())
            self->emitChanges(result.inserted, result.updated, {});
        if (done)
            done(error);
    };
    m_worker->enqueue({std::move(resources), std::move(meta), std::move(finished), {}});
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, self] { worker->write(self.data()); }, Qt::QueuedConnection);
}

void Store::checkpointAsync(std::function<void()> done)
{
    // In the queue, after the pages queued before it (one write() call per entry, as for pages).
    QPointer<Store> self(this);
    StoreWorker::PageWrite mark;
    mark.pullEnded = [self, done] {
        if (self && done)
            done();
    };
    m_worker->enqueue(std::move(mark));
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, self] { worker->write(self.data()); }, Qt::QueuedConnection);
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Store::setMeta(const QString &key, const QString &value)
{
    QSqlDatabase database = db();
    Transaction t(database, m_handOff.get()); // let in between two pages of a pull, as local edits are
    return t.isOpen() && writeMeta(database, {{key, value}}, nullptr) && t.commit(nullptr);
}

} // namespace hn::store
