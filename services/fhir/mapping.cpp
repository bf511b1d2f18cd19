#include "mapping.h"

#include "jsonscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace hn::fhir {

using namespace hn::models;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Checks that a present element has the expected JSON kind.
bool shapeOk(const QJsonObject &o, const char *key, QJsonValue::Type type)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() || v.type() == type;
}

QString checkCommon(const QJsonObject &r, const char *type)
{
    if (r.value(QLatin1String("resourceType")).toString() != QLatin1String(type))
        return QStringLiteral("expected a %1, got '%2'")
            .arg(QLatin1String(type), r.value(QLatin1String("resourceType")).toString());
    if (!r.value(QLatin1String("id")).isString() || str(r, "id").isEmpty())
        return QStringLiteral("the %1 has no id").arg(QLatin1String(type));
    return {};
}

QString identifierValue(const QJsonObject &r, const QString &system)
{
    for (const QJsonValue &v : r.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject o = v.toObject();
        if (str(o, "system") == system)
            return str(o, "value");
    }
    return {};
}

void setIdentifier(QJsonObject &r, const QString &system, const QString &value)
{
    QJsonArray ids = r.value(QLatin1String("identifier")).toArray();
    for (int i = 0; i < ids.size(); ++i) {
        QJsonObject o = ids.at(i).toObject();
        if (str(o, "system") != system)
            continue;
        if (value.isEmpty()) {
            // Every one of the system: another left behind would be read as the value.
            for (int j = int(ids.size()) - 1; j >= i; --j) {
                if (str(ids.at(j).toObject(), "system") == system)
                    ids.removeAt(j);
            }
        } else {
            o.insert(QStringLiteral("value"), value);
            ids.replace(i, o);
        }
        r.insert(QStringLiteral("identifier"), ids);
        if (ids.isEmpty())
            r.remove(QStringLiteral("identifier"));
        return;
    }
    if (value.isEmpty())
        return;
    ids.append(QJsonObject {{QStringLiteral("system"), system}, {QStringLiteral("value"), value}});
    r.insert(QStringLiteral("identifier"), ids);
}

// The code of the first coding with that system in a CodeableConcept or an array of them.
QString codeOf(const QJsonValue &value, const QString &system)
{
    const QJsonArray concepts = value.isArray() ? value.toArray() : QJsonArray {value};
    for (const QJsonValue &c : concepts) {
        for (const QJsonValue &coding : c.toObject().value(QLatin1String("coding")).toArray()) {
            if (str(coding.toObject(), "system") == system)
                return str(coding.toObject(), "code");
        }
    }
    return {};
}

QJsonObject codeableConcept(const QString &system, const QString &code)
{
    return QJsonObject {{QStringLiteral("coding"),
        QJsonArray {QJsonObject {{QStringLiteral("system"), system}, {QStringLiteral("code"), code}}}}};
}

// Sets our coding inside the first concept that carries our system; keeps other codings and concepts.
QJsonArray setConceptArray(const QJsonArray &existing, const QString &system, const QString &code)
{
    QJsonArray concepts = existing;
    for (int i = 0; i < concepts.size(); ++i) {
        QJsonObject c = concepts.at(i).toObject();
        QJsonArray codings = c.value(QLatin1String("coding")).toArray();
        for (int j = 0; j < codings.size(); ++j) {
            QJsonObject coding = codings.at(j).toObject();
            if (str(coding, "system") == system) {
                coding.insert(QStringLiteral("code"), code);
                codings.replace(j, coding);
                c.insert(QStringLiteral("coding"), codings);
                concepts.replace(i, c);
                return concepts;
            }
        }
    }
    concepts.append(codeableConcept(system, code));
    return concepts;
}

int findExtension(const QJsonArray &exts, const QString &url, int from = 0)
{
    for (int i = from; i < exts.size(); ++i) {
        if (str(exts.at(i).toObject(), "url") == url)
            return i;
    }
    return -1;
}

