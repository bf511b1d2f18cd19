#include "sandboxinternal.h"

#include <QRegularExpression>

namespace hn::sandbox {

using namespace detail;

QString SandboxServer::parentOf(const QString &orgId) const
{
    const StoredResource *org = m_store.get(QStringLiteral("Organization"), orgId);
    if (!org)
        return {};
    const QStringList partOf = org->index.refs.value(QStringLiteral("partOf"));
    return partOf.isEmpty() ? QString() : refId(partOf.first(), QStringLiteral("Organization"));
}

QString SandboxServer::ownerElement(const QString &type)
{
    // The same elements the client's store indexes (Store::indexedReferences()), and for the types
    // to come the element that names the organisation they are for.
    static const QHash<QString, QString> elements = {
        {QStringLiteral("HealthcareService"), QStringLiteral("providedBy")},
        {QStringLiteral("PractitionerRole"), QStringLiteral("organization")},
        {QStringLiteral("Basic"), QStringLiteral("subject")},
        {QStringLiteral("Endpoint"), QStringLiteral("managingOrganization")},
        {QStringLiteral("Task"), QStringLiteral("for")},
        {QStringLiteral("Contract"), QStringLiteral("subject")},
    };
    return elements.value(type);
}

QString SandboxServer::owningOrganization(const QString &type, const QString &id, const SearchIndex &index) const
{
    if (type == QLatin1String("Organization"))
        return id;
    const QString element = ownerElement(type);
    const QStringList refs = element.isEmpty() ? QStringList() : index.refs.value(element);
    if (refs.size() != 1)
        return {}; // no owner, or more than one: nobody's but NHN's
    if (const QString org = refId(refs.first(), QStringLiteral("Organization")); !org.isEmpty())
        return org;
    const QString roleId = refId(refs.first(), QStringLiteral("PractitionerRole"));
    const StoredResource *role = roleId.isEmpty() ? nullptr : m_store.get(QStringLiteral("PractitionerRole"), roleId);
    if (!role || role->deleted)
        return {};
    const QStringList orgs = role->index.refs.value(QStringLiteral("organization"));
    return orgs.size() == 1 ? refId(orgs.first(), QStringLiteral("Organization")) : QString();
}

bool SandboxServer::inScope(const ResourceStore::User &user, const QString &orgId) const
{
    return !orgId.isEmpty() && (orgId == user.organizationId || parentOf(orgId) == user.organizationId);
}

bool SandboxServer::visible(const ResourceStore::User &user, const StoredResource &r) const
{
    if (user.role == QLatin1String("nhn"))
        return true;
    if (r.type == QLatin1String("AuditEvent"))
        return false;
    if (r.type == QLatin1String("Practitioner")) {
        // Visible through any role at one of the user's organisations.
        const QString target = QStringLiteral("Practitioner/") + r.id;
        for (const StoredResource *role : m_store.all(QStringLiteral("PractitionerRole"))) {
            if (role->index.refs.value(QStringLiteral("practitioner")).contains(target) && visible(user, *role))
                return true;
        }
        return false;
    }
    return inScope(user, owningOrganization(r.type, r.id, r.index));
}

bool SandboxServer::visibleEvenIfDeleted(const ResourceStore::User &user, const StoredResource &r) const
{
    if (!r.deleted)
        return visible(user, r);
    // A deleted resource is visible to whoever could see its last content.
    StoredResource before;
    before.type = r.type;
    before.id = r.id;
    if (const auto last = m_store.version(r.type, r.id, r.version - 1))
        before.index = indexResource(QJsonDocument::fromJson(last->json).object());
    return visible(user, before);
}

std::function<bool(const StoredResource &)> SandboxServer::visibility(
    const ResourceStore::User &user, const QString &type) const
{
    if (user.role == QLatin1String("nhn"))
        return [](const StoredResource &) { return true; };
    if (type == QLatin1String("Practitioner")) {
        // One pass over the roles instead of one per practitioner.
        QSet<QString> ids;
        for (const StoredResource *role : m_store.all(QStringLiteral("PractitionerRole"))) {
            if (!visible(user, *role))
                continue;
            for (const QString &ref : role->index.refs.value(QStringLiteral("practitioner")))
                ids.insert(refId(ref, QStringLiteral("Practitioner")));
        }
        return [ids](const StoredResource &r) { return ids.contains(r.id); };
    }
    return [this, user](const StoredResource &r) { return visible(user, r); };
}

QStringList SandboxServer::referrers(
    const QString &type, const QString &id, int limit, const ResourceStore::User &user, bool *hidden) const
{
    QStringList out;
    const QString target = type + QLatin1Char('/') + id;
    for (const QString &t : ResourceStore::knownTypes()) {
        if (t == QLatin1String("AuditEvent"))
            continue;
        for (const StoredResource *r : m_store.all(t)) {
            for (auto it = r->index.refs.cbegin(); it != r->index.refs.cend(); ++it) {
                if (!it.value().contains(target))
                    continue;
                if (visible(user, *r))
                    out << t + QLatin1Char('/') + r->id;
                else
                    *hidden = true; // named to nobody who cannot see it
                break;
            }
            if (out.size() >= limit)
                return out;
        }
    }
    return out;
}

QString SandboxServer::unprocessable(
    const ResourceStore::User &user, const QString &type, const QString &id, const SearchIndex &index) const
{
    static const QRegularExpression relative(QStringLiteral("^([A-Z][A-Za-z]+)/([A-Za-z0-9\\-\\.]{1,64})$"));
    for (auto it = index.refs.cbegin(); it != index.refs.cend(); ++it) {
        for (const QString &ref : it.value()) {
            const auto match = relative.match(ref);
            if (!match.hasMatch())
                return QStringLiteral("%1.%2: a reference must read Type/id").arg(type, it.key());
            const QString targetType = match.captured(1);
            if (!ResourceStore::knownTypes().contains(targetType))
                continue; // a type this server does not hold: not ours to check
            if (targetType == type && match.captured(2) == id)
                continue; // itself
            // What the writer cannot see reads exactly as what does not exist.
            const StoredResource *target = m_store.get(targetType, match.captured(2));
            if (!target || target->deleted || !visible(user, *target))
                return QStringLiteral("%1.%2 refers to %3, which does not exist").arg(type, it.key(), ref);
        }
    }
    if (type == QLatin1String("Basic") && index.tokens.value(QStringLiteral("code")).isEmpty())
        return QStringLiteral("Basic.code is required");
    return {};
}

bool SandboxServer::mayWrite(const ResourceStore::User &user, const QString &type, const QString &id,
    const SearchIndex &index, const StoredResource *existing) const
{
    if (user.role == QLatin1String("nhn"))
        return true;
    const bool exists = existing && !existing->deleted;
    if (exists && !visible(user, *existing))
        return false;
    if (type == QLatin1String("Organization")) {
        // Actors are NHN's to create; an office or municipality may update itself (its place in the
        // tree unchanged) and its units (which stay its own).
        if (!exists)
            return false;
        const QStringList partOf = index.refs.value(QStringLiteral("partOf"));
        return id == user.organizationId
            ? partOf == existing->index.refs.value(QStringLiteral("partOf"))
            : partOf == QStringList {QStringLiteral("Organization/") + user.organizationId};
    }
    if (type == QLatin1String("Practitioner"))
        return exists; // people are NHN's to create; one the user's roles point at may be updated
    if (type == QLatin1String("AuditEvent"))
        return false;
    return inScope(user, owningOrganization(type, id, index));
}

} // namespace hn::sandbox
