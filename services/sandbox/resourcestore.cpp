#include "resourcestore.h"

#include <QCryptographicHash>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hn::sandbox {

SearchIndex indexResource(const QJsonObject &r)
{
    SearchIndex idx;
    static const QStringList tokenElements = {QStringLiteral("type"), QStringLiteral("code"), QStringLiteral("program"),
        QStringLiteral("identifier"), QStringLiteral("category"), QStringLiteral("specialty")};
    auto addCoding = [](QStringList &out, const QJsonObject &c, const char *valueKey) {
        const QString system = c.value(QLatin1String("system")).toString();
        const QString code = c.value(QLatin1String(valueKey)).toString();
        if (code.isEmpty())
            return;
        out << code << system + QLatin1Char('|') + code;
    };
    for (auto it = r.begin(); it != r.end(); ++it) {
        const QJsonValue v = it.value();
        const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray {v};
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            const QString ref = o.value(QLatin1String("reference")).toString();
            if (!ref.isEmpty())
                idx.refs[it.key()].append(ref);
            if (tokenElements.contains(it.key())) {
                QStringList &tokens = idx.tokens[it.key()];
                if (it.key() == QLatin1String("identifier"))
                    addCoding(tokens, o, "value");
                for (const QJsonValue &c : o.value(QLatin1String("coding")).toArray())
                    addCoding(tokens, c.toObject(), "code");
                if (item.isString())
                    tokens << item.toString();
            }
        }
    }
    idx.name = r.value(QLatin1String("name")).toString();
    idx.status = r.value(QLatin1String("status")).toString();
    if (r.value(QLatin1String("active")).isBool())
        idx.active = r.value(QLatin1String("active")).toBool() ? 1 : 0;
    return idx;
}

QJsonObject StoredResource::parsed() const
{
    return QJsonDocument::fromJson(json).object();
}

ResourceStore::ResourceStore()
    : m_connection(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ResourceStore::~ResourceStore()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QStringList ResourceStore::knownTypes()
{
    return {QStringLiteral("Organization"), QStringLiteral("Practitioner"), QStringLiteral("PractitionerRole"),
        QStringLiteral("HealthcareService"), QStringLiteral("Basic"), QStringLiteral("Questionnaire"),
        QStringLiteral("Subscription"), QStringLiteral("Endpoint"), QStringLiteral("Contract"), QStringLiteral("Task"),
        QStringLiteral("AuditEvent")};
}

QSqlDatabase ResourceStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlQuery &ResourceStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(db());
        query->prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return **it;
}