void setExtension(QJsonObject &r, const QString &url, const QJsonObject &ext)
{
    QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    const int at = findExtension(exts, url);
    if (at >= 0)
        exts.replace(at, ext);
    else
        exts.append(ext);
    r.insert(QStringLiteral("extension"), exts);
}

void removeExtension(QJsonObject &r, const QString &url)
{
    QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    bool removed = false;
    for (int at = findExtension(exts, url); at >= 0; at = findExtension(exts, url)) {
        exts.removeAt(at);
        removed = true;
    }
    if (!removed)
        return;
    if (exts.isEmpty())
        r.remove(QStringLiteral("extension"));
    else
        r.insert(QStringLiteral("extension"), exts);
}

QString phoneOf(const QJsonObject &r)
{
    for (const QJsonValue &t : r.value(QLatin1String("telecom")).toArray()) {
        if (str(t.toObject(), "system") == QLatin1String("phone"))
            return str(t.toObject(), "value");
    }
    return {};
}

void setPhone(QJsonObject &r, const QString &phone)
{
    QJsonArray telecom = r.value(QLatin1String("telecom")).toArray();
    for (int i = 0; i < telecom.size(); ++i) {
        QJsonObject t = telecom.at(i).toObject();
        if (str(t, "system") != QLatin1String("phone"))
            continue;
        if (phone.isEmpty()) {
            // Every phone: another left behind would be read (and shown to citizens) as the number.
            for (int j = int(telecom.size()) - 1; j >= i; --j) {
                if (str(telecom.at(j).toObject(), "system") == QLatin1String("phone"))
                    telecom.removeAt(j);
            }
        } else {
            t.insert(QStringLiteral("value"), phone);
            telecom.replace(i, t);
        }
        if (telecom.isEmpty())
            r.remove(QStringLiteral("telecom"));
        else
            r.insert(QStringLiteral("telecom"), telecom);
        return;
    }
    if (phone.isEmpty())
        return;
    telecom.append(QJsonObject {{QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), phone}});
    r.insert(QStringLiteral("telecom"), telecom);
}

void setString(QJsonObject &r, const char *key, const QString &value)
{
    if (value.isEmpty())
        r.remove(QLatin1String(key));
    else
        r.insert(QLatin1String(key), value);
}

// The given names of a HumanName, joined by spaces.
QString givenOf(const QJsonObject &name)
{
    QStringList given;
    for (const QJsonValue &g : name.value(QLatin1String("given")).toArray())
        given << g.toString();
    return given.join(QLatin1Char(' '));
}

// A FHIR date or dateTime ("2026-11-20", "2026-11-20T10:00:00Z") as a date; invalid when it is neither.
QDate dateOf(const QString &value)
{
    if (value.size() != 10 && (value.size() < 11 || value.at(10) != QLatin1Char('T')))
        return {};
    return QDate::fromString(value.left(10), Qt::ISODate);
}

std::optional<QPair<QDate, QDate>> periodOf(const QJsonObject &r, QString *error)
{
    const QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    const int at = findExtension(exts, kPeriodExtension);
    if (at < 0) {
        *error = QStringLiteral("the period is missing");
        return std::nullopt;
    }
    const QJsonValue period = exts.at(at).toObject().value(QLatin1String("valuePeriod"));
    if (!period.isObject()) {
        *error = QStringLiteral("the period is not a Period");
        return std::nullopt;
    }
    const QDate start = dateOf(str(period.toObject(), "start"));
    const QDate end = dateOf(str(period.toObject(), "end"));
    if (!start.isValid() || !end.isValid()) {
        *error = QStringLiteral("the period has no valid start and end dates");
        return std::nullopt;
    }
    return qMakePair(start, end);
}

QJsonObject periodExtension(const QDate &from, const QDate &to)
{
    return QJsonObject {{QStringLiteral("url"), kPeriodExtension},
        {QStringLiteral("valuePeriod"),
            QJsonObject {{QStringLiteral("start"), from.toString(Qt::ISODate)},
                {QStringLiteral("end"), to.toString(Qt::ISODate)}}}};
}

