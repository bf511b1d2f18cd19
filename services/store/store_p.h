#pragma once

// What the store's files share (store.cpp, store_db.cpp, store_outbox.cpp, storeworker.*): the
// SQL helpers, the raw sqlite3 wrappers, the schema and the writing of server pages. Not for use
// outside services/store.

#include "store.h"

#include "common/logging.h"

#include <sqlite3.h>

#include <atomic>

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

namespace detail {

using ChangeMap = QHash<QString, QStringList>;

QString storeTr(const char *text);

QByteArray compact(const QJsonObject &o);

QJsonObject parse(const QVariant &v);

// Never a null QString: a null binds as SQL NULL, and these columns are NOT NULL.
QString nonNull(const QString &s);

QString lastUpdatedOf(const QJsonObject &r);

bool exec(QSqlQuery &q, Error *error);

bool exec(QSqlDatabase &db, const QString &sql, Error *error);

// resources.server_json is the last copy received from the server. A zero-length blob means "the
// same as json" (what a sync page writes: the bytes once, not twice); NULL means none (a local
// creation never sent). Reads go through kServerJsonOf; a write that changes json of a resource
// whose server copy is "the same" first keeps that copy (kKeepServerCopy: SQLite evaluates the
// whole SET from the old row).
inline constexpr char kServerJson[] = "CASE WHEN length(server_json) = 0 THEN json ELSE server_json END";

inline constexpr char kServerJsonOf[] = "CASE WHEN length(r.server_json) = 0 THEN r.json ELSE r.server_json END";

inline constexpr char kKeepServerCopy[]
    = "server_json = CASE WHEN length(server_json) = 0 THEN json ELSE server_json END";

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
int pollEveryMillisecond(void *, int count);

bool configure(QSqlDatabase &db, Error *error);

// The target of the one reference element per type that the store indexes (resources.ref, see
// Store::indexedReferences()); empty when the type has none or the resource does not set it.
QString indexedReferenceOf(const QString &type, const QJsonObject &json);

// The connection's own sqlite3 handle (Qt's driver uses the system SQLite, as we do), for the bulk
// writes of server pages: binding UTF-8 and blobs in place saves a QVariant, a UTF-16 round trip
// and a copy per value.
sqlite3 *handleOf(QSqlDatabase &db);

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

QByteArrayView columnUtf8(sqlite3_stmt *row, int column);

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
bool writeRef(QSqlDatabase &db, const QString &type, const QString &id, const QJsonObject &json, Error *error);

// Ordered schema steps; step n brings user_version from n-1 to n.
bool migrate(QSqlDatabase &db, Error *error);

struct ApplyResult
{
    ChangeMap inserted, updated;
};

bool busy(Error *error);

bool deleteResource(QSqlDatabase &db, const QString &type, const QString &id, Error *error);

// Writes server copies, inside the caller's transaction. Resources with pending local edits keep
// their local json; only their server copy and version move on. The statements are prepared once
// per call, not per resource.
bool applyServerRows(QSqlDatabase &db, const QList<ServerResource> &resources, ApplyResult *result, Error *error);

bool writeMeta(QSqlDatabase &db, const QList<QPair<QString, QString>> &entries, Error *error);

// One page of server copies in a transaction of its own (the synchronous path).
bool applyServer(
    QSqlDatabase &db, WriteHandOff *handOff, const QList<ServerResource> &resources, ApplyResult *result, Error *error);

QString newConnectionName();

bool openConnection(const QString &name, const QString &path, Error *error);

void closeConnection(const QString &name);

CachedResource readResource(const QSqlQuery &q);

inline const QString kResourceColumns = QStringLiteral("r.type, r.id, r.version_id, r.last_updated, r.json, ")
    + QLatin1String(kServerJsonOf) + QStringLiteral(", r.pending, r.deleted");

OutboxEntry readEntry(const QSqlQuery &q);

inline const QString kEntryColumns = QStringLiteral("seq, type, id, operation, base_version, body, base_json, state, "
                                                    "attempts, last_error, created_at, last_attempt_at, author");

int countEntries(QSqlDatabase &db, const QString &type, const QString &id);

} // namespace detail

} // namespace hn::store
