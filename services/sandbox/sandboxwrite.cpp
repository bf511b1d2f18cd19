#include "sandboxinternal.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace hn::sandbox {

using namespace detail;

void SandboxServer::audit(const ResourceStore::User &user, const QString &action, const StoredResource &r)
{
    const QString subtype = action == QLatin1String("C") ? QStringLiteral("create")
        : action == QLatin1String("D")                   ? QStringLiteral("delete")
                                                         : QStringLiteral("update");
    const QJsonObject event {{QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
        {QStringLiteral("type"),
            QJsonObject {
                {QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-event-type")},
                {QStringLiteral("code"), QStringLiteral("rest")}}},
        {QStringLiteral("subtype"),
            QJsonArray {
                QJsonObject {{QStringLiteral("system"), QStringLiteral("http://hl7.org/fhir/restful-interaction")},
                    {QStringLiteral("code"), subtype}}}},
        {QStringLiteral("action"), action}, {QStringLiteral("recorded"), r.lastUpdated},
        {QStringLiteral("outcome"), QStringLiteral("0")},
        {QStringLiteral("agent"),
            QJsonArray {QJsonObject {{QStringLiteral("who"), QJsonObject {{QStringLiteral("display"), user.username}}},
                {QStringLiteral("name"), user.displayName}, {QStringLiteral("requestor"), true}}}},
        {QStringLiteral("source"),
            QJsonObject {
                {QStringLiteral("observer"), QJsonObject {{QStringLiteral("display"), QStringLiteral("hn-sandbox")}}}}},
        {QStringLiteral("entity"),
            QJsonArray {QJsonObject {{QStringLiteral("what"),
                QJsonObject {{QStringLiteral("reference"),
                    QStringLiteral("%1/%2/_history/%3").arg(r.type, r.id).arg(r.version)}}}}}}};
    m_store.put(QStringLiteral("AuditEvent"), QUuid::createUuid().toString(QUuid::WithoutBraces), event,
        QStringLiteral("POST"));
}

namespace {

// Deeper than this, a resource is refused (the client sets such a resource aside as unreadable).
constexpr int kMaxDepth = 100;

// Why a parsed resource cannot be stored although it is JSON: nested too deeply, or text that is
// not valid Unicode (a lone surrogate escape such as "\\ud800", in a key or a value). Empty if fine.
QString unsafeContent(const QJsonValue &value, int depth = 1)
{
    if (depth > kMaxDepth)
        return QStringLiteral("The resource is nested more than %1 levels deep").arg(kMaxDepth);
    if (value.isString() && !QStringView(value.toString()).isValidUtf16())
        return QStringLiteral("The resource holds text that is not valid Unicode");
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (QString problem = unsafeContent(item, depth + 1); !problem.isEmpty())
                return problem;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!QStringView(it.key()).isValidUtf16())
                return QStringLiteral("The resource holds text that is not valid Unicode");
            if (QString problem = unsafeContent(it.value(), depth + 1); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

// Whether the JSON text escapes half a surrogate pair ("\\ud800" alone). QJsonDocument quietly
// turns one into U+FFFD, but a resource is refused rather than changed behind its writer's back.
bool loneSurrogateEscape(const QByteArray &body)
{
    bool pendingHigh = false; // the last escape was a high surrogate, waiting for its low half
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != '\\') {
            if (pendingHigh)
                return true;
            continue;
        }
        const char next = i + 1 < body.size() ? body.at(i + 1) : '\0';
        if (next != 'u') {
            if (pendingHigh)
                return true;
            ++i; // a two-character escape (\\, \", \n, ...)
            continue;
        }
        bool ok = false;
        const uint unit = body.mid(i + 2, 4).toUInt(&ok, 16);
        if (!ok)
            return false; // not JSON: the parser says so
        const bool high = unit >= 0xD800 && unit <= 0xDBFF, low = unit >= 0xDC00 && unit <= 0xDFFF;
        if ((pendingHigh && !low) || (!pendingHigh && low))
            return true;
        pendingHigh = high;
        i += 5;
    }
    return pendingHigh;
}

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
    // "." and ".." are ids by the pattern, but no URL can name them: a path segment of dots is
    // taken as a step in the path.
    return pattern.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

} // namespace

SandboxServer::Response SandboxServer::write(const QString &method, const QString &type, const QString &idIn,
    const QByteArray &body, const QHttpServerRequest *request, const ResourceStore::User &user)
{
    const bool inTransaction = request == nullptr;
    if (type == QLatin1String("AuditEvent"))
        return outcome(405, QStringLiteral("not-supported"), QStringLiteral("AuditEvents are written by the server"));
    QString id = idIn;
    const QByteArray ifMatch = inTransaction ? QByteArray() : header(*request, "If-Match");
    const StoredResource *existing = id.isEmpty() ? nullptr : m_store.get(type, id);
    // Another's resource reads exactly like one that does not exist: checked before anything that
    // would tell (a version in a 412, a 403).
    const bool hidden = existing && !visibleEvenIfDeleted(user, *existing);
    if (!ifMatch.isEmpty()) {
        if (!existing || existing->deleted || hidden)
            return outcome(
                412, QStringLiteral("conflict"), QStringLiteral("%1/%2 does not exist in that version").arg(type, id));
        if (versionFromEtag(ifMatch) != QString::number(existing->version))
            return outcome(412, QStringLiteral("conflict"),
                QStringLiteral("Version conflict: %1/%2 is at version %3").arg(type, id).arg(existing->version));
    }

    if (method == QLatin1String("DELETE")) {
        if (!existing || hidden)
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        if (existing->deleted) {
            Response r;
            r.status = 204;
            return r;
        }
        if (!mayWrite(user, type, id, existing->index, existing))
            return outcome(403, QStringLiteral("forbidden"), QStringLiteral("You may not delete %1/%2").arg(type, id));
        bool othersRefer = false;
        if (const QStringList users = referrers(type, id, 3, user, &othersRefer); !users.isEmpty() || othersRefer)
            return outcome(409, QStringLiteral("conflict"),
                users.isEmpty() ? QStringLiteral("%1/%2 is still referred to").arg(type, id)
                                : QStringLiteral("%1/%2 is still referred to by %3")
                                      .arg(type, id, users.join(QStringLiteral(", "))));
        if (!inTransaction && !m_store.begin())
            return outcome(503, QStringLiteral("transient"), QStringLiteral("The store is busy"));
        const StoredResource *r = m_store.remove(type, id);
        if (!r) {
            if (!inTransaction)
                m_store.rollback();
            return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not delete"));
        }
        audit(user, QStringLiteral("D"), *r);
        if (!inTransaction && !m_store.commit())
            return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not commit"));
        Response out;
        out.status = 204;
        out.committedWrite = true;
        return out;
    }

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return outcome(400, QStringLiteral("structure"),
            QStringLiteral("The body is not a JSON object: %1").arg(parseError.errorString()));
    QJsonObject resource = doc.object();
    if (loneSurrogateEscape(body))
        return outcome(
            400, QStringLiteral("structure"), QStringLiteral("The resource holds text that is not valid Unicode"));
    if (const QString problem = unsafeContent(resource); !problem.isEmpty())
        return outcome(400, QStringLiteral("structure"), problem);
    if (resource.value(QStringLiteral("resourceType")).toString() != type)
        return outcome(400, QStringLiteral("invalid"), QStringLiteral("resourceType must be %1").arg(type));
    if (method == QLatin1String("PUT")) {
        const QString bodyId = resource.value(QStringLiteral("id")).toString();
        if (!bodyId.isEmpty() && bodyId != id)
            return outcome(400, QStringLiteral("invalid"), QStringLiteral("The id in the body differs from the URL"));
        if (!validId(id))
            return outcome(400, QStringLiteral("invalid"), QStringLiteral("'%1' is not a valid id").arg(id));
    } else {
        if (!inTransaction) {
            const QByteArray ifNoneExist = header(*request, "If-None-Exist");
            if (!ifNoneExist.isEmpty()) {
                const Response found = search(type, QUrlQuery(QString::fromUtf8(ifNoneExist)), user);
                const QJsonObject bundle = QJsonDocument::fromJson(found.body).object();
                const int matches = bundle.value(QStringLiteral("total")).toInt();
                if (found.status != 200)
                    return found;
                if (matches > 1)
                    return outcome(412, QStringLiteral("duplicate"),
                        QStringLiteral("If-None-Exist matched %1 resources").arg(matches));
                if (matches == 1) {
                    Response out;
                    out.status = 200;
                    const QJsonObject match = bundle.value(QStringLiteral("entry"))
                                                  .toArray()
                                                  .at(0)
                                                  .toObject()
                                                  .value(QStringLiteral("resource"))
                                                  .toObject();
                    out.body = QJsonDocument(match).toJson(QJsonDocument::Compact);
                    return out;
                }
            }
        }
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        existing = nullptr;
    }
    const SearchIndex newIndex = indexResource(resource);
    if (const QString problem = unprocessable(user, type, id, newIndex); !problem.isEmpty())
        return outcome(422, QStringLiteral("processing"), problem);
    // Over another's resource (which reads as absent) the same answer as for content that is not the
    // writer's to write.
    if (hidden || !mayWrite(user, type, id, newIndex, existing))
        return outcome(403, QStringLiteral("forbidden"),
            QStringLiteral("You may not write this %1 for that organisation").arg(type));
    const bool created = !existing || existing->deleted;
    if (!inTransaction && !m_store.begin())
        return outcome(503, QStringLiteral("transient"), QStringLiteral("The store is busy"));
    const StoredResource *stored = m_store.put(type, id, resource, method);
    if (!stored) {
        if (!inTransaction)
            m_store.rollback();
        return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not store"));
    }
    const StoredResource copy = *stored;
    audit(user, created ? QStringLiteral("C") : QStringLiteral("U"), copy);
    if (!inTransaction && !m_store.commit())
        return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not commit"));
    Response out;
    out.status = created ? 201 : 200;
    out.body = copy.json;
    out.committedWrite = true;
    out.headers.append(qMakePair(QByteArray("ETag"), etag(copy.version)));
    out.headers.append({"Location",
        (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/') + id + QStringLiteral("/_history/")
            + QString::number(copy.version))
            .toUtf8()});
    out.headers.append(qMakePair(QByteArray("Last-Modified"), copy.lastUpdated.toLatin1()));
    return out;
}

SandboxServer::Response SandboxServer::transaction(const QByteArray &body, const ResourceStore::User &user)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject bundle = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return outcome(400, QStringLiteral("structure"), QStringLiteral("The body is not a JSON object"));
    if (loneSurrogateEscape(body)) // the entries below are parsed already, with U+FFFD in its place
        return outcome(
            400, QStringLiteral("structure"), QStringLiteral("The bundle holds text that is not valid Unicode"));
    if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle")
        || bundle.value(QStringLiteral("type")).toString() != QLatin1String("transaction"))
        return outcome(400, QStringLiteral("invalid"), QStringLiteral("POST to the base takes a transaction Bundle"));
    if (!m_store.begin())
        return outcome(503, QStringLiteral("transient"), QStringLiteral("The store is busy"));
    QJsonArray responses;
    for (const QJsonValue &v : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QString method = request.value(QStringLiteral("method")).toString();
        const QStringList url
            = request.value(QStringLiteral("url")).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (url.isEmpty() || !ResourceStore::knownTypes().contains(url.at(0))
            || (method != QLatin1String("POST") && url.size() != 2)) {
            m_store.rollback();
            return outcome(400, QStringLiteral("invalid"), QStringLiteral("Bad request.url in a transaction entry"));
        }
        const QString type = url.at(0);
        const QString id = url.value(1);
        // If-Match inside the transaction.
        const QString ifMatch = request.value(QStringLiteral("ifMatch")).toString();
        if (!ifMatch.isEmpty()) {
            const StoredResource *existing = m_store.get(type, id);
            if (!existing || existing->deleted || !visible(user, *existing)
                || versionFromEtag(ifMatch.toUtf8()) != QString::number(existing->version)) {
                m_store.rollback();
                return outcome(
                    412, QStringLiteral("conflict"), QStringLiteral("Version conflict on %1/%2").arg(type, id));
            }
        }
        Response r;
        if (method == QLatin1String("PUT") || method == QLatin1String("POST") || method == QLatin1String("DELETE")) {
            r = write(method, type, id,
                QJsonDocument(entry.value(QStringLiteral("resource")).toObject()).toJson(QJsonDocument::Compact),
                nullptr, user);
        } else {
            m_store.rollback();
            return outcome(
                400, QStringLiteral("not-supported"), QStringLiteral("Transaction entries may PUT, POST or DELETE"));
        }
        if (r.status >= 400) {
            m_store.rollback();
            return r;
        }
        QJsonObject response {{QStringLiteral("status"), QString::number(r.status)}};
        for (const auto &[key, value] : r.headers) {
            if (key == "ETag")
                response.insert(QStringLiteral("etag"), QString::fromUtf8(value));
            if (key == "Location")
                response.insert(QStringLiteral("location"), QString::fromUtf8(value));
        }
        QJsonObject out {{QStringLiteral("response"), response}};
        if (!r.body.isEmpty())
            out.insert(QStringLiteral("resource"), QJsonDocument::fromJson(r.body).object());
        responses.append(out);
    }
    if (!m_store.commit())
        return outcome(500, QStringLiteral("exception"), QStringLiteral("Could not commit"));
    Response out;
    out.committedWrite = true;
    out.body = QJsonDocument(
        QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("transaction-response")}, {QStringLiteral("entry"), responses}})
                   .toJson(QJsonDocument::Compact);
    return out;
}

} // namespace hn::sandbox