// Writes the period extension unless it already holds these dates (perhaps as dateTimes).
void setPeriod(QJsonObject &r, const QDate &from, const QDate &to)
{
    QString ignored;
    if (periodOf(r, &ignored) == std::optional(qMakePair(from, to)))
        return;
    setExtension(r, kPeriodExtension, periodExtension(from, to));
}

// `active` is true when absent (FHIR's meaning for these resources): a resource read without it
// gets none written back unless it becomes false; a new resource states it.
void setActive(QJsonObject &r, const QJsonObject &source, bool active)
{
    if (source.isEmpty() || source.contains(QLatin1String("active")) || !active)
        r.insert(QStringLiteral("active"), active);
}

QJsonObject withBasicCode(QJsonObject r, const QString &code)
{
    r.insert(QStringLiteral("resourceType"), QStringLiteral("Basic"));
    if (codeOf(r.value(QLatin1String("code")), kBasicCodeSystem) != code)
        r.insert(QStringLiteral("code"), codeableConcept(kBasicCodeSystem, code));
    return r;
}

} // namespace

Result<QJsonObject> parseResource(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(QStringLiteral("not valid JSON: %1").arg(error.errorString()));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("not a JSON object"));
    if (!doc.object().value(QLatin1String("resourceType")).isString())
        return Result<QJsonObject>::failure(QStringLiteral("no resourceType"));
    return doc.object();
}

QString referenceId(const QJsonValue &ref, const QString &type)
{
    const QString value = ref.toObject().value(QLatin1String("reference")).toString();
    const QString prefix = type + QLatin1Char('/');
    if (!value.startsWith(prefix))
        return {};
    QString id = value.mid(prefix.size());
    const int history = int(id.indexOf(QLatin1String("/_history")));
    return history >= 0 ? id.left(history) : id;
}

QJsonObject reference(const QString &type, const QString &id)
{
    return QJsonObject {{QStringLiteral("reference"), QString(type + QLatin1Char('/') + id)}};
}

QString basicCode(const QJsonObject &resource)
{
    return codeOf(resource.value(QLatin1String("code")), kBasicCodeSystem);
}

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
        static const QList<QByteArrayView> read
            = {"resourceType", "id", "name", "identifier", "type", "partOf", "active", "telecom", "extension"};
        if (const qsizetype element = read.indexOf(key); element >= 0) {
            if (seen & (1u << element))
                ordinary = false; // a repeated key: QJsonDocument's reading decides
            seen |= 1u << element;
        }
        if (key == "address") // rare outside GP offices' registers: the full reading has it
            ordinary = false;
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

// ---------------------------------------------------------------- Basic: absence

