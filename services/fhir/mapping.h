#pragma once

#include "domain.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <utility>

// Conversion between the domain types and FHIR R4 JSON (the wire contract in README.md).
// toFhir() starts from the value's `source` and overwrites only the elements we own, so elements and
// extensions we do not know survive a round trip untouched. Bad input is an error value, never a crash.
namespace hn::fhir {

inline const QString kBase = QStringLiteral("urn:hnadmin:fhir:");
inline const QString kOrgNumberSystem = QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.101");
inline const QString kHerIdSystem = QStringLiteral("urn:oid:2.16.578.1.12.4.1.2");
inline const QString kHprSystem = QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.4");
inline const QString kKommunenummerSystem = QStringLiteral("urn:hnadmin:fhir:NamingSystem/kommunenummer");
inline const QString kOrganizationTypeSystem = QStringLiteral("urn:hnadmin:fhir:CodeSystem/organization-type");
inline const QString kServiceTypeSystem = QStringLiteral("urn:hnadmin:fhir:CodeSystem/service-type");
inline const QString kProgramSystem = QStringLiteral("urn:hnadmin:fhir:CodeSystem/program");
inline const QString kBasicCodeSystem = QStringLiteral("urn:hnadmin:fhir:CodeSystem/basic-code");
inline const QString kPeriodExtension = QStringLiteral("urn:hnadmin:fhir:StructureDefinition/period");
inline const QString kAbsenceServiceExtension = QStringLiteral("urn:hnadmin:fhir:StructureDefinition/absence-service");
inline const QString kMessageTextExtension = QStringLiteral("urn:hnadmin:fhir:StructureDefinition/message-text");
inline const QString kLanguageExtension = QStringLiteral("urn:hnadmin:fhir:StructureDefinition/language");
// Norway's base profile: the municipality of an address (Statistics Norway's kommunenummer).
inline const QString kMunicipalityCodeExtension
    = QStringLiteral("http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode");
inline const QString kMunicipalityCodeSystem = QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.3402");
inline const QString kTranslationExtension = QStringLiteral("http://hl7.org/fhir/StructureDefinition/translation");
inline const QString kVideoAgreementExtension = QStringLiteral("urn:hnadmin:fhir:StructureDefinition/video-agreement");

// A value or an error string. value() is safe to call on a failure too (it gives a default value),
// so a caller's slip never becomes a crash; check ok() first.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
        , m_ok(true)
    {
    }
    static Result failure(const QString &error)
    {
        Result r {T {}};
        r.m_ok = false;
        r.m_error = error.isEmpty() ? QStringLiteral("unknown error") : error;
        return r;
    }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const T &value() const { return m_value; }
    T takeValue() { return std::move(m_value); }
    const QString &error() const { return m_error; }

private:
    T m_value;
    bool m_ok = false;
    QString m_error;
};

// Parses a JSON text holding one resource object.
Result<QJsonObject> parseResource(const QByteArray &json);

// {"reference": "Organization/123"} -> "123" when the reference is of that type (a versioned
// "Organization/123/_history/4" also gives "123"); empty otherwise, also for anything not a Reference.
QString referenceId(const QJsonValue &reference, const QString &type);
// {"reference": "Organization/123"}
QJsonObject reference(const QString &type, const QString &id);

Result<models::Actor> actorFromFhir(const QJsonObject &resource);
// The same Actor read straight from the stored bytes, for long lists (the actor list at start-up):
// every field but `source`, which stays empty. Reads the bytes in one pass without a JSON tree;
// anything out of the ordinary (an element of the wrong kind, a repeated element) goes through
// actorFromFhir instead, so the two always agree.
Result<models::Actor> actorSummaryFromFhir(const QByteArray &json);
QJsonObject toFhir(const models::Actor &actor);
Result<models::Practitioner> practitionerFromFhir(const QJsonObject &resource);
QJsonObject toFhir(const models::Practitioner &practitioner);
Result<models::PractitionerRole> practitionerRoleFromFhir(const QJsonObject &resource);
QJsonObject toFhir(const models::PractitionerRole &role);
Result<models::HealthcareService> healthcareServiceFromFhir(const QJsonObject &resource);
QJsonObject toFhir(const models::HealthcareService &service);
Result<models::Absence> absenceFromFhir(const QJsonObject &resource);
QJsonObject toFhir(const models::Absence &absence);
Result<models::InfoMessage> infoMessageFromFhir(const QJsonObject &resource);
QJsonObject toFhir(const models::InfoMessage &message);

// The code of a Basic resource ("absence", "info-message"), or empty.
QString basicCode(const QJsonObject &resource);

} // namespace hn::fhir
