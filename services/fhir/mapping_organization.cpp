#include "mapping_p.h"

#include "jsonscanner.h"

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

namespace {

// The fast path of actorSummaryFromFhir; nullopt when the resource needs the full reading.
std::optional<Actor> scanActor(const QByteArray &json)
{
    JsonScanner s(json);
    Actor a;
    QString resourceType, kind, partOf;
    bool haveId = false, idIsString = true, ordinary = true, haveOrgNumber = false, haveHerId = false,
         haveMunicipality = false, havePhone = false, haveKind = false, haveVideo = false;
    quint32 seen = 0; // a bit per element of `read` met so far
    const bool ok = s.object(0, [&](QByteArrayView key) {
        static const QList<QByteArrayView> read = {
            "resourceType", "id", "name", "identifier", "type", "partOf", "active", "telecom", "extension", "address"};
        if (const qsizetype element = read.indexOf(key); element >= 0) {
            if (seen & (1u << element))
                ordinary = false; // a repeated key: QJsonDocument's reading decides
            seen |= 1u << element;
        }
        if (key == "resourceType" || key == "id" || key == "name") {
            if (!s.peek('"')) {
                ordinary = ordinary && key != "name";
                idIsString = idIsString && key != "id";
                return s.value(1);
            }
            if (key == "id")
                haveId = true;
            return s.stringValue(key == "resourceType" ? &resourceType : key == "id" ? &a.id : &a.name);
        }
        if (key == "active") {
            if (s.peek('t') || s.peek('f')) {
                a.active = s.peek('t');
                return s.value(1);
            }
            ordinary = false;
            return s.value(1);
        }
        if (key == "partOf") {
            if (!s.peek('{')) {
                ordinary = false;
                return s.value(1);
            }
            return s.stringMembers(1, {{"reference", &partOf}});
        }
        if (key == "identifier" || key == "telecom" || key == "extension" || key == "type") {
            if (!s.peek('[')) {
                ordinary = false;
                return s.value(1);
            }
        }
        if (key == "identifier" || key == "telecom") {
            const bool identifier = key == "identifier";
            QString system, value;
            return s.array(1, [&] {
                if (!s.peek('{'))
                    return s.value(2);
                system.clear();
                value.clear();
                if (!s.stringMembers(2, {{"system", &system}, {"value", &value}}))
                    return false;
                // The first element of a system wins, as identifierValue() and phoneOf() read it.
                if (identifier && system == kOrgNumberSystem && !std::exchange(haveOrgNumber, true))
                    a.orgNumber = value;
                else if (identifier && system == kHerIdSystem && !std::exchange(haveHerId, true))
                    a.herId = value;
                else if (identifier && system == kKommunenummerSystem && !std::exchange(haveMunicipality, true))
                    a.municipalityNumber = value;
                else if (!identifier && system == QLatin1String("phone") && !std::exchange(havePhone, true))
                    a.phone = value;
                return true;
            });
        }
        if (key == "extension") {
            QString url;
            bool value = false;
            return s.array(1, [&] {
                if (!s.peek('{'))
                    return s.value(2);
                url.clear();
                value = false;
                if (!s.object(2, [&](QByteArrayView member) {
                        if (member == "url" && s.peek('"'))
                            return s.stringValue(&url);
                        if (member == "url")
                            url.clear(); // as QJsonValue::toString() reads a non-string
                        if (member == "valueBoolean")
                            value = s.peek('t'); // the last one, and false unless a literal true
                                                 // (QJsonValue::toBool())
                        return s.value(3);
                    }))
                    return false;
                if (url == kVideoAgreementExtension && !std::exchange(haveVideo, true))
                    a.hasVideoAgreement = value;
                return true;
            });
        }
        if (key == "address") {
            // The first address's district and municipality code, as addressMunicipality() reads
            // them; a key repeated on the way leaves the reading to QJsonDocument.
            if (!s.peek('[')) {
                ordinary = false;
                return s.value(1);
            }
            bool first = true;
            return s.array(1, [&] {
                if (!std::exchange(first, false) || !s.peek('{'))
                    return s.value(2);
                bool haveDistrict = false, haveExtension = false;
                return s.object(2, [&](QByteArrayView member) {
                    if (member == "district") {
                        ordinary = ordinary && !std::exchange(haveDistrict, true);
                        if (s.peek('"'))
                            return s.stringValue(&a.addressMunicipalityName);
                        a.addressMunicipalityName.clear();
                        return s.value(3);
                    }
                    if (member != "extension")
                        return s.value(3);
                    ordinary = ordinary && !std::exchange(haveExtension, true);
                    if (!s.peek('['))
                        return s.value(3);
                    bool found = false;
                    return s.array(3, [&] {
                        if (found || !s.peek('{'))
                            return s.value(4);
                        QString url, code;
                        bool haveUrl = false, haveCoding = false;
                        if (!s.object(4, [&](QByteArrayView m) {
                                if (m == "url") {
                                    ordinary = ordinary && !std::exchange(haveUrl, true);
                                    if (s.peek('"'))
                                        return s.stringValue(&url);
                                    return s.value(5);
                                }
                                if (m != "valueCoding")
                                    return s.value(5);
                                ordinary = ordinary && !std::exchange(haveCoding, true);
                                if (!s.peek('{'))
                                    return s.value(5);
                                bool haveCode = false;
                                return s.object(5, [&](QByteArrayView c) {
                                    if (c != "code")
                                        return s.value(6);
                                    ordinary = ordinary && !std::exchange(haveCode, true);
                                    if (s.peek('"'))
                                        return s.stringValue(&code);
                                    return s.value(6);
                                });
                            }))
                            return false;
                        if (url == kMunicipalityCodeExtension) {
                            found = true;
                            a.addressMunicipalityNumber = code;
                        }
                        return true;
                    });
                });
            });
        }
        if (key == "type") {
            // The first coding of our system in any concept, as codeOf() reads it.
            return s.array(1, [&] {
                if (!s.peek('{'))
                    return s.value(2);
                // Only the last "coding" of a concept counts, as QJsonDocument keeps a repeated key.
                QString conceptKind;
                bool conceptHasKind = false;
                const bool conceptOk = s.object(2, [&](QByteArrayView member) {
                    if (member != "coding")
                        return s.value(3);
                    conceptHasKind = false;
                    if (!s.peek('['))
                        return s.value(3);
                    return s.array(3, [&] {
                        if (!s.peek('{'))
                            return s.value(4);
                        QString system, code;
                        if (!s.stringMembers(4, {{"system", &system}, {"code", &code}}))
                            return false;
                        if (!conceptHasKind && system == kOrganizationTypeSystem) {
                            conceptKind = code;
                            conceptHasKind = true;
                        }
                        return true;
                    });
                });
                if (conceptOk && conceptHasKind && !haveKind) {
                    kind = conceptKind;
                    haveKind = true;
                }
                return conceptOk;
            });
        }
        return s.value(1);
    });
    if (!ok || !s.atEnd() || !ordinary || !idIsString || !haveId || a.id.isEmpty()
        || resourceType != QLatin1String("Organization"))
        return std::nullopt;
    if (!partOf.isEmpty())
        a.partOfId = referenceId(QJsonObject {{QStringLiteral("reference"), partOf}}, QStringLiteral("Organization"));
    a.kind = actorKindOf(kind);
    return a;
}

} // namespace

Result<Actor> actorSummaryFromFhir(const QByteArray &json)
{
    if (std::optional<Actor> fast = scanActor(json))
        return std::move(*fast);
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
