#include "sandboxserver.h"

#include "seed.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace hn::sandbox {

namespace {

using Response = SandboxServer::Response;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 412: return "Precondition Failed";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

Response outcome(int status, const QString &code, const QString &text)
{
    const QJsonObject oo {{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
        {QStringLiteral("issue"),
            QJsonArray {QJsonObject {
                {QStringLiteral("severity"), status >= 500 ? QStringLiteral("fatal") : QStringLiteral("error")},
                {QStringLiteral("code"), code}, {QStringLiteral("diagnostics"), text}}}}};
    Response r;
    r.status = status;
    r.body = QJsonDocument(oo).toJson(QJsonDocument::Compact);
    return r;
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray etag(int version)
{
    return "W/\"" + QByteArray::number(version) + '"';
}

QString versionFromEtag(QByteArray e)
{
    e = e.trimmed();
    if (e.startsWith("W/"))
        e = e.mid(2);
    if (e.size() >= 2 && e.startsWith('"') && e.endsWith('"'))
        e = e.mid(1, e.size() - 2);
    return QString::fromUtf8(e);
}

QString refId(const QString &ref, const QString &type)
{
    const QString prefix = type + QLatin1Char('/');
    return ref.startsWith(prefix) ? ref.mid(prefix.size()) : QString();
}

bool referenceMatches(const QStringList &refs, const QString &value)
{
    for (const QString &ref : refs) {
        if (ref == value || ref.endsWith(QLatin1Char('/') + value))
            return true;
    }
    return false;
}

bool tokenMatches(const QStringList &tokens, const QString &value)
{
    if (value.endsWith(QLatin1Char('|'))) { // system only
        for (const QString &t : tokens) {
            if (t.startsWith(value))
                return true;
        }
        return false;
    }
    return tokens.contains(value);
}

bool dateMatches(const QString &lastUpdated, QString value)
{
    QString prefix = QStringLiteral("eq");
    if (value.size() > 2 && value.at(0).isLetter() && value.at(1).isLetter()) {
        prefix = value.left(2);
        value = value.mid(2);
    }
    const QDateTime when = QDateTime::fromString(lastUpdated, Qt::ISODateWithMs);
    QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!at.isValid())
        return false;
    if (prefix == QLatin1String("gt"))
        return when > at;
    if (prefix == QLatin1String("ge"))
        return when >= at;
    if (prefix == QLatin1String("lt"))
        return when < at;
    if (prefix == QLatin1String("le"))
        return when <= at;
    return when == at || lastUpdated.startsWith(value);
}

bool validDate(QString value)
{
    static const QStringList prefixes = {
        QStringLiteral("eq"), QStringLiteral("gt"), QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};
    if (value.size() > 2 && value.at(0).isLetter()) {
        if (!prefixes.contains(value.left(2)))
            return false;
        value = value.mid(2);
    }
    return QDateTime::fromString(value, Qt::ISODateWithMs).isValid() || QDate::fromString(value, Qt::ISODate).isValid();
}

// The elements a search parameter looks at, per resource type.
QStringList referenceElements(const QString &type, const QString &param)
{
    if (param == QLatin1String("organization"))
        return type == QLatin1String("HealthcareService")
            ? QStringList {QStringLiteral("providedBy")}
            : QStringList {QStringLiteral("organization"), QStringLiteral("managingOrganization")};
    if (param == QLatin1String("providedBy"))
        return {QStringLiteral("providedBy")};
    if (param == QLatin1String("partof"))
        return {QStringLiteral("partOf")};
    if (param == QLatin1String("subject"))
        return {QStringLiteral("subject")};
    if (param == QLatin1String("practitioner"))
        return {QStringLiteral("practitioner")};
    if (param == QLatin1String("service"))
        return {QStringLiteral("healthcareService")};
    if (param == QLatin1String("focus"))
        return {QStringLiteral("focus")};
    if (param == QLatin1String("owner"))
        return {QStringLiteral("owner")};
    return {};
}

QStringList tokenElements(const QString &type, const QString &param)
{
    if (param == QLatin1String("identifier"))
        return {QStringLiteral("identifier")};
    if (param == QLatin1String("type") || param == QLatin1String("service-type"))
        return {QStringLiteral("type")};
    if (param == QLatin1String("code"))
        return {QStringLiteral("code")};
    if (param == QLatin1String("program"))
        return {QStringLiteral("program")};
    if (param == QLatin1String("service-category"))
        return {QStringLiteral("category")};
    Q_UNUSED(type)
    return {};
}

const QStringList kControlParams = {QStringLiteral("_count"), QStringLiteral("_offset"), QStringLiteral("_sort"),
    QStringLiteral("_format"), QStringLiteral("_summary"), QStringLiteral("_since"), QStringLiteral("_total")};

} // namespace

std::optional<Faults> Faults::parse(const QString &spec, QString *error)
{
    Faults f;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double value = part.section(QLatin1Char('='), 1).trimmed().toDouble(&ok);
        if (!ok || value < 0) {
            *error = QStringLiteral("bad fault setting '%1'").arg(part);
            return std::nullopt;
        }
        if (key == QLatin1String("latency"))
            f.latencyMs = int(value);
        else if (key == QLatin1String("error"))
            f.error = value;
        else if (key == QLatin1String("writeError"))
            f.writeError = value;
        else if (key == QLatin1String("drop"))
            f.drop = value;
        else if (key == QLatin1String("dropAfterCommit"))
            f.dropAfterCommit = value;
        else if (key == QLatin1String("truncate"))
            f.truncate = value;
        else {
            *error = QStringLiteral("unknown fault '%1' (latency, error, writeError, drop, dropAfterCommit, truncate)")
                         .arg(key);
            return std::nullopt;
        }
    }
    return f;
}

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::open(const QString &dataDir, const QString &seed, QString *error, bool *inUse, int lockWaitMs)
{
    if (!dataDir.isEmpty()) {
        if (!QDir().mkpath(dataDir)) {
            *error = QStringLiteral("cannot create the data directory %1").arg(dataDir);
            return false;
        }
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        auto lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("sandbox.lock")));
        lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
        if (!lock->tryLock(lockWaitMs)) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            if (lock->error() == QLockFile::LockFailedError) {
                *error = QStringLiteral("the data directory %1 is in use by another hn-sandbox (process %2)")
                             .arg(QDir::toNativeSeparators(dataDir))
                             .arg(pid);
                if (inUse)
                    *inUse = true;
            } else {
                *error = QStringLiteral("cannot lock the data directory %1").arg(QDir::toNativeSeparators(dataDir));
            }
            return false;
        }
        m_lock = std::move(lock);
    }
    if (!m_store.open(dataDir, error))
        return false;
    if (m_store.isEmpty())
        return seedStore(m_store, seed, error);
    return true;
}

