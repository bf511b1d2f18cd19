#include "store.h"
#include "store_p.h"

#include "common/logging.h"
#include "common/threads.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <utility>

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

using namespace detail;

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
    if (t.isOpen() && !m_failNextEdit.isEmpty()) { // a test's injected failure (failNextEdit())
        err->message = std::exchange(m_failNextEdit, QString());
        return -1;
    }
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
    if (t.isOpen() && !m_failNextEdit.isEmpty()) { // a test's injected failure (failNextEdit())
        err->message = std::exchange(m_failNextEdit, QString());
        return -1;
    }
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

std::optional<OutboxEntry> Store::nextSendable(const QString &user) const
{
    // Pending entries in order whose resource has nothing unresolved before them; the first by
    // `user` wins, unless an earlier pending one of its resource is another user's.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns
        + QStringLiteral(" FROM outbox o WHERE state = ? AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.type = o.type "
                         "AND b.id = o.id AND b.seq < o.seq AND b.state != ?) ORDER BY seq"));
    q.addBindValue(int(OutboxState::Pending));
    q.addBindValue(int(OutboxState::Pending));
    if (!q.exec())
        return std::nullopt;
    const QString key = userKey(user);
    QSet<QString> othersWait; // resources with an earlier entry by someone else
    while (q.next()) {
        OutboxEntry e = readEntry(q);
        const QString author = userKey(e.author);
        const QString resource = e.type + QLatin1Char('/') + e.id;
        if (!author.isEmpty() && author != key) {
            othersWait.insert(resource);
            continue;
        }
        if (!othersWait.contains(resource))
            return e;
    }
    return std::nullopt;
}

QList<OutboxEntry> Store::laterEntries(qint64 seq, const QString &type, const QString &id) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns
        + QStringLiteral(" FROM outbox WHERE type = ? AND id = ? AND seq > ? ORDER BY seq"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(seq);
    if (q.exec()) {
        while (q.next())
            out.append(readEntry(q));
    }
    return out;
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

} // namespace hn::store
