#include "store_p.h"

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

namespace hn::store::detail {

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

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

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

QString indexedReferenceOf(const QString &type, const QJsonObject &json)
{
    const QString path = Store::indexedReferences().value(type);
    return path.isEmpty() ? QString() : json.value(path).toObject().value(QLatin1String("reference")).toString();
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

QByteArrayView columnUtf8(sqlite3_stmt *row, int column) // valid until the row is stepped or reset
{
    return {reinterpret_cast<const char *>(sqlite3_column_text(row, column)), sqlite3_column_bytes(row, column)};
}

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

int countEntries(QSqlDatabase &db, const QString &type, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = ? AND id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace hn::store::detail
