#include "sandboxinternal.h"
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

using namespace detail;

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
            true);
        return true;
    }
    const Response response = dispatch(request);
    if (response.committedWrite && m_faults.dropAfterCommit > 0
        && m_random.generateDouble() < m_faults.dropAfterCommit) {
        socket->abort();
        return true;
    }
    send(socket, response, fhir);
    return true;
}

void SandboxServer::send(QTcpSocket *socket, const Response &response, bool faultable)
{
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
    if (faultable && m_faults.truncate > 0 && !body.isEmpty() && m_random.generateDouble() < m_faults.truncate) {
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
    if (faultable && m_faults.latencyMs > 0)
        QTimer::singleShot(m_faults.latencyMs, this, write);
    else
        write();
}

std::optional<ResourceStore::User> SandboxServer::userOf(const QHttpServerRequest &request) const
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return std::nullopt;
    return m_store.userForToken(QString::fromUtf8(auth.mid(7).trimmed()));
}

SandboxServer::Response SandboxServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    if (request.body().size() > kMaxBodyBytes)
        return outcome(
            413, QStringLiteral("too-costly"), QStringLiteral("The body is larger than %1 bytes").arg(kMaxBodyBytes));
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
        r.body = QJsonDocument(
            QJsonObject {{QStringLiteral("access_token"), m_store.issueToken(username)},
                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                {QStringLiteral("expires_in"), ResourceStore::kTokenLifetimeSeconds},
                {QStringLiteral("username"), username},
                // What HelseID says in its claims: the user's role and organisation.
                {QStringLiteral("role"), user->role}, {QStringLiteral("organization"), user->organizationId}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    if (path == QLatin1String("/admin/faults")) {
        if (method != QHttpServerRequest::Method::Post)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use POST"));
        // Any local process could otherwise make the server drop every request.
        const auto admin = userOf(request);
        if (!m_openAdmin && (!admin || admin->role != QLatin1String("nhn")))
            return outcome(403, QStringLiteral("forbidden"),
                QStringLiteral("The fault knobs are for NHN (or a sandbox started with --open-admin)"));
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
        // Every FHIR call takes a bearer token (clients read this to know that they must sign in).
        const QJsonObject security {{QStringLiteral("cors"), false},
            {QStringLiteral("service"),
                QJsonArray {QJsonObject {{QStringLiteral("coding"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("system"),
                            QStringLiteral("http://terminology.hl7.org/CodeSystem/restful-security-service")},
                        {QStringLiteral("code"), QStringLiteral("OAuth")}}}}}}},
            {QStringLiteral("description"), QStringLiteral("Bearer tokens from POST /auth/token")}};
        Response r;
        r.body = QJsonDocument(
            QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("kind"), QStringLiteral("instance")},
                {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
                {QStringLiteral("format"), QJsonArray {QStringLiteral("json")}},
                {QStringLiteral("rest"),
                    QJsonArray {QJsonObject {{QStringLiteral("mode"), QStringLiteral("server")},
                        {QStringLiteral("security"), security}, {QStringLiteral("resource"), resources}}}}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    const std::optional<ResourceStore::User> user = userOf(request);
    if (!user) {
        Response r = outcome(401, QStringLiteral("login"), QStringLiteral("Sign in first (Authorization: Bearer)"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return r;
    }
    return handleFhir(request, segments, user);
}

} // namespace hn::sandbox
