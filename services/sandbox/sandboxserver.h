#pragma once

#include "resourcestore.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

#include <functional>
#include <memory>

class QLockFile;
class QTcpSocket;

namespace hn::sandbox {

// Fault knobs: latency added to every reply, shares of 5xx replies, dropped connections (before
// any processing, or after a write has been committed) and truncated bodies.
struct Faults
{
    int latencyMs = 0;
    double error = 0;
    double writeError = 0; // like error, for writes only (reads answer normally)
    double drop = 0;
    double dropAfterCommit = 0;
    double truncate = 0;
    // "latency=200,error=0.3,writeError=0.5,drop=0.1,truncate=0.05,dropAfterCommit=0.05"; empty turns
    // all off.
    static std::optional<Faults> parse(const QString &spec, QString *error);
};

// The simulated national backend: a generic FHIR R4 REST server over Qt HttpServer and SQLite, with
// demo users, role scoping, AuditEvents and fault knobs. Base URL http://127.0.0.1:N/fhir/R4.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the data directory (empty: in memory) and seeds it when empty. A directory is served by
    // one sandbox at a time: its lock file (sandbox.lock, left stale by a killed sandbox and then
    // taken over) is held until the server is destroyed; another sandbox holding it makes open()
    // fail with *inUse set, after waiting up to `lockWaitMs` for it to end.
    bool open(
        const QString &dataDir, const QString &seed, QString *error, bool *inUse = nullptr, int lockWaitMs = 3000);
    quint16 listen(quint16 port); // 0: any free port; returns the port or 0
    // Also restarts the fault dice from a fixed seed, so that a test sees the same faults every run.
    void setFaults(const Faults &faults);
    // POST /admin/faults takes an NHN sign-in unless this is set (hn-sandbox --open-admin).
    void setOpenAdmin(bool open) { m_openAdmin = open; }
    // A request body larger than this is refused with 413.
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    ResourceStore &store() { return m_store; }

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool committedWrite = false;
    };

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(const QHttpServerRequest &request);
    std::optional<ResourceStore::User> userOf(const QHttpServerRequest &request) const;
    Response handleFhir(
        const QHttpServerRequest &request, const QStringList &path, const std::optional<ResourceStore::User> &user);
    Response search(const QString &type, const QUrlQuery &query, const ResourceStore::User &user);
    Response typeHistory(const QString &type, const QUrlQuery &query, const ResourceStore::User &user);
    // request: the HTTP request for its headers (If-Match, If-None-Exist); null inside a transaction.
    Response write(const QString &method, const QString &type, const QString &id, const QByteArray &body,
        const QHttpServerRequest *request, const ResourceStore::User &user);
    Response transaction(const QByteArray &body, const ResourceStore::User &user);

    // Scoping. Whose a resource is comes from the one element of its type that says so
    // (ownerElement(): HealthcareService.providedBy, PractitionerRole.organization, Basic.subject,
    // ...; an Organization is its own): never from its other references. A user sees what belongs
    // to their organisation or one of its units, and the practitioners their roles point at; NHN sees
    // all. What a user cannot see reads exactly like what does not exist.
    static QString ownerElement(const QString &type);
    QString owningOrganization(const QString &type, const QString &id, const SearchIndex &index) const;
    bool inScope(const ResourceStore::User &user, const QString &orgId) const;
    bool visible(const ResourceStore::User &user, const StoredResource &r) const;
    bool visibleEvenIfDeleted(const ResourceStore::User &user, const StoredResource &r) const;
    // A visibility test for many resources of one type (precomputes what it can, e.g. which
    // practitioners the user's roles point at).
    std::function<bool(const StoredResource &)> visibility(const ResourceStore::User &user, const QString &type) const;
    // Current resources the user can see whose references point at type/id (at most limit of them);
    // *hidden is set when others the user cannot see do too.
    QStringList referrers(
        const QString &type, const QString &id, int limit, const ResourceStore::User &user, bool *hidden) const;
    // Rules a well-formed resource must meet (422 when it does not); empty when fine. Every
    // reference must reach a resource the writer can see.
    QString unprocessable(
        const ResourceStore::User &user, const QString &type, const QString &id, const SearchIndex &index) const;
    // Whether the user may write this content (over `existing`, when there is one).
    bool mayWrite(const ResourceStore::User &user, const QString &type, const QString &id, const SearchIndex &index,
        const StoredResource *existing) const;
    QString parentOf(const QString &orgId) const;
    void audit(const ResourceStore::User &user, const QString &action, const StoredResource &r);
    QString baseUrl() const;
    // faultable: a FHIR answer, which the truncate and latency knobs may touch (sign-in and the knobs
    // themselves are never faulted).
    void send(QTcpSocket *socket, const Response &response, bool faultable);

    std::unique_ptr<QLockFile> m_lock; // before m_store: released after the database is closed
    ResourceStore m_store;
    Faults m_faults;
    QRandomGenerator m_random {20261123};
    quint16 m_port = 0;
    bool m_openAdmin = false;
};

} // namespace hn::sandbox
