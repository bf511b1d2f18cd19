#include "mapping_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <utility>

namespace hn::fhir {

using namespace hn::models;
using namespace hn::fhir::detail;

// ---------------------------------------------------------------- Practitioner

Result<Practitioner> practitionerFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "Practitioner"); !e.isEmpty())
        return Result<Practitioner>::failure(e);
    if (!shapeOk(r, "name", QJsonValue::Array) || !shapeOk(r, "identifier", QJsonValue::Array)
        || !shapeOk(r, "active", QJsonValue::Bool) || !shapeOk(r, "extension", QJsonValue::Array))
        return Result<Practitioner>::failure(QStringLiteral("the Practitioner has an element of the wrong kind"));
    Practitioner p;
    p.id = str(r, "id");
    const QJsonValue nameValue = r.value(QLatin1String("name")).toArray().at(0);
    if (!nameValue.isUndefined() && !nameValue.isObject())
        return Result<Practitioner>::failure(QStringLiteral("the Practitioner's name is not a HumanName"));
    const QJsonObject name = nameValue.toObject();
    if (!shapeOk(name, "family", QJsonValue::String) || !shapeOk(name, "given", QJsonValue::Array))
        return Result<Practitioner>::failure(
            QStringLiteral("the Practitioner's name has an element of the wrong kind"));
    p.family = str(name, "family");
    p.given = givenOf(name);
    p.hprNumber = identifierValue(r, kHprSystem);
    p.active = r.value(QLatin1String("active")).toBool(true);
    p.source = r;
    return p;
}

QJsonObject toFhir(const Practitioner &p)
{
    QJsonObject r = p.source;
    r.insert(QStringLiteral("resourceType"), QStringLiteral("Practitioner"));
    r.insert(QStringLiteral("id"), p.id);
    QJsonArray names = r.value(QLatin1String("name")).toArray();
    QJsonObject name = names.isEmpty() ? QJsonObject() : names.at(0).toObject();
    const bool renamed = str(name, "family") != p.family || givenOf(name) != p.given;
    setString(name, "family", p.family);
    if (givenOf(name) != p.given) { // else keep the array as it was ("Anne Marie" may be one element)
        QJsonArray given;
        for (const QString &g : p.given.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            given.append(g);
        if (given.isEmpty())
            name.remove(QStringLiteral("given"));
        else
            name.insert(QStringLiteral("given"), given);
    }
    if (renamed && name.contains(QLatin1String("text")))
        name.insert(QStringLiteral("text"), p.displayName());
    if (!names.isEmpty())
        names.replace(0, name);
    else if (!name.isEmpty())
        names.append(name);
    if (!names.isEmpty())
        r.insert(QStringLiteral("name"), names);
    setIdentifier(r, kHprSystem, p.hprNumber);
    setActive(r, p.source, p.active);
    return r;
}

// ---------------------------------------------------------------- PractitionerRole

Result<PractitionerRole> practitionerRoleFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "PractitionerRole"); !e.isEmpty())
        return Result<PractitionerRole>::failure(e);
    if (!shapeOk(r, "practitioner", QJsonValue::Object) || !shapeOk(r, "organization", QJsonValue::Object)
        || !shapeOk(r, "healthcareService", QJsonValue::Array) || !shapeOk(r, "active", QJsonValue::Bool)
        || !shapeOk(r, "extension", QJsonValue::Array))
        return Result<PractitionerRole>::failure(
            QStringLiteral("the PractitionerRole has an element of the wrong kind"));
    PractitionerRole role;
    role.id = str(r, "id");
    role.practitionerId = referenceId(r.value(QLatin1String("practitioner")), QStringLiteral("Practitioner"));
    role.organizationId = referenceId(r.value(QLatin1String("organization")), QStringLiteral("Organization"));
    if (role.organizationId.isEmpty())
        return Result<PractitionerRole>::failure(QStringLiteral("the PractitionerRole names no organization"));
    for (const QJsonValue &s : r.value(QLatin1String("healthcareService")).toArray()) {
        const QString id = referenceId(s, QStringLiteral("HealthcareService"));
        if (!id.isEmpty())
            role.healthcareServiceIds << id;
    }
    role.active = r.value(QLatin1String("active")).toBool(true);
    role.source = r;
    return role;
}