bool ResourceStore::open(const QString &dataDir, QString *error)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (dataDir.isEmpty()) {
        d.setDatabaseName(QStringLiteral(":memory:"));
    } else {
        QDir().mkpath(dataDir);
        d.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
    }
    if (!d.open()) {
        *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS resources (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, "
            "id TEXT NOT NULL, version INTEGER NOT NULL, last_updated TEXT NOT NULL, deleted INTEGER NOT NULL, "
            "json BLOB, UNIQUE (type, id))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS history (type TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, "
            "last_updated TEXT NOT NULL, method TEXT NOT NULL, json BLOB, PRIMARY KEY (type, id, version))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS history_time ON history (type, last_updated)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, role TEXT NOT NULL, "
                       "organization TEXT NOT NULL, display TEXT NOT NULL)"),
        // Tokens were once kept in clear text without an expiry: such a table is dropped (its users
        // sign in again). Now only a token's SHA-256 is kept, with the time it expires.
        QStringLiteral("DROP TABLE IF EXISTS tokens"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS token_hashes (hash TEXT PRIMARY KEY, username TEXT NOT NULL, "
                       "expires TEXT NOT NULL)"),
        QStringLiteral("DELETE FROM token_hashes WHERE expires < strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
    };
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, id, version, last_updated, deleted, json FROM resources ORDER BY seq"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        StoredResource r;
        r.type = q.value(0).toString();
        r.id = q.value(1).toString();
        r.version = q.value(2).toInt();
        r.lastUpdated = q.value(3).toString();
        r.deleted = q.value(4).toBool();
        r.json = q.value(5).toByteArray();
        if (!r.deleted)
            r.index = indexResource(r.parsed());
        if (r.lastUpdated > m_lastTime)
            m_lastTime = r.lastUpdated;
        m_order[r.type].append(r.id);
        m_resources[r.type].insert(r.id, r);
    }
    q.exec(QStringLiteral("SELECT username, role, organization, display FROM users"));
    while (q.next())
        m_users.insert(q.value(0).toString(),
            User {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.exec(QStringLiteral("SELECT hash, username, expires FROM token_hashes"));
    while (q.next())
        m_tokens.insert(q.value(0).toByteArray(),
            {q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return true;
}

const StoredResource *ResourceStore::get(const QString &type, const QString &id) const
{
    const auto t = m_resources.constFind(type);
    if (t == m_resources.cend())
        return nullptr;
    const auto it = t->constFind(id);
    return it == t->cend() ? nullptr : &it.value();
}

std::optional<HistoryEntry> ResourceStore::version(const QString &type, const QString &id, int version) const
{
    QSqlQuery &q = statement(
        QStringLiteral("SELECT last_updated, method, json FROM history WHERE type = ? AND id = ? AND version = ?"));
    q.bindValue(0, type);
    q.bindValue(1, id);
    q.bindValue(2, version);
    if (!q.exec())
        return std::nullopt;
    std::optional<HistoryEntry> entry;
    if (q.next())
        entry
            = HistoryEntry {type, id, version, q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()};
    q.finish(); // no statement left open between requests
    return entry;
}

QList<HistoryEntry> ResourceStore::instanceHistory(const QString &type, const QString &id) const
{
    QList<HistoryEntry> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT version, last_updated, method, json FROM history WHERE type = ? AND id = ? ORDER BY version DESC"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            out.append(
                {type, id, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()});
    }
    return out;
}

QList<HistoryEntry> ResourceStore::typeHistory(
    const QString &type, const QString &since, int offset, int count, int *total) const
{
    QList<HistoryEntry> out;
    QSqlQuery c(db());
    c.prepare(QStringLiteral("SELECT COUNT(*) FROM history WHERE type = ? AND last_updated >= ?"));
    c.addBindValue(type);
    c.addBindValue(since.isEmpty() ? QStringLiteral("") : since); // a null QString binds NULL, which matches nothing
    *total = c.exec() && c.next() ? c.value(0).toInt() : 0;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, version, last_updated, method, json FROM history WHERE type = ? AND "
                             "last_updated >= ? ORDER BY last_updated DESC, id, version DESC LIMIT ? OFFSET ?"));
    q.addBindValue(type);
    q.addBindValue(since.isEmpty() ? QStringLiteral("") : since);
    q.addBindValue(count);
    q.addBindValue(offset);
    if (q.exec()) {
        while (q.next())
            out.append({type, q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toByteArray()});
    }
    return out;
}

QList<const StoredResource *> ResourceStore::all(const QString &type) const
{
    QList<const StoredResource *> out;
    const auto t = m_resources.constFind(type);
    if (t == m_resources.cend())
        return out;
    const QStringList ids = m_order.value(type);
    out.reserve(ids.size());
    for (const QString &id : ids) {
        const auto it = t->constFind(id);
        if (it != t->cend() && !it->deleted)
            out.append(&it.value());
    }
    return out;
}

bool ResourceStore::begin()
{
    m_undo.clear();
    m_inTransaction = QSqlQuery(db()).exec(QStringLiteral("BEGIN IMMEDIATE"));
    return m_inTransaction;
}

bool ResourceStore::commit()
{
    const bool ok = QSqlQuery(db()).exec(QStringLiteral("COMMIT"));
    if (!ok) {
        rollback();
        return false;
    }
    m_undo.clear();
    m_inTransaction = false;
    return true;
}

void ResourceStore::rollback()
{
    QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
    for (auto it = m_undo.crbegin(); it != m_undo.crend(); ++it) {
        if (it->before)
            m_resources[it->type].insert(it->id, *it->before);
        else
            m_resources[it->type].remove(it->id);
        if (it->appended)
            m_order[it->type].removeLast();
    }
    m_undo.clear();
    m_inTransaction = false;
}

QString ResourceStore::now()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    QString s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    if (s <= m_lastTime) {
        t = QDateTime::fromString(m_lastTime, Qt::ISODateWithMs).addMSecs(1);
        s = t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    m_lastTime = s;
    return s;
}