namespace {

// "nn", "nn-NO", "EN-gb" -> "nn", "nn", "en": the languages a text is translated into; "" for others.
QString translationLanguage(const QString &code)
{
    const QString primary = code.section(QLatin1Char('-'), 0, 0).toLower();
    return primary == QLatin1String("nn") || primary == QLatin1String("en") ? primary : QString();
}

// A text's translations, as FHIR's translation extension carries them on the string's "_value"
// element: {"extension":[{"url":".../translation","extension":[{"url":"lang","valueCode":"nn"},
// {"url":"content","valueString":"..."}]}]}. Only nn and en are read ("nn-NO" is nn); the first of
// a language counts.
QMap<QString, QString> readTranslations(const QJsonValue &element)
{
    QMap<QString, QString> out;
    for (const QJsonValue &value : element.toObject().value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = value.toObject();
        if (str(ext, "url") != kTranslationExtension)
            continue;
        QString lang, content;
        for (const QJsonValue &part : ext.value(QLatin1String("extension")).toArray()) {
            if (str(part.toObject(), "url") == QLatin1String("lang"))
                lang = translationLanguage(str(part.toObject(), "valueCode"));
            else if (str(part.toObject(), "url") == QLatin1String("content"))
                content = str(part.toObject(), "valueString");
        }
        if (!lang.isEmpty() && !content.isEmpty() && !out.contains(lang))
            out.insert(lang, content);
    }
    return out;
}

// Sets the nn and en translations of the string element `holder` holds under "valueString";
// translations into other languages, and other extensions of the element, stay.
void writeTranslations(QJsonObject &holder, const QMap<QString, QString> &translations)
{
    QJsonObject element = holder.value(QLatin1String("_valueString")).toObject();
    QJsonArray exts = element.value(QLatin1String("extension")).toArray();
    for (int i = int(exts.size()) - 1; i >= 0; --i) {
        const QJsonObject ext = exts.at(i).toObject();
        if (str(ext, "url") != kTranslationExtension)
            continue;
        for (const QJsonValue &part : ext.value(QLatin1String("extension")).toArray()) {
            if (str(part.toObject(), "url") == QLatin1String("lang")
                && !translationLanguage(str(part.toObject(), "valueCode")).isEmpty())
                exts.removeAt(i);
        }
    }
    for (auto it = translations.begin(); it != translations.end(); ++it) {
        if (translationLanguage(it.key()).isEmpty() || it.value().isEmpty())
            continue;
        exts.append(QJsonObject {{QStringLiteral("url"), kTranslationExtension},
            {QStringLiteral("extension"),
                QJsonArray {QJsonObject {{QStringLiteral("url"), QStringLiteral("lang")},
                                {QStringLiteral("valueCode"), it.key()}},
                    QJsonObject {{QStringLiteral("url"), QStringLiteral("content")},
                        {QStringLiteral("valueString"), it.value()}}}}});
    }
    if (exts.isEmpty())
        element.remove(QLatin1String("extension"));
    else
        element.insert(QStringLiteral("extension"), exts);
    if (element.isEmpty())
        holder.remove(QLatin1String("_valueString"));
    else
        holder.insert(QStringLiteral("_valueString"), element);
}

} // namespace

Result<Absence> absenceFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "Basic"); !e.isEmpty())
        return Result<Absence>::failure(e);
    if (basicCode(r) != QLatin1String("absence"))
        return Result<Absence>::failure(QStringLiteral("the Basic is not an absence"));
    if (!shapeOk(r, "extension", QJsonValue::Array) || !shapeOk(r, "subject", QJsonValue::Object))
        return Result<Absence>::failure(QStringLiteral("the absence has an element of the wrong kind"));
    Absence a;
    a.id = str(r, "id");
    a.practitionerRoleId = referenceId(r.value(QLatin1String("subject")), QStringLiteral("PractitionerRole"));
    if (a.practitionerRoleId.isEmpty())
        return Result<Absence>::failure(QStringLiteral("the absence names no GP (PractitionerRole)"));
    QString error;
    const auto period = periodOf(r, &error);
    if (!period)
        return Result<Absence>::failure(error);
    a.from = period->first;
    a.to = period->second;
    if (r.contains(QLatin1String("created"))) {
        const QString created = r.value(QLatin1String("created")).toString();
        a.created = dateOf(created);
        // A FHIR date may be partial ("2026", "2026-11"): kept in the resource, no day in the domain.
        static const QRegularExpression partial(QStringLiteral("^\\d{4}(-\\d{2})?$"));
        if (!a.created.isValid() && !partial.match(created).hasMatch())
            return Result<Absence>::failure(QStringLiteral("the absence has a bad created date"));
    }
    for (const QJsonValue &v : r.value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = v.toObject();
        if (str(ext, "url") != kAbsenceServiceExtension)
            continue;
        if (!ext.value(QLatin1String("extension")).isArray())
            return Result<Absence>::failure(QStringLiteral("an affected service has no sub-extensions"));
        AffectedService s;
        bool haveMode = false;
        for (const QJsonValue &subValue : ext.value(QLatin1String("extension")).toArray()) {
            const QJsonObject sub = subValue.toObject();
            const QString url = str(sub, "url");
            if (url == QLatin1String("service"))
                s.serviceType = str(sub.value(QLatin1String("valueCoding")).toObject(), "code");
            else if (url == QLatin1String("mode")) {
                const QString mode = str(sub, "valueCode");
                if (mode != QLatin1String("closed") && mode != QLatin1String("substitute"))
                    return Result<Absence>::failure(QStringLiteral("unknown absence mode '%1'").arg(mode));
                s.mode = mode == QLatin1String("closed") ? AffectedService::Mode::Closed
                                                         : AffectedService::Mode::Substitute;
                haveMode = true;
            } else if (url == QLatin1String("citizenText")) {
                s.citizenText = str(sub, "valueString");
                if (!s.citizenText.isEmpty()) // a translation of nothing is not kept
                    s.translations = readTranslations(sub.value(QLatin1String("_valueString")));
            }
        }
        if (s.serviceType.isEmpty() || !haveMode)
            return Result<Absence>::failure(QStringLiteral("an affected service lacks its service or mode"));
        a.services.append(s);
    }
    a.source = r;
    return a;
}

