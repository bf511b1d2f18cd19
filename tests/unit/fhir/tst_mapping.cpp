#include "fhir/mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hn::fhir;
using namespace hn::models;

namespace {

QJsonObject parse(const char *text)
{
    const auto r = parseResource(QByteArray(text));
    Q_ASSERT(r.ok());
    return r.value();
}

// Server resources in the shape of the wire contract, with elements and extensions we do not know.
const char *kOrganization
    = R"({"resourceType":"Organization","id":"org-7","meta":{"versionId":"3","lastUpdated":"2026-11-20T10:00:00.000Z"},
 "identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.101","value":"974760673"},{"system":"urn:oid:2.16.578.1.12.4.1.2","value":"12345"},
               {"system":"urn:example:other","value":"keep-me"}],
 "active":true,"type":[{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"gp-office"},{"system":"urn:x","code":"y"}]}],
 "name":"Ekeberg legekontor","telecom":[{"system":"email","value":"post@ekeberg.no"},{"system":"phone","value":"+47 22 66 99 00"}],
 "address":[{"city":"Oslo","postalCode":"0191"}],
 "extension":[{"url":"urn:unknown:ext","valueString":"survives"},{"url":"urn:hnadmin:fhir:StructureDefinition/video-agreement","valueBoolean":true}]})";

const char *kPractitioner
    = R"({"resourceType":"Practitioner","id":"p-1","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.4","value":"9144889"}],
 "active":true,"name":[{"family":"Andersen","given":["Knut","Erik"],"prefix":["Dr."]}],"gender":"male","_birthDate":{"extension":[{"url":"x","valueString":"y"}]}})";

const char *kRole
    = R"({"resourceType":"PractitionerRole","id":"r-1","active":true,"practitioner":{"reference":"Practitioner/p-1","display":"Knut"},
 "organization":{"reference":"Organization/org-7"},"healthcareService":[{"reference":"HealthcareService/hs-1","display":"E-konsultasjon"},{"reference":"HealthcareService/hs-2"}],
 "specialty":[{"text":"Allmennmedisin"}]})";

const char *kService
    = R"({"resourceType":"HealthcareService","id":"hs-1","active":true,"providedBy":{"reference":"Organization/org-7"},
 "type":[{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/service-type","code":"e-konsultasjon"}]}],
 "program":[{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/program","code":"ddfl"}]}],"name":"E-konsultasjon",
 "comment":"Sykmeldinger krever fysisk legetime.","availabilityExceptions":"Stengt i påsken","extension":[{"url":"urn:other","valueInteger":3}]})";

const char *kAbsence = R"({"resourceType":"Basic","id":"abs-1","meta":{"versionId":"2"},
 "code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"absence"}]},
 "subject":{"reference":"PractitionerRole/r-1"},"created":"2026-11-20","author":{"display":"Helsesekretær"},
 "extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-14"}},
  {"url":"urn:unknown:before","valueCode":"x"},
  {"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","extension":[
     {"url":"service","valueCoding":{"system":"urn:hnadmin:fhir:CodeSystem/service-type","code":"e-konsultasjon"}},
     {"url":"mode","valueCode":"closed"},{"url":"citizenText","valueString":"E-konsultasjon er midlertidig stengt."},
     {"url":"unknownSub","valueString":"kept"}]},
  {"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","extension":[
     {"url":"service","valueCoding":{"system":"urn:hnadmin:fhir:CodeSystem/service-type","code":"reseptfornyelse"}},
     {"url":"mode","valueCode":"substitute"}]},
  {"url":"urn:unknown:after","valueBoolean":false}]})";

const char *kInfo
    = R"({"resourceType":"Basic","id":"info-1","code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"info-message"}]},
 "subject":{"reference":"Organization/org-7"},
 "extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-11-01","end":"2026-12-31"}},
  {"url":"urn:hnadmin:fhir:StructureDefinition/message-text","valueString":"Influensavaksine uten timebestilling."},
  {"url":"urn:hnadmin:fhir:StructureDefinition/language","valueCode":"nb"},{"url":"urn:z","valueString":"z"}]})";

} // namespace

class TestMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void organizationRoundTrip()
    {
        const QJsonObject json = parse(kOrganization);
        const auto a = actorFromFhir(json);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a.value().kind, ActorKind::GpOffice);
        QCOMPARE(a.value().orgNumber, QStringLiteral("974760673"));
        QCOMPARE(a.value().herId, QStringLiteral("12345"));
        QCOMPARE(a.value().phone, QStringLiteral("+47 22 66 99 00"));
        QVERIFY(a.value().hasVideoAgreement);
        QCOMPARE(toFhir(a.value()), json); // unknown elements and extensions untouched

        Actor changed = a.value();
        changed.phone = QStringLiteral("+47 22 00 00 00");
        changed.hasVideoAgreement = false;
        const QJsonObject out = toFhir(changed);
        QCOMPARE(out.value(QStringLiteral("address")), json.value(QStringLiteral("address")));
        QCOMPARE(out.value(QStringLiteral("telecom")).toArray().at(0),
            json.value(QStringLiteral("telecom")).toArray().at(0));
        QCOMPARE(actorFromFhir(out).value().phone, QStringLiteral("+47 22 00 00 00"));
        QVERIFY(!actorFromFhir(out).value().hasVideoAgreement);
        QCOMPARE(out.value(QStringLiteral("extension")).toArray().at(0),
            json.value(QStringLiteral("extension")).toArray().at(0));

        // A unit with partOf, from domain values alone.
        Actor unit;
        unit.id = QStringLiteral("u1");
        unit.kind = ActorKind::MunicipalUnit;
        unit.name = QStringLiteral("Helsestasjon Oslo");
        unit.partOfId = QStringLiteral("k1");
        unit.orgNumber = QStringLiteral("974760673");
        const auto back = actorFromFhir(toFhir(unit));
        QVERIFY(back.ok());
        Actor expected = unit;
        expected.source = back.value().source;
        QCOMPARE(back.value(), expected);
    }

    void practitionerAndRoleRoundTrip()
    {
        const QJsonObject p = parse(kPractitioner);
        const auto gp = practitionerFromFhir(p);
        QVERIFY(gp.ok());
        QCOMPARE(gp.value().displayName(), QStringLiteral("Knut Erik Andersen"));
        QCOMPARE(gp.value().hprNumber, QStringLiteral("9144889"));
        QCOMPARE(toFhir(gp.value()), p);

        const QJsonObject r = parse(kRole);
        const auto role = practitionerRoleFromFhir(r);
        QVERIFY(role.ok());
        QCOMPARE(role.value().healthcareServiceIds, (QStringList {QStringLiteral("hs-1"), QStringLiteral("hs-2")}));
        QCOMPARE(toFhir(role.value()), r);
        PractitionerRole fewer = role.value();
        fewer.healthcareServiceIds.removeAll(QStringLiteral("hs-2"));
        fewer.healthcareServiceIds << QStringLiteral("hs-9");
        const QJsonArray services = toFhir(fewer).value(QStringLiteral("healthcareService")).toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(
            services.at(0).toObject().value(QStringLiteral("display")).toString(), QStringLiteral("E-konsultasjon"));
        QCOMPARE(services.at(1).toObject().value(QStringLiteral("reference")).toString(),
            QStringLiteral("HealthcareService/hs-9"));
        QCOMPARE(toFhir(fewer).value(QStringLiteral("specialty")), r.value(QStringLiteral("specialty")));
    }

    void serviceRoundTrip()
    {
        const QJsonObject json = parse(kService);
        const auto s = healthcareServiceFromFhir(json);
        QVERIFY(s.ok());
        QCOMPARE(s.value().serviceType, QStringLiteral("e-konsultasjon"));
        QCOMPARE(s.value().program, QStringLiteral("ddfl"));
        QCOMPARE(s.value().comment, QStringLiteral("Sykmeldinger krever fysisk legetime."));
        QCOMPARE(toFhir(s.value()), json);
        HealthcareService off = s.value();
        off.active = false;
        off.comment.clear();
        const QJsonObject out = toFhir(off);
        QVERIFY(!out.contains(QStringLiteral("comment")));
        QCOMPARE(out.value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(
            out.value(QStringLiteral("availabilityExceptions")), json.value(QStringLiteral("availabilityExceptions")));
    }

    void absenceRoundTrip()
    {
        const QJsonObject json = parse(kAbsence);
        const auto a = absenceFromFhir(json);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a.value().from, QDate(2026, 12, 1));
        QCOMPARE(a.value().to, QDate(2026, 12, 14));
        QCOMPARE(a.value().practitionerRoleId, QStringLiteral("r-1"));
        QCOMPARE(a.value().services.size(), 2);
        QCOMPARE(a.value().services.at(0).mode, AffectedService::Mode::Closed);
        QCOMPARE(a.value().services.at(1).mode, AffectedService::Mode::Substitute);
        QCOMPARE(toFhir(a.value()), json);

        // Changing the text of one service keeps its unknown sub-extension and everything around it.
        Absence changed = a.value();
        changed.services[0].citizenText = QStringLiteral("Ny tekst");
        changed.to = QDate(2026, 12, 20);
        const QJsonObject out = toFhir(changed);
        const auto again = absenceFromFhir(out);
        QVERIFY(again.ok());
        QCOMPARE(again.value().services.at(0).citizenText, QStringLiteral("Ny tekst"));
        QCOMPARE(again.value().to, QDate(2026, 12, 20));
        QVERIFY(QJsonDocument(out).toJson().contains("unknownSub"));
        QCOMPARE(out.value(QStringLiteral("extension")).toArray().at(1),
            json.value(QStringLiteral("extension")).toArray().at(1));
        QCOMPARE(out.value(QStringLiteral("extension")).toArray().last(),
            json.value(QStringLiteral("extension")).toArray().last());
        QCOMPARE(out.value(QStringLiteral("author")), json.value(QStringLiteral("author")));

        // A new absence from domain values alone.
        Absence fresh;
        fresh.id = QStringLiteral("new-1");
        fresh.practitionerRoleId = QStringLiteral("r-2");
        fresh.from = QDate(2027, 1, 1);
        fresh.to = QDate(2027, 1, 2);
        fresh.services = {{QStringLiteral("e-kontakt"), AffectedService::Mode::Closed, QStringLiteral("Stengt")}};
        const auto back = absenceFromFhir(toFhir(fresh));
        QVERIFY(back.ok());
        Absence expected = fresh;
        expected.source = back.value().source;
        QCOMPARE(back.value(), expected);
        QCOMPARE(basicCode(toFhir(fresh)), QStringLiteral("absence"));
    }

    void infoMessageRoundTrip()
    {
        const QJsonObject json = parse(kInfo);
        const auto m = infoMessageFromFhir(json);
        QVERIFY(m.ok());
        QCOMPARE(m.value().text, QStringLiteral("Influensavaksine uten timebestilling."));
        QCOMPARE(m.value().validTo, QDate(2026, 12, 31));
        QCOMPARE(toFhir(m.value()), json);
        InfoMessage fresh;
        fresh.id = QStringLiteral("i2");
        fresh.subjectReference = QStringLiteral("PractitionerRole/r-1");
        fresh.text = QStringLiteral("Ferie");
        fresh.validFrom = QDate(2027, 7, 1);
        fresh.validTo = QDate(2027, 7, 31);
        fresh.language = QStringLiteral("nn");
        const auto back = infoMessageFromFhir(toFhir(fresh));
        QVERIFY(back.ok());
        InfoMessage expected = fresh;
        expected.source = back.value().source;
        QCOMPARE(back.value(), expected);
    }

    void badInputIsAnErrorValue_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated") << QByteArray(R"({"resourceType":"Organization","id":)") << QStringLiteral("any");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("any");
        QTest::newRow("no resourceType") << QByteArray(R"({"id":"x"})") << QStringLiteral("any");
        QTest::newRow("wrong type") << QByteArray(R"({"resourceType":"Patient","id":"x"})")
                                    << QStringLiteral("Organization");
        QTest::newRow("no id") << QByteArray(R"({"resourceType":"Organization","name":"x"})")
                               << QStringLiteral("Organization");
        QTest::newRow("name is a number")
            << QByteArray(R"({"resourceType":"Organization","id":"x","name":5})") << QStringLiteral("Organization");
        QTest::newRow("identifier is an object")
            << QByteArray(R"({"resourceType":"Organization","id":"x","identifier":{}})")
            << QStringLiteral("Organization");
        QTest::newRow("role without organization")
            << QByteArray(R"({"resourceType":"PractitionerRole","id":"x"})") << QStringLiteral("PractitionerRole");
        QTest::newRow("absence without period") << QByteArray(
            R"({"resourceType":"Basic","id":"x","code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"absence"}]},"subject":{"reference":"PractitionerRole/r"}})")
                                                << QStringLiteral("absence");
        QTest::newRow("absence with bad date") << QByteArray(
            R"({"resourceType":"Basic","id":"x","code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"absence"}]},"subject":{"reference":"PractitionerRole/r"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-13-01","end":"x"}}]})")
                                               << QStringLiteral("absence");
        QTest::newRow("absence with unknown mode") << QByteArray(
            R"({"resourceType":"Basic","id":"x","code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"absence"}]},"subject":{"reference":"PractitionerRole/r"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}},{"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","extension":[{"url":"service","valueCoding":{"code":"e-kontakt"}},{"url":"mode","valueCode":"maybe"}]}]})")
                                                   << QStringLiteral("absence");
        QTest::newRow("info message is an absence") << QByteArray(kAbsence) << QStringLiteral("info");
        QTest::newRow("info without text") << QByteArray(
            R"({"resourceType":"Basic","id":"x","code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"info-message"}]},"subject":{"reference":"Organization/o"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}}]})")
                                           << QStringLiteral("info");
        QTest::newRow("service type is a string")
            << QByteArray(R"({"resourceType":"HealthcareService","id":"x","type":"e-konsultasjon"})")
            << QStringLiteral("HealthcareService");
    }
    void badInputIsAnErrorValue()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, kind);
        const auto parsed = parseResource(json);
        if (kind == QLatin1String("any")) {
            QVERIFY(!parsed.ok());
            QVERIFY(!parsed.error().isEmpty());
            return;
        }
        QVERIFY(parsed.ok());
        const QJsonObject o = parsed.value();
        QString error;
        if (kind == QLatin1String("Organization"))
            error = actorFromFhir(o).error();
        else if (kind == QLatin1String("PractitionerRole"))
            error = practitionerRoleFromFhir(o).error();
        else if (kind == QLatin1String("absence"))
            error = absenceFromFhir(o).error();
        else if (kind == QLatin1String("info"))
            error = infoMessageFromFhir(o).error();
        else if (kind == QLatin1String("HealthcareService"))
            error = healthcareServiceFromFhir(o).error();
        QVERIFY(!error.isEmpty());
    }

    void references()
    {
        QCOMPARE(referenceId(QJsonObject {{QStringLiteral("reference"), QStringLiteral("Organization/123")}},
                     QStringLiteral("Organization")),
            QStringLiteral("123"));
        QCOMPARE(referenceId(QJsonObject {{QStringLiteral("reference"), QStringLiteral("Organization/123/_history/4")}},
                     QStringLiteral("Organization")),
            QStringLiteral("123"));
        QCOMPARE(referenceId(QJsonObject {{QStringLiteral("reference"), QStringLiteral("Practitioner/1")}},
                     QStringLiteral("Organization")),
            QString());
        QCOMPARE(referenceId(QJsonValue(5), QStringLiteral("Organization")), QString());
        QCOMPARE(reference(QStringLiteral("Basic"), QStringLiteral("x")).value(QStringLiteral("reference")).toString(),
            QStringLiteral("Basic/x"));
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