void SandboxServer::setFaults(const Faults &faults)
{
    m_faults = faults;
    m_random.seed(20261123);
}

quint16 SandboxServer::listen(quint16 port)
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(m_port);
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, outcome(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint")), false);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool fhir = path.startsWith(QLatin1String("/fhir/"));
    const bool isWrite = request.method() != QHttpServerRequest::Method::Get;
    if (fhir && m_faults.drop > 0 && m_random.generateDouble() < m_faults.drop) {
        socket->abort();
        return true;
    }
    if (fhir
        && ((m_faults.error > 0 && m_random.generateDouble() < m_faults.error)
            || (isWrite && m_faults.writeError > 0 && m_random.generateDouble() < m_faults.writeError))) {
        const bool unavailable = m_random.generateDouble() < 0.5;
        send(socket,
            outcome(unavailable ? 503 : 500, QStringLiteral("transient"),
                unavailable ? QStringLiteral("Service unavailable (simulated)")
                            : QStringLiteral("Internal error (simulated)")),
            isWrite);
        return true;
    }
    const Response response = dispatch(request);
    if (response.committedWrite && m_faults.dropAfterCommit > 0
        && m_random.generateDouble() < m_faults.dropAfterCommit) {
        socket->abort();
        return true;
    }
    send(socket, response, isWrite);
    return true;
}

void SandboxServer::send(QTcpSocket *socket, const Response &response, bool isWrite)
{
    Q_UNUSED(isWrite)
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    head += "Content-Type: application/fhir+json; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\n";
    head += "Connection: keep-alive\r\n";
    for (const auto &[key, value] : response.headers)
        head += key + ": " + value + "\r\n";
    head += "\r\n";
    QByteArray body = response.body;
    bool truncate = false;
    if (m_faults.truncate > 0 && !body.isEmpty() && m_random.generateDouble() < m_faults.truncate) {
        body = body.left(body.size() / 2);
        truncate = true;
    }
    QPointer<QTcpSocket> guard(socket);
    auto write = [guard, head, body, truncate] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        // One write with Nagle off: a small answer split into head and body would otherwise wait
        // for the client's delayed ACK (40 ms on Linux).
        guard->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        guard->write(head + body);
        if (truncate)
            guard->disconnectFromHost();
    };
    if (m_faults.latencyMs > 0)
        QTimer::singleShot(m_faults.latencyMs, this, write);
    else
        write();
}

