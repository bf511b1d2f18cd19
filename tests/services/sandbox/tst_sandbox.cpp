#include "../sync/synctestsupport.h"

#include <QTcpSocket>

using namespace synctest;

// Conformance of hn-sandbox over real HTTP: the REST interactions, scoping, audit, persistence and
// fault knobs.
class TestSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_nhn, m_lege1, m_lege2, m_kommune1;

    QUrl url(const QString &path) const { return QUrl(m_sandbox->base().toString() + QLatin1Char('/') + path); }
    QPair<int, QJsonObject> get(const QString &path, const QString &token)
    {
        return http(m_nam, "GET", url(path), token);
    }
    QString officeOf(const QString &token)
    {
        const auto [status, bundle] = get(QStringLiteral("Organization?type=gp-office"), token);
        return bundle.value(QStringLiteral("entry"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("resource"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }
    QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    QJsonObject infoMessage(const QString &subject, const QString &text)
    {
        return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Basic")},
            {QStringLiteral("code"),
                QJsonObject {{QStringLiteral("coding"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("system"), QStringLiteral("urn:hnadmin:fhir:CodeSystem/basic-code")},
                        {QStringLiteral("code"), QStringLiteral("info-message")}}}}}},
            {QStringLiteral("subject"), QJsonObject {{QStringLiteral("reference"), subject}}},
            {QStringLiteral("extension"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("url"), QStringLiteral("urn:hnadmin:fhir:StructureDefinition/message-text")},
                    {QStringLiteral("valueString"), text}}}}};
    }
    // A request with extra headers; returns status, body and the ETag.
    std::tuple<int, QJsonObject, QByteArray> send(const QByteArray &verb, const QString &path, const QString &token,
        const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(path));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/fhir+json"));
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray etag = reply->rawHeader("ETag");
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, o, etag};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(m_dir.path());
        QVERIFY(m_sandbox->start());
        m_nhn = signIn(m_nam, m_sandbox->base(), QStringLiteral("nhn"));
        m_lege1 = signIn(m_nam, m_sandbox->base(), QStringLiteral("lege1"));
        m_lege2 = signIn(m_nam, m_sandbox->base(), QStringLiteral("lege2"));
        m_kommune1 = signIn(m_nam, m_sandbox->base(), QStringLiteral("kommune1"));
        QVERIFY(!m_nhn.isEmpty() && !m_lege1.isEmpty() && !m_lege2.isEmpty() && !m_kommune1.isEmpty());
    }

    void authentication()
    {
        QCOMPARE(get(QStringLiteral("Organization"), QString()).first, 401);
        QCOMPARE(get(QStringLiteral("Organization"), QStringLiteral("not-a-token")).first, 401);
        QCOMPARE(get(QStringLiteral("metadata"), QString()).first, 200);
        QCOMPARE(signIn(m_nam, m_sandbox->base(), QStringLiteral("nobody")), QString());
    }

    void readVreadAndEtag()
    {
        const QString office = officeOf(m_lege1);
        auto [status, body, etag] = send("GET", QStringLiteral("Organization/") + office, m_lege1);
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("id")).toString(), office);
        const QString version
            = body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("versionId")).toString();
        QCOMPARE(etag, QByteArray("W/\"") + version.toUtf8() + '"');
        QVERIFY(
            !body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("lastUpdated")).toString().isEmpty());
        const auto [vs, vbody] = get(QStringLiteral("Organization/%1/_history/%2").arg(office, version), m_lege1);
        QCOMPARE(vs, 200);
        QCOMPARE(vbody.value(QStringLiteral("id")).toString(), office);
        QCOMPARE(get(QStringLiteral("Organization/%1/_history/999").arg(office), m_lege1).first, 404);
        QCOMPARE(get(QStringLiteral("Organization/does-not-exist"), m_nhn).first, 404);
    }

    void searchParametersAndPaging()
    {
        const QString office = officeOf(m_lege1);
        const QString org = QStringLiteral("Organization/") + office;
        // organization / providedBy / active / type / identifier / _id / name / _lastUpdated
        auto [s1, services] = get(QStringLiteral("HealthcareService?organization=") + org, m_nhn);
        QCOMPARE(s1, 200);
        const int total = services.value(QStringLiteral("total")).toInt();
        QVERIFY(total >= 5);
        QCOMPARE(get(QStringLiteral("HealthcareService?providedBy=") + org, m_nhn)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            total);
        QCOMPARE(get(QStringLiteral("HealthcareService?organization=") + org + QStringLiteral("&active=false"), m_nhn)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            0);
        QCOMPARE(get(QStringLiteral("HealthcareService?organization=%1&service-type=e-konsultasjon").arg(org), m_nhn)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            1);
        QCOMPARE(get(QStringLiteral(
                         "HealthcareService?organization=%1&type=urn:hnadmin:fhir:CodeSystem/service-type%7Ce-kontakt")
                         .arg(org),
                     m_nhn)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            1);
        const auto [os, orgJson] = get(org, m_nhn);
        const QJsonObject ident = orgJson.value(QStringLiteral("identifier")).toArray().at(0).toObject();
        const QString identQuery = ident.value(QStringLiteral("system")).toString() + QStringLiteral("%7C")
            + ident.value(QStringLiteral("value")).toString();
        QCOMPARE(get(QStringLiteral("Organization?identifier=") + identQuery, m_nhn)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            1);
        QCOMPARE(
            get(QStringLiteral("Organization?_id=") + office, m_nhn).second.value(QStringLiteral("total")).toInt(), 1);
        QVERIFY(
            get(QStringLiteral("Organization?name=kommune"), m_nhn).second.value(QStringLiteral("total")).toInt() >= 3);
        QCOMPARE(get(QStringLiteral("Organization?_lastUpdated=gt2999-01-01"), m_nhn)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            0);
        QVERIFY(get(QStringLiteral("Organization?_lastUpdated=ge2000-01-01"), m_nhn)
                    .second.value(QStringLiteral("total"))
                    .toInt()
            > 5);
        // partof, practitioner, subject, code
        const auto [ks, kommune] = get(QStringLiteral("Organization?type=municipality&_count=1"), m_kommune1);
        const QString kommuneId = kommune.value(QStringLiteral("entry"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("resource"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        QVERIFY(get(QStringLiteral("Organization?partof=Organization/") + kommuneId, m_nhn)
                    .second.value(QStringLiteral("total"))
                    .toInt()
            >= 2);
        const auto [rs, roles] = get(QStringLiteral("PractitionerRole?organization=") + org, m_lege1);
        const QJsonObject role = roles.value(QStringLiteral("entry"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("resource"))
                                     .toObject();
        const QString practitioner
            = role.value(QStringLiteral("practitioner")).toObject().value(QStringLiteral("reference")).toString();
        QCOMPARE(get(QStringLiteral("PractitionerRole?practitioner=") + practitioner, m_lege1)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            1);
        auto [cs, created, etag]
            = send("POST", QStringLiteral("Basic"), m_lege1, json(infoMessage(org, QStringLiteral("search me"))));
        QCOMPARE(cs, 201);
        QVERIFY(get(QStringLiteral("Basic?code=info-message&subject=") + org, m_lege1)
                    .second.value(QStringLiteral("total"))
                    .toInt()
            >= 1);
        QCOMPARE(get(QStringLiteral("Basic?code=absence&subject=") + org, m_lege1)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            0);
        QCOMPARE(get(QStringLiteral("Task?status=requested"), m_nhn).first, 200);
        QCOMPARE(get(QStringLiteral("Organization?bogus=1"), m_nhn).first, 400);

        // Paging: follow next links, Bundle.total on every page, _count capped at 500.
        const auto [ps, page] = get(QStringLiteral("HealthcareService?_count=4"), m_nhn);
        const int all = page.value(QStringLiteral("total")).toInt();
        QCOMPARE(page.value(QStringLiteral("entry")).toArray().size(), 4);
        const auto everything
            = searchAll(m_nam, m_sandbox->base(), m_nhn, QStringLiteral("HealthcareService?_count=4"));
        QCOMPARE(int(everything.size()), all);
        QSet<QString> ids;
        for (const QJsonObject &r : everything)
            ids.insert(r.value(QStringLiteral("id")).toString());
        QCOMPARE(int(ids.size()), all);
        QCOMPARE(get(QStringLiteral("HealthcareService?_count=100000"), m_nhn)
                     .second.value(QStringLiteral("entry"))
                     .toArray()
                     .size(),
            qMin(all, 500));
    }

    void createUpdateDeleteAndConditionals()
    {
        const QString org = QStringLiteral("Organization/") + officeOf(m_lege1);
        // create
        auto [s1, created, etag1]
            = send("POST", QStringLiteral("Basic"), m_lege1, json(infoMessage(org, QStringLiteral("v1"))));
        QCOMPARE(s1, 201);
        const QString id = created.value(QStringLiteral("id")).toString();
        QCOMPARE(etag1, QByteArray("W/\"1\""));
        // update with the right version
        QJsonObject v2 = created;
        v2.insert(QStringLiteral("status"), QStringLiteral("x"));
        auto [s2, updated, etag2]
            = send("PUT", QStringLiteral("Basic/") + id, m_lege1, json(v2), {{"If-Match", "W/\"1\""}});
        QCOMPARE(s2, 200);
        QCOMPARE(etag2, QByteArray("W/\"2\""));
        // stale version -> 412 with an OperationOutcome, nothing changed
        auto [s3, stale, etag3]
            = send("PUT", QStringLiteral("Basic/") + id, m_lege1, json(created), {{"If-Match", "W/\"1\""}});
        QCOMPARE(s3, 412);
        QCOMPARE(stale.value(QStringLiteral("resourceType")).toString(), QStringLiteral("OperationOutcome"));
        QCOMPARE(get(QStringLiteral("Basic/") + id, m_lege1).second.value(QStringLiteral("status")).toString(),
            QStringLiteral("x"));
        // update as create with a client id
        QJsonObject clientCreated = infoMessage(org, QStringLiteral("client id"));
        clientCreated.insert(QStringLiteral("id"), QStringLiteral("client-chosen-1"));
        auto [s4, cc, etag4] = send("PUT", QStringLiteral("Basic/client-chosen-1"), m_lege1, json(clientCreated));
        QCOMPARE(s4, 201);
        // id mismatch, malformed JSON, wrong type, unknown type, bad method
        QCOMPARE(std::get<0>(send("PUT", QStringLiteral("Basic/other-id"), m_lege1, json(clientCreated))), 400);
        QCOMPARE(std::get<0>(send("POST", QStringLiteral("Basic"), m_lege1, "{not json")), 400);
        QCOMPARE(std::get<0>(
                     send("POST", QStringLiteral("Organization"), m_nhn, json(infoMessage(org, QStringLiteral("x"))))),
            400);
        QCOMPARE(std::get<0>(send("GET", QStringLiteral("Spaceship"), m_nhn)), 400);
        QCOMPARE(std::get<0>(send("PATCH", QStringLiteral("Basic/") + id, m_lege1, "{}")), 405);
        QCOMPARE(std::get<0>(send("POST", QStringLiteral("metadata"), m_nhn, "{}")), 405);
        // If-None-Exist: an existing match is returned, not duplicated
        auto [s5, existing, etag5] = send("POST", QStringLiteral("Basic"), m_lege1,
            json(infoMessage(org, QStringLiteral("dup"))), {{"If-None-Exist", "_id=" + id.toUtf8()}});
        QCOMPARE(s5, 200);
        QCOMPARE(existing.value(QStringLiteral("id")).toString(), id);
        // delete -> 410 on read; history shows the deletion
        QCOMPARE(
            std::get<0>(send("DELETE", QStringLiteral("Basic/") + id, m_lege1, {}, {{"If-Match", "W/\"1\""}})), 412);
        QCOMPARE(std::get<0>(send("DELETE", QStringLiteral("Basic/") + id, m_lege1)), 204);
        QCOMPARE(get(QStringLiteral("Basic/") + id, m_lege1).first, 410);
        const auto [hs, history] = get(QStringLiteral("Basic/%1/_history").arg(id), m_lege1);
        QCOMPARE(hs, 200);
        QCOMPARE(history.value(QStringLiteral("entry")).toArray().size(), 3);
    }

    void typeHistorySinceWithDeletions()
    {
        const QString org = QStringLiteral("Organization/") + officeOf(m_lege1);
        const auto [s0, before] = get(QStringLiteral("Basic?_count=1"), m_lege1);
        const QString since
            = before.value(QStringLiteral("meta")).toObject().value(QStringLiteral("lastUpdated")).toString();
        QVERIFY(!since.isEmpty());
        auto [s1, a, e1] = send("POST", QStringLiteral("Basic"), m_lege1, json(infoMessage(org, QStringLiteral("h1"))));
        auto [s2, b, e2] = send("POST", QStringLiteral("Basic"), m_lege1, json(infoMessage(org, QStringLiteral("h2"))));
        QCOMPARE(
            std::get<0>(send("DELETE", QStringLiteral("Basic/") + b.value(QStringLiteral("id")).toString(), m_lege1)),
            204);
        const auto entries = [&] {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("_since"), since);
            return get(QStringLiteral("Basic/_history?") + q.toString(QUrl::FullyEncoded), m_lege1)
                .second.value(QStringLiteral("entry"))
                .toArray();
        }();
        QCOMPARE(entries.size(), 3);
        int deletes = 0;
        for (const QJsonValue &e : entries) {
            const QJsonObject entry = e.toObject();
            if (entry.value(QStringLiteral("request")).toObject().value(QStringLiteral("method")).toString()
                == QStringLiteral("DELETE")) {
                ++deletes;
                QVERIFY(!entry.contains(QStringLiteral("resource")));
                QCOMPARE(entry.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(),
                    QStringLiteral("Basic/") + b.value(QStringLiteral("id")).toString());
            }
        }
        QCOMPARE(deletes, 1);
        // Another office does not see this office's history.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("_since"), since);
        QCOMPARE(get(QStringLiteral("Basic/_history?") + q.toString(QUrl::FullyEncoded), m_lege2)
                     .second.value(QStringLiteral("entry"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(get(QStringLiteral("Basic/_history?_since=yesterday"), m_lege1).first, 400);
    }

    void transactionIsAllOrNothing()
    {
        const QString org = QStringLiteral("Organization/") + officeOf(m_lege1);
        auto entry = [&](const QString &id, const QString &text) {
            QJsonObject r = infoMessage(org, text);
            r.insert(QStringLiteral("id"), id);
            return QJsonObject {{QStringLiteral("resource"), r},
                {QStringLiteral("request"),
                    QJsonObject {{QStringLiteral("method"), QStringLiteral("PUT")},
                        {QStringLiteral("url"), QStringLiteral("Basic/") + id}}}};
        };
        QJsonObject ok {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("transaction")},
            {QStringLiteral("entry"),
                QJsonArray {entry(QStringLiteral("tx-1"), QStringLiteral("a")),
                    entry(QStringLiteral("tx-2"), QStringLiteral("b"))}}};
        auto [s1, response, e1] = send("POST", QString(), m_lege1, json(ok));
        QCOMPARE(s1, 200);
        QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("transaction-response"));
        QCOMPARE(get(QStringLiteral("Basic/tx-2"), m_lege1).first, 200);
        // The second entry points at another office: the whole bundle is refused and tx-3 is not created.
        QJsonObject foreign = entry(QStringLiteral("tx-4"), QStringLiteral("d"));
        QJsonObject res = foreign.value(QStringLiteral("resource")).toObject();
        res.insert(QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("reference"), QStringLiteral("Organization/") + officeOf(m_lege2)}});
        foreign.insert(QStringLiteral("resource"), res);
        QJsonObject bad {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("transaction")},
            {QStringLiteral("entry"), QJsonArray {entry(QStringLiteral("tx-3"), QStringLiteral("c")), foreign}}};
        QCOMPARE(std::get<0>(send("POST", QString(), m_lege1, json(bad))), 403);
        QCOMPARE(get(QStringLiteral("Basic/tx-3"), m_lege1).first, 404);
        QCOMPARE(
            std::get<0>(send("POST", QString(), m_lege1, "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}")), 400);
    }

    void scopingAndAudit()
    {
        const QString office1 = officeOf(m_lege1);
        const QString office2 = officeOf(m_lege2);
        QVERIFY(office1 != office2);
        // A GP office sees itself and not the other office.
        QCOMPARE(get(QStringLiteral("Organization/") + office2, m_lege1).first, 404);
        QCOMPARE(get(QStringLiteral("Organization"), m_lege1).second.value(QStringLiteral("total")).toInt(), 1);
        const auto roles2 = get(QStringLiteral("PractitionerRole?organization=Organization/") + office2, m_nhn).second;
        const QString role2 = roles2.value(QStringLiteral("entry"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("resource"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QCOMPARE(get(QStringLiteral("PractitionerRole/") + role2, m_lege1).first, 404);
        QCOMPARE(get(QStringLiteral("PractitionerRole?organization=Organization/") + office2, m_lege1)
                     .second.value(QStringLiteral("total"))
                     .toInt(),
            0);
        // Out-of-scope writes are 403.
        QCOMPARE(std::get<0>(send("POST", QStringLiteral("Basic"), m_lege1,
                     json(infoMessage(QStringLiteral("Organization/") + office2, QStringLiteral("x"))))),
            403);
        const auto [rs, roleJson] = get(QStringLiteral("PractitionerRole/") + role2, m_nhn);
        QCOMPARE(std::get<0>(send("PUT", QStringLiteral("PractitionerRole/") + role2, m_lege1, json(roleJson))), 403);
        // A municipality sees itself and its units, not GP offices.
        const auto mine = get(QStringLiteral("Organization"), m_kommune1).second;
        QVERIFY(mine.value(QStringLiteral("total")).toInt() >= 3);
        for (const QJsonValue &e : mine.value(QStringLiteral("entry")).toArray()) {
            const QString type = e.toObject()
                                     .value(QStringLiteral("resource"))
                                     .toObject()
                                     .value(QStringLiteral("type"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("coding"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("code"))
                                     .toString();
            QVERIFY(type == QStringLiteral("municipality") || type == QStringLiteral("municipal-unit"));
        }
        QCOMPARE(get(QStringLiteral("Organization/") + office1, m_kommune1).first, 404);
        QVERIFY(
            get(QStringLiteral("HealthcareService"), m_kommune1).second.value(QStringLiteral("total")).toInt() >= 10);
        // NHN sees everything, including the AuditEvents of writes; others see none.
        auto [cs, created, etag] = send("POST", QStringLiteral("Basic"), m_lege1,
            json(infoMessage(QStringLiteral("Organization/") + office1, QStringLiteral("audited"))));
        QCOMPARE(cs, 201);
        const QString what = QStringLiteral("Basic/%1/_history/1").arg(created.value(QStringLiteral("id")).toString());
        bool found = false;
        for (const QJsonObject &event :
            searchAll(m_nam, m_sandbox->base(), m_nhn, QStringLiteral("AuditEvent?_count=500"))) {
            if (event.value(QStringLiteral("entity"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("what"))
                    .toObject()
                    .value(QStringLiteral("reference"))
                    .toString()
                == what) {
                found = true;
                QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("C"));
                QCOMPARE(event.value(QStringLiteral("agent"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("who"))
                             .toObject()
                             .value(QStringLiteral("display"))
                             .toString(),
                    QStringLiteral("lege1"));
                QVERIFY(!event.value(QStringLiteral("recorded")).toString().isEmpty());
            }
        }
        QVERIFY(found);
        QCOMPARE(get(QStringLiteral("AuditEvent"), m_lege1).second.value(QStringLiteral("total")).toInt(), 0);
    }

    void faultKnobs()
    {
        setFaults(m_nam, m_sandbox->base(), "error=1");
        for (int i = 0; i < 5; ++i) {
            const auto [status, body] = get(QStringLiteral("Organization"), m_nhn);
            QVERIFY2(status == 500 || status == 503, qPrintable(QString::number(status)));
            QCOMPARE(body.value(QStringLiteral("resourceType")).toString(), QStringLiteral("OperationOutcome"));
        }
        setFaults(m_nam, m_sandbox->base(), "drop=1");
        {
            QNetworkRequest request(url(QStringLiteral("Organization")));
            request.setRawHeader("Authorization", "Bearer " + m_nhn.toUtf8());
            QNetworkReply *reply = m_nam.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(20000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
            QVERIFY(reply->error() != QNetworkReply::NoError);
            reply->deleteLater();
        }
        setFaults(m_nam, m_sandbox->base(), "truncate=1");
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
            QVERIFY(socket.waitForConnected(10000));
            socket.write("GET /fhir/R4/Organization HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_nhn.toUtf8()
                + "\r\n\r\n");
            QByteArray received;
            while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
                received += socket.readAll();
            received += socket.readAll();
            const int split = int(received.indexOf("\r\n\r\n"));
            QVERIFY(split > 0);
            const QByteArray head = received.left(split);
            const int at = int(head.indexOf("Content-Length: "));
            const int length = head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toInt();
            QVERIFY(received.size() - split - 4 < length);
        }
        setFaults(m_nam, m_sandbox->base(), "latency=150");
        QCOMPARE(get(QStringLiteral("metadata"), QString()).first, 200);
        QCOMPARE(get(QStringLiteral("Organization?_count=1"), m_nhn).first, 200);
        setFaults(m_nam, m_sandbox->base(), "");
        QCOMPARE(get(QStringLiteral("Organization?_count=1"), m_nhn).first, 200);
        QUrl bad = m_sandbox->base();
        bad.setPath(QStringLiteral("/admin/faults"));
        QCOMPARE(http(m_nam, "POST", bad, {}, "explode=1", "text/plain").first, 400);
    }

    void restartKeepsEverything()
    {
        const QString org = QStringLiteral("Organization/") + officeOf(m_lege1);
        auto [s1, created, e1]
            = send("POST", QStringLiteral("Basic"), m_lege1, json(infoMessage(org, QStringLiteral("persist"))));
        const QString id = created.value(QStringLiteral("id")).toString();
        QJsonObject v2 = created;
        v2.insert(QStringLiteral("status"), QStringLiteral("second"));
        QCOMPARE(
            std::get<0>(send("PUT", QStringLiteral("Basic/") + id, m_lege1, json(v2), {{"If-Match", "W/\"1\""}})), 200);
        const int organizations
            = get(QStringLiteral("Organization?_count=1"), m_nhn).second.value(QStringLiteral("total")).toInt();
        QVERIFY(m_sandbox->restart());
        // Tokens, resources and every version survive.
        const auto [s2, again] = get(QStringLiteral("Basic/") + id, m_lege1);
        QCOMPARE(s2, 200);
        QCOMPARE(again.value(QStringLiteral("meta")).toObject().value(QStringLiteral("versionId")).toString(),
            QStringLiteral("2"));
        QCOMPARE(get(QStringLiteral("Basic/%1/_history/1").arg(id), m_lege1).first, 200);
        QCOMPARE(get(QStringLiteral("Organization?_count=1"), m_nhn).second.value(QStringLiteral("total")).toInt(),
            organizations);
    }

    void listUsers()
    {
        QProcess p;
        p.start(sandboxBin(), {QStringLiteral("--list-users")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        for (const char *user : {"nhn", "lege1", "lege2", "kommune1"})
            QVERIFY2(out.contains(user), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
