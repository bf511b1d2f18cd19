#include "sandboxinternal.h"

#include <QUrlQuery>

namespace hn::sandbox {

using namespace detail;

namespace {

bool referenceMatches(const QStringList &refs, const QString &value)
{
    for (const QString &ref : refs) {
        if (ref == value || ref.endsWith(QLatin1Char('/') + value))
            return true;
    }
    return false;
}

bool tokenMatches(const QStringList &tokens, const QString &value)
{
    if (value.endsWith(QLatin1Char('|'))) { // system only
        for (const QString &t : tokens) {
            if (t.startsWith(value))
                return true;
        }
        return false;
    }
    return tokens.contains(value);
}

bool dateMatches(const QString &lastUpdated, QString value)
{
    QString prefix = QStringLiteral("eq");
    if (value.size() > 2 && value.at(0).isLetter() && value.at(1).isLetter()) {
        prefix = value.left(2);
        value = value.mid(2);
    }
    const QDateTime when = QDateTime::fromString(lastUpdated, Qt::ISODateWithMs);
    QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!at.isValid())
        return false;
    if (prefix == QLatin1String("gt"))
        return when > at;
    if (prefix == QLatin1String("ge"))
        return when >= at;
    if (prefix == QLatin1String("lt"))
        return when < at;
    if (prefix == QLatin1String("le"))
        return when <= at;
    return when == at || lastUpdated.startsWith(value);
}

bool validDate(QString value)
{
    static const QStringList prefixes = {
        QStringLiteral("eq"), QStringLiteral("gt"), QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};
    if (value.size() > 2 && value.at(0).isLetter()) {
        if (!prefixes.contains(value.left(2)))
            return false;
        value = value.mid(2);
    }
    return QDateTime::fromString(value, Qt::ISODateWithMs).isValid() || QDate::fromString(value, Qt::ISODate).isValid();
}

// The elements a search parameter looks at, per resource type.
QStringList referenceElements(const QString &type, const QString &param)
{
    if (param == QLatin1String("organization"))
        return type == QLatin1String("HealthcareService")
            ? QStringList {QStringLiteral("providedBy")}
            : QStringList {QStringLiteral("organization"), QStringLiteral("managingOrganization")};
    if (param == QLatin1String("providedBy"))
        return {QStringLiteral("providedBy")};
    if (param == QLatin1String("partof"))
        return {QStringLiteral("partOf")};
    if (param == QLatin1String("subject"))
        return {QStringLiteral("subject")};
    if (param == QLatin1String("practitioner"))
        return {QStringLiteral("practitioner")};
    if (param == QLatin1String("service"))
        return {QStringLiteral("healthcareService")};
    if (param == QLatin1String("focus"))
        return {QStringLiteral("focus")};
    if (param == QLatin1String("owner"))
        return {QStringLiteral("owner")};
    return {};
}

QStringList tokenElements(const QString &type, const QString &param)
{
    if (param == QLatin1String("identifier"))
        return {QStringLiteral("identifier")};
    if (param == QLatin1String("type") || param == QLatin1String("service-type"))
        return {QStringLiteral("type")};
    if (param == QLatin1String("code"))
        return {QStringLiteral("code")};
    if (param == QLatin1String("program"))
        return {QStringLiteral("program")};
    if (param == QLatin1String("service-category"))
        return {QStringLiteral("category")};
    Q_UNUSED(type)
    return {};
}

const QStringList kControlParams = {QStringLiteral("_count"), QStringLiteral("_offset"), QStringLiteral("_sort"),
    QStringLiteral("_format"), QStringLiteral("_summary"), QStringLiteral("_since"), QStringLiteral("_total")};

} // namespace