QJsonObject toFhir(const PractitionerRole &role)
{
    QJsonObject r = role.source;
    r.insert(QStringLiteral("resourceType"), QStringLiteral("PractitionerRole"));
    r.insert(QStringLiteral("id"), role.id);
    if (role.practitionerId.isEmpty())
        r.remove(QStringLiteral("practitioner"));
    else if (referenceId(r.value(QLatin1String("practitioner")), QStringLiteral("Practitioner")) != role.practitionerId)
        r.insert(QStringLiteral("practitioner"), reference(QStringLiteral("Practitioner"), role.practitionerId));
    if (referenceId(r.value(QLatin1String("organization")), QStringLiteral("Organization")) != role.organizationId)
        r.insert(QStringLiteral("organization"), reference(QStringLiteral("Organization"), role.organizationId));
    // Keep the original reference objects (with any display or extension) for services still offered.
    QJsonArray services;
    const QJsonArray old = r.value(QLatin1String("healthcareService")).toArray();
    for (const QString &id : role.healthcareServiceIds) {
        QJsonValue kept(QJsonValue::Undefined);
        for (const QJsonValue &s : old) {
            if (referenceId(s, QStringLiteral("HealthcareService")) == id)
                kept = s;
        }
        services.append(kept.isUndefined() ? QJsonValue(reference(QStringLiteral("HealthcareService"), id)) : kept);
    }
    if (!services.isEmpty() || r.contains(QLatin1String("healthcareService")))
        r.insert(QStringLiteral("healthcareService"), services);
    setActive(r, role.source, role.active);
    return r;
}

// ---------------------------------------------------------------- HealthcareService

Result<HealthcareService> healthcareServiceFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "HealthcareService"); !e.isEmpty())
        return Result<HealthcareService>::failure(e);
    if (!shapeOk(r, "providedBy", QJsonValue::Object) || !shapeOk(r, "type", QJsonValue::Array)
        || !shapeOk(r, "comment", QJsonValue::String) || !shapeOk(r, "active", QJsonValue::Bool)
        || !shapeOk(r, "program", QJsonValue::Array) || !shapeOk(r, "name", QJsonValue::String)
        || !shapeOk(r, "extension", QJsonValue::Array))
        return Result<HealthcareService>::failure(
            QStringLiteral("the HealthcareService has an element of the wrong kind"));
    HealthcareService s;
    s.id = str(r, "id");
    s.providedById = referenceId(r.value(QLatin1String("providedBy")), QStringLiteral("Organization"));
    s.serviceType = codeOf(r.value(QLatin1String("type")), kServiceTypeSystem);
    s.program = codeOf(r.value(QLatin1String("program")), kProgramSystem);
    s.name = str(r, "name");
    s.active = r.value(QLatin1String("active")).toBool(true);
    s.comment = str(r, "comment");
    s.source = r;
    return s;
}

QJsonObject toFhir(const HealthcareService &s)
{
    QJsonObject r = s.source;
    r.insert(QStringLiteral("resourceType"), QStringLiteral("HealthcareService"));
    r.insert(QStringLiteral("id"), s.id);
    if (referenceId(r.value(QLatin1String("providedBy")), QStringLiteral("Organization")) != s.providedById)
        r.insert(QStringLiteral("providedBy"), reference(QStringLiteral("Organization"), s.providedById));
    if (!s.serviceType.isEmpty() && codeOf(r.value(QLatin1String("type")), kServiceTypeSystem) != s.serviceType)
        r.insert(QStringLiteral("type"),
            setConceptArray(r.value(QLatin1String("type")).toArray(), kServiceTypeSystem, s.serviceType));
    if (!s.program.isEmpty() && codeOf(r.value(QLatin1String("program")), kProgramSystem) != s.program)
        r.insert(QStringLiteral("program"),
            setConceptArray(r.value(QLatin1String("program")).toArray(), kProgramSystem, s.program));
    setString(r, "name", s.name);
    setString(r, "comment", s.comment);
    setActive(r, s.source, s.active);
    return r;
}

} // namespace hn::fhir
