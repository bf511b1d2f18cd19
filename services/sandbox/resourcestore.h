#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hn::sandbox {

// What search needs of a resource, extracted once when it is written or loaded.
struct SearchIndex
{
    QHash<QString, QStringList> refs; // element -> "Type/id" targets (top-level references)
    QHash<QString, QStringList> tokens; // element -> "system|code" and "code" (type, code, program, identifier, ...)
    QString name;
    QString status;
    int active = -1; // -1 absent, 0 false, 1 true
};
SearchIndex indexResource(const QJsonObject &resource);

// One stored resource (current version).
struct StoredResource
{
    QString type, id;
    int version = 0;
    QString lastUpdated; // ISO 8601 UTC with milliseconds
    bool deleted = false;
    QByteArray json; // compact JSON with meta filled in (empty when deleted)
    SearchIndex index;
    QJsonObject parsed() const;
};

struct HistoryEntry
{
    QString type, id;
    int version = 0;
    QString lastUpdated;
    QString method; // POST, PUT or DELETE
    QByteArray json;
};

// A generic FHIR resource store: every resource in memory for fast search, every version persisted
// in SQLite (current table + history table). Knows FHIR, not the client's domain.
class ResourceStore
{
public:
    ResourceStore();
    ~ResourceStore();

    // Opens dataDir/sandbox.sqlite (or an in-memory database when dataDir is empty) and loads it.
    bool open(const QString &dataDir, QString *error);
    bool isEmpty() const { return m_order.isEmpty(); }

    static QStringList knownTypes();

    const StoredResource *get(const QString &type, const QString &id) const;
    std::optional<HistoryEntry> version(const QString &type, const QString &id, int version) const;
    QList<HistoryEntry> instanceHistory(const QString &type, const QString &id) const;
    // Newest first; since inclusive (ISO string compare on UTC timestamps).
    QList<HistoryEntry> typeHistory(const QString &type, const QString &since, int offset, int count, int *total) const;
    // Current (not deleted) resources of a type, in creation order.
    QList<const StoredResource *> all(const QString &type) const;

    // Writes: each returns the stored resource after the write. Call inside begin()/commit().
    bool begin();
    bool commit();
    void rollback();
    const StoredResource *put(const QString &type, const QString &id, QJsonObject resource, const QString &method);
    const StoredResource *remove(const QString &type, const QString &id);

    QString now(); // strictly increasing server time

    // Users and tokens.
    struct User
    {
        QString username, role, organizationId, displayName;
    };
    bool addUser(const User &user);
    QList<User> users() const;
    std::optional<User> user(const QString &username) const;
    // A new random bearer token; only its SHA-256 is kept (in memory and on disk), with its expiry.
    QString issueToken(const QString &username, int lifetimeSeconds = kTokenLifetimeSeconds);
    static constexpr int kTokenLifetimeSeconds = 8 * 3600;
    std::optional<User> userForToken(const QString &token) const;

private:
    QSqlDatabase db() const;
    // A prepared statement, prepared once per connection and reused (writes during seeding).
    QSqlQuery &statement(const QString &sql) const;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_connection;
    QHash<QString, QHash<QString, StoredResource>> m_resources;
    QHash<QString, QStringList> m_order; // per type, ids in creation order
    QHash<QString, User> m_users;
    QHash<QByteArray, std::pair<QString, QDateTime>> m_tokens; // SHA-256 (hex) -> user, expiry
    QString m_lastTime;
    // Rollback support: the previous state of every resource touched in the open transaction.
    struct Undo
    {
        QString type, id;
        std::optional<StoredResource> before;
        bool appended = false;
    };
    QList<Undo> m_undo;
    bool m_inTransaction = false;
};

} // namespace hn::sandbox