const StoredResource *ResourceStore::put(
    const QString &type, const QString &id, QJsonObject resource, const QString &method)
{
    const StoredResource *existing = get(type, id);
    StoredResource r;
    r.type = type;
    r.id = id;
    r.version = existing ? existing->version + 1 : 1;
    r.lastUpdated = now();
    resource.insert(QStringLiteral("resourceType"), type);
    resource.insert(QStringLiteral("id"), id);
    QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("versionId"), QString::number(r.version));
    meta.insert(QStringLiteral("lastUpdated"), r.lastUpdated);
    resource.insert(QStringLiteral("meta"), meta);
    r.json = QJsonDocument(resource).toJson(QJsonDocument::Compact);
    r.index = indexResource(resource);

    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO resources (type, id, version, last_updated, deleted, json) VALUES (?, ?, ?, ?, 0, ?) "
        "ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, "
        "last_updated = excluded.last_updated, deleted = 0, json = excluded.json"));
    q.bindValue(0, type);
    q.bindValue(1, id);
    q.bindValue(2, r.version);
    q.bindValue(3, r.lastUpdated);
    q.bindValue(4, r.json);
    QSqlQuery &h = statement(QStringLiteral(
        "INSERT INTO history (type, id, version, last_updated, method, json) VALUES (?, ?, ?, ?, ?, ?)"));
    h.bindValue(0, type);
    h.bindValue(1, id);
    h.bindValue(2, r.version);
    h.bindValue(3, r.lastUpdated);
    h.bindValue(4, method);
    h.bindValue(5, r.json);
    if (!q.exec() || !h.exec())
        return nullptr;
    m_undo.append({type, id, existing ? std::optional<StoredResource>(*existing) : std::nullopt, !existing});
    if (!existing)
        m_order[type].append(id);
    auto &slot = m_resources[type][id];
    slot = r;
    return &slot;
}

const StoredResource *ResourceStore::remove(const QString &type, const QString &id)
{
    const StoredResource *existing = get(type, id);
    if (!existing || existing->deleted)
        return nullptr;
    StoredResource r = *existing;
    r.version += 1;
    r.lastUpdated = now();
    r.deleted = true;
    r.json.clear();
    r.index = SearchIndex();
    QSqlQuery &q = statement(QStringLiteral(
        "UPDATE resources SET version = ?, last_updated = ?, deleted = 1, json = NULL WHERE type = ? AND id = ?"));
    q.bindValue(0, r.version);
    q.bindValue(1, r.lastUpdated);
    q.bindValue(2, type);
    q.bindValue(3, id);
    QSqlQuery &h = statement(QStringLiteral(
        "INSERT INTO history (type, id, version, last_updated, method, json) VALUES (?, ?, ?, ?, 'DELETE', NULL)"));
    h.bindValue(0, type);
    h.bindValue(1, id);
    h.bindValue(2, r.version);
    h.bindValue(3, r.lastUpdated);
    if (!q.exec() || !h.exec())
        return nullptr;
    m_undo.append({type, id, *existing, false});
    auto &slot = m_resources[type][id];
    slot = r;
    return &slot;
}

bool ResourceStore::addUser(const User &user)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO users (username, role, organization, display) VALUES (?, ?, ?, ?)"));
    q.addBindValue(user.username);
    q.addBindValue(user.role);
    q.addBindValue(user.organizationId.isNull() ? QStringLiteral("") : user.organizationId);
    q.addBindValue(user.displayName);
    if (!q.exec())
        return false;
    m_users.insert(user.username, user);
    return true;
}

QList<ResourceStore::User> ResourceStore::users() const
{
    QList<User> out = m_users.values();
    std::sort(out.begin(), out.end(), [](const User &a, const User &b) { return a.username < b.username; });
    return out;
}

std::optional<ResourceStore::User> ResourceStore::user(const QString &username) const
{
    const auto it = m_users.constFind(username);
    return it == m_users.cend() ? std::nullopt : std::optional<User>(*it);
}

namespace {
QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}
} // namespace

QString ResourceStore::issueToken(const QString &username, int lifetimeSeconds)
{
    QByteArray raw(32, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString token
        = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO token_hashes (hash, username, expires) VALUES (?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(tokenHash(token)));
    q.addBindValue(username);
    q.addBindValue(expires.toString(Qt::ISODateWithMs));
    q.exec();
    m_tokens.insert(tokenHash(token), {username, expires});
    return token;
}

std::optional<ResourceStore::User> ResourceStore::userForToken(const QString &token) const
{
    const auto it = m_tokens.constFind(tokenHash(token));
    if (it == m_tokens.cend() || it->second <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return user(it->first);
}

} // namespace hn::sandbox