SandboxServer::Response SandboxServer::handleFhir(
    const QHttpServerRequest &request, const QStringList &path, const std::optional<ResourceStore::User> &userOpt)
{
    const ResourceStore::User &user = *userOpt;
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    if (path.isEmpty()) {
        if (method != M::Post)
            return outcome(
                405, QStringLiteral("not-supported"), QStringLiteral("POST a transaction Bundle to the base"));
        return transaction(request.body(), user);
    }
    const QString type = path.at(0);
    if (!ResourceStore::knownTypes().contains(type))
        return outcome(400, QStringLiteral("not-supported"), QStringLiteral("Unknown resource type '%1'").arg(type));
    if (path.size() == 1) {
        if (method == M::Get)
            return search(type, request.query(), user);
        if (method == M::Post)
            return write(QStringLiteral("POST"), type, QString(), request.body(), &request, user);
        return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET or POST"));
    }
    if (path.size() == 2 && path.at(1) == QLatin1String("_history")) {
        if (method != M::Get)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET"));
        return typeHistory(type, request.query(), user);
    }
    const QString id = path.at(1);
    if (path.size() == 2) {
        if (method == M::Put)
            return write(QStringLiteral("PUT"), type, id, request.body(), &request, user);
        if (method == M::Delete)
            return write(QStringLiteral("DELETE"), type, id, {}, &request, user);
        if (method != M::Get)
            return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET, PUT or DELETE"));
        const StoredResource *r = m_store.get(type, id);
        if (!r)
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        if (!visibleEvenIfDeleted(user, *r))
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        if (r->deleted)
            return outcome(410, QStringLiteral("deleted"), QStringLiteral("%1/%2 has been deleted").arg(type, id));
        if (!visible(user, *r))
            return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
        Response out;
        out.body = r->json;
        out.headers.append(qMakePair(QByteArray("ETag"), etag(r->version)));
        out.headers.append(qMakePair(QByteArray("Last-Modified"), r->lastUpdated.toLatin1()));
        return out;
    }
    if (path.at(2) != QLatin1String("_history") || path.size() > 4)
        return outcome(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
    if (method != M::Get)
        return outcome(405, QStringLiteral("not-supported"), QStringLiteral("Use GET"));
    const StoredResource *current = m_store.get(type, id);
    if (!current || !visibleEvenIfDeleted(user, *current))
        return outcome(404, QStringLiteral("not-found"), QStringLiteral("%1/%2 is not known").arg(type, id));
    if (path.size() == 4) {
        bool ok = false;
        const int v = path.at(3).toInt(&ok);
        const auto entry = ok ? m_store.version(type, id, v) : std::nullopt;
        if (!entry)
            return outcome(
                404, QStringLiteral("not-found"), QStringLiteral("No version %1 of %2/%3").arg(path.at(3), type, id));
        if (entry->method == QLatin1String("DELETE"))
            return outcome(410, QStringLiteral("deleted"), QStringLiteral("Version %1 is a deletion").arg(v));
        Response out;
        out.body = entry->json;
        out.headers.append(qMakePair(QByteArray("ETag"), etag(v)));
        return out;
    }
    const QList<HistoryEntry> entries = m_store.instanceHistory(type, id);
    QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"total\":"
        + QByteArray::number(entries.size()) + ",\"entry\":[";
    bool first = true;
    for (const HistoryEntry &e : entries) {
        if (!first)
            body += ',';
        first = false;
        body += "{\"fullUrl\":\"" + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/') + id).toUtf8() + "\"";
        if (!e.json.isEmpty())
            body += ",\"resource\":" + e.json;
        body += ",\"request\":{\"method\":\"" + e.method.toUtf8() + "\",\"url\":\""
            + (type + QLatin1Char('/') + id).toUtf8() + "\"}}";
    }
    body += "]}";
    Response out;
    out.body = body;
    return out;
}

SandboxServer::Response SandboxServer::search(
    const QString &type, const QUrlQuery &query, const ResourceStore::User &user)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    int count = 50, offset = 0;
    QList<QPair<QString, QString>> filters;
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("_count") || key == QLatin1String("_offset")) {
            const auto n = pagingNumber(value, key == QLatin1String("_count") ? kMaxPage : kMaxOffset);
            if (!n)
                return outcome(400, QStringLiteral("invalid"), QStringLiteral("%1 takes a whole number").arg(key));
            (key == QLatin1String("_count") ? count : offset) = *n;
        } else if (!kControlParams.contains(key))
            filters.append({key, value});
    }
    for (const auto &[key, value] : filters) {
        const bool known = key == QLatin1String("_id") || key == QLatin1String("_lastUpdated")
            || key == QLatin1String("active") || key == QLatin1String("status") || key == QLatin1String("name")
            || !referenceElements(type, key).isEmpty() || !tokenElements(type, key).isEmpty();
        if (!known)
            return outcome(
                400, QStringLiteral("not-supported"), QStringLiteral("Unknown search parameter '%1'").arg(key));
        if (key == QLatin1String("_lastUpdated") && !validDate(value))
            return outcome(400, QStringLiteral("invalid"),
                QStringLiteral("_lastUpdated takes an instant or date with an optional prefix eq, gt, ge, lt or le"));
    }
    const auto isVisible = visibility(user, type);
    QList<const StoredResource *> matches;
    for (const StoredResource *r : m_store.all(type)) {
        bool ok = true;
        for (const auto &[key, value] : filters) {
            const QStringList alternatives = value.split(QLatin1Char(','));
            bool any = false;
            for (const QString &v : alternatives) {
                if (key == QLatin1String("_id"))
                    any = r->id == v;
                else if (key == QLatin1String("_lastUpdated"))
                    any = dateMatches(r->lastUpdated, v);
                else if (key == QLatin1String("active"))
                    any = r->index.active == (v == QLatin1String("true") ? 1 : 0);
                else if (key == QLatin1String("status"))
                    any = r->index.status == v;
                else if (key == QLatin1String("name"))
                    any = r->index.name.contains(v, Qt::CaseInsensitive);
                else if (const QStringList refs = referenceElements(type, key); !refs.isEmpty()) {
                    for (const QString &element : refs)
                        any = any || referenceMatches(r->index.refs.value(element), v);
                } else {
                    for (const QString &element : tokenElements(type, key))
                        any = any || tokenMatches(r->index.tokens.value(element), v);
                }
                if (any)
                    break;
            }
            if (!any) {
                ok = false;
                break;
            }
        }
        if (ok && isVisible(*r))
            matches.append(r);
    }
    const int total = int(matches.size());
    const int end = qMin(total, offset + count);
    QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"meta\":{\"lastUpdated\":\""
        + m_store.now().toUtf8() + "\"},\"total\":" + QByteArray::number(total) + ",\"link\":[";
    QUrlQuery self(query);
    body += "{\"relation\":\"self\",\"url\":\""
        + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('?') + self.toString(QUrl::FullyEncoded)).toUtf8() + "\"}";
    if (end < total && count > 0) {
        QUrlQuery next(query);
        next.removeAllQueryItems(QStringLiteral("_offset"));
        next.addQueryItem(QStringLiteral("_offset"), QString::number(end));
        body += ",{\"relation\":\"next\",\"url\":\""
            + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('?') + next.toString(QUrl::FullyEncoded)).toUtf8()
            + "\"}";
    }
    body += "],\"entry\":[";
    const QByteArray base = (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/')).toUtf8();
    for (int i = offset; i < end; ++i) {
        if (i > offset)
            body += ',';
        body += "{\"fullUrl\":\"" + base + matches[i]->id.toUtf8() + "\",\"resource\":" + matches[i]->json
            + ",\"search\":{\"mode\":\"match\"}}";
    }
    body += "]}";
    Response out;
    out.body = body;
    return out;
}

