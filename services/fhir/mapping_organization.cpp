#include "mapping_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <utility>

namespace hn::fhir {

using namespace hn::models;
using namespace hn::fhir::detail;

// ---------------------------------------------------------------- Organization

namespace {

// The codes of the organisation kinds in our organization-type code system (Other has none).
const QHash<ActorKind, QString> &actorKindCodes()
{
    static const QHash<ActorKind, QString> codes = {{ActorKind::GpOffice, QStringLiteral("gp-office")},
        {ActorKind::Municipality, QStringLiteral("municipality")},
        {ActorKind::MunicipalUnit, QStringLiteral("municipal-unit")},
        {ActorKind::TherapistPractice, QStringLiteral("therapist-practice")}, {ActorKind::Nhn, QStringLiteral("nhn")}};
    return codes;
}

ActorKind actorKindOf(const QString &code)
{
    return code.isEmpty() ? ActorKind::Other : actorKindCodes().key(code, ActorKind::Other);
}

} // namespace

namespace {

// The municipality of an organisation's first address: its number (the no-basis extension) and
// name (the address's district, as Norway's base profile uses it).
QPair<QString, QString> addressMunicipality(const QJsonObject &r)
{
    const QJsonObject address = r.value(QLatin1String("address")).toArray().at(0).toObject();
    QString number;
    for (const QJsonValue &ext : address.value(QLatin1String("extension")).toArray()) {
        if (str(ext.toObject(), "url") == kMunicipalityCodeExtension) {
            number = str(ext.toObject().value(QLatin1String("valueCoding")).toObject(), "code");
            break;
        }
    }
    return {number, str(address, "district")};
}

void setAddressMunicipality(QJsonObject &r, const QString &number, const QString &name)
{
    if (addressMunicipality(r) == qMakePair(number, name))
        return;
    QJsonArray addresses = r.value(QLatin1String("address")).toArray();
    QJsonObject address = addresses.at(0).toObject();
    if (name.isEmpty())
        address.remove(QLatin1String("district"));
    else
        address.insert(QStringLiteral("district"), name);
    QJsonArray exts = address.value(QLatin1String("extension")).toArray();
    for (int i = int(exts.size()) - 1; i >= 0; --i) {
        if (str(exts.at(i).toObject(), "url") == kMunicipalityCodeExtension)
            exts.removeAt(i);
    }
    if (!number.isEmpty())
        exts.prepend(QJsonObject {{QStringLiteral("url"), kMunicipalityCodeExtension},
            {QStringLiteral("valueCoding"),
                QJsonObject {{QStringLiteral("system"), kMunicipalityCodeSystem}, {QStringLiteral("code"), number}}}});
    if (exts.isEmpty())
        address.remove(QLatin1String("extension"));
    else
        address.insert(QStringLiteral("extension"), exts);
    if (addresses.isEmpty())
        addresses.append(address);
    else
        addresses.replace(0, address);
    if (address.isEmpty() && addresses.size() == 1)
        r.remove(QLatin1String("address"));
    else
        r.insert(QStringLiteral("address"), addresses);
}

} // namespace

Result<Actor> actorFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "Organization"); !e.isEmpty())
        return Result<Actor>::failure(e);
    if (!shapeOk(r, "name", QJsonValue::String) || !shapeOk(r, "identifier", QJsonValue::Array)
        || !shapeOk(r, "type", QJsonValue::Array) || !shapeOk(r, "partOf", QJsonValue::Object)
        || !shapeOk(r, "active", QJsonValue::Bool) || !shapeOk(r, "telecom", QJsonValue::Array)
        || !shapeOk(r, "extension", QJsonValue::Array) || !shapeOk(r, "address", QJsonValue::Array))
        return Result<Actor>::failure(QStringLiteral("the Organization has an element of the wrong kind"));
    Actor a;
    a.id = str(r, "id");
    a.name = str(r, "name");
    a.orgNumber = identifierValue(r, kOrgNumberSystem);
    a.herId = identifierValue(r, kHerIdSystem);
    a.municipalityNumber = identifierValue(r, kKommunenummerSystem);
    std::tie(a.addressMunicipalityNumber, a.addressMunicipalityName) = addressMunicipality(r);
    a.partOfId = referenceId(r.value(QLatin1String("partOf")), QStringLiteral("Organization"));
    a.phone = phoneOf(r);
    a.active = r.value(QLatin1String("active")).toBool(true);
    a.kind = actorKindOf(codeOf(r.value(QLatin1String("type")), kOrganizationTypeSystem));
    const QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    const int video = findExtension(exts, kVideoAgreementExtension);
    a.hasVideoAgreement = video >= 0 && exts.at(video).toObject().value(QLatin1String("valueBoolean")).toBool();
    a.source = r;
    return a;
}

Result<Actor> actorSummaryFromFhir(const QByteArray &json)
{
    QString kind;
    if (std::optional<Actor> fast = scanActor(json, &kind)) {
        fast->kind = actorKindOf(kind);
        return std::move(*fast);
    }
    auto full = parseResource(json);
    if (!full.ok())
        return Result<Actor>::failure(full.error());
    auto actor = actorFromFhir(full.value());
    if (!actor.ok())
        return actor;
    Actor a = actor.takeValue();
    a.source = QJsonObject();
    return a;
}

QJsonObject toFhir(const Actor &a)
{
    QJsonObject r = a.source;
    r.insert(QStringLiteral("resourceType"), QStringLiteral("Organization"));
    r.insert(QStringLiteral("id"), a.id);
    setString(r, "name", a.name);
    setIdentifier(r, kOrgNumberSystem, a.orgNumber);
    setIdentifier(r, kHerIdSystem, a.herId);
    setIdentifier(r, kKommunenummerSystem, a.municipalityNumber);
    setAddressMunicipality(r, a.addressMunicipalityNumber, a.addressMunicipalityName);
    if (a.partOfId.isEmpty())
        r.remove(QStringLiteral("partOf"));
    else if (referenceId(r.value(QLatin1String("partOf")), QStringLiteral("Organization")) != a.partOfId)
        r.insert(QStringLiteral("partOf"), reference(QStringLiteral("Organization"), a.partOfId));
    setPhone(r, a.phone);
    setActive(r, a.source, a.active);
    const QHash<ActorKind, QString> &kinds = actorKindCodes();
    if (kinds.contains(a.kind)
        && codeOf(r.value(QLatin1String("type")), kOrganizationTypeSystem) != kinds.value(a.kind))
        r.insert(QStringLiteral("type"),
            setConceptArray(r.value(QLatin1String("type")).toArray(), kOrganizationTypeSystem, kinds.value(a.kind)));
    const QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    const bool hadVideo = findExtension(exts, kVideoAgreementExtension) >= 0;
    // GP offices carry it; one read without it gets it only when the office gets an agreement.
    if (hadVideo || a.hasVideoAgreement || (a.source.isEmpty() && a.kind == ActorKind::GpOffice))
        setExtension(r, kVideoAgreementExtension,
            QJsonObject {{QStringLiteral("url"), kVideoAgreementExtension},
                {QStringLiteral("valueBoolean"), a.hasVideoAgreement}});
    return r;
}

} // namespace hn::fhir