QJsonObject toFhir(const Absence &a)
{
    QJsonObject r = withBasicCode(a.source, QStringLiteral("absence"));
    r.insert(QStringLiteral("id"), a.id);
    if (referenceId(r.value(QLatin1String("subject")), QStringLiteral("PractitionerRole")) != a.practitionerRoleId)
        r.insert(QStringLiteral("subject"), reference(QStringLiteral("PractitionerRole"), a.practitionerRoleId));
    if (a.created.isValid() && dateOf(str(r, "created")) != a.created)
        r.insert(QStringLiteral("created"), a.created.toString(Qt::ISODate));
    setPeriod(r, a.from, a.to);

    // Rebuild the affected services where they stood, keeping what we do not know inside each.
    QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    QHash<QString, QJsonObject> previous;
    int insertAt = -1;
    for (int i = int(exts.size()) - 1; i >= 0; --i) {
        const QJsonObject ext = exts.at(i).toObject();
        if (str(ext, "url") != kAbsenceServiceExtension)
            continue;
        for (const QJsonValue &sub : ext.value(QLatin1String("extension")).toArray()) {
            if (str(sub.toObject(), "url") == QLatin1String("service"))
                previous.insert(str(sub.toObject().value(QLatin1String("valueCoding")).toObject(), "code"), ext);
        }
        exts.removeAt(i);
        insertAt = i;
    }
    if (insertAt < 0)
        insertAt = int(exts.size());
    for (const AffectedService &s : a.services) {
        QJsonObject ext
            = previous.value(s.serviceType, QJsonObject {{QStringLiteral("url"), kAbsenceServiceExtension}});
        QJsonArray subs = ext.value(QLatin1String("extension")).toArray();
        auto setSub = [&subs](const QString &url, const QJsonObject &value) {
            for (int i = 0; i < subs.size(); ++i) {
                if (str(subs.at(i).toObject(), "url") == url) {
                    if (value.isEmpty())
                        subs.removeAt(i);
                    else
                        subs.replace(i, value);
                    return;
                }
            }
            if (!value.isEmpty())
                subs.append(value);
        };
        QJsonObject coding {{QStringLiteral("system"), kServiceTypeSystem}, {QStringLiteral("code"), s.serviceType}};
        for (const QJsonValue &sub : subs) {
            if (str(sub.toObject(), "url") == QLatin1String("service")
                && str(sub.toObject().value(QLatin1String("valueCoding")).toObject(), "code") == s.serviceType)
                coding = sub.toObject().value(QLatin1String("valueCoding")).toObject();
        }
        setSub(QStringLiteral("service"),
            QJsonObject {{QStringLiteral("url"), QStringLiteral("service")}, {QStringLiteral("valueCoding"), coding}});
        setSub(QStringLiteral("mode"),
            QJsonObject {{QStringLiteral("url"), QStringLiteral("mode")},
                {QStringLiteral("valueCode"),
                    s.mode == AffectedService::Mode::Closed ? QStringLiteral("closed")
                                                            : QStringLiteral("substitute")}});
        QJsonObject text;
        for (const QJsonValue &sub : std::as_const(subs)) {
            if (str(sub.toObject(), "url") == QLatin1String("citizenText"))
                text = sub.toObject();
        }
        if (!s.citizenText.isEmpty()) {
            text.insert(QStringLiteral("url"), QStringLiteral("citizenText"));
            text.insert(QStringLiteral("valueString"), s.citizenText);
            writeTranslations(text, s.translations);
        }
        setSub(QStringLiteral("citizenText"), s.citizenText.isEmpty() ? QJsonObject() : text);
        ext.insert(QStringLiteral("extension"), subs);
        exts.insert(insertAt++, ext);
    }
    r.insert(QStringLiteral("extension"), exts);
    return r;
}

