#include "mapping.h"
#include "mapping_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace hn::fhir {

using namespace hn::models;

namespace detail {

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

int findExtension(const QJsonArray &exts, const QString &url, int from)
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

} // namespace detail

using namespace detail;

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

} // namespace hn::fhir
