#include "foreignserver.h"
#include "synctestsupport.h"

#include <QRegularExpression>

using namespace synctest;
using hn::store::Operation;
using hn::store::OutboxState;
using hn::sync::SyncEngine;
using namespace Qt::StringLiterals;

// The sync engine against servers that answer as others than hn-sandbox do (issue 16): FHIR allows
// them, and the program must work with any conformant server.
class TestSyncForeign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_token;

    QString firstRoleId(hn::store::Store *store)
    {
        const auto roles = store->resources(QStringLiteral("PractitionerRole"));
        return roles.isEmpty() ? QString() : roles.first().id;
    }
    QUrl onSandbox(const QString &path) const { return QUrl(m_sandbox->base().toString() + u'/' + path); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!sandboxBin().isEmpty(), "HN_SANDBOX_BIN is not set");
        m_sandbox = std::make_unique<Sandbox>(m_dir.path());
        QVERIFY(m_sandbox->start());
        m_token = signIn(m_nam, m_sandbox->base(), QStringLiteral("lege1"));
        QVERIFY(!m_token.isEmpty());
    }

    // A server that answers a conditional update of something deleted there with 404 (and a read of
    // it with 404, not 410): the edit becomes the same whole-item conflict as with 412, for the user
    // to decide (Keep mine creates it again), not a failure.
    void notFoundOnAConditionalUpdateIsAConflict()
    {
        ForeignServer server(m_sandbox->base());
        server.rewrite = [](const ForeignServer::Request &request, ForeignServer::Answer &answer) {
            if (answer.status == 410
                || (request.method == "PUT" && !request.ifMatch.isEmpty() && answer.status == 412
                    && answer.body.contains("does not exist")))
                answer.status = 404;
        };
        QVERIFY(server.listen());
        Client c;
        QVERIFY(c.open(server.base(), m_token));
        QVERIFY(c.syncAndWait());
        const QString id = newId();
        QVERIFY(c.store->saveEdit(Operation::Create,
                    absence(id, firstRoleId(c.store.get()), QStringLiteral("2033-01-01"), QStringLiteral("2033-01-10"),
                        QStringLiteral("mine")))
            > 0);
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 0, 30000);
        // Someone else deletes it; then this user changes it.
        QCOMPARE(http(m_nam, "DELETE", onSandbox(QStringLiteral("Basic/") + id), m_token).first, 204);
        QSignalSpy conflicts(c.engine.get(), &SyncEngine::conflictDetected);
        const QJsonObject json = c.store->resource(QStringLiteral("Basic"), id)->json;
        QVERIFY(c.store->saveEdit(Operation::Update, withCitizenText(json, QStringLiteral("changed"))) > 0);
        QVERIFY(conflicts.wait(30000));
        QCOMPARE(c.store->outbox().size(), 1);
        QCOMPARE(c.store->outbox().first().state, OutboxState::Conflict);
        QVERIFY(server.count("PUT", "/Basic/" + id.toUtf8()) >= 2); // the create and the refused update
        // Keep mine: created again, with the change.
        const hn::store::OutboxEntry conflict = c.store->outbox().first();
        QVERIFY(c.store->rebase(conflict.seq, conflict.body, QJsonObject(), OutboxState::Pending));
        c.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 0, 30000);
        const auto [status, there] = http(m_nam, "GET", onSandbox(QStringLiteral("Basic/") + id), m_token);
        QCOMPARE(status, 200);
        QCOMPARE(citizenText(there), QStringLiteral("changed"));
    }

    // A server that writes instants with an offset ("+00:00") and reads its query as a form ("+"
    // is a space there, and a space is no instant): every incremental sync still works, because the
    // "_since" sent back is encoded.
    void instantsWithAnOffsetComeBackEncoded()
    {
        ForeignServer server(m_sandbox->base());
        server.rewrite = [](const ForeignServer::Request &request, ForeignServer::Answer &answer) {
            static const QRegularExpression since(QStringLiteral("[?&]_since=([^&]*)"));
            const auto match = since.match(QString::fromLatin1(request.target));
            if (match.hasMatch() && match.captured(1).contains(u'+')) {
                answer.status = 400;
                answer.body = R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid",)"
                              R"("diagnostics":"_since is not an instant"}]})";
                return;
            }
            static const QRegularExpression utc(
                QStringLiteral("(\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?)Z\""));
            answer.body = QString::fromUtf8(answer.body).replace(utc, QStringLiteral("\\1+00:00\"")).toUtf8();
        };
        QVERIFY(server.listen());
        Client c;
        QVERIFY(c.open(server.base(), m_token));
        QVERIFY(c.syncAndWait());
        const QString id = newId();
        const QJsonObject made = absence(id, firstRoleId(c.store.get()), QStringLiteral("2033-02-01"),
            QStringLiteral("2033-02-10"), QStringLiteral("from elsewhere"));
        QCOMPARE(http(m_nam, "PUT", onSandbox(QStringLiteral("Basic/") + id), m_token,
                     QJsonDocument(made).toJson(QJsonDocument::Compact), "application/fhir+json")
                     .first,
            201);
        for (int round = 0; round < 2; ++round)
            QVERIFY(c.syncAndWait());
        QVERIFY(c.store->resource(QStringLiteral("Basic"), id));
        QVERIFY(server.count("GET", "_since=") > 0);
        QCOMPARE(server.count("GET", "+00"), 0);
        QVERIFY(server.count("GET", "%2B00") > 0);
    }

    // A server (or a user of it) that holds one resource this program cannot read: it is set aside
    // with its type, id and why in the sync log, the rest of its page and of the sync goes on, and
    // in a history it is not taken for a deletion.
    void anUnreadableResourceIsSetAsideAndTheSyncGoesOn()
    {
        ForeignServer server(m_sandbox->base());
        QByteArray badId = "bad-1";
        server.rewrite = [&badId](const ForeignServer::Request &request, ForeignServer::Answer &answer) {
            if (request.method != "GET" || !request.target.contains("/Basic") || !answer.body.contains("\"entry\":["))
                return;
            const QByteArray bad = "{\"fullUrl\":\"urn:x:Basic/" + badId
                + "\",\"resource\":{\"resourceType\":\"Basic\",\"id\":\"" + badId
                + "\",\"extension\":" + QByteArray(511, '[') + QByteArray(511, ']') + "}},";
            answer.body.replace("\"entry\":[", "\"entry\":[" + bad);
        };
        QVERIFY(server.listen());
        Client c;
        QVERIFY(c.open(server.base(), m_token));
        QStringList log;
        connect(c.engine.get(), &SyncEngine::logAdded, this,
            [&log](const hn::sync::SyncLogEntry &entry) { log << entry.text; });
        QVERIFY(c.syncAndWait());
        const int basics = int(c.store->resources(QStringLiteral("Basic")).size());
        QVERIFY(basics > 0);
        QVERIFY(!c.store->resource(QStringLiteral("Basic"), QStringLiteral("bad-1")));
        QVERIFY2(log.filter(QStringLiteral("Basic/bad-1")).size() == 1, qPrintable(log.join(u'\n')));
        // In a history page, with the id of an absence the program has: that absence stays.
        const QString kept = c.store->resources(QStringLiteral("Basic")).first().id;
        badId = kept.toUtf8();
        const QString id = newId();
        const QJsonObject made = absence(id, firstRoleId(c.store.get()), QStringLiteral("2033-04-01"),
            QStringLiteral("2033-04-10"), QStringLiteral("new"));
        QCOMPARE(http(m_nam, "PUT", onSandbox(QStringLiteral("Basic/") + id), m_token,
                     QJsonDocument(made).toJson(QJsonDocument::Compact), "application/fhir+json")
                     .first,
            201);
        QVERIFY(c.syncAndWait());
        QVERIFY(server.count("GET", "/Basic/_history") > 0);
        QVERIFY(c.store->resource(QStringLiteral("Basic"), id));
        QVERIFY(c.store->resource(QStringLiteral("Basic"), kept));
        QCOMPARE(int(c.store->resources(QStringLiteral("Basic")).size()), basics + 1);
        QVERIFY(log.filter(u"Basic/"_s + kept).size() >= 1);
    }

    // Signed out from a server that wants a sign-in (its CapabilityStatement names security):
    // nothing goes out, neither the periodic pull nor a queued edit (they would go without an
    // Authorization header). A server that names no security is used without a sign-in.
    void nothingGoesOutWhileSignedOut()
    {
        ForeignServer server(m_sandbox->base());
        server.openAs = "Bearer " + m_token.toUtf8();
        bool securityNamed = true;
        server.rewrite = [&securityNamed](const ForeignServer::Request &request, ForeignServer::Answer &answer) {
            if (!securityNamed && request.target.endsWith("/metadata")) {
                QJsonObject statement = QJsonDocument::fromJson(answer.body).object();
                QJsonArray rest = statement.value(QStringLiteral("rest")).toArray();
                QJsonObject first = rest.at(0).toObject();
                first.remove(QStringLiteral("security"));
                rest.replace(0, first);
                statement.insert(QStringLiteral("rest"), rest);
                answer.body = QJsonDocument(statement).toJson(QJsonDocument::Compact);
            }
        };
        QVERIFY(server.listen());
        Client c;
        QVERIFY(c.open(server.base(), QString()));
        QVERIFY(!c.client->mayRequest());
        QVERIFY(c.store->saveEdit(Operation::Create,
                    absence(newId(), QStringLiteral("r"), QStringLiteral("2033-05-01"), QStringLiteral("2033-05-02"),
                        QStringLiteral("waits")))
            > 0);
        c.engine->syncNow();
        c.engine->pushNow();
        QSignalSpy refused(c.client->read(QStringLiteral("Basic"), QStringLiteral("x")), &hn::net::FhirCall::finished);
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().first().value<hn::net::FhirResponse>().status, 401);
        // The CapabilityStatement may be read signed out; it is the one request the server saw.
        QSignalSpy statement(c.client->capabilities(), &hn::net::FhirCall::finished);
        QVERIFY(statement.wait(10000));
        const auto named = statement.first().first().value<hn::net::FhirResponse>();
        QVERIFY(named.ok());
        QVERIFY(!hn::net::FhirClient::needsNoSignIn(named.json)); // hn-sandbox names OAuth
        QCOMPARE(server.seen.size(), 1);
        QVERIFY(server.seen.first().target.endsWith("/metadata"));
        QCOMPARE(c.store->pendingCount(), 1);
        // A server that names no security: used without a sign-in.
        securityNamed = false;
        QSignalSpy open(c.client->capabilities(), &hn::net::FhirCall::finished);
        QVERIFY(open.wait(10000));
        QVERIFY(hn::net::FhirClient::needsNoSignIn(open.first().first().value<hn::net::FhirResponse>().json));
        c.client->setOpenServer(true);
        QVERIFY(c.syncAndWait());
        QVERIFY(!c.store->resources(QStringLiteral("Organization")).isEmpty());
        for (const ForeignServer::Request &request : std::as_const(server.seen))
            QVERIFY(request.authorization.isEmpty());
    }

    // A first sync asks for each type's first page at once and learns the amount from their
    // Bundle.total: no requests for counts (_count=0) that a slow server would answer before the
    // first page, and every page asked for once; the progress is determinate from its first signal.
    void aFirstSyncAsksForNoCounts()
    {
        ForeignServer server(m_sandbox->base());
        QVERIFY(server.listen());
        Client c;
        QVERIFY(c.open(server.base(), m_token));
        c.engine->setPageSize(3);
        QSignalSpy progress(c.engine.get(), &SyncEngine::pullProgress);
        QVERIFY(c.syncAndWait());
        QCOMPARE(server.count("GET", "_count=0"), 0);
        QStringList pages;
        for (const ForeignServer::Request &request : std::as_const(server.seen))
            pages << QString::fromLatin1(request.target);
        QCOMPARE(QSet<QString>(pages.cbegin(), pages.cend()).size(), pages.size());
        qint64 stored = 0;
        for (const QString &type : SyncEngine::defaultResourceTypes()) {
            QCOMPARE(server.count("GET", "/" + type.toUtf8() + "?_count=3"), 1);
            stored += c.store->count(type);
        }
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(1).toLongLong(), stored);
        QCOMPARE(progress.last().at(0).toLongLong(), stored);
    }

    // Ids that no URL can name ("." and ".." are FHIR ids, but every HTTP stack takes them as steps
    // in the path; "/" or "?" would change the address): nothing is sent, the call fails at once
    // and is not retried, and an edit of such an item fails with a reason instead of going to the
    // wrong address.
    void idsNoAddressCanNameAreNeverSent()
    {
        ForeignServer server(m_sandbox->base());
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        hn::net::FhirClient client(&nam, server.base());
        client.setBearerToken(m_token);
        const auto answer = [](hn::net::FhirCall *call) {
            QSignalSpy finished(call, &hn::net::FhirCall::finished);
            return finished.wait(10000) ? finished.first().first().value<hn::net::FhirResponse>()
                                        : hn::net::FhirResponse();
        };
        for (const QString &id : {QStringLiteral("."), QStringLiteral(".."), QStringLiteral("a/../../Organization"),
                 QStringLiteral("x?_count=0"), QString(65, u'a')}) {
            QVERIFY(!hn::net::FhirClient::addressable(id));
            const QJsonObject resource {
                {QStringLiteral("resourceType"), QStringLiteral("Basic")}, {QStringLiteral("id"), id}};
            const std::function<hn::net::FhirCall *()> calls[]
                = {[&] { return client.remove(QStringLiteral("Basic"), id); },
                    [&] { return client.read(QStringLiteral("Basic"), id); },
                    [&] { return client.update(resource, QStringLiteral("1")); }};
            for (const auto &makeCall : calls) {
                const hn::net::FhirResponse r = answer(makeCall());
                QVERIFY(!r.ok());
                QVERIFY(!r.retryable());
                QVERIFY(r.errorText.contains(id.left(20)));
            }
        }
        QCOMPARE(server.seen.size(), 0);
        QCOMPARE(answer(client.read(QStringLiteral("Basic"), QStringLiteral("a.b-1"))).status, 404);
        QCOMPARE(server.seen.size(), 1);
        // An edit of such an item (as a foreign server could have given it) fails with the reason.
        Client c;
        QVERIFY(c.open(server.base(), m_token));
        QVERIFY(c.store->saveEdit(Operation::Create,
                    absence(QStringLiteral(".."), QStringLiteral("r"), QStringLiteral("2033-03-01"),
                        QStringLiteral("2033-03-02"), QStringLiteral("dots")))
            > 0);
        c.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.store->outbox().value(0).state, OutboxState::Failed, 30000);
        QVERIFY(c.store->outbox().first().lastError.contains(QStringLiteral("(..)")));
        QCOMPARE(server.count("PUT", ""), 0);
        QCOMPARE(server.count("DELETE", ""), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncForeign)
#include "tst_sync_foreign.moc"