SandboxServer::Response SandboxServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    if (path == QLatin1String("/auth/token")) {
        if (method != QHttpServerRequest::Method::Post)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use POST"));
        QString username, password;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (doc.isObject()) {
            username = doc.object().value(QStringLiteral("username")).toString();
            password = doc.object().value(QStringLiteral("password")).toString();
        } else {
            const QUrlQuery form(QString::fromUtf8(request.body()));
            username = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
            password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        }
        const auto user = m_store.user(username);
        if (!user || password != QLatin1String("demo"))
            return outcome(401, QStringLiteral("login"), QStringLiteral("Unknown user or wrong password"));
        Response r;
        r.body = QJsonDocument(QJsonObject {{QStringLiteral("access_token"), m_store.issueToken(username)},
                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                   {QStringLiteral("expires_in"), 86400 * 30}, {QStringLiteral("username"), username}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    if (path == QLatin1String("/admin/faults")) {
        if (method != QHttpServerRequest::Method::Post)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use POST"));
        QString error;
        const auto faults = Faults::parse(QString::fromUtf8(request.body()).trimmed(), &error);
        if (!faults)
            return outcome(400, QStringLiteral("invalid"), error);
        setFaults(*faults);
        Response r;
        r.body = "{}";
        return r;
    }
    const QString prefix = QStringLiteral("/fhir/R4");
    if (!path.startsWith(prefix))
        return outcome(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
    const QStringList segments = path.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments == QStringList {QStringLiteral("metadata")}) {
        if (method != QHttpServerRequest::Method::Get)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET"));
        QJsonArray resources;
        for (const QString &type : ResourceStore::knownTypes())
            resources.append(QJsonObject {{QStringLiteral("type"), type}});
        Response r;
        r.body = QJsonDocument(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
                                   {QStringLiteral("status"), QStringLiteral("active")},
                                   {QStringLiteral("kind"), QStringLiteral("instance")},
                                   {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
                                   {QStringLiteral("format"), QJsonArray {QStringLiteral("json")}},
                                   {QStringLiteral("rest"),
                                       QJsonArray {QJsonObject {{QStringLiteral("mode"), QStringLiteral("server")},
                                           {QStringLiteral("resource"), resources}}}}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    QByteArray auth = header(request, "Authorization");
    std::optional<ResourceStore::User> user;
    if (auth.startsWith("Bearer "))
        user = m_store.userForToken(QString::fromUtf8(auth.mid(7).trimmed()));
    if (!user) {
        Response r = outcome(401, QStringLiteral("login"), QStringLiteral("Sign in first (Authorization: Bearer)"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return r;
    }
    return handleFhir(request, segments, user);
}

SandboxServer::Response SandboxServer::handleFhir(
    const QHttpServerRequest &request, const QStringList &path, const std::optional<ResourceStore::User> &userOpt)
{
    const ResourceStore::User &user = *userOpt;
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    if (path.isEmpty()) {
        if (method != M::Post)
            return outcome(
                405, QStringLiteral("not-supported"), QStringLiteral("POST a transaction Bundle to the base"));
        return transaction(request.body(), user);
    }
    const QString type = path.at(0);
    if (!ResourceStore::knownTypes().contains(type))
        return outcome(400, QStringLiteral("not-supported"), QStringLiteral("Unknown resource type '%1'").arg(type));
    if (path.size() == 1) {
        if (method == M::Get)
            return search(type, request.query(), user);
        if (method == M::Post)
            return write(QStringLiteral("POST"), type, QString(), request.body(), &request, user);
        return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET or POST"));
    }
    if (path.size() == 2 && path.at(1) == QLatin1String("_history")) {
        if (method != M::Get)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET"));
        return typeHistory(type, request.query(), user);
    }
    const QString id = path.at(1);
    if (path.size() == 2) {
        if (method == M::Put)
            return write(QStringLiteral("PUT"), type, id, request.body(), &request, user);
        if (method == M::Delete)
            return write(QStringLiteral("DELETE"), type, id, {}, &request, user);
        if (method != M::Get)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET, PUT or DELETE"));
        const StoredResource *r = m_store.get(type, id);
        if (!r)
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        if (!visibleEvenIfDeleted(user, *r))
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        if (r->deleted)
            return outcome(410, QStringLiteral("deleted"), QStringLiteral("%1/%2 has been deleted").arg(type, id));
        if (!visible(user, *r))
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        Response out;
        out.body = r->json;
        out.headers.append(qMakePair(QByteArray("ETag"), etag(r->version)));
        out.headers.append(qMakePair(QByteArray("Last-Modified"), r->lastUpdated.toLatin1()));
        return out;
    }
    if (path.at(2) != QLatin1String("_history") || path.size() > 4)
        return outcome(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
    if (method != M::Get)
        return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET"));
    const StoredResource *current = m_store.get(type, id);
    if (!current || !visibleEvenIfDeleted(user, *current))
        return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
    if (path.size() == 4) {
        bool ok = false;
        const int v = path.at(3).toInt(&ok);
        const auto entry = ok ? m_store.version(type, id, v) : std::nullopt;
        if (!entry)
            return outcome(
                404, QStringLiteral("not-found"), QStringLiteral("No version %1 of %2/%3").arg(path.at(3), type, id));
        if (entry->method == QLatin1String("DELETE"))
            return outcome(410, QStringLiteral("deleted"), QStringLiteral("Version %1 is a deletion").arg(v));
        Response out;
        out.body = entry->json;
        out.headers.append(qMakePair(QByteArray("ETag"), etag(v)));
        return out;
    }
    const QList<HistoryEntry> entries = m_store.instanceHistory(type, id);
    QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"total\":"
        + QByteArray::number(entries.size()) + ",\"entry\":[";
    bool first = true;
    for (const HistoryEntry &e : entries) {
        if (!first)
            body += ',';
        first = false;
        body += "{\"fullUrl\":\"" + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/') + id).toUtf8() + "\"";
        if (!e.json.isEmpty())
            body += ",\"resource\":" + e.json;
        body += ",\"request\":{\"method\":\"" + e.method.toUtf8() + "\",\"url\":\""
            + (type + QLatin1Char('/') + id).toUtf8() + "\"}}";
    }
    body += "]}";
    Response out;
    out.body = body;
    return out;
}

QString SandboxServer::parentOf(const QString &orgId) const
{
    const StoredResource *org = m_store.get(QStringLiteral("Organization"), orgId);
    if (!org)
        return {};
    const QStringList partOf = org->index.refs.value(QStringLiteral("partOf"));
    return partOf.isEmpty() ? QString() : refId(partOf.first(), QStringLiteral("Organization"));
}

QSet<QString> SandboxServer::owners(const QString &type, const SearchIndex &index) const
{
    QSet<QString> orgs;
    auto addOrg = [&](const QString &id) {
        if (id.isEmpty())
            return;
        orgs.insert(id);
        const QString parent = parentOf(id);
        if (!parent.isEmpty())
            orgs.insert(parent);
    };
    auto addRefs = [&](const QStringList &refs) {
        for (const QString &ref : refs) {
            const QString org = refId(ref, QStringLiteral("Organization"));
            if (!org.isEmpty()) {
                addOrg(org);
                continue;
            }
            const QString role = refId(ref, QStringLiteral("PractitionerRole"));
            if (const StoredResource *r
                = role.isEmpty() ? nullptr : m_store.get(QStringLiteral("PractitionerRole"), role)) {
                for (const QString &o : r->index.refs.value(QStringLiteral("organization")))
                    addOrg(refId(o, QStringLiteral("Organization")));
            }
        }
    };
    if (type == QLatin1String("Practitioner") || type == QLatin1String("AuditEvent"))
        return orgs; // decided elsewhere
    for (auto it = index.refs.begin(); it != index.refs.end(); ++it) {
        if (it.key() == QLatin1String("healthcareService") || it.key() == QLatin1String("practitioner"))
            continue;
        addRefs(it.value());
    }
    return orgs;
}

bool SandboxServer::visible(const ResourceStore::User &user, const StoredResource &r) const
{
    if (user.role == QLatin1String("nhn"))
        return true;
    if (r.type == QLatin1String("AuditEvent"))
        return false;
    if (r.type == QLatin1String("Organization")) {
        if (r.id == user.organizationId || parentOf(r.id) == user.organizationId)
            return true;
        return false;
    }
    if (r.type == QLatin1String("Practitioner")) {
        // Visible through any role at one of the user's organisations.
        const QString target = QStringLiteral("Practitioner/") + r.id;
        for (const StoredResource *role : m_store.all(QStringLiteral("PractitionerRole"))) {
            if (role->index.refs.value(QStringLiteral("practitioner")).contains(target) && visible(user, *role))
                return true;
        }
        return false;
    }
    return owners(r.type, r.index).contains(user.organizationId);
}

bool SandboxServer::visibleEvenIfDeleted(const ResourceStore::User &user, const StoredResource &r) const
{
    if (!r.deleted)
        return visible(user, r);
    // A deleted resource is visible to whoever could see its last content.
    StoredResource before;
    before.type = r.type;
    before.id = r.id;
    if (const auto last = m_store.version(r.type, r.id, r.version - 1))
        before.index = indexResource(QJsonDocument::fromJson(last->json).object());
    return visible(user, before);
}

std::function<bool(const StoredResource &)> SandboxServer::visibility(
    const ResourceStore::User &user, const QString &type) const
{
    if (user.role == QLatin1String("nhn"))
        return [](const StoredResource &) { return true; };
    if (type == QLatin1String("Practitioner")) {
        // One pass over the roles instead of one per practitioner.
        QSet<QString> ids;
        for (const StoredResource *role : m_store.all(QStringLiteral("PractitionerRole"))) {
            if (!visible(user, *role))
                continue;
            for (const QString &ref : role->index.refs.value(QStringLiteral("practitioner")))
                ids.insert(refId(ref, QStringLiteral("Practitioner")));
        }
        return [ids](const StoredResource &r) { return ids.contains(r.id); };
    }
    return [this, user](const StoredResource &r) { return visible(user, r); };
}

QStringList SandboxServer::referrers(const QString &type, const QString &id, int limit) const
{
    QStringList out;
    const QString target = type + QLatin1Char('/') + id;
    for (const QString &t : ResourceStore::knownTypes()) {
        if (t == QLatin1String("AuditEvent"))
            continue;
        for (const StoredResource *r : m_store.all(t)) {
            for (auto it = r->index.refs.cbegin(); it != r->index.refs.cend(); ++it) {
                if (it.value().contains(target)) {
                    out << t + QLatin1Char('/') + r->id;
                    break;
                }
            }
            if (out.size() >= limit)
                return out;
        }
    }
    return out;
}

QString SandboxServer::unprocessable(const QString &type, const QJsonObject &resource, const SearchIndex &index) const
{
    static const QRegularExpression relative(QStringLiteral("^([A-Z][A-Za-z]+)/([A-Za-z0-9\\-\\.]{1,64})$"));
    for (auto it = index.refs.cbegin(); it != index.refs.cend(); ++it) {
        for (const QString &ref : it.value()) {
            const auto match = relative.match(ref);
            if (!match.hasMatch())
                return QStringLiteral("%1.%2: a reference must read Type/id").arg(type, it.key());
            const QString targetType = match.captured(1);
            if (!ResourceStore::knownTypes().contains(targetType))
                continue; // a type this server does not hold: not ours to check
            const StoredResource *target = m_store.get(targetType, match.captured(2));
            if (!target || target->deleted)
                return QStringLiteral("%1.%2 refers to %3, which does not exist").arg(type, it.key(), ref);
        }
    }
    if (type == QLatin1String("Basic") && index.tokens.value(QStringLiteral("code")).isEmpty())
        return QStringLiteral("Basic.code is required");
    Q_UNUSED(resource)
    return {};
}

bool SandboxServer::ownsContent(const ResourceStore::User &user, const QString &type, const SearchIndex &index) const
{
    if (user.role == QLatin1String("nhn"))
        return true;
    if (type == QLatin1String("Organization") || type == QLatin1String("Practitioner")
        || type == QLatin1String("AuditEvent"))
        return false; // actors and people are NHN's to create
    return owners(type, index).contains(user.organizationId);
}

SandboxServer::Response SandboxServer::search(
    const QString &type, const QUrlQuery &query, const ResourceStore::User &user)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    int count = 50, offset = 0;
    QList<QPair<QString, QString>> filters;
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("_count"))
            count = qBound(0, value.toInt(), 500);
        else if (key == QLatin1String("_offset"))
            offset = qMax(0, value.toInt());
        else if (!kControlParams.contains(key))
            filters.append({key, value});
    }
    for (const auto &[key, value] : filters) {
        const bool known = key == QLatin1String("_id") || key == QLatin1String("_lastUpdated")
            || key == QLatin1String("active") || key == QLatin1String("status") || key == QLatin1String("name")
            || !referenceElements(type, key).isEmpty() || !tokenElements(type, key).isEmpty();
        if (!known)
            return outcome(
                400, QStringLiteral("not-supported"), QStringLiteral("Unknown search parameter '%1'").arg(key));
        if (key == QLatin1String("_lastUpdated") && !validDate(value))
            return outcome(400, QStringLiteral("invalid"),
                QStringLiteral("_lastUpdated takes an instant or date with an optional prefix eq, gt, ge, lt or le"));
    }
    const auto isVisible = visibility(user, type);
    QList<const StoredResource *> matches;
    for (const StoredResource *r : m_store.all(type)) {
        bool ok = true;
        for (const auto &[key, value] : filters) {
            const QStringList alternatives = value.split(QLatin1Char(','));
            bool any = false;
            for (const QString &v : alternatives) {
                if (key == QLatin1String("_id"))
                    any = r->id == v;
                else if (key == QLatin1String("_lastUpdated"))
                    any = dateMatches(r->lastUpdated, v);
                else if (key == QLatin1String("active"))
                    any = r->index.active == (v == QLatin1String("true") ? 1 : 0);
                else if (key == QLatin1String("status"))
                    any = r->index.status == v;
                else if (key == QLatin1String("name"))
                    any = r->index.name.contains(v, Qt::CaseInsensitive);
                else if (const QStringList refs = referenceElements(type, key); !refs.isEmpty()) {
                    for (const QString &element : refs)
                        any = any || referenceMatches(r->index.refs.value(element), v);
                } else {
                    for (const QString &element : tokenElements(type, key))
                        any = any || tokenMatches(r->index.tokens.value(element), v);
                }
                if (any)
                    break;
            }
            if (!any) {
                ok = false;
                break;
            }
        }
        if (ok && isVisible(*r))
            matches.append(r);
    }
    const int total = int(matches.size());
    const int end = qMin(total, offset + count);
    QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"meta\":{\"lastUpdated\":\""
        + m_store.now().toUtf8() + "\"},\"total\":" + QByteArray::number(total) + ",\"link\":[";
    QUrlQuery self(query);
    body += "{\"relation\":\"self\",\"url\":\""
        + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('?') + self.toString(QUrl::FullyEncoded)).toUtf8() + "\"}";
    if (end < total && count > 0) {
        QUrlQuery next(query);
        next.removeAllQueryItems(QStringLiteral("_offset"));
        next.addQueryItem(QStringLiteral("_offset"), QString::number(end));
        body += ",{\"relation\":\"next\",\"url\":\""
            + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('?') + next.toString(QUrl::FullyEncoded)).toUtf8()
            + "\"}";
    }
    body += "],\"entry\":[";
    const QByteArray base = (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/')).toUtf8();
    for (int i = offset; i < end; ++i) {
        if (i > offset)
            body += ',';
        body += "{\"fullUrl\":\"" + base + matches[i]->id.toUtf8() + "\",\"resource\":" + matches[i]->json
            + ",\"search\":{\"mode\":\"match\"}}";
    }
    body += "]}";
    Response out;
    out.body = body;
    return out;
}

SandboxServer::Response SandboxServer::typeHistory(
    const QString &type, const QUrlQuery &query, const ResourceStore::User &user)
{
    const QString since = query.queryItemValue(QStringLiteral("_since"), QUrl::FullyDecoded);
    if (!since.isEmpty() && !QDateTime::fromString(since, Qt::ISODateWithMs).isValid()
        && !QDate::fromString(since, Qt::ISODate).isValid())
        return outcome(400, QStringLiteral("invalid"), QStringLiteral("_since must be an instant"));
    const int count = qBound(1,
        query.hasQueryItem(QStringLiteral("_count")) ? query.queryItemValue(QStringLiteral("_count")).toInt() : 50,
        500);
    const int offset = qMax(0, query.queryItemValue(QStringLiteral("_offset")).toInt());
    // Normalise to the stored form (UTC, milliseconds) so string comparison orders correctly.
    QString sinceKey;
    if (!since.isEmpty()) {
        QDateTime t = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC);
        sinceKey = t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    int visibleTotal = 0;
    QList<HistoryEntry> pageEntries;
    if (user.role == QLatin1String("nhn")) {
        // Everything is visible: let SQLite page.
        pageEntries = m_store.typeHistory(type, sinceKey, offset, count, &visibleTotal);
    } else {
        int total = 0;
        const QList<HistoryEntry> all = m_store.typeHistory(type, sinceKey, 0, 1 << 30, &total);
        const auto isVisible = visibility(user, type);
        for (const HistoryEntry &e : all) {
            StoredResource probe;
            probe.type = type;
            probe.id = e.id;
            QByteArray json = e.json;
            if (json.isEmpty()) {
                if (const auto before = m_store.version(type, e.id, e.version - 1))
                    json = before->json;
            }
            probe.index = indexResource(QJsonDocument::fromJson(json).object());
            if (!isVisible(probe))
                continue;
            if (visibleTotal >= offset && visibleTotal < offset + count)
                pageEntries.append(e);
            ++visibleTotal;
        }
    }
    const int end = qMin(visibleTotal, offset + count);
    QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"meta\":{\"lastUpdated\":\""
        + m_store.now().toUtf8() + "\"},\"total\":" + QByteArray::number(visibleTotal) + ",\"link\":[";
    if (end < visibleTotal) {
        QUrlQuery next(query);
        next.removeAllQueryItems(QStringLiteral("_offset"));
        next.addQueryItem(QStringLiteral("_offset"), QString::number(end));
        body += "{\"relation\":\"next\",\"url\":\""
            + (baseUrl() + QLatin1Char('/') + type + QStringLiteral("/_history?") + next.toString(QUrl::FullyEncoded))
                  .toUtf8()
            + "\"}";
    }
    body += "],\"entry\":[";
    for (int i = 0; i < int(pageEntries.size()); ++i) {
        const HistoryEntry &e = pageEntries.at(i);
        if (i > 0)
            body += ',';
        body += "{\"fullUrl\":\"" + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/') + e.id).toUtf8() + "\"";
        if (!e.json.isEmpty())
            body += ",\"resource\":" + e.json;
        body += ",\"request\":{\"method\":\"" + e.method.toUtf8() + "\",\"url\":\""
            + (type + QLatin1Char('/') + e.id).toUtf8() + "\"},\"response\":{\"status\":\""
            + (e.method == QLatin1String("DELETE") ? "204"
                    : e.version == 1               ? "201"
                                                   : "200")
            + "\",\"lastModified\":\"" + e.lastUpdated.toUtf8() + "\"}}";
    }
    body += "]}";
    Response out;
    out.body = body;
    return out;
}

void SandboxServer::audit(const ResourceStore::User &user, const QString &action, const StoredResource &r)
{
    const QString subtype = action == QLatin1String("C") ? QStringLiteral("create")
        : action == QLatin1String("D")                   ? QStringLiteral("delete")
                                                         : QStringLiteral("update");
    const QJsonObject event {{QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
        {QStringLiteral("type"),
            QJsonObject {
                {QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-event-type")},
                {QStringLiteral("code"), QStringLiteral("rest")}}},
        {QStringLiteral("subtype"),
            QJsonArray {
                QJsonObject {{QStringLiteral("system"), QStringLiteral("http://hl7.org/fhir/restful-interaction")},
                    {QStringLiteral("code"), subtype}}}},
        {QStringLiteral("action"), action}, {QStringLiteral("recorded"), r.lastUpdated},
        {QStringLiteral("outcome"), QStringLiteral("0")},
        {QStringLiteral("agent"),
            QJsonArray {QJsonObject {{QStringLiteral("who"), QJsonObject {{QStringLiteral("display"), user.username}}},
                {QStringLiteral("name"), user.displayName}, {QStringLiteral("requestor"), true}}}},
        {QStringLiteral("source"),
            QJsonObject {
                {QStringLiteral("observer"), QJsonObject {{QStringLiteral("display"), QStringLiteral("hn-sandbox")}}}}},
        {QStringLiteral("entity"),
            QJsonArray {QJsonObject {{QStringLiteral("what"),
                QJsonObject {{QStringLiteral("reference"),
                    QStringLiteral("%1/%2/_history/%3").arg(r.type, r.id).arg(r.version)}}}}}}};
    m_store.put(QStringLiteral("AuditEvent"), QUuid::createUuid().toString(QUuid::WithoutBraces), event,
        QStringLiteral("POST"));
}

SandboxServer::Response SandboxServer::write(const QString &method, const QString &type, const QString &idIn,
    const QByteArray &body, const QHttpServerRequest *request, const ResourceStore::User &user)
{
    const bool inTransaction = request == nullptr;
    if (type == QLatin1String("AuditEvent"))
        return outcome(405, QStringLiteral("not-supported"), QStringLiteral("AuditEvents are written by the server"));
    QString id = idIn;
    const QByteArray ifMatch = inTransaction ? QByteArray() : header(*request, "If-Match");
    const StoredResource *existing = id.isEmpty() ? nullptr : m_store.get(type, id);
    if (!ifMatch.isEmpty()) {
        if (!existing || existing->deleted)
            return outcome(
                412, QStringLiteral("conflict"), QStringLiteral("%1/%2 does not exist in that version").arg(type, id));
        if (versionFromEtag(ifMatch) != QString::number(existing->version))
            return outcome(412, QStringLiteral("conflict"),
                QStringLiteral("Version conflict: %1/%2 is at version %3").arg(type, id).arg(existing->version));
    }

    if (method == QLatin1String("DELETE")) {
        if (!existing)
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        if (existing->deleted) {
            Response r;
            r.status = 204;
            return r;
        }
        if (!visible(user, *existing))
            return outcome(403, QStringLiteral("forbidden"), QStringLiteral("You may not delete %1/%2").arg(type, id));
        if (const QStringList users = referrers(type, id, 3); !users.isEmpty())
            return outcome(409, QStringLiteral("conflict"),
                QStringLiteral("%1/%2 is still referred to by %3").arg(type, id, users.join(QStringLiteral(", "))));
        if (!inTransaction && !m_store.begin())
            return outcome(503, QStringLiteral("transient"), QStringLiteral("The store is busy"));
        const StoredResource *r = m_store.remove(type, id);
        if (!r) {
            if (!inTransaction)
                m_store.rollback();
            return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not delete"));
        }
        audit(user, QStringLiteral("D"), *r);
        if (!inTransaction && !m_store.commit())
            return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not commit"));
        Response out;
        out.status = 204;
        out.committedWrite = true;
        return out;
    }

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return outcome(400, QStringLiteral("structure"),
            QStringLiteral("The body is not a JSON object: %1").arg(parseError.errorString()));
    QJsonObject resource = doc.object();
    if (resource.value(QStringLiteral("resourceType")).toString() != type)
        return outcome(400, QStringLiteral("invalid"), QStringLiteral("resourceType must be %1").arg(type));
    if (method == QLatin1String("PUT")) {
        const QString bodyId = resource.value(QStringLiteral("id")).toString();
        if (!bodyId.isEmpty() && bodyId != id)
            return outcome(400, QStringLiteral("invalid"), QStringLiteral("The id in the body differs from the URL"));
        static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
        if (!validId.match(id).hasMatch())
            return outcome(400, QStringLiteral("invalid"), QStringLiteral("'%1' is not a valid id").arg(id));
    } else {
        if (!inTransaction) {
            const QByteArray ifNoneExist = header(*request, "If-None-Exist");
            if (!ifNoneExist.isEmpty()) {
                const Response found = search(type, QUrlQuery(QString::fromUtf8(ifNoneExist)), user);
                const QJsonObject bundle = QJsonDocument::fromJson(found.body).object();
                const int matches = bundle.value(QStringLiteral("total")).toInt();
                if (found.status != 200)
                    return found;
                if (matches > 1)
                    return outcome(412, QStringLiteral("duplicate"),
                        QStringLiteral("If-None-Exist matched %1 resources").arg(matches));
                if (matches == 1) {
                    Response out;
                    out.status = 200;
                    const QJsonObject match = bundle.value(QStringLiteral("entry"))
                                                  .toArray()
                                                  .at(0)
                                                  .toObject()
                                                  .value(QStringLiteral("resource"))
                                                  .toObject();
                    out.body = QJsonDocument(match).toJson(QJsonDocument::Compact);
                    return out;
                }
            }
        }
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        existing = nullptr;
    }
    const SearchIndex newIndex = indexResource(resource);
    if (const QString problem = unprocessable(type, resource, newIndex); !problem.isEmpty())
        return outcome(422, QStringLiteral("processing"), problem);
    if (existing && !existing->deleted && !visible(user, *existing))
        return outcome(403, QStringLiteral("forbidden"), QStringLiteral("You may not change %1/%2").arg(type, id));
    // Organizations and Practitioners are NHN's to create, but an office or municipality may update
    // its own (contact details, names) as long as they stay within its scope.
    bool updatesOwnActor = false;
    if (existing && !existing->deleted && user.role != QLatin1String("nhn")) {
        const QStringList partOf = newIndex.refs.value(QStringLiteral("partOf"));
        if (type == QLatin1String("Organization"))
            updatesOwnActor = id == user.organizationId
                ? partOf == existing->index.refs.value(QStringLiteral("partOf"))
                : partOf == QStringList {QStringLiteral("Organization/") + user.organizationId};
        else if (type == QLatin1String("Practitioner"))
            updatesOwnActor = true; // visible (checked above): one of the user's roles points at it
    }
    if (!ownsContent(user, type, newIndex) && !updatesOwnActor)
        return outcome(403, QStringLiteral("forbidden"),
            QStringLiteral("You may not write this %1 for that organisation").arg(type));
    const bool created = !existing || existing->deleted;
    if (!inTransaction && !m_store.begin())
        return outcome(503, QStringLiteral("transient"), QStringLiteral("The store is busy"));
    const StoredResource *stored = m_store.put(type, id, resource, method);
    if (!stored) {
        if (!inTransaction)
            m_store.rollback();
        return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not store"));
    }
    const StoredResource copy = *stored;
    audit(user, created ? QStringLiteral("C") : QStringLiteral("U"), copy);
    if (!inTransaction && !m_store.commit())
        return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not commit"));
    Response out;
    out.status = created ? 201 : 200;
    out.body = copy.json;
    out.committedWrite = true;
    out.headers.append(qMakePair(QByteArray("ETag"), etag(copy.version)));
    out.headers.append({"Location",
        (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/') + id + QStringLiteral("/_history/")
            + QString::number(copy.version))
            .toUtf8()});
    out.headers.append(qMakePair(QByteArray("Last-Modified"), copy.lastUpdated.toLatin1()));
    return out;
}

SandboxServer::Response SandboxServer::transaction(const QByteArray &body, const ResourceStore::User &user)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject bundle = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return outcome(400, QStringLiteral("structure"), QStringLiteral("The body is not a JSON object"));
    if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle")
        || bundle.value(QStringLiteral("type")).toString() != QLatin1String("transaction"))
        return outcome(400, QStringLiteral("invalid"), QStringLiteral("POST to the base takes a transaction Bundle"));
    if (!m_store.begin())
        return outcome(503, QStringLiteral("transient"), QStringLiteral("The store is busy"));
    QJsonArray responses;
    for (const QJsonValue &v : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QString method = request.value(QStringLiteral("method")).toString();
        const QStringList url
            = request.value(QStringLiteral("url")).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (url.isEmpty() || !ResourceStore::knownTypes().contains(url.at(0))
            || (method != QLatin1String("POST") && url.size() != 2)) {
            m_store.rollback();
            return outcome(400, QStringLiteral("invalid"), QStringLiteral("Bad request.url in a transaction entry"));
        }
        const QString type = url.at(0);
        const QString id = url.value(1);
        // If-Match inside the transaction.
        const QString ifMatch = request.value(QStringLiteral("ifMatch")).toString();
        if (!ifMatch.isEmpty()) {
            const StoredResource *existing = m_store.get(type, id);
            if (!existing || existing->deleted
                || versionFromEtag(ifMatch.toUtf8()) != QString::number(existing->version)) {
                m_store.rollback();
                return outcome(
                    412, QStringLiteral("conflict"), QStringLiteral("Version conflict on %1/%2").arg(type, id));
            }
        }
        Response r;
        if (method == QLatin1String("PUT") || method == QLatin1String("POST") || method == QLatin1String("DELETE")) {
            r = write(method, type, id,
                QJsonDocument(entry.value(QStringLiteral("resource")).toObject()).toJson(QJsonDocument::Compact),
                nullptr, user);
        } else {
            m_store.rollback();
            return outcome(
                400, QStringLiteral("not-supported"), QStringLiteral("Transaction entries may PUT, POST or DELETE"));
        }
        if (r.status >= 400) {
            m_store.rollback();
            return r;
        }
        QJsonObject response {{QStringLiteral("status"), QString::number(r.status)}};
        for (const auto &[key, value] : r.headers) {
            if (key == "ETag")
                response.insert(QStringLiteral("etag"), QString::fromUtf8(value));
            if (key == "Location")
                response.insert(QStringLiteral("location"), QString::fromUtf8(value));
        }
        QJsonObject out {{QStringLiteral("response"), response}};
        if (!r.body.isEmpty())
            out.insert(QStringLiteral("resource"), QJsonDocument::fromJson(r.body).object());
        responses.append(out);
    }
    if (!m_store.commit())
        return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not commit"));
    Response out;
    out.committedWrite = true;
    out.body = QJsonDocument(
        QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("transaction-response")}, {QStringLiteral("entry"), responses}})
                   .toJson(QJsonDocument::Compact);
    return out;
}

} // namespace hn::sandbox
