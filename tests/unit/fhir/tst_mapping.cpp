#include "fhir/mapping.h"
#include "tst_mapping_actors.h"

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

// The example of the wire contract, verbatim.
const char *kContractAbsence
    = R"({"resourceType":"Basic","id":"3f2b6c1e-...","meta":{"versionId":"2","lastUpdated":"2026-11-20T10:00:00Z"},
 "code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"absence"}]},
 "subject":{"reference":"PractitionerRole/pr-17"},
 "extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-14"}},
  {"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","extension":[
     {"url":"service","valueCoding":{"system":"urn:hnadmin:fhir:CodeSystem/service-type","code":"e-konsultasjon"}},
     {"url":"mode","valueCode":"closed"},
     {"url":"citizenText","valueString":"E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 15. desember 2026."}]}]})";

// A resource is the same as another, also as compact JSON text (QJsonObject keeps keys sorted).
bool sameBytes(const QJsonObject &a, const QJsonObject &b)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact) == QJsonDocument(b).toJson(QJsonDocument::Compact);
}

QByteArray basic(const char *code, const char *rest)
{
    return QByteArray(
               R"({"resourceType":"Basic","id":"x","code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":")")
        + code + "\"}]}," + rest + "}";
}

} // namespace

class TestMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The list reads Organizations from their bytes; it must agree with the full reading in every
    // case, the odd ones included (those go through the full reading).
    void actorSummaryAgreesWithActorFromFhir_data()
    {
        QTest::addColumn<QByteArray>("json");
        for (const auto &[name, json] : kOrganizationTexts)
            QTest::newRow(name) << json;
    }
    void actorSummaryAgreesWithActorFromFhir()
    {
        QFETCH(QByteArray, json);
        const auto summary = hn::fhir::actorSummaryFromFhir(json);
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            QVERIFY(!summary.ok());
            return;
        }
        const auto full = hn::fhir::actorFromFhir(doc.object());
        QCOMPARE(summary.ok(), full.ok());
        if (!full.ok())
            return;
        hn::models::Actor expected = full.value();
        QVERIFY(!expected.source.isEmpty());
        expected.source = QJsonObject();
        QVERIFY(summary.value().source.isEmpty());
        QCOMPARE(summary.value().id, expected.id);
        QCOMPARE(summary.value().name, expected.name);
        QCOMPARE(int(summary.value().kind), int(expected.kind));
        QCOMPARE(summary.value().orgNumber, expected.orgNumber);
        QCOMPARE(summary.value().herId, expected.herId);
        QCOMPARE(summary.value().municipalityNumber, expected.municipalityNumber);
        QCOMPARE(summary.value().partOfId, expected.partOfId);
        QCOMPARE(summary.value().phone, expected.phone);
        QCOMPARE(summary.value().active, expected.active);
        QCOMPARE(summary.value().hasVideoAgreement, expected.hasVideoAgreement);
        QCOMPARE(summary.value().addressMunicipalityNumber, expected.addressMunicipalityNumber);
        QCOMPARE(summary.value().addressMunicipalityName, expected.addressMunicipalityName);
        QVERIFY(summary.value() == expected);
    }

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

        // Cleared, a phone is gone, also when the office had several (found by fuzzing: the
        // second number was left and read, and shown to citizens, as the phone).
        QJsonObject twoPhones = json;
        QJsonArray telecom = json.value(QStringLiteral("telecom")).toArray();
        telecom.append(QJsonObject {
            {QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), QStringLiteral("99")}});
        twoPhones.insert(QStringLiteral("telecom"), telecom);
        twoPhones.insert(QStringLiteral("identifier"),
            QJsonArray {QJsonObject {{QStringLiteral("system"), kOrgNumberSystem},
                            {QStringLiteral("value"), QStringLiteral("1")}},
                QJsonObject {
                    {QStringLiteral("system"), kOrgNumberSystem}, {QStringLiteral("value"), QStringLiteral("2")}}});
        Actor cleared = actorFromFhir(twoPhones).value();
        cleared.phone.clear();
        cleared.orgNumber.clear();
        const auto reread = actorFromFhir(toFhir(cleared));
        QCOMPARE(reread.value().phone, QString());
        QCOMPARE(reread.value().orgNumber, QString());
        QCOMPARE(toFhir(cleared).value(QStringLiteral("telecom")).toArray().size(), 1); // the e-mail stays

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

    void officeMunicipalityOnTheAddress()
    {
        // Norway's base profile: the municipality's name as the district, its number in an
        // extension; the rest of the address stays when it is set.
        QJsonObject json = parse(R"({"resourceType":"Organization","id":"o1","name":"Alta legesenter AS",
 "address":[{"line":["Markveien 1"],"city":"Alta","district":"Alta",
   "extension":[{"url":"urn:x:other","valueString":"kept"},
                {"url":"NOBASIS","valueCoding":{"code":"5601"}}]},
  {"city":"Second"}]})");
        QJsonArray addresses = json.value(QStringLiteral("address")).toArray();
        QJsonObject first = addresses.at(0).toObject();
        QJsonArray exts = first.value(QStringLiteral("extension")).toArray();
        QJsonObject code = exts.at(1).toObject();
        code.insert(QStringLiteral("url"), kMunicipalityCodeExtension);
        exts.replace(1, code);
        first.insert(QStringLiteral("extension"), exts);
        addresses.replace(0, first);
        json.insert(QStringLiteral("address"), addresses);

        const auto a = actorFromFhir(json);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a.value().addressMunicipalityNumber, QStringLiteral("5601"));
        QCOMPARE(a.value().addressMunicipalityName, QStringLiteral("Alta"));
        QCOMPARE(toFhir(a.value()), json); // unchanged: written back as it came

        Actor moved = a.value();
        moved.addressMunicipalityNumber = QStringLiteral("5501");
        moved.addressMunicipalityName = QStringLiteral("Tromsø");
        const QJsonObject out = toFhir(moved);
        const auto again = actorFromFhir(out);
        QCOMPARE(again.value().addressMunicipalityNumber, QStringLiteral("5501"));
        QCOMPARE(again.value().addressMunicipalityName, QStringLiteral("Tromsø"));
        const QJsonObject outFirst = out.value(QStringLiteral("address")).toArray().at(0).toObject();
        QCOMPARE(outFirst.value(QStringLiteral("city")).toString(), QStringLiteral("Alta"));
        QVERIFY(QJsonDocument(out).toJson().contains("urn:x:other"));
        QCOMPARE(out.value(QStringLiteral("address")).toArray().size(), 2);
        QCOMPARE(QJsonDocument(out).toJson().count(kMunicipalityCodeExtension.toUtf8()), 1);

        // A new office from domain values alone; none at all gives no address.
        Actor fresh;
        fresh.id = QStringLiteral("o2");
        fresh.name = QStringLiteral("Ny");
        QVERIFY(!toFhir(fresh).contains(QStringLiteral("address")));
        fresh.addressMunicipalityNumber = QStringLiteral("0301");
        QCOMPARE(actorFromFhir(toFhir(fresh)).value().addressMunicipalityNumber, QStringLiteral("0301"));
        // The list's fast reading agrees.
        QCOMPARE(
            actorSummaryFromFhir(QJsonDocument(json).toJson()).value().addressMunicipalityName, QStringLiteral("Alta"));
    }

    void absenceTextTranslations()
    {
        // FHIR's translation extension on the text: nn-NO reads as nn; Sami and an unknown extension
        // of the element stay as they were when the nn and en texts are written.
        // (TRANSLATION stands for the extension's address: moc misreads a "//" inside a raw string.)
        const QJsonObject json = parseResource(QByteArray(R"({"resourceType":"Basic","id":"abs-2",
 "code":{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/basic-code","code":"absence"}]},
 "subject":{"reference":"PractitionerRole/r-1"},
 "extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-14"}},
  {"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","extension":[
     {"url":"service","valueCoding":{"code":"e-konsultasjon"}},{"url":"mode","valueCode":"closed"},
     {"url":"citizenText","valueString":"Stengt.","_valueString":{"extension":[
       {"url":"urn:x:other","valueBoolean":true},
       {"url":"TRANSLATION","extension":[
         {"url":"lang","valueCode":"nn-NO"},{"url":"content","valueString":"Stengd."}]},
       {"url":"TRANSLATION","extension":[
         {"url":"lang","valueCode":"nn"},{"url":"content","valueString":"Second nn, not read."}]},
       {"url":"TRANSLATION","extension":[
         {"url":"lang","valueCode":"se"},{"url":"content","valueString":"Giddejuvvon."}]},
       {"url":"TRANSLATION","extension":[
         {"url":"lang","valueCode":"en"},{"url":"content","valueString":""}]}]}}]}]})")
                                                   .replace("TRANSLATION", kTranslationExtension.toUtf8()))
                                     .value();
        const auto a = absenceFromFhir(json);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        const AffectedService &s = a.value().services.first();
        QCOMPARE(s.citizenText, QStringLiteral("Stengt."));
        QCOMPARE(s.translations, (QMap<QString, QString> {{QStringLiteral("nn"), QStringLiteral("Stengd.")}}));
        QCOMPARE(s.citizenTextIn(QStringLiteral("nn")), QStringLiteral("Stengd."));
        QCOMPARE(s.citizenTextIn(QStringLiteral("en")), QStringLiteral("Stengt.")); // empty: falls back
        QVERIFY(s.fallsBackIn(QStringLiteral("en")));
        QVERIFY(!s.fallsBackIn(QStringLiteral("nn")));
        QVERIFY(!s.fallsBackIn(QStringLiteral("nb")));

        Absence changed = a.value();
        changed.services[0].translations = {{QStringLiteral("nn"), QStringLiteral("Stengd i ferien.")},
            {QStringLiteral("en"), QStringLiteral("Closed.")}};
        const QJsonObject out = toFhir(changed);
        const auto again = absenceFromFhir(out);
        QVERIFY(again.ok());
        QCOMPARE(again.value().services.first().translations, changed.services[0].translations);
        const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Compact);
        QVERIFY(text.contains("Giddejuvvon."));
        QVERIFY(text.contains("urn:x:other"));
        QVERIFY(!text.contains("Second nn"));
        QCOMPARE(text.count("\"lang\""), 3); // se, nn, en

        // No translations and nothing else on the element: no "_valueString" at all.
        Absence plain = a.value();
        plain.services[0].translations.clear();
        plain.source = QJsonObject();
        QVERIFY(!QJsonDocument(toFhir(plain)).toJson().contains("_valueString"));
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

    void wireContractExample()
    {
        const QJsonObject json = parse(kContractAbsence);
        const auto a = absenceFromFhir(json);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a.value().id, QStringLiteral("3f2b6c1e-..."));
        QCOMPARE(a.value().practitionerRoleId, QStringLiteral("pr-17"));
        QCOMPARE(a.value().from, QDate(2026, 12, 1));
        QCOMPARE(a.value().to, QDate(2026, 12, 14));
        QCOMPARE(a.value().services.size(), 1);
        QCOMPARE(a.value().services.at(0).serviceType, QStringLiteral("e-konsultasjon"));
        QCOMPARE(a.value().services.at(0).citizenText,
            QStringLiteral("E-konsultasjon er midlertidig stengt av fastlegen din, og åpner igjen 15. desember 2026."));
        QVERIFY(!a.value().created.isValid());
        QVERIFY(sameBytes(toFhir(a.value()), json));
    }

    void unknownContentSurvivesByteForByte_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("Organization") << QByteArray(kOrganization);
        QTest::newRow("Practitioner") << QByteArray(kPractitioner);
        QTest::newRow("PractitionerRole") << QByteArray(kRole);
        QTest::newRow("HealthcareService") << QByteArray(kService);
        QTest::newRow("absence") << QByteArray(kAbsence);
        QTest::newRow("info message") << QByteArray(kInfo);
        QTest::newRow("wire contract") << QByteArray(kContractAbsence);
        QTest::newRow("given name with a space") << QByteArray(
            R"({"resourceType":"Practitioner","id":"p","name":[{"family":"Berg","given":["Anne Marie"],"text":"Dr. Anne Marie Berg"}]})");
        QTest::newRow("absence, partial created date") << basic("absence",
            R"("subject":{"reference":"PractitionerRole/r"},"created":"2026-11","extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}}])");
        QTest::newRow("absence, created dateTime") << basic("absence",
            R"("subject":{"reference":"PractitionerRole/r"},"created":"2026-11-20T08:00:00+01:00","extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01T00:00:00Z","end":"2026-12-02"}}])");
        QTest::newRow("info message about a GP, nn") << basic("info-message",
            R"("subject":{"reference":"PractitionerRole/r","display":"Kari"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/language","valueCode":"nn"},{"url":"urn:hnadmin:fhir:StructureDefinition/message-text","valueString":"Ferie"},{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}}])");
        QTest::newRow("GP office without video agreement, no active")
            << QByteArray(R"({"resourceType":"Organization","id":"o","name":"Lite legekontor",
                "type":[{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"gp-office"}]}]})");
        QTest::newRow("practitioner without name") << QByteArray(
            R"({"resourceType":"Practitioner","id":"p","identifier":[{"system":"urn:oid:2.16.578.1.12.4.1.4.4","value":"1"}]})");
        QTest::newRow("municipal unit") << QByteArray(
            R"({"resourceType":"Organization","id":"u","name":"Helsestasjon","partOf":{"reference":"Organization/k","display":"Oslo"},"active":false,
                "type":[{"text":"unit"},{"coding":[{"system":"urn:hnadmin:fhir:CodeSystem/organization-type","code":"municipal-unit"}]}],
                "identifier":[{"system":"urn:hnadmin:fhir:NamingSystem/kommunenummer","value":"0301","period":{"start":"2020-01-01"}}],
                "contact":[{"name":{"text":"Leder"}}]})");
    }
    void unknownContentSurvivesByteForByte()
    {
        QFETCH(QByteArray, json);
        const QJsonObject in = parse(json.constData());
        const QString type = in.value(QStringLiteral("resourceType")).toString();
        QJsonObject out;
        QString error;
        if (type == QLatin1String("Organization")) {
            const auto v = actorFromFhir(in);
            error = v.error();
            out = toFhir(v.value());
        } else if (type == QLatin1String("Practitioner")) {
            const auto v = practitionerFromFhir(in);
            error = v.error();
            out = toFhir(v.value());
        } else if (type == QLatin1String("PractitionerRole")) {
            const auto v = practitionerRoleFromFhir(in);
            error = v.error();
            out = toFhir(v.value());
        } else if (type == QLatin1String("HealthcareService")) {
            const auto v = healthcareServiceFromFhir(in);
            error = v.error();
            out = toFhir(v.value());
        } else if (basicCode(in) == QLatin1String("absence")) {
            const auto v = absenceFromFhir(in);
            error = v.error();
            out = toFhir(v.value());
        } else {
            const auto v = infoMessageFromFhir(in);
            error = v.error();
            out = toFhir(v.value());
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out, in);
        QVERIFY(sameBytes(out, in));
    }

    void domainRoundTrips()
    {
        // domain -> FHIR -> domain gives the same value (with the written resource as its source).
        Practitioner p;
        p.id = QStringLiteral("p9");
        p.given = QStringLiteral("Kari Anne");
        p.family = QStringLiteral("Øvrebø");
        p.hprNumber = QStringLiteral("1234567");
        p.active = false;
        const auto p2 = practitionerFromFhir(toFhir(p));
        QVERIFY(p2.ok());
        Practitioner pExpected = p;
        pExpected.source = toFhir(p);
        QCOMPARE(p2.value(), pExpected);
        QCOMPARE(
            toFhir(p).value(QStringLiteral("identifier")).toArray().at(0).toObject().value(QStringLiteral("system")),
            QJsonValue(kHprSystem));

        PractitionerRole r;
        r.id = QStringLiteral("r9");
        r.practitionerId = QStringLiteral("p9");
        r.organizationId = QStringLiteral("o9");
        r.healthcareServiceIds = {QStringLiteral("hs-1"), QStringLiteral("hs-2")};
        const auto r2 = practitionerRoleFromFhir(toFhir(r));
        QVERIFY(r2.ok());
        PractitionerRole rExpected = r;
        rExpected.source = toFhir(r);
        QCOMPARE(r2.value(), rExpected);
        QCOMPARE(toFhir(r).value(QStringLiteral("organization")).toObject().value(QStringLiteral("reference")),
            QJsonValue(QStringLiteral("Organization/o9")));

        HealthcareService s;
        s.id = QStringLiteral("hs-9");
        s.providedById = QStringLiteral("k1");
        s.serviceType = QStringLiteral("helsestasjon");
        s.program = QStringLiteral("digihelsestasjon");
        s.name = QStringLiteral("Helsestasjon");
        s.comment = QStringLiteral("Ring oss før du kommer.");
        const auto s2 = healthcareServiceFromFhir(toFhir(s));
        QVERIFY(s2.ok());
        HealthcareService sExpected = s;
        sExpected.source = toFhir(s);
        QCOMPARE(s2.value(), sExpected);

        Actor a;
        a.id = QStringLiteral("o9");
        a.kind = ActorKind::GpOffice;
        a.name = QStringLiteral("Ærøy legesenter");
        a.orgNumber = QStringLiteral("974760673");
        a.herId = QStringLiteral("81234");
        a.phone = QStringLiteral("+47 22 33 44 55");
        a.hasVideoAgreement = true;
        const auto a2 = actorFromFhir(toFhir(a));
        QVERIFY(a2.ok());
        Actor aExpected = a;
        aExpected.source = toFhir(a);
        QCOMPARE(a2.value(), aExpected);
        // The wire contract's shapes.
        const QJsonObject org = toFhir(a);
        QCOMPARE(org.value(QStringLiteral("telecom")).toArray().at(0).toObject(),
            (QJsonObject {{QStringLiteral("system"), QStringLiteral("phone")},
                {QStringLiteral("value"), QStringLiteral("+47 22 33 44 55")}}));
        QCOMPARE(org.value(QStringLiteral("type"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("coding"))
                     .toArray()
                     .at(0),
            QJsonValue(QJsonObject {{QStringLiteral("system"), kOrganizationTypeSystem},
                {QStringLiteral("code"), QStringLiteral("gp-office")}}));

        Absence abs;
        abs.id = QStringLiteral("abs-9");
        abs.practitionerRoleId = QStringLiteral("r9");
        abs.from = QDate(2026, 12, 1);
        abs.to = QDate(2026, 12, 14);
        abs.created = QDate(2026, 11, 23);
        abs.services = {{QStringLiteral("e-konsultasjon"), AffectedService::Mode::Closed, QStringLiteral("Stengt")},
            {QStringLiteral("timebestilling"), AffectedService::Mode::Substitute, QString()}};
        const QJsonObject absJson = toFhir(abs);
        QCOMPARE(absJson.value(QStringLiteral("created")).toString(), QStringLiteral("2026-11-23"));
        const auto abs2 = absenceFromFhir(absJson);
        QVERIFY(abs2.ok());
        Absence absExpected = abs;
        absExpected.source = absJson;
        QCOMPARE(abs2.value(), absExpected);
    }

    void editsChangeOnlyOurElements()
    {
        // Practitioner renamed: given rewritten, the name's text follows, other elements stay.
        const QJsonObject p = parse(kPractitioner);
        Practitioner renamed = practitionerFromFhir(p).value();
        renamed.family = QStringLiteral("Andersen-Lie");
        const QJsonObject pOut = toFhir(renamed);
        const QJsonObject name = pOut.value(QStringLiteral("name")).toArray().at(0).toObject();
        QCOMPARE(name.value(QStringLiteral("family")).toString(), QStringLiteral("Andersen-Lie"));
        QCOMPARE(name.value(QStringLiteral("given")).toArray().size(), 2);
        QCOMPARE(name.value(QStringLiteral("prefix")),
            p.value(QStringLiteral("name")).toArray().at(0).toObject().value(QStringLiteral("prefix")));
        QCOMPARE(pOut.value(QStringLiteral("_birthDate")), p.value(QStringLiteral("_birthDate")));

        // An affected service taken away: only its extension goes.
        const QJsonObject abs = parse(kAbsence);
        Absence fewer = absenceFromFhir(abs).value();
        fewer.services.removeFirst();
        const QJsonArray exts = toFhir(fewer).value(QStringLiteral("extension")).toArray();
        QCOMPARE(exts.size(), abs.value(QStringLiteral("extension")).toArray().size() - 1);
        QVERIFY(!QJsonDocument(QJsonObject {{QStringLiteral("e"), exts}}).toJson().contains("unknownSub"));
        QCOMPARE(absenceFromFhir(toFhir(fewer)).value().services, fewer.services);

        // The organisation number cleared: only that identifier goes.
        Actor noOrg = actorFromFhir(parse(kOrganization)).value();
        noOrg.orgNumber.clear();
        noOrg.partOfId = QStringLiteral("k1");
        const QJsonObject orgOut = toFhir(noOrg);
        QCOMPARE(orgOut.value(QStringLiteral("identifier")).toArray().size(), 2);
        QCOMPARE(orgOut.value(QStringLiteral("partOf")).toObject().value(QStringLiteral("reference")).toString(),
            QStringLiteral("Organization/k1"));
        // A changed kind keeps the foreign coding beside ours.
        noOrg.kind = ActorKind::TherapistPractice;
        const QJsonArray codings = toFhir(noOrg)
                                       .value(QStringLiteral("type"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("coding"))
                                       .toArray();
        QCOMPARE(codings.size(), 2);
        QCOMPARE(
            codings.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("therapist-practice"));
        QCOMPARE(codings.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("y"));

        // An info message with no language: the extension goes, the others stay.
        InfoMessage m = infoMessageFromFhir(parse(kInfo)).value();
        m.language.clear();
        const QJsonObject mOut = toFhir(m);
        QVERIFY(!QJsonDocument(mOut).toJson().contains("StructureDefinition/language"));
        QVERIFY(QJsonDocument(mOut).toJson().contains("urn:z"));
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
        QTest::newRow("empty input") << QByteArray() << QStringLiteral("any");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("any");
        QTest::newRow("resourceType is a number")
            << QByteArray(R"({"resourceType":1,"id":"x"})") << QStringLiteral("any");
        QTest::newRow("id is a number") << QByteArray(R"({"resourceType":"Practitioner","id":7})")
                                        << QStringLiteral("Practitioner");
        QTest::newRow("practitioner name is an object")
            << QByteArray(R"({"resourceType":"Practitioner","id":"x","name":{"family":"A"}})")
            << QStringLiteral("Practitioner");
        QTest::newRow("practitioner name entry is a string")
            << QByteArray(R"({"resourceType":"Practitioner","id":"x","name":["Andersen"]})")
            << QStringLiteral("Practitioner");
        QTest::newRow("practitioner given is a string")
            << QByteArray(R"({"resourceType":"Practitioner","id":"x","name":[{"given":"Knut"}]})")
            << QStringLiteral("Practitioner");
        QTest::newRow("practitioner active is a string")
            << QByteArray(R"({"resourceType":"Practitioner","id":"x","active":"true"})")
            << QStringLiteral("Practitioner");
        QTest::newRow("a Practitioner read as an Organization")
            << QByteArray(kPractitioner) << QStringLiteral("Organization");
        QTest::newRow("organization extension is an object") << QByteArray(
            R"({"resourceType":"Organization","id":"x","extension":{"url":"urn:hnadmin:fhir:StructureDefinition/video-agreement"}})")
                                                             << QStringLiteral("Organization");
        QTest::newRow("role organization is a string")
            << QByteArray(R"({"resourceType":"PractitionerRole","id":"x","organization":"Organization/o"})")
            << QStringLiteral("PractitionerRole");
        QTest::newRow("role healthcareService is an object") << QByteArray(
            R"({"resourceType":"PractitionerRole","id":"x","organization":{"reference":"Organization/o"},"healthcareService":{"reference":"HealthcareService/h"}})")
                                                             << QStringLiteral("PractitionerRole");
        QTest::newRow("service providedBy is a string")
            << QByteArray(R"({"resourceType":"HealthcareService","id":"x","providedBy":"Organization/o"})")
            << QStringLiteral("HealthcareService");
        QTest::newRow("absence about an Organization") << basic("absence",
            R"("subject":{"reference":"Organization/o"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}}])")
                                                       << QStringLiteral("absence");
        QTest::newRow("absence with a bad created date") << basic("absence",
            R"("subject":{"reference":"PractitionerRole/r"},"created":"yesterday","extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}}])")
                                                         << QStringLiteral("absence");
        QTest::newRow("absence period is a string") << basic("absence",
            R"("subject":{"reference":"PractitionerRole/r"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":"2026-12-01/2026-12-02"}])")
                                                    << QStringLiteral("absence");
        QTest::newRow("absence period with a date-like string") << basic("absence",
            R"("subject":{"reference":"PractitionerRole/r"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01xyz","end":"2026-12-02"}}])")
                                                                << QStringLiteral("absence");
        QTest::newRow("affected service without sub-extensions") << basic("absence",
            R"("subject":{"reference":"PractitionerRole/r"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}},{"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","valueString":"e-kontakt"}])")
                                                                 << QStringLiteral("absence");
        QTest::newRow("affected service without mode") << basic("absence",
            R"("subject":{"reference":"PractitionerRole/r"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}},{"url":"urn:hnadmin:fhir:StructureDefinition/absence-service","extension":[{"url":"service","valueCoding":{"code":"e-kontakt"}}]}])")
                                                       << QStringLiteral("absence");
        QTest::newRow("absence subject is a string")
            << basic("absence", R"("subject":"PractitionerRole/r")") << QStringLiteral("absence");
        QTest::newRow("info message about nobody") << basic("info-message",
            R"("subject":{"reference":"Organization/"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}},{"url":"urn:hnadmin:fhir:StructureDefinition/message-text","valueString":"x"}])")
                                                   << QStringLiteral("info");
        QTest::newRow("info message text is a number") << basic("info-message",
            R"("subject":{"reference":"Organization/o"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}},{"url":"urn:hnadmin:fhir:StructureDefinition/message-text","valueInteger":3}])")
                                                       << QStringLiteral("info");
        QTest::newRow("info message language is not a code") << basic("info-message",
            R"("subject":{"reference":"Organization/o"},"extension":[{"url":"urn:hnadmin:fhir:StructureDefinition/period","valuePeriod":{"start":"2026-12-01","end":"2026-12-02"}},{"url":"urn:hnadmin:fhir:StructureDefinition/message-text","valueString":"x"},{"url":"urn:hnadmin:fhir:StructureDefinition/language","valueBoolean":true}])")
                                                             << QStringLiteral("info");
        QTest::newRow("an absence read as an info message") << QByteArray(kContractAbsence) << QStringLiteral("info");
        QTest::newRow("an info message read as an absence") << QByteArray(kInfo) << QStringLiteral("absence");
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
        else if (kind == QLatin1String("Practitioner"))
            error = practitionerFromFhir(o).error();
        else
            QFAIL("unknown kind in the test data");
        QVERIFY(!error.isEmpty());
    }

    void resultIsSafeOnFailure()
    {
        const auto failed = actorFromFhir(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Patient")}});
        QVERIFY(!failed.ok());
        QVERIFY(!failed);
        QVERIFY(failed.value().id.isEmpty()); // a default value, not a crash
        const auto ok = Result<int>(5);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 5);
        QVERIFY(ok.error().isEmpty());
        QCOMPARE(Result<int>::failure(QString()).error().isEmpty(), false);
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
        QCOMPARE(referenceId(QJsonObject {{QStringLiteral("reference"), QStringLiteral("Organization/")}},
                     QStringLiteral("Organization")),
            QString());
        QCOMPARE(referenceId(QJsonObject {{QStringLiteral("reference"), QStringLiteral("OrganizationX/1")}},
                     QStringLiteral("Organization")),
            QString());
        QCOMPARE(referenceId(
                     reference(QStringLiteral("Organization"), QStringLiteral("o-1")), QStringLiteral("Organization")),
            QStringLiteral("o-1"));
        QCOMPARE(reference(QStringLiteral("Basic"), QStringLiteral("x")).value(QStringLiteral("reference")).toString(),
            QStringLiteral("Basic/x"));
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