// ---------------------------------------------------------------- Basic: info message

Result<InfoMessage> infoMessageFromFhir(const QJsonObject &r)
{
    if (const QString e = checkCommon(r, "Basic"); !e.isEmpty())
        return Result<InfoMessage>::failure(e);
    if (basicCode(r) != QLatin1String("info-message"))
        return Result<InfoMessage>::failure(QStringLiteral("the Basic is not an info message"));
    if (!shapeOk(r, "extension", QJsonValue::Array) || !shapeOk(r, "subject", QJsonValue::Object))
        return Result<InfoMessage>::failure(QStringLiteral("the info message has an element of the wrong kind"));
    InfoMessage m;
    m.id = str(r, "id");
    m.subjectReference = str(r.value(QLatin1String("subject")).toObject(), "reference");
    const QJsonValue subject = r.value(QLatin1String("subject"));
    if (referenceId(subject, QStringLiteral("Organization")).isEmpty()
        && referenceId(subject, QStringLiteral("PractitionerRole")).isEmpty())
        return Result<InfoMessage>::failure(QStringLiteral("the info message is not about an organisation or a GP"));
    QString error;
    const auto period = periodOf(r, &error);
    if (!period)
        return Result<InfoMessage>::failure(error);
    m.validFrom = period->first;
    m.validTo = period->second;
    const QJsonArray exts = r.value(QLatin1String("extension")).toArray();
    const int text = findExtension(exts, kMessageTextExtension);
    if (text < 0 || !exts.at(text).toObject().value(QLatin1String("valueString")).isString())
        return Result<InfoMessage>::failure(QStringLiteral("the info message has no text"));
    m.text = str(exts.at(text).toObject(), "valueString");
    const int language = findExtension(exts, kLanguageExtension);
    if (language >= 0) {
        const QJsonValue code = exts.at(language).toObject().value(QLatin1String("valueCode"));
        if (!code.isString() || code.toString().isEmpty())
            return Result<InfoMessage>::failure(QStringLiteral("the info message's language is not a code"));
        m.language = code.toString();
    }
    m.source = r;
    return m;
}

QJsonObject toFhir(const InfoMessage &m)
{
    QJsonObject r = withBasicCode(m.source, QStringLiteral("info-message"));
    r.insert(QStringLiteral("id"), m.id);
    if (str(r.value(QLatin1String("subject")).toObject(), "reference") != m.subjectReference)
        r.insert(QStringLiteral("subject"), QJsonObject {{QStringLiteral("reference"), m.subjectReference}});
    setPeriod(r, m.validFrom, m.validTo);
    setExtension(r, kMessageTextExtension,
        QJsonObject {{QStringLiteral("url"), kMessageTextExtension}, {QStringLiteral("valueString"), m.text}});
    if (m.language.isEmpty())
        removeExtension(r, kLanguageExtension);
    else
        setExtension(r, kLanguageExtension,
            QJsonObject {{QStringLiteral("url"), kLanguageExtension}, {QStringLiteral("valueCode"), m.language}});
    return r;
}

} // namespace hn::fhir