SandboxServer::Response SandboxServer::typeHistory(
    const QString &type, const QUrlQuery &query, const ResourceStore::User &user)
{
    const QString since = query.queryItemValue(QStringLiteral("_since"), QUrl::FullyDecoded);
    if (!since.isEmpty() && !QDateTime::fromString(since, Qt::ISODateWithMs).isValid()
        && !QDate::fromString(since, Qt::ISODate).isValid())
        return outcome(400, QStringLiteral("invalid"), QStringLiteral("_since must be an instant"));
    int count = 50, offset = 0;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("_count") || key == QLatin1String("_offset")) {
            const auto n = pagingNumber(value, key == QLatin1String("_count") ? kMaxPage : kMaxOffset);
            if (!n)
                return outcome(400, QStringLiteral("invalid"), QStringLiteral("%1 takes a whole number").arg(key));
            (key == QLatin1String("_count") ? count : offset) = *n;
        }
    }
    count = qMax(1, count);
    // Normalise to the stored form (UTC, milliseconds) so string comparison orders correctly.
    QString sinceKey;
    if (!since.isEmpty()) {
        QDateTime t = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC);
        sinceKey = t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    int visibleTotal = 0;
    QList<HistoryEntry> pageEntries;
    if (user.role == QLatin1String("nhn")) {
        // Everything is visible: let SQLite page.
        pageEntries = m_store.typeHistory(type, sinceKey, offset, count, &visibleTotal);
    } else {
        int total = 0;
        const QList<HistoryEntry> all = m_store.typeHistory(type, sinceKey, 0, 1 << 30, &total);
        const auto isVisible = visibility(user, type);
        for (const HistoryEntry &e : all) {
            StoredResource probe;
            probe.type = type;
            probe.id = e.id;
            QByteArray json = e.json;
            if (json.isEmpty()) {
                if (const auto before = m_store.version(type, e.id, e.version - 1))
                    json = before->json;
            }
            probe.index = indexResource(QJsonDocument::fromJson(json).object());
            if (!isVisible(probe))
                continue;
            if (visibleTotal >= offset && visibleTotal < offset + count)
                pageEntries.append(e);
            ++visibleTotal;
        }
    }
    const int end = qMin(visibleTotal, offset + count);
    QByteArray body = "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"meta\":{\"lastUpdated\":\""
        + m_store.now().toUtf8() + "\"},\"total\":" + QByteArray::number(visibleTotal) + ",\"link\":[";
    if (end < visibleTotal) {
        QUrlQuery next(query);
        next.removeAllQueryItems(QStringLiteral("_offset"));
        next.addQueryItem(QStringLiteral("_offset"), QString::number(end));
        body += "{\"relation\":\"next\",\"url\":\""
            + (baseUrl() + QLatin1Char('/') + type + QStringLiteral("/_history?") + next.toString(QUrl::FullyEncoded))
                  .toUtf8()
            + "\"}";
    }
    body += "],\"entry\":[";
    for (int i = 0; i < int(pageEntries.size()); ++i) {
        const HistoryEntry &e = pageEntries.at(i);
        if (i > 0)
            body += ',';
        body += "{\"fullUrl\":\"" + (baseUrl() + QLatin1Char('/') + type + QLatin1Char('/') + e.id).toUtf8() + "\"";
        if (!e.json.isEmpty())
            body += ",\"resource\":" + e.json;
        body += ",\"request\":{\"method\":\"" + e.method.toUtf8() + "\",\"url\":\""
            + (type + QLatin1Char('/') + e.id).toUtf8() + "\"},\"response\":{\"status\":\""
            + (e.method == QLatin1String("DELETE") ? "204"
                    : e.version == 1               ? "201"
                                                   : "200")
            + "\",\"lastModified\":\"" + e.lastUpdated.toUtf8() + "\"}}";
    }
    body += "]}";
    Response out;
    out.body = body;
    return out;
}

} // namespace hn::sandbox
