#include "sandboxtestsupport.h"

#include <QHostAddress>
#include <QTcpSocket>

using namespace sandboxtest;
using namespace Qt::StringLiterals;

// Conformance of hn-sandbox over real HTTP against a started process (--seed small): the REST
// interactions, error statuses, scoping per role, AuditEvents, fault knobs, persistence over a
// restart and the demo data.
class TestSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_nhn, m_lege1, m_lege2, m_kommune1, m_kommune2;

    QUrl url(const QString &path) const
    {
        return QUrl(m_sandbox->base().toString() + (path.isEmpty() ? QString() : u'/' + path));
    }
    Reply req(const QByteArray &verb, const QString &path, const QString &token, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call(m_nam, verb, url(path), token, body, headers);
    }
    Reply get(const QString &path, const QString &token) { return req("GET", path, token); }
    int total(const QString &path, const QString &token)
    {
        const Reply r = get(path, token);
        return r.status == 200 ? r.json.value(u"total"_s).toInt() : -r.status;
    }
    QString officeOf(const QString &token)
    {
        return id(entries(get(u"Organization?type=gp-office"_s, token).json).value(0));
    }
    QString municipalityOf(const QString &token)
    {
        return id(entries(get(u"Organization?type=municipality"_s, token).json).value(0));
    }
    QString firstId(const QString &search, const QString &token)
    {
        return id(entries(get(search, token).json).value(0));
    }
    // The AuditEvents (visible to NHN) about one version of a resource.
    QList<QJsonObject> auditEventsFor(const QString &what)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &event : searchAll(m_nam, m_sandbox->base(), m_nhn, u"AuditEvent?_count=500"_s)) {
            const QString ref = event.value(u"entity"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"what"_s)
                                    .toObject()
                                    .value(u"reference"_s)
                                    .toString();
            if (ref == what)
                out << event;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!sandboxBin().isEmpty(), "HN_SANDBOX_BIN is not set");
        m_sandbox = std::make_unique<Sandbox>(m_dir.path());
        QVERIFY(m_sandbox->start());
        m_nhn = signIn(m_nam, m_sandbox->base(), u"nhn"_s);
        m_lege1 = signIn(m_nam, m_sandbox->base(), u"lege1"_s);
        m_lege2 = signIn(m_nam, m_sandbox->base(), u"lege2"_s);
        m_kommune1 = signIn(m_nam, m_sandbox->base(), u"kommune1"_s);
        m_kommune2 = signIn(m_nam, m_sandbox->base(), u"kommune2"_s);
        QVERIFY(!m_nhn.isEmpty() && !m_lege1.isEmpty() && !m_lege2.isEmpty() && !m_kommune1.isEmpty()
            && !m_kommune2.isEmpty());
    }

    void readyLineAndMetadata()
    {
        QCOMPARE(
            m_sandbox->readyLine(), u"hn-sandbox listening on http://127.0.0.1:%1/fhir/R4"_s.arg(m_sandbox->port()));
        const Reply r = get(u"metadata"_s, QString()); // open without a token
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"resourceType"_s).toString(), u"CapabilityStatement"_s);
        QCOMPARE(r.json.value(u"fhirVersion"_s).toString(), u"4.0.1"_s);
        QVERIFY(r.contentType.startsWith("application/fhir+json"));
    }

    void authentication()
    {
        const Reply none = get(u"Organization"_s, QString());
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json.value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
        QCOMPARE(get(u"Organization"_s, u"not-a-token"_s).status, 401);
        QCOMPARE(signIn(m_nam, m_sandbox->base(), u"nobody"_s), QString());
        // Wrong password.
        const QUrl token = at(m_sandbox->base(), u"/auth/token"_s);
        QCOMPARE(
            call(m_nam, "POST", token, {}, R"({"username":"nhn","password":"wrong"})", {}, "application/json").status,
            401);
        // A form body works as well as JSON, and the token is accepted.
        const Reply form
            = call(m_nam, "POST", token, {}, "username=lege1&password=demo", {}, "application/x-www-form-urlencoded");
        QCOMPARE(form.status, 200);
        QCOMPARE(form.json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QVERIFY(form.json.value(u"expires_in"_s).toInt() > 0);
        const QString t = form.json.value(u"access_token"_s).toString();
        QVERIFY(!t.isEmpty());
        QCOMPARE(get(u"Organization"_s, t).status, 200);
        QCOMPARE(call(m_nam, "GET", token).status, 405);
    }

    void readVreadAndEtag()
    {
        const QString office = officeOf(m_lege1);
        QVERIFY(!office.isEmpty());
        const Reply r = get(u"Organization/"_s + office, m_lege1);
        QCOMPARE(r.status, 200);
        QCOMPARE(id(r.json), office);
        QVERIFY(r.contentType.startsWith("application/fhir+json"));
        QVERIFY(r.json.value(u"meta"_s).toObject().value(u"versionId"_s).isString());
        const QString v = version(r.json);
        QCOMPARE(r.etag, QByteArray("W/\"") + v.toUtf8() + '"');
        QVERIFY(QDateTime::fromString(lastUpdated(r.json), Qt::ISODateWithMs).isValid());
        const Reply vr = get(u"Organization/%1/_history/%2"_s.arg(office, v), m_lege1);
        QCOMPARE(vr.status, 200);
        QCOMPARE(id(vr.json), office);
        QCOMPARE(vr.etag, r.etag);
        QCOMPARE(get(u"Organization/%1/_history/999"_s.arg(office), m_lege1).status, 404);
        const Reply missing = get(u"Organization/does-not-exist"_s, m_nhn);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
    }

    void searchParameters()
    {
        const QString office = officeOf(m_lege1);
        const QString org = u"Organization/"_s + office;
        // HealthcareService organization = providedBy; every match is the office's.
        const Reply services = get(u"HealthcareService?organization="_s + org, m_nhn);
        QCOMPARE(services.status, 200);
        const int count = services.json.value(u"total"_s).toInt();
        QVERIFY(count >= 5);
        for (const QJsonObject &s : entries(services.json))
            QCOMPARE(reference(s, u"providedBy"_s), org);
        QCOMPARE(total(u"HealthcareService?providedBy="_s + org, m_nhn), count);
        QCOMPARE(total(u"HealthcareService?organization=Organization/no-such-org"_s, m_nhn), 0);
        // type, with and without the system; service-type is the same parameter.
        QCOMPARE(total(u"HealthcareService?organization=%1&type=e-konsultasjon"_s.arg(org), m_nhn), 1);
        QCOMPARE(total(u"HealthcareService?organization=%1&service-type=e-konsultasjon"_s.arg(org), m_nhn), 1);
        QCOMPARE(
            total(u"HealthcareService?organization=%1&type=urn:hnadmin:fhir:CodeSystem/service-type%7Ce-kontakt"_s.arg(
                      org),
                m_nhn),
            1);
        QCOMPARE(total(u"HealthcareService?organization=%1&type=urn:other%7Ce-kontakt"_s.arg(org), m_nhn), 0);
        QCOMPARE(total(u"Organization?type=gp-office"_s, m_nhn), 3);
        QCOMPARE(total(u"Organization?type=urn:hnadmin:fhir:CodeSystem/organization-type%7Cmunicipality"_s, m_nhn), 3);
        // active: turn one service off, then it is the only inactive one.
        QCOMPARE(total(u"HealthcareService?organization=%1&active=true"_s.arg(org), m_nhn), count);
        QCOMPARE(total(u"HealthcareService?organization=%1&active=false"_s.arg(org), m_nhn), 0);
        QJsonObject off = entries(services.json).at(0);
        off.insert(u"active"_s, false);
        QCOMPARE(req("PUT", u"HealthcareService/"_s + id(off), m_lege1, json(off)).status, 200);
        const Reply inactive = get(u"HealthcareService?organization=%1&active=false"_s.arg(org), m_nhn);
        QCOMPARE(inactive.json.value(u"total"_s).toInt(), 1);
        QCOMPARE(id(entries(inactive.json).at(0)), id(off));
        QCOMPARE(total(u"HealthcareService?organization=%1&active=true"_s.arg(org), m_nhn), count - 1);
        // identifier: system|value and value alone; _id.
        const QJsonObject orgJson = get(org, m_nhn).json;
        const QJsonObject ident = orgJson.value(u"identifier"_s).toArray().at(0).toObject();
        const QString system = ident.value(u"system"_s).toString();
        const QString value = ident.value(u"value"_s).toString();
        QCOMPARE(system, u"urn:oid:2.16.578.1.12.4.1.4.101"_s);
        const Reply byIdent = get(u"Organization?identifier="_s + system + u"%7C"_s + value, m_nhn);
        QCOMPARE(byIdent.json.value(u"total"_s).toInt(), 1);
        QCOMPARE(id(entries(byIdent.json).at(0)), office);
        QCOMPARE(total(u"Organization?identifier="_s + value, m_nhn), 1);
        QCOMPARE(total(u"Organization?identifier=urn:oid:2.16.578.1.12.4.1.2%7C"_s + value, m_nhn), 0);
        QCOMPARE(total(u"Organization?_id="_s + office, m_nhn), 1);
        QCOMPARE(total(u"Organization?_id=%1,%2"_s.arg(office, officeOf(m_lege2)), m_nhn), 2);
        QCOMPARE(total(u"Organization?name=kommune"_s, m_nhn), 3);
        // partof: a municipality's units.
        const QString kommune = municipalityOf(m_kommune1);
        const Reply units = get(u"Organization?partof=Organization/"_s + kommune, m_nhn);
        QVERIFY(units.json.value(u"total"_s).toInt() >= 2);
        for (const QJsonObject &u : entries(units.json))
            QCOMPARE(reference(u, u"partOf"_s), u"Organization/"_s + kommune);
        // PractitionerRole organization and practitioner.
        const Reply roles = get(u"PractitionerRole?organization="_s + org, m_lege1);
        QVERIFY(roles.json.value(u"total"_s).toInt() >= 2);
        for (const QJsonObject &r : entries(roles.json))
            QCOMPARE(reference(r, u"organization"_s), org);
        const QString practitioner = reference(entries(roles.json).at(0), u"practitioner"_s);
        QVERIFY(practitioner.startsWith(u"Practitioner/"_s));
        const Reply byPractitioner = get(u"PractitionerRole?practitioner="_s + practitioner, m_lege1);
        QCOMPARE(byPractitioner.json.value(u"total"_s).toInt(), 1);
        QCOMPARE(id(entries(byPractitioner.json).at(0)), id(entries(roles.json).at(0)));
        // Basic subject and code.
        const Reply created = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"search me"_s)));
        QCOMPARE(created.status, 201);
        const Reply infos = get(u"Basic?code=info-message&subject="_s + org, m_lege1);
        QVERIFY(infos.json.value(u"total"_s).toInt() >= 1);
        for (const QJsonObject &b : entries(infos.json)) {
            QCOMPARE(reference(b, u"subject"_s), org);
            QCOMPARE(firstCode(b, u"code"_s), u"info-message"_s);
        }
        QCOMPARE(total(u"Basic?code=absence&subject="_s + org, m_lege1), 0);
        const QString role = u"PractitionerRole/"_s + id(entries(roles.json).at(0));
        QVERIFY(total(u"Basic?code=urn:hnadmin:fhir:CodeSystem/basic-code%7Cabsence&subject="_s + role, m_lege1) >= 1);
        // _lastUpdated with each prefix, around the instant of the new resource.
        const QString when = lastUpdated(created.json);
        const QString basicId = id(created.json);
        auto matches = [&](const QString &prefixed) {
            QUrlQuery q;
            q.addQueryItem(u"_id"_s, basicId);
            q.addQueryItem(u"_lastUpdated"_s, prefixed);
            return total(u"Basic?"_s + q.toString(QUrl::FullyEncoded), m_lege1);
        };
        QCOMPARE(matches(when), 1);
        QCOMPARE(matches(u"eq"_s + when), 1);
        QCOMPARE(matches(u"ge"_s + when), 1);
        QCOMPARE(matches(u"gt"_s + when), 0);
        QCOMPARE(matches(u"le"_s + when), 1);
        QCOMPARE(matches(u"lt"_s + when), 0);
        QCOMPARE(matches(u"gt2000-01-01"_s), 1);
        QCOMPARE(matches(u"lt2000-01-01"_s), 0);
        QCOMPARE(total(u"Basic?_lastUpdated=soon"_s, m_lege1), -400);
        // status (Task).
        const QJsonObject task {{u"resourceType"_s, u"Task"_s}, {u"status"_s, u"requested"_s},
            {u"intent"_s, u"order"_s}, {u"focus"_s, QJsonObject {{u"reference"_s, org}}}};
        const Reply t = req("POST", u"Task"_s, m_nhn, json(task));
        QCOMPARE(t.status, 201);
        QCOMPARE(total(u"Task?status=requested"_s, m_nhn), 1);
        QCOMPARE(total(u"Task?status=completed"_s, m_nhn), 0);
        QCOMPARE(total(u"Task?status=completed,requested"_s, m_nhn), 1);
        // Unknown parameters are refused rather than ignored.
        const Reply bogus = get(u"Organization?bogus=1"_s, m_nhn);
        QCOMPARE(bogus.status, 400);
        QCOMPARE(bogus.json.value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
    }

    void pagingWithNextLinksAndTotal()
    {
        const Reply first = get(u"HealthcareService?_count=7"_s, m_nhn);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"type"_s).toString(), u"searchset"_s);
        const int all = first.json.value(u"total"_s).toInt();
        QVERIFY(all > 14);
        QCOMPARE(entries(first.json).size(), 7);
        // Follow next as given; total on every page, no duplicates, nothing missed, no next at the end.
        QSet<QString> ids;
        QUrl next(nextLink(first.json));
        for (const QJsonObject &r : entries(first.json))
            ids.insert(id(r));
        int pages = 1;
        while (next.isValid()) {
            const Reply page = call(m_nam, "GET", next, m_nhn);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(u"total"_s).toInt(), all);
            QVERIFY(entries(page.json).size() <= 7);
            for (const QJsonObject &r : entries(page.json))
                ids.insert(id(r));
            const QString link = nextLink(page.json);
            next = link.isEmpty() ? QUrl() : QUrl(link);
            QVERIFY(++pages < 100);
        }
        QCOMPARE(int(ids.size()), all);
        QCOMPARE(pages, (all + 6) / 7);
        // _count is capped at 500: make 520 resources in one transaction, then ask for 1000.
        QJsonArray many;
        for (int i = 0; i < 520; ++i) {
            QJsonObject r = infoMessage(u"Organization/"_s + officeOf(m_lege2), u"bulk %1"_s.arg(i));
            r.insert(u"id"_s, u"bulk-%1"_s.arg(i));
            many.append(entry(u"PUT"_s, u"Basic/bulk-%1"_s.arg(i), r));
        }
        QCOMPARE(req("POST", QString(), m_nhn, json(bundle(many))).status, 200);
        const Reply capped = get(u"Basic?_count=1000&code=info-message"_s, m_nhn);
        QCOMPARE(capped.status, 200);
        QCOMPARE(entries(capped.json).size(), 500);
        QVERIFY(capped.json.value(u"total"_s).toInt() >= 520);
        QVERIFY(!nextLink(capped.json).isEmpty());
        int pagesAll = 0;
        QCOMPARE(
            int(searchAll(m_nam, m_sandbox->base(), m_nhn, u"Basic?_count=500&code=info-message"_s, &pagesAll).size()),
            capped.json.value(u"total"_s).toInt());
        QCOMPARE(pagesAll, 2);
    }

    void createReadUpdateDelete()
    {
        const QString org = u"Organization/"_s + officeOf(m_lege1);
        const Reply created = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"v1"_s)));
        QCOMPARE(created.status, 201);
        const QString basic = id(created.json);
        QVERIFY(!basic.isEmpty());
        QCOMPARE(created.etag, QByteArray("W/\"1\""));
        QCOMPARE(version(created.json), u"1"_s);
        QVERIFY(created.location.contains("/fhir/R4/Basic/" + basic.toUtf8() + "/_history/1"));
        QCOMPARE(get(u"Basic/"_s + basic, m_lege1).json, created.json);
        // Update.
        QJsonObject v2 = infoMessage(org, u"v2"_s);
        v2.insert(u"id"_s, basic);
        const Reply updated = req("PUT", u"Basic/"_s + basic, m_lege1, json(v2));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.etag, QByteArray("W/\"2\""));
        QCOMPARE(version(updated.json), u"2"_s);
        QVERIFY(lastUpdated(updated.json) > lastUpdated(created.json));
        // vread keeps every version.
        const auto text = [](const QJsonObject &r) {
            return r.value(u"extension"_s).toArray().at(0).toObject().value(u"valueString"_s).toString();
        };
        QCOMPARE(text(get(u"Basic/%1/_history/1"_s.arg(basic), m_lege1).json), u"v1"_s);
        QCOMPARE(text(get(u"Basic/%1/_history/2"_s.arg(basic), m_lege1).json), u"v2"_s);
        // Update as create with a client-chosen id.
        QJsonObject mine = infoMessage(org, u"client id"_s);
        mine.insert(u"id"_s, u"client-chosen-1"_s);
        const Reply asCreate = req("PUT", u"Basic/client-chosen-1"_s, m_lege1, json(mine));
        QCOMPARE(asCreate.status, 201);
        QCOMPARE(id(asCreate.json), u"client-chosen-1"_s);
        QCOMPARE(version(asCreate.json), u"1"_s);
        QCOMPARE(req("PUT", u"Basic/client-chosen-1"_s, m_lege1, json(mine)).status, 200); // the retry updates
        // Delete: then 410 for whoever could see it, 404 for others; the deletion is a version.
        QCOMPARE(req("DELETE", u"Basic/"_s + basic, m_lege1).status, 204);
        const Reply gone = get(u"Basic/"_s + basic, m_lege1);
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.json.value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
        QCOMPARE(get(u"Basic/"_s + basic, m_lege2).status, 404);
        QCOMPARE(get(u"Basic/%1/_history/3"_s.arg(basic), m_lege1).status, 410);
        QCOMPARE(get(u"Basic/%1/_history/2"_s.arg(basic), m_lege1).status, 200);
        const Reply history = get(u"Basic/%1/_history"_s.arg(basic), m_lege1);
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json.value(u"entry"_s).toArray().size(), 3);
        QCOMPARE(total(u"Basic?_id="_s + basic, m_lege1), 0);
        QCOMPARE(req("DELETE", u"Basic/"_s + basic, m_lege1).status, 204); // deleting again changes nothing
        QCOMPARE(get(u"Basic/%1/_history"_s.arg(basic), m_lege1).json.value(u"entry"_s).toArray().size(), 3);
        QCOMPARE(req("DELETE", u"Basic/never-existed"_s, m_lege1).status, 404);
        // A deleted resource can be created again with PUT; its versions continue.
        const Reply again = req("PUT", u"Basic/"_s + basic, m_lege1, json(v2));
        QCOMPARE(again.status, 201);
        QCOMPARE(version(again.json), u"4"_s);
    }

    void conditionalRequests()
    {
        const QString org = u"Organization/"_s + officeOf(m_lege1);
        const Reply created = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"c1"_s)));
        const QString basic = id(created.json);
        QJsonObject body = created.json;
        body.insert(u"status"_s, u"x"_s);
        // If-Match with the current version: accepted.
        const Reply ok = req("PUT", u"Basic/"_s + basic, m_lege1, json(body), {{"If-Match", created.etag}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.etag, QByteArray("W/\"2\""));
        // A stale version: 412 with an OperationOutcome, and nothing changes.
        body.insert(u"status"_s, u"stale"_s);
        const Reply stale = req("PUT", u"Basic/"_s + basic, m_lege1, json(body), {{"If-Match", "W/\"1\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json.value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
        const Reply now = get(u"Basic/"_s + basic, m_lege1);
        QCOMPARE(now.json.value(u"status"_s).toString(), u"x"_s);
        QCOMPARE(version(now.json), u"2"_s);
        QCOMPARE(req("DELETE", u"Basic/"_s + basic, m_lege1, {}, {{"If-Match", "W/\"1\""}}).status, 412);
        QCOMPARE(get(u"Basic/"_s + basic, m_lege1).status, 200);
        QCOMPARE(req("PUT", u"Basic/not-there"_s, m_lege1, json(body), {{"If-Match", "W/\"1\""}}).status, 412);
        // If-None-Exist: a match is returned instead of a duplicate; no match creates.
        const int before = total(u"Basic?subject="_s + org, m_lege1);
        const Reply existing = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"dup"_s)),
            {{"If-None-Exist", "_id=" + basic.toUtf8()}});
        QCOMPARE(existing.status, 200);
        QCOMPARE(id(existing.json), basic);
        QCOMPARE(total(u"Basic?subject="_s + org, m_lege1), before);
        const Reply fresh = req(
            "POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"new"_s)), {{"If-None-Exist", "_id=no-such-basic"}});
        QCOMPARE(fresh.status, 201);
        QCOMPARE(total(u"Basic?subject="_s + org, m_lege1), before + 1);
        QCOMPARE(req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"many"_s)),
                     {{"If-None-Exist", "subject=" + org.toUtf8()}})
                     .status,
            412);
    }

    void errorStatuses()
    {
        const QString org = u"Organization/"_s + officeOf(m_lege1);
        auto check = [](const Reply &r, int status) {
            if (r.status != status)
                qWarning() << "expected" << status << "got" << r.status << r.raw.left(300);
            return r.status == status && r.json.value(u"resourceType"_s).toString() == u"OperationOutcome"_s;
        };
        // 400: malformed JSON, not an object, wrong or unknown type, bad ids.
        QVERIFY(check(req("POST", u"Basic"_s, m_lege1, "{not json"), 400));
        QVERIFY(check(req("POST", u"Basic"_s, m_lege1, "[1,2]"), 400));
        QVERIFY(check(req("POST", u"Basic"_s, m_lege1, ""), 400));
        QVERIFY(check(req("POST", u"Organization"_s, m_nhn, json(infoMessage(org, u"x"_s))), 400));
        QVERIFY(check(get(u"Spaceship"_s, m_nhn), 400));
        QVERIFY(check(req("POST", u"Spaceship"_s, m_nhn, "{\"resourceType\":\"Spaceship\"}"), 400));
        QJsonObject withId = infoMessage(org, u"x"_s);
        withId.insert(u"id"_s, u"one-id"_s);
        QVERIFY(check(req("PUT", u"Basic/other-id"_s, m_lege1, json(withId)), 400));
        QVERIFY(check(req("PUT", u"Basic/bad_id"_s, m_lege1, json(infoMessage(org, u"x"_s))), 400));
        QVERIFY(check(req("POST", QString(), m_lege1, "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}"), 400));
        QVERIFY(check(req("POST", QString(), m_lege1, "]]"), 400));
        QVERIFY(check(
            req("POST", QString(), m_lege1, json(bundle({entry(u"PUT"_s, u"Nonsense/1"_s, infoMessage(org, u"x"_s))}))),
            400));
        // 404: no such endpoint.
        QVERIFY(check(get(u"Basic/x/y/z"_s, m_nhn), 404));
        QVERIFY(check(call(m_nam, "GET", at(m_sandbox->base(), u"/nothing/here"_s), m_nhn), 404));
        // 405: a method the endpoint does not take.
        QVERIFY(check(req("PATCH", u"Basic/client-chosen-1"_s, m_lege1, "{}"), 405));
        QVERIFY(check(req("POST", u"metadata"_s, m_nhn, "{}"), 405));
        QVERIFY(check(req("POST", u"Basic/client-chosen-1"_s, m_lege1, json(infoMessage(org, u"x"_s))), 405));
        QVERIFY(check(req("DELETE", u"Basic"_s, m_lege1), 405));
        QVERIFY(check(get(QString(), m_nhn), 405));
        QVERIFY(check(req("PUT", u"Basic/_history"_s, m_nhn, "{}"), 405));
        QVERIFY(check(req("POST", u"AuditEvent"_s, m_nhn, "{\"resourceType\":\"AuditEvent\"}"), 405));
        // 409: deleting what others still refer to (an office with roles and services).
        QVERIFY(check(req("DELETE", org, m_nhn), 409));
        QCOMPARE(get(org, m_nhn).status, 200);
        // 422: well-formed JSON that breaks the rules: dangling or malformed references, no code.
        QVERIFY(check(req("POST", u"Basic"_s, m_nhn, json(infoMessage(u"Organization/no-such-org"_s, u"x"_s))), 422));
        QVERIFY(check(req("POST", u"Basic"_s, m_nhn, json(infoMessage(u"just text"_s, u"x"_s))), 422));
        QJsonObject noCode = infoMessage(org, u"x"_s);
        noCode.remove(u"code"_s);
        QVERIFY(check(req("POST", u"Basic"_s, m_nhn, json(noCode)), 422));
        // Still alive and well.
        QCOMPARE(get(u"metadata"_s, QString()).status, 200);
        QCOMPARE(m_sandbox->process()->state(), QProcess::Running);
    }

    void typeHistorySinceWithDeletions()
    {
        const QString org = u"Organization/"_s + officeOf(m_lege1);
        const Reply before = get(u"Basic?_count=1"_s, m_lege1);
        const QString since = before.json.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString();
        QVERIFY(!since.isEmpty());
        const Reply a = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"h1"_s)));
        const Reply b = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"h2"_s)));
        QCOMPARE(a.status, 201);
        QCOMPARE(b.status, 201);
        QCOMPARE(req("DELETE", u"Basic/"_s + id(b.json), m_lege1).status, 204);
        QUrlQuery q;
        q.addQueryItem(u"_since"_s, since);
        const Reply history = get(u"Basic/_history?"_s + q.toString(QUrl::FullyEncoded), m_lege1);
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json.value(u"type"_s).toString(), u"history"_s);
        const QJsonArray list = history.json.value(u"entry"_s).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(history.json.value(u"total"_s).toInt(), 3);
        int deletes = 0;
        for (const QJsonValue &e : list) {
            const QJsonObject item = e.toObject();
            const QJsonObject request = item.value(u"request"_s).toObject();
            if (request.value(u"method"_s).toString() == u"DELETE"_s) {
                ++deletes;
                QVERIFY(!item.contains(u"resource"_s));
                QCOMPARE(request.value(u"url"_s).toString(), u"Basic/"_s + id(b.json));
            } else {
                QVERIFY(item.value(u"resource"_s).toObject().contains(u"meta"_s));
            }
        }
        QCOMPARE(deletes, 1);
        // Paged with _count=1, following next links, the same three entries arrive.
        q.addQueryItem(u"_count"_s, u"1"_s);
        int pages = 0;
        QCOMPARE(
            searchAll(m_nam, m_sandbox->base(), m_lege1, u"Basic/_history?"_s + q.toString(QUrl::FullyEncoded), &pages)
                .size(),
            2); // the deletion has no resource
        QCOMPARE(pages, 3);
        // Another office does not see this office's history.
        QUrlQuery q2;
        q2.addQueryItem(u"_since"_s, since);
        QCOMPARE(get(u"Basic/_history?"_s + q2.toString(QUrl::FullyEncoded), m_lege2)
                     .json.value(u"entry"_s)
                     .toArray()
                     .size(),
            0);
        // The bundle's own time is a good next _since: nothing newer yet.
        QUrlQuery q3;
        q3.addQueryItem(u"_since"_s, history.json.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString());
        QCOMPARE(get(u"Basic/_history?"_s + q3.toString(QUrl::FullyEncoded), m_lege1)
                     .json.value(u"entry"_s)
                     .toArray()
                     .size(),
            0);
        QCOMPARE(get(u"Basic/_history?_since=yesterday"_s, m_lege1).status, 400);
    }

    void transactionIsAllOrNothing()
    {
        const QString org = u"Organization/"_s + officeOf(m_lege1);
        auto put = [&](const QString &basicId, const QString &text) {
            QJsonObject r = infoMessage(org, text);
            r.insert(u"id"_s, basicId);
            return entry(u"PUT"_s, u"Basic/"_s + basicId, r);
        };
        const Reply ok = req("POST", QString(), m_lege1,
            json(bundle({put(u"tx-1"_s, u"a"_s), put(u"tx-2"_s, u"b"_s),
                entry(u"POST"_s, u"Basic"_s, infoMessage(org, u"c"_s))})));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(u"type"_s).toString(), u"transaction-response"_s);
        const QJsonArray responses = ok.json.value(u"entry"_s).toArray();
        QCOMPARE(responses.size(), 3);
        QCOMPARE(
            responses.at(0).toObject().value(u"response"_s).toObject().value(u"status"_s).toString().left(3), u"201"_s);
        QCOMPARE(get(u"Basic/tx-1"_s, m_lege1).status, 200);
        QCOMPARE(get(u"Basic/tx-2"_s, m_lege1).status, 200);
        // The third entry points at another office (which lege1 cannot see, so it reads as a
        // reference to nothing): nothing of the bundle happens.
        QJsonObject foreign = infoMessage(u"Organization/"_s + officeOf(m_lege2), u"d"_s);
        const Reply refused = req("POST", QString(), m_lege1,
            json(
                bundle({put(u"tx-1"_s, u"changed"_s), put(u"tx-3"_s, u"c"_s), entry(u"POST"_s, u"Basic"_s, foreign)})));
        QCOMPARE(refused.status, 422);
        QCOMPARE(get(u"Basic/tx-3"_s, m_lege1).status, 404);
        QCOMPARE(version(get(u"Basic/tx-1"_s, m_lege1).json), u"1"_s);
        QCOMPARE(get(u"Basic/tx-1/_history"_s, m_lege1).json.value(u"entry"_s).toArray().size(), 1);
        // A failing delete or a stale ifMatch inside the bundle undoes the earlier entries too.
        QCOMPARE(req("POST", QString(), m_lege1,
                     json(bundle({put(u"tx-1"_s, u"changed"_s), entry(u"DELETE"_s, u"Basic/never-there"_s)})))
                     .status,
            404);
        QJsonObject stale = put(u"tx-2"_s, u"stale"_s);
        QJsonObject request = stale.value(u"request"_s).toObject();
        request.insert(u"ifMatch"_s, u"W/\"7\""_s);
        stale.insert(u"request"_s, request);
        QCOMPARE(req("POST", QString(), m_lege1, json(bundle({put(u"tx-1"_s, u"changed"_s), stale}))).status, 412);
        QCOMPARE(version(get(u"Basic/tx-1"_s, m_lege1).json), u"1"_s);
        QCOMPARE(version(get(u"Basic/tx-2"_s, m_lege1).json), u"1"_s);
        // A delete inside a transaction.
        QCOMPARE(req("POST", QString(), m_lege1, json(bundle({entry(u"DELETE"_s, u"Basic/tx-2"_s)}))).status, 200);
        QCOMPARE(get(u"Basic/tx-2"_s, m_lege1).status, 410);
    }

    void scopingGpOffice()
    {
        const QString office1 = officeOf(m_lege1);
        const QString office2 = officeOf(m_lege2);
        QVERIFY(!office1.isEmpty() && !office2.isEmpty() && office1 != office2);
        // Sees its office, its roles, their practitioners, its services; nothing of the other office.
        QCOMPARE(total(u"Organization"_s, m_lege1), 1);
        QCOMPARE(get(u"Organization/"_s + office1, m_lege1).status, 200);
        QCOMPARE(get(u"Organization/"_s + office2, m_lege1).status, 404);
        QCOMPARE(get(u"Organization/"_s + municipalityOf(m_kommune1), m_lege1).status, 404);
        const int roles = total(u"PractitionerRole"_s, m_lege1);
        QCOMPARE(roles, total(u"PractitionerRole?organization=Organization/"_s + office1, m_nhn));
        QCOMPARE(total(u"Practitioner"_s, m_lege1), roles);
        QCOMPARE(total(u"HealthcareService"_s, m_lege1),
            total(u"HealthcareService?organization=Organization/"_s + office1, m_nhn));
        for (const QJsonObject &s : searchAll(m_nam, m_sandbox->base(), m_lege1, u"HealthcareService"_s))
            QCOMPARE(reference(s, u"providedBy"_s), u"Organization/"_s + office1);
        const QString role2 = firstId(u"PractitionerRole?organization=Organization/"_s + office2, m_nhn);
        const QJsonObject role2Json = get(u"PractitionerRole/"_s + role2, m_nhn).json;
        QCOMPARE(get(u"PractitionerRole/"_s + role2, m_lege1).status, 404);
        QCOMPARE(get(reference(role2Json, u"practitioner"_s), m_lege1).status, 404);
        QCOMPARE(total(u"PractitionerRole?organization=Organization/"_s + office2, m_lege1), 0);
        const QString service2 = firstId(u"HealthcareService?organization=Organization/"_s + office2, m_nhn);
        QCOMPARE(get(u"HealthcareService/"_s + service2, m_lege1).status, 404);
        // Writes inside the office are allowed. Outside it they are refused; what lege1 cannot see
        // answers exactly as what does not exist (a reference to it 422, a delete of it 404).
        const QJsonObject service1 = entries(get(u"HealthcareService?_count=1"_s, m_lege1).json).at(0);
        QJsonObject changed = service1;
        changed.insert(u"comment"_s, u"Ring oss gjerne."_s);
        QCOMPARE(req("PUT", u"HealthcareService/"_s + id(service1), m_lege1, json(changed)).status, 200);
        QCOMPARE(req("PUT", u"PractitionerRole/"_s + role2, m_lege1, json(role2Json)).status, 422);
        QCOMPARE(req("DELETE", u"HealthcareService/"_s + service2, m_lege1).status, 404);
        QCOMPARE(req("POST", u"Basic"_s, m_lege1, json(infoMessage(u"Organization/"_s + office2, u"x"_s))).status, 422);
        QCOMPARE(
            req("POST", u"Basic"_s, m_lege1, json(infoMessage(u"PractitionerRole/"_s + role2, u"x"_s))).status, 422);
        QCOMPARE(req("POST", u"HealthcareService"_s, m_lege1,
                     json(healthcareService(u"Organization/"_s + office2, u"video"_s)))
                     .status,
            422);
        // Moving an own service to the other office is a write out of scope too.
        QJsonObject moved = service1;
        moved.insert(u"providedBy"_s, QJsonObject {{u"reference"_s, u"Organization/"_s + office2}});
        QCOMPARE(req("PUT", u"HealthcareService/"_s + id(service1), m_lege1, json(moved)).status, 422);
        QCOMPARE(reference(get(u"HealthcareService/"_s + id(service1), m_lege1).json, u"providedBy"_s),
            u"Organization/"_s + office1);
        // The office may update itself and its GPs, not the other office's GP.
        QJsonObject self = get(u"Organization/"_s + office1, m_lege1).json;
        self.insert(
            u"telecom"_s, QJsonArray {QJsonObject {{u"system"_s, u"phone"_s}, {u"value"_s, u"+47 22 33 44 55"_s}}});
        QCOMPARE(req("PUT", u"Organization/"_s + office1, m_lege1, json(self)).status, 200);
        self.insert(u"partOf"_s, QJsonObject {{u"reference"_s, u"Organization/"_s + office2}});
        QCOMPARE(req("PUT", u"Organization/"_s + office1, m_lege1, json(self)).status, 422);
        const QString gp
            = reference(entries(get(u"PractitionerRole?_count=1"_s, m_lege1).json).at(0), u"practitioner"_s);
        QJsonObject gpJson = get(gp, m_lege1).json;
        gpJson.insert(u"active"_s, true);
        QCOMPARE(req("PUT", gp, m_lege1, json(gpJson)).status, 200);
        const QString gp2 = reference(role2Json, u"practitioner"_s);
        QCOMPARE(req("PUT", gp2, m_lege1, json(get(gp2, m_nhn).json)).status, 403);
        // Actors and people are NHN's to create.
        QJsonObject org = get(u"Organization/"_s + office1, m_lege1).json;
        org.remove(u"id"_s);
        QCOMPARE(req("POST", u"Organization"_s, m_lege1, json(org)).status, 403);
        // No AuditEvents for offices.
        QCOMPARE(total(u"AuditEvent"_s, m_lege1), 0);
    }

    void scopingMunicipality()
    {
        const QString kommune1 = municipalityOf(m_kommune1);
        const QString kommune2 = municipalityOf(m_kommune2);
        QVERIFY(!kommune1.isEmpty() && !kommune2.isEmpty() && kommune1 != kommune2);
        QCOMPARE(get(u"Organization/"_s + kommune1, m_kommune1).json.value(u"name"_s).toString(), u"Oslo kommune"_s);
        // Sees the municipality and its units only.
        const QList<QJsonObject> orgs = searchAll(m_nam, m_sandbox->base(), m_kommune1, u"Organization"_s);
        QCOMPARE(orgs.size(), 1 + total(u"Organization?partof=Organization/"_s + kommune1, m_nhn));
        QStringList unitIds;
        for (const QJsonObject &o : orgs) {
            const QString kind = firstCode(o, u"type"_s);
            QVERIFY(kind == u"municipality"_s || kind == u"municipal-unit"_s);
            if (kind == u"municipal-unit"_s) {
                QCOMPARE(reference(o, u"partOf"_s), u"Organization/"_s + kommune1);
                unitIds << id(o);
            }
        }
        QVERIFY(unitIds.size() >= 2);
        QCOMPARE(get(u"Organization/"_s + kommune2, m_kommune1).status, 404);
        QCOMPARE(get(u"Organization/"_s + officeOf(m_lege1), m_kommune1).status, 404);
        const QString unit2 = firstId(u"Organization?partof=Organization/"_s + kommune2, m_nhn);
        QCOMPARE(get(u"Organization/"_s + unit2, m_kommune1).status, 404);
        // The health contacts of its units.
        const QList<QJsonObject> services = searchAll(m_nam, m_sandbox->base(), m_kommune1, u"HealthcareService"_s);
        QVERIFY(services.size() >= 10);
        for (const QJsonObject &s : services)
            QVERIFY(unitIds.contains(reference(s, u"providedBy"_s).section(u'/', 1)));
        const QString service2 = firstId(u"HealthcareService?organization=Organization/"_s + unit2, m_nhn);
        QCOMPARE(get(u"HealthcareService/"_s + service2, m_kommune1).status, 404);
        QCOMPARE(total(u"Practitioner"_s, m_kommune1), 0);
        // Writes for its units: allowed; for another municipality or a GP office (not visible: a
        // reference to nothing, 422) refused.
        const Reply made = req("POST", u"HealthcareService"_s, m_kommune1,
            json(healthcareService(u"Organization/"_s + unitIds.first(), u"demens"_s)));
        QCOMPARE(made.status, 201);
        QCOMPARE(get(u"HealthcareService/"_s + id(made.json), m_kommune1).status, 200);
        QCOMPARE(get(u"HealthcareService/"_s + id(made.json), m_kommune2).status, 404);
        const Reply info = req("POST", u"Basic"_s, m_kommune1,
            json(infoMessage(u"Organization/"_s + unitIds.first(), u"Helsestasjonen er stengt i dag."_s)));
        QCOMPARE(info.status, 201);
        QCOMPARE(total(u"Basic?_id="_s + id(info.json), m_kommune1), 1);
        QCOMPARE(total(u"Basic?_id="_s + id(info.json), m_lege1), 0);
        QCOMPARE(req("POST", u"HealthcareService"_s, m_kommune1,
                     json(healthcareService(u"Organization/"_s + unit2, u"demens"_s)))
                     .status,
            422);
        const QJsonObject other = get(u"HealthcareService/"_s + service2, m_nhn).json;
        QCOMPARE(req("PUT", u"HealthcareService/"_s + service2, m_kommune1, json(other)).status, 422);
        QCOMPARE(req("POST", u"Basic"_s, m_kommune1, json(infoMessage(u"Organization/"_s + officeOf(m_lege1), u"x"_s)))
                     .status,
            422);
        // Its units may be renamed, not moved to another municipality.
        QJsonObject unit = get(u"Organization/"_s + unitIds.first(), m_kommune1).json;
        unit.insert(u"name"_s, u"Helsestasjon Oslo sentrum"_s);
        QCOMPARE(req("PUT", u"Organization/"_s + unitIds.first(), m_kommune1, json(unit)).status, 200);
        unit.insert(u"partOf"_s, QJsonObject {{u"reference"_s, u"Organization/"_s + kommune2}});
        QCOMPARE(req("PUT", u"Organization/"_s + unitIds.first(), m_kommune1, json(unit)).status, 422);
        QCOMPARE(reference(get(u"Organization/"_s + unitIds.first(), m_nhn).json, u"partOf"_s),
            u"Organization/"_s + kommune1);
        QCOMPARE(total(u"AuditEvent"_s, m_kommune1), 0);
    }

    void scopingNhnAndAudit()
    {
        // NHN sees everything.
        const QString office2 = officeOf(m_lege2);
        QCOMPARE(get(u"Organization/"_s + office2, m_nhn).status, 200);
        QCOMPARE(total(u"Organization?type=gp-office"_s, m_nhn), 3);
        QCOMPARE(total(u"Organization?type=municipality"_s, m_nhn), 3);
        const QString unit2 = firstId(u"Organization?partof=Organization/"_s + municipalityOf(m_kommune2), m_nhn);
        QCOMPARE(get(u"Organization/"_s + unit2, m_nhn).status, 200);
        QVERIFY(total(u"HealthcareService"_s, m_nhn)
            >= total(u"HealthcareService"_s, m_lege1) + total(u"HealthcareService"_s, m_kommune1));
        // Every write records who, what (Type/id/_history/n) and when; C, U and D.
        const QString org1 = u"Organization/"_s + officeOf(m_lege1);
        const Reply created = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org1, u"audited"_s)));
        QCOMPARE(created.status, 201);
        const QString basic = id(created.json);
        QJsonObject changed = created.json;
        changed.insert(u"status"_s, u"changed by NHN"_s);
        QCOMPARE(req("PUT", u"Basic/"_s + basic, m_nhn, json(changed)).status, 200);
        QCOMPARE(req("DELETE", u"Basic/"_s + basic, m_kommune1).status, 404); // out of sight
        QCOMPARE(req("DELETE", u"Basic/"_s + basic, m_lege1).status, 204);
        const struct
        {
            int version;
            const char *action;
            const char *user;
        } expected[] = {{1, "C", "lege1"}, {2, "U", "nhn"}, {3, "D", "lege1"}};
        for (const auto &e : expected) {
            const QList<QJsonObject> events = auditEventsFor(u"Basic/%1/_history/%2"_s.arg(basic).arg(e.version));
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().value(u"action"_s).toString(), QString::fromLatin1(e.action));
            QCOMPARE(auditUser(events.first()), QString::fromLatin1(e.user));
            QVERIFY(QDateTime::fromString(events.first().value(u"recorded"_s).toString(), Qt::ISODateWithMs).isValid());
        }
        // The refused write above left no trace.
        QCOMPARE(auditEventsFor(u"Basic/%1/_history/4"_s.arg(basic)).size(), 0);
        // AuditEvents are NHN's to read.
        const QString event = firstId(u"AuditEvent?_count=1"_s, m_nhn);
        QVERIFY(!event.isEmpty());
        QCOMPARE(get(u"AuditEvent/"_s + event, m_nhn).status, 200);
        QCOMPARE(get(u"AuditEvent/"_s + event, m_lege1).status, 404);
        QCOMPARE(get(u"AuditEvent/"_s + event, m_kommune1).status, 404);
    }

    void faultKnobs()
    {
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "error=1"));
        for (int i = 0; i < 5; ++i) {
            const Reply r = get(u"Organization"_s, m_nhn);
            QVERIFY2(r.status == 500 || r.status == 503, qPrintable(QString::number(r.status)));
            QCOMPARE(r.json.value(u"resourceType"_s).toString(), u"OperationOutcome"_s);
        }
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "drop=1"));
        {
            const Reply r = get(u"Organization"_s, m_nhn);
            QCOMPARE(r.status, 0);
            QVERIFY(r.error != QNetworkReply::NoError);
        }
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "truncate=1"));
        {
            const RawReply r = rawRequest(m_sandbox->port(), "GET", "/fhir/R4/Organization", m_nhn);
            QVERIFY(r.head.startsWith("HTTP/1.1 200"));
            QVERIFY(r.contentLength > 0);
            QVERIFY(r.body.size() < r.contentLength);
            QVERIFY(r.closedByServer);
            QVERIFY(get(u"Organization"_s, m_nhn).error != QNetworkReply::NoError);
        }
        // Latency: the reply still arrives (no timing assertions).
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "latency=150"));
        QCOMPARE(get(u"metadata"_s, QString()).status, 200);
        QCOMPARE(get(u"Organization?_count=1"_s, m_nhn).status, 200);
        QVERIFY(setFaults(m_nam, m_sandbox->base(), ""));
        QCOMPARE(get(u"Organization?_count=1"_s, m_nhn).status, 200);
        // A bad spec is refused.
        QCOMPARE(
            call(m_nam, "POST", at(m_sandbox->base(), u"/admin/faults"_s), m_nhn, "explode=1", {}, "text/plain").status,
            400);
        QCOMPARE(call(m_nam, "POST", at(m_sandbox->base(), u"/admin/faults"_s), m_nhn, "error=lots", {}, "text/plain")
                     .status,
            400);
        // The knobs are NHN's: no sign-in, or an office's, is refused and changes nothing.
        QCOMPARE(call(m_nam, "POST", at(m_sandbox->base(), u"/admin/faults"_s), {}, "error=1", {}, "text/plain").status,
            403);
        QCOMPARE(
            call(m_nam, "POST", at(m_sandbox->base(), u"/admin/faults"_s), m_lege1, "error=1", {}, "text/plain").status,
            403);
        QCOMPARE(get(u"Organization?_count=1"_s, m_nhn).status, 200);
    }

    void faultsAreReproducible()
    {
        const auto statuses = [&] {
            QList<int> out;
            for (int i = 0; i < 16; ++i)
                out << get(u"Organization?_count=1"_s, m_nhn).status;
            return out;
        };
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "error=0.5"));
        const QList<int> first = statuses();
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "error=0.5"));
        const QList<int> second = statuses();
        QVERIFY(setFaults(m_nam, m_sandbox->base(), ""));
        QCOMPARE(first, second);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(500) || first.contains(503));
    }

    void faultsNeverCorruptState()
    {
        const QString org = u"Organization/"_s + officeOf(m_lege1);
        const Reply created = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"f1"_s)));
        QCOMPARE(created.status, 201);
        const QString basic = id(created.json);
        QJsonObject changed = created.json;
        changed.insert(u"status"_s, u"changed"_s);
        // An errored or dropped write changes nothing.
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "error=1"));
        QVERIFY(req("PUT", u"Basic/"_s + basic, m_lege1, json(changed)).status >= 500);
        QVERIFY(req("DELETE", u"Basic/"_s + basic, m_lege1).status >= 500);
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "drop=1"));
        QCOMPARE(req("PUT", u"Basic/"_s + basic, m_lege1, json(changed)).status, 0);
        QVERIFY(setFaults(m_nam, m_sandbox->base(), ""));
        const Reply unchanged = get(u"Basic/"_s + basic, m_lege1);
        QCOMPARE(version(unchanged.json), u"1"_s);
        QVERIFY(!unchanged.json.contains(u"status"_s));
        // Dropped after commit: no reply, but the write happened (the client's retry must be idempotent).
        QVERIFY(setFaults(m_nam, m_sandbox->base(), "dropAfterCommit=1"));
        QCOMPARE(get(u"Basic/"_s + basic, m_lege1).status, 200); // reads are not dropped
        const RawReply dropped
            = rawRequest(m_sandbox->port(), "PUT", "/fhir/R4/Basic/" + basic.toUtf8(), m_lege1, json(changed));
        QVERIFY(dropped.closedByServer);
        QVERIFY(dropped.head.isEmpty());
        QVERIFY(setFaults(m_nam, m_sandbox->base(), ""));
        const Reply committed = get(u"Basic/"_s + basic, m_lege1);
        QCOMPARE(version(committed.json), u"2"_s);
        QCOMPARE(committed.json.value(u"status"_s).toString(), u"changed"_s);
        // The retry with the same content and id is an ordinary update.
        QCOMPARE(req("PUT", u"Basic/"_s + basic, m_lege1, json(changed)).status, 200);
    }

    void faultsFromTheCommandLine()
    {
        Sandbox faulty {QString()}; // in memory
        QVERIFY(faulty.start(0, u"error=1"_s));
        QNetworkAccessManager nam;
        const QString token = signIn(nam, faulty.base(), u"nhn"_s); // not a FHIR request: never faulted
        QVERIFY(!token.isEmpty());
        const Reply r = call(nam, "GET", QUrl(faulty.base().toString() + u"/Organization"_s), token);
        QVERIFY(r.status == 500 || r.status == 503);
        Sandbox bad {QString()};
        QVERIFY(!bad.start(0, u"nonsense=1"_s));
    }

    void restartKeepsEverything()
    {
        const QString org = u"Organization/"_s + officeOf(m_lege1);
        const Reply created = req("POST", u"Basic"_s, m_lege1, json(infoMessage(org, u"persist"_s)));
        const QString basic = id(created.json);
        QJsonObject v2 = created.json;
        v2.insert(u"status"_s, u"second"_s);
        QCOMPARE(req("PUT", u"Basic/"_s + basic, m_lege1, json(v2), {{"If-Match", "W/\"1\""}}).status, 200);
        const int organizations = total(u"Organization?_count=0"_s, m_nhn);
        const int services = total(u"HealthcareService?_count=0"_s, m_nhn);
        const int events = total(u"AuditEvent?_count=0"_s, m_nhn);
        const Reply historyBefore = get(u"Basic/_history?_count=500"_s, m_nhn);
        QVERIFY(m_sandbox->restart());
        // Tokens, resources and every version survive; nothing is seeded again.
        const Reply again = get(u"Basic/"_s + basic, m_lege1);
        QCOMPARE(again.status, 200);
        QCOMPARE(version(again.json), u"2"_s);
        QCOMPARE(again.json.value(u"status"_s).toString(), u"second"_s);
        QCOMPARE(get(u"Basic/%1/_history/1"_s.arg(basic), m_lege1).status, 200);
        QCOMPARE(get(u"Basic/tx-2"_s, m_lege1).status, 410);
        QCOMPARE(total(u"Organization?_count=0"_s, m_nhn), organizations);
        QCOMPARE(total(u"HealthcareService?_count=0"_s, m_nhn), services);
        QCOMPARE(total(u"AuditEvent?_count=0"_s, m_nhn), events);
        const Reply historyAfter = get(u"Basic/_history?_count=500"_s, m_nhn);
        QCOMPARE(historyAfter.json.value(u"total"_s).toInt(), historyBefore.json.value(u"total"_s).toInt());
        QCOMPARE(historyAfter.json.value(u"entry"_s), historyBefore.json.value(u"entry"_s));
        // New versions continue from the stored ones.
        QCOMPARE(
            req("PUT", u"Basic/"_s + basic, m_lege1, json(v2), {{"If-Match", "W/\"2\""}}).etag, QByteArray("W/\"3\""));
    }

    void seedsOnlyIntoAnEmptyDirectory()
    {
        QTemporaryDir dir;
        QNetworkAccessManager nam;
        int organizations = 0;
        {
            Sandbox small(dir.path(), u"small"_s);
            QVERIFY(small.start());
            organizations = call(nam, "GET", QUrl(small.base().toString() + u"/Organization?_count=0"_s),
                signIn(nam, small.base(), u"nhn"_s))
                                .json.value(u"total"_s)
                                .toInt();
        }
        QVERIFY(organizations > 5);
        Sandbox national(dir.path(), u"national"_s); // not empty: the seed is ignored
        QVERIFY(national.start());
        QCOMPARE(call(nam, "GET", QUrl(national.base().toString() + u"/Organization?_count=0"_s),
                     signIn(nam, national.base(), u"nhn"_s))
                     .json.value(u"total"_s)
                     .toInt(),
            organizations);
    }

    void smallSeedIsDeterministicAndFollowsTheWireContract()
    {
        Sandbox one {QString()}, two {QString()};
        QVERIFY(one.start());
        QVERIFY(two.start());
        QNetworkAccessManager nam;
        const QString t1 = signIn(nam, one.base(), u"nhn"_s);
        const QString t2 = signIn(nam, two.base(), u"nhn"_s);
        QHash<QString, QList<QJsonObject>> data;
        for (const QString &type :
            {u"Organization"_s, u"Practitioner"_s, u"PractitionerRole"_s, u"HealthcareService"_s, u"Basic"_s}) {
            auto strip = [](QList<QJsonObject> list) {
                for (QJsonObject &r : list)
                    r.remove(u"meta"_s);
                return list;
            };
            const QList<QJsonObject> a = strip(searchAll(nam, one.base(), t1, type + u"?_count=500"_s));
            const QList<QJsonObject> b = strip(searchAll(nam, two.base(), t2, type + u"?_count=500"_s));
            QVERIFY(!a.isEmpty());
            QCOMPARE(a, b);
            data.insert(type, a);
        }
        checkWireContract(data, false);
    }

    void nationalSeed()
    {
        Sandbox national(QString(), u"national"_s);
        QVERIFY(national.start());
        QNetworkAccessManager nam;
        const QString token = signIn(nam, national.base(), u"nhn"_s);
        const auto count = [&](const QString &query) {
            return call(nam, "GET", QUrl(national.base().toString() + u'/' + query), token)
                .json.value(u"total"_s)
                .toInt();
        };
        const int offices = count(u"Organization?type=gp-office&_count=0"_s);
        QVERIFY2(offices >= 900 && offices <= 960, qPrintable(QString::number(offices)));
        QCOMPARE(count(u"Organization?type=municipality&_count=0"_s), 357);
        const int gps = count(u"Practitioner?_count=0"_s);
        QVERIFY2(gps >= 5700 && gps <= 5900, qPrintable(QString::number(gps)));
        QCOMPARE(count(u"PractitionerRole?_count=0"_s), gps);
        QVERIFY(count(u"HealthcareService?_count=0"_s) > 10000);
        QVERIFY(count(u"Basic?code=absence&_count=0"_s) > 50);
        QVERIFY(count(u"Basic?code=info-message&_count=0"_s) > 50);
        QCOMPARE(count(u"Organization?identifier=urn:hnadmin:fhir:NamingSystem/kommunenummer%7C0301"_s), 1);
        QHash<QString, QList<QJsonObject>> data;
        for (const QString &type : {u"Organization"_s, u"PractitionerRole"_s, u"HealthcareService"_s})
            data.insert(type, searchAll(nam, national.base(), token, type + u"?_count=500"_s));
        checkWireContract(data, true);
        // Every GP office lies in a municipality (on its address); one named after a municipality
        // lies in it: NHN can ask which offices in Alta lack a service.
        int inAlta = 0;
        for (const QJsonObject &o : data.value(u"Organization"_s)) {
            if (firstCode(o, u"type"_s) != u"gp-office"_s)
                continue;
            const QJsonObject address = o.value(u"address"_s).toArray().at(0).toObject();
            const QJsonObject ext = address.value(u"extension"_s).toArray().at(0).toObject();
            QCOMPARE(
                ext.value(u"url"_s).toString(), u"http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode"_s);
            const QString number = ext.value(u"valueCoding"_s).toObject().value(u"code"_s).toString();
            QVERIFY2(number.size() == 4, qPrintable(o.value(u"name"_s).toString()));
            QVERIFY(!address.value(u"district"_s).toString().isEmpty());
            if (o.value(u"name"_s).toString().startsWith(u"Alta "_s)) {
                ++inAlta;
                QCOMPARE(number, u"5601"_s);
                QCOMPARE(address.value(u"district"_s).toString(), u"Alta"_s);
            }
        }
        QVERIFY(inAlta >= 3);
    }

    void seedNone()
    {
        Sandbox empty(QString(), u"none"_s);
        QVERIFY(empty.start());
        QNetworkAccessManager nam;
        QCOMPARE(signIn(nam, empty.base(), u"lege1"_s), QString());
        const QString token = signIn(nam, empty.base(), u"nhn"_s);
        QVERIFY(!token.isEmpty());
        const QUrl organizations(empty.base().toString() + u"/Organization"_s);
        QCOMPARE(call(nam, "GET", organizations, token).json.value(u"total"_s).toInt(), 0);
        const QJsonObject org {{u"resourceType"_s, u"Organization"_s}, {u"name"_s, u"Ny aktør"_s}};
        QCOMPARE(call(nam, "POST", organizations, token, json(org)).status, 201);
        QCOMPARE(call(nam, "GET", organizations, token).json.value(u"total"_s).toInt(), 1);
    }

    void listUsers()
    {
        QProcess p;
        p.start(sandboxBin(), {u"--list-users"_s, u"--seed"_s, u"small"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 5);
        QVERIFY(lines.first().startsWith(u"username"_s));
        QVERIFY(lines.first().contains(u"role"_s));
        QVERIFY(lines.first().contains(u"organisation"_s));
        const auto row = [&](const QString &user) {
            for (const QString &line : lines) {
                if (line.section(u' ', 0, 0) == user)
                    return line;
            }
            return QString();
        };
        QVERIFY(row(u"nhn"_s).contains(u"Norsk helsenett"_s));
        QVERIFY(row(u"lege1"_s).contains(u"gp-office"_s));
        QVERIFY(row(u"lege2"_s).contains(u"gp-office"_s));
        QVERIFY(row(u"kommune1"_s).contains(u"Oslo kommune"_s));
        QVERIFY(row(u"lege1"_s).contains(officeOf(m_lege1)));
    }

private:
    // The demo data as the wire contract describes it (see /work/shared/DESIGN.md and services/fhir).
    void checkWireContract(const QHash<QString, QList<QJsonObject>> &data, bool national)
    {
        static const QRegularExpression phone(u"^\\+47 [2-9]\\d \\d\\d \\d\\d \\d\\d$"_s);
        static const QRegularExpression her(u"^\\d{5,8}$"_s);
        static const QRegularExpression hpr(u"^\\d{7,9}$"_s);
        const QString base = u"urn:hnadmin:fhir:"_s;
        QHash<QString, QJsonObject> orgs;
        for (const QJsonObject &o : data.value(u"Organization"_s))
            orgs.insert(id(o), o);
        QSet<QString> orgNumbers;
        QHash<QString, int> unitsPer, contactsPer, gpsPer;
        for (const QJsonObject &o : std::as_const(orgs)) {
            QCOMPARE(o.value(u"type"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"coding"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"system"_s),
                QJsonValue(base + u"CodeSystem/organization-type"_s));
            QString orgNumber, herId;
            for (const QJsonValue &v : o.value(u"identifier"_s).toArray()) {
                if (v[u"system"_s] == u"urn:oid:2.16.578.1.12.4.1.4.101"_s)
                    orgNumber = v[u"value"_s].toString();
                if (v[u"system"_s] == u"urn:oid:2.16.578.1.12.4.1.2"_s)
                    herId = v[u"value"_s].toString();
            }
            QCOMPARE(orgNumber.size(), 9);
            static const int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
            int sum = 0;
            for (int i = 0; i < 8; ++i)
                sum += orgNumber.at(i).digitValue() * weights[i];
            const int check = (11 - sum % 11) % 11;
            QVERIFY2(check != 10 && orgNumber.at(8).digitValue() == check, qPrintable(orgNumber));
            QVERIFY2(!orgNumbers.contains(orgNumber), qPrintable(orgNumber));
            orgNumbers.insert(orgNumber);
            QVERIFY2(her.match(herId).hasMatch(), qPrintable(herId));
            const QString tel = o.value(u"telecom"_s).toArray().at(0)[u"value"_s].toString();
            QVERIFY2(phone.match(tel).hasMatch(), qPrintable(tel));
            QVERIFY(!o.value(u"name"_s).toString().isEmpty());
            QCOMPARE(o.value(u"active"_s), QJsonValue(true));
            const QString kind = firstCode(o, u"type"_s);
            if (kind == u"gp-office"_s) {
                const QJsonObject ext = o.value(u"extension"_s).toArray().at(0).toObject();
                QCOMPARE(ext.value(u"url"_s).toString(), base + u"StructureDefinition/video-agreement"_s);
                QVERIFY(ext.value(u"valueBoolean"_s).isBool());
            } else if (kind == u"municipal-unit"_s) {
                const QString parent = reference(o, u"partOf"_s).section(u'/', 1);
                QCOMPARE(firstCode(orgs.value(parent), u"type"_s), u"municipality"_s);
                ++unitsPer[parent];
            } else if (kind == u"municipality"_s) {
                bool hasNumber = false;
                for (const QJsonValue &v : o.value(u"identifier"_s).toArray())
                    hasNumber = hasNumber || v[u"system"_s] == base + u"NamingSystem/kommunenummer"_s;
                QVERIFY(hasNumber);
                QVERIFY(o.value(u"name"_s).toString().endsWith(u" kommune"_s));
            }
        }
        QHash<QString, QJsonObject> services;
        for (const QJsonObject &s : data.value(u"HealthcareService"_s)) {
            services.insert(id(s), s);
            const QString provider = reference(s, u"providedBy"_s).section(u'/', 1);
            QVERIFY(orgs.contains(provider));
            QCOMPARE(s.value(u"type"_s).toArray().at(0)[u"coding"_s][0][u"system"_s].toString(),
                base + u"CodeSystem/service-type"_s);
            QCOMPARE(s.value(u"program"_s).toArray().at(0)[u"coding"_s][0][u"system"_s].toString(),
                base + u"CodeSystem/program"_s);
            const QString program = firstCode(s, u"program"_s);
            const QJsonObject owner = orgs.value(provider);
            if (firstCode(owner, u"type"_s) == u"gp-office"_s) {
                QCOMPARE(program, u"ddfl"_s);
                if (firstCode(s, u"type"_s) == u"video"_s)
                    QCOMPARE(owner.value(u"extension"_s).toArray().at(0)[u"valueBoolean"_s], QJsonValue(true));
            } else {
                QCOMPARE(firstCode(owner, u"type"_s), u"municipal-unit"_s);
                QVERIFY(program == u"digihelse"_s || program == u"digihelsestasjon"_s);
                ++contactsPer[reference(owner, u"partOf"_s).section(u'/', 1)];
            }
        }
        for (const QJsonObject &r : data.value(u"PractitionerRole"_s)) {
            const QString office = reference(r, u"organization"_s).section(u'/', 1);
            QCOMPARE(firstCode(orgs.value(office), u"type"_s), u"gp-office"_s);
            QVERIFY(reference(r, u"practitioner"_s).startsWith(u"Practitioner/"_s));
            for (const QJsonValue &s : r.value(u"healthcareService"_s).toArray()) {
                const QString service = s[u"reference"_s].toString().section(u'/', 1);
                QCOMPARE(reference(services.value(service), u"providedBy"_s), u"Organization/"_s + office);
            }
            ++gpsPer[office];
        }
        for (const QJsonObject &p : data.value(u"Practitioner"_s)) {
            const QJsonObject ident = p.value(u"identifier"_s).toArray().at(0).toObject();
            QCOMPARE(ident.value(u"system"_s).toString(), u"urn:oid:2.16.578.1.12.4.1.4.4"_s);
            QVERIFY(hpr.match(ident.value(u"value"_s).toString()).hasMatch());
            const QJsonObject name = p.value(u"name"_s).toArray().at(0).toObject();
            QVERIFY(!name.value(u"family"_s).toString().isEmpty());
            QVERIFY(!name.value(u"given"_s).toArray().at(0).toString().isEmpty());
        }
        for (const QJsonObject &b : data.value(u"Basic"_s)) {
            QCOMPARE(b.value(u"code"_s)[u"coding"_s][0][u"system"_s].toString(), base + u"CodeSystem/basic-code"_s);
            const QJsonArray ext = b.value(u"extension"_s).toArray();
            QCOMPARE(ext.at(0)[u"url"_s].toString(), base + u"StructureDefinition/period"_s);
            QVERIFY(QDate::fromString(ext.at(0)[u"valuePeriod"_s][u"start"_s].toString(), Qt::ISODate).isValid());
            QVERIFY(QDate::fromString(ext.at(0)[u"valuePeriod"_s][u"end"_s].toString(), Qt::ISODate).isValid());
            if (firstCode(b, u"code"_s) == u"absence"_s) {
                QVERIFY(reference(b, u"subject"_s).startsWith(u"PractitionerRole/"_s));
                QCOMPARE(ext.at(1)[u"url"_s].toString(), base + u"StructureDefinition/absence-service"_s);
                QCOMPARE(ext.at(1)[u"extension"_s][0][u"url"_s].toString(), u"service"_s);
                QCOMPARE(ext.at(1)[u"extension"_s][1][u"url"_s].toString(), u"mode"_s);
            } else {
                QCOMPARE(firstCode(b, u"code"_s), u"info-message"_s);
                QCOMPARE(ext.at(1)[u"url"_s].toString(), base + u"StructureDefinition/message-text"_s);
                QCOMPARE(ext.at(2)[u"url"_s].toString(), base + u"StructureDefinition/language"_s);
            }
        }
        // Sizes: 2-5 units and 10-25 contacts per municipality; GPs per office.
        QVERIFY(!unitsPer.isEmpty());
        for (auto it = unitsPer.cbegin(); it != unitsPer.cend(); ++it) {
            QVERIFY2(it.value() >= 2 && it.value() <= 5, qPrintable(it.key()));
            const int contacts = contactsPer.value(it.key());
            QVERIFY2(contacts >= 10 && contacts <= 25, qPrintable(u"%1: %2"_s.arg(it.key()).arg(contacts)));
        }
        for (auto it = gpsPer.cbegin(); it != gpsPer.cend(); ++it)
            QVERIFY2(it.value() >= 1 && it.value() <= (national ? 14 : 4), qPrintable(it.key()));
        if (!national) {
            QCOMPARE(gpsPer.size(), 3);
            for (int n : std::as_const(gpsPer))
                QVERIFY(n >= 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
