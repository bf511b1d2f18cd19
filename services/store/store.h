#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QThread;

namespace hn::store {

enum class Operation { Create, Update, Delete }; // Create = PUT with a client-assigned UUID id
enum class OutboxState { Pending, Conflict, Failed };

struct CachedResource
{
    QString type, id;
    QString versionId; // opaque server version ("" for a never-sent local create)
    QDateTime lastUpdated; // server time; invalid for local-only
    QJsonObject json; // the resource as known locally, local edits applied
    QJsonObject serverJson; // the last copy received from the server (empty for local creates)
    bool pending = false; // an outbox entry for it is not yet acknowledged
    bool deleted = false; // deleted locally, the delete not yet acknowledged
};

// meta.versionId of a resource ("" when it has none).
QString versionOf(const QJsonObject &resource);

struct OutboxEntry
{
    qint64 seq = 0; // strictly increasing; pushed in this order
    QString type, id;
    Operation operation = Operation::Update;
    QString baseVersionId; // the server version the edit was made on; goes into If-Match
    QJsonObject body; // the resource to send (empty for Delete)
    QJsonObject baseJson; // the server copy the edit was made on (for field-level merges)
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError; // plain words, for the sync log
    QDateTime createdAt, lastAttemptAt;
    // Who made the edit (the signed-in user then; empty when nobody was): it is sent only under
    // that user's sign-in, so that the server's audit trail names the right person.
    QString author;
};

// A resource as the server sent it, with what the cache indexes: a sync page is written from the
// received bytes without building a QJsonObject per resource (see sync/bundlescan.h). The text is
// UTF-8. The fields may be views into the page they were read from (QByteArray::fromRawData), which
// `page` keeps alive: keep or copy the whole struct, never a field alone.
struct ServerResource
{
    QByteArray type, id, versionId, lastUpdated;
    QByteArray json; // the resource, as received
    QByteArray ref; // the target of the type's indexed reference (Store::indexedReferences()), if set
    QByteArray page; // what the fields above may point into
    static ServerResource fromJson(const QJsonObject &resource);
};

struct Error
{
    QString message;
    bool isNull() const { return message.isEmpty(); }
};

class StoreWorker;
struct WriteHandOff;

// The local cache of FHIR resources (as JSON) and the outbox of local edits, in one SQLite file per
// backend environment. A local edit changes the cache and appends to the outbox in one transaction
// that is committed (synchronous=FULL) before saveEdit returns: from then on a crash or a kill loses
// nothing. Signals tell exactly what changed, after each commit.
class Store : public QObject
{
    Q_OBJECT
public:
    ~Store() override;

    // Opens (creating or migrating) the SQLite file: WAL, synchronous=FULL, busy timeout, quick_check.
    // Returns nullptr and sets *error on failure; a database from a newer program is refused untouched.
    static std::unique_ptr<Store> open(const QString &path, Error *error, QObject *parent = nullptr);
    // AppDataLocation/<environmentKey>.sqlite, with the key made safe for a file name.
    static QString defaultPath(const QString &environmentKey);
    // Hands the closed database file `from` over to the users who made its edits, and removes it:
    // each author (compared trimmed and without regard to case; edits without one are
    // `firstUser`'s) gets a copy at pathFor(author) holding only their edits, and `firstUser` one
    // in any case. Nothing is changed (false, *error set) when a copy cannot be made, e.g. while
    // another connection holds the file or when one of those paths exists already.
    static bool splitByAuthor(const QString &from, const QString &firstUser,
        const std::function<QString(const QString &)> &pathFor, Error *error = nullptr);
    static constexpr int schemaVersion = 4;
    QString path() const { return m_path; }

    // --- reads ---
    std::optional<CachedResource> resource(const QString &type, const QString &id) const;
    QList<CachedResource> resources(const QString &type) const; // not deleted
    // Only the local JSON of every resource of a type (not deleted), as stored bytes: the cheap read
    // for long lists, parsed by the reader (the FHIR mapping's fast readers).
    QList<QByteArray> rawJsonOf(const QString &type) const;
    // The same, read from the file at `path` with a read-only connection of its own, from any
    // thread, before (or while) the store is opened: start-up reads the actor list this way in
    // parallel with building the window. nullopt when the file does not exist or cannot be read.
    static std::optional<QList<QByteArray>> rawJsonOfFile(const QString &path, const QString &type);
    // Several types over one connection and from one snapshot (a sync writing meanwhile is seen by
    // all of them or by none); the lists in the order of `types`.
    static std::optional<QList<QList<QByteArray>>> rawJsonOfFile(const QString &path, const QStringList &types);
    // Resources of `type` whose reference element `path` (e.g. "organization", "subject") points to
    // `target` ("Organization/123"). Only for the references in indexedReferences().
    QList<CachedResource> referencing(const QString &type, const QString &path, const QString &target) const;
    int count(const QString &type) const;
    // type -> the one reference element of that type the store indexes: HealthcareService.providedBy,
    // PractitionerRole.organization, Basic.subject, Organization.partOf.
    static const QHash<QString, QString> &indexedReferences();

