#include "store.h"
#include "storeworker.h"

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

using namespace detail;

QString versionOf(const QJsonObject &resource)
{
    return nonNull(resource.value(QLatin1String("meta")).toObject().value(QLatin1String("versionId")).toString());
}

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