    // --- local edits ---
    // The signed-in user, recorded as the author of the edits made from now on (empty: nobody).
    void setCurrentUser(const QString &user) { m_currentUser = user; }
    // A user name as every comparison of users takes it (authors, the signed-in user, the name of a
    // user's store): trimmed, and without regard to case.
    static QString userKey(const QString &name) { return name.trimmed().toCaseFolded(); }
    QString currentUser() const { return m_currentUser; }
    // Returns the outbox seq, or -1 with *error set (nothing changed then). `editedFrom`, when given,
    // is the copy the user's change was made on (an editor's snapshot): when it is older than the
    // cached server copy (a pull brought someone else's change while the editor was open), it
    // becomes the edit's base, so that sending meets a 412 and merges with that change, or shows a
    // conflict, instead of putting the old values back. While earlier edits of the resource wait,
    // the base is theirs (the local copy is built on it), whatever `editedFrom` says.
    qint64 saveEdit(Operation op, const QJsonObject &json, Error *error = nullptr, const QJsonObject &editedFrom = {});
    qint64 saveDelete(const QString &type, const QString &id, Error *error = nullptr);
    // For tests: the next local edit (saveEdit, saveDelete) fails inside its transaction with this
    // reason, as a full disk or a broken file would make it fail; nothing is written.
    void failNextEdit(const QString &reason) { m_failNextEdit = reason; }

    // --- outbox ---
    QList<OutboxEntry> outbox(int limit = -1) const;
    std::optional<OutboxEntry> nextPending() const;
    // The entry with this sequence number; nullopt when it is gone (sent, taken back).
    std::optional<OutboxEntry> entry(qint64 seq) const;
    // The next entry to send: the first pending one whose resource has no entry before it that is
    // not (a conflict, a refusal, or one by another user than `user`: it waits for their sign-in),
    // made by `user` (or by nobody). Reads from the first pending entry on, not the whole outbox.
    std::optional<OutboxEntry> nextSendable(const QString &user) const;
    // The entries of the resource `type`/`id` after `seq`, in order.
    QList<OutboxEntry> laterEntries(qint64 seq, const QString &type, const QString &id) const;
    int pendingCount() const;
    bool acknowledge(qint64 seq, const QJsonObject &serverJson, Error *error = nullptr);
    bool acknowledgeDelete(qint64 seq, Error *error = nullptr);
    bool recordAttempt(qint64 seq, const QString &errorText);
    // Before a create is sent the first time: from then on it may be on the server (a kill or a lost
    // answer can come before its answer is recorded), which the sync engine looks at before it
    // sends it again. Counts as an attempt; committed before it returns.
    bool recordSending(qint64 seq);
    bool markConflict(qint64 seq, const QJsonObject &serverJson, const QString &errorText);
    bool markFailed(qint64 seq, const QString &errorText);
    bool rebase(qint64 seq, const QJsonObject &newBody, const QJsonObject &newBase, OutboxState newState);
    bool discard(qint64 seq);

    // --- server data ---
    bool applyServerResources(const QList<QJsonObject> &resources, Error *error = nullptr);
    bool applyServerDeletions(const QList<QPair<QString, QString>> &typeIds, Error *error = nullptr);
    // On a worker thread with its own connection; pages are written in call order; the signals and
    // `done` come on this object's thread after the commit.
    void applyServerResourcesAsync(const QList<QJsonObject> &resources, std::function<void(Error)> done = {});
    // `meta` (key, value) is written in the same transaction as the resources, unless a page has
    // failed to be written since the last checkpointAsync() (the end of a pull): such meta says
    // "stored up to here", which the failed page would make untrue.
    void applyServerResourcesAsync(QList<ServerResource> resources, std::function<void(Error)> done = {},
        QList<QPair<QString, QString>> meta = {});
    // Marks the end of a pull and copies the write-ahead log into the database file, on the worker
    // thread after the pages queued before it; `done` on this object's thread. The pages queued
    // after it belong to the next pull: a failure before the mark does not hold back their meta, one
    // after it does. The sync engine calls it when a pull has finished: no connection checkpoints
    // by itself after a commit.
    void checkpointAsync(std::function<void()> done = {});

    // --- sync state ---
    QString meta(const QString &key) const; // "" when not set
    bool setMeta(const QString &key, const QString &value); // an empty value removes the key

Q_SIGNALS:
    void resourcesInserted(const QString &type, const QStringList &ids);
    void resourcesUpdated(const QString &type, const QStringList &ids);
    void resourcesRemoved(const QString &type, const QStringList &ids);
    void outboxChanged(int pendingCount);
    // The integrity check that runs on the writer thread after open found damage.
    void damaged(const QString &message);

private:
    explicit Store(const QString &path, QObject *parent);
    QSqlDatabase db() const;
    void emitChanges(const QHash<QString, QStringList> &inserted, const QHash<QString, QStringList> &updated,
        const QHash<QString, QStringList> &removed);
    bool updateEntry(qint64 seq, const char *set, const QVariantList &values);

    QString m_path;
    QString m_currentUser;
    QString m_failNextEdit;
    QString m_connection;
    QThread *m_thread = nullptr;
    StoreWorker *m_worker = nullptr;
    std::shared_ptr<WriteHandOff> m_handOff; // shared with the worker
};

namespace testing {
// For tests of the writer thread: `beforeBatch` is called there before it takes the queued pages,
// `afterPage` after each page of a batch is written (not yet committed), with the number of local
// edits that wait for the write lock or hold it. Empty functions: none.
void setWriterHooks(std::function<void()> beforeBatch,
    std::function<void(qsizetype page, const std::atomic<int> &localEdits)> afterPage);
// How long after a store opens its integrity check starts (3 s unless set).
void setIntegrityCheckDelay(int ms);
} // namespace testing

} // namespace hn::store
