#include "sandboxinternal.h"

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

QSet<QString> SandboxServer::owners(const QString &type, const SearchIndex &index) const
{
    QSet<QString> orgs;
    auto addOrg = [&](const QString &id) {
        if (id.isEmpty())
            return;
        orgs.insert(id);
        const QString parent = parentOf(id);
        if (!parent.isEmpty())
            orgs.insert(parent);
    };
    auto addRefs = [&](const QStringList &refs) {
        for (const QString &ref : refs) {
            const QString org = refId(ref, QStringLiteral("Organization"));
            if (!org.isEmpty()) {
                addOrg(org);
                continue;
            }
            const QString role = refId(ref, QStringLiteral("PractitionerRole"));
            if (const StoredResource *r
                = role.isEmpty() ? nullptr : m_store.get(QStringLiteral("PractitionerRole"), role)) {
                for (const QString &o : r->index.refs.value(QStringLiteral("organization")))
                    addOrg(refId(o, QStringLiteral("Organization")));
            }
        }
    };
    if (type == QLatin1String("Practitioner") || type == QLatin1String("AuditEvent"))
        return orgs; // decided elsewhere
    for (auto it = index.refs.begin(); it != index.refs.end(); ++it) {
        if (it.key() == QLatin1String("healthcareService") || it.key() == QLatin1String("practitioner"))
            continue;
        addRefs(it.value());
    }
    return orgs;
}

bool SandboxServer::visible(const ResourceStore::User &user, const StoredResource &r) const
{
    if (user.role == QLatin1String("nhn"))
        return true;
    if (r.type == QLatin1String("AuditEvent"))
        return false;
    if (r.type == QLatin1String("Organization")) {
        if (r.id == user.organizationId || parentOf(r.id) == user.organizationId)
            return true;
        return false;
    }
    if (r.type == QLatin1String("Practitioner")) {
        // Visible through any role at one of the user's organisations.
        const QString target = QStringLiteral("Practitioner/") + r.id;
        for (const StoredResource *role : m_store.all(QStringLiteral("PractitionerRole"))) {
            if (role->index.refs.value(QStringLiteral("practitioner")).contains(target) && visible(user, *role))
                return true;
        }
        return false;
    }
    return owners(r.type, r.index).contains(user.organizationId);
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

QStringList SandboxServer::referrers(const QString &type, const QString &id, int limit) const
{
    QStringList out;
    const QString target = type + QLatin1Char('/') + id;
    for (const QString &t : ResourceStore::knownTypes()) {
        if (t == QLatin1String("AuditEvent"))
            continue;
        for (const StoredResource *r : m_store.all(t)) {
            for (auto it = r->index.refs.cbegin(); it != r->index.refs.cend(); ++it) {
                if (it.value().contains(target)) {
                    out << t + QLatin1Char('/') + r->id;
                    break;
                }
            }
            if (out.size() >= limit)
                return out;
        }
    }
    return out;
}

QString SandboxServer::unprocessable(const QString &type, const QJsonObject &resource, const SearchIndex &index) const
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
            const StoredResource *target = m_store.get(targetType, match.captured(2));
            if (!target || target->deleted)
                return QStringLiteral("%1.%2 refers to %3, which does not exist").arg(type, it.key(), ref);
        }
    }
    if (type == QLatin1String("Basic") && index.tokens.value(QStringLiteral("code")).isEmpty())
        return QStringLiteral("Basic.code is required");
    Q_UNUSED(resource)
    return {};
}

bool SandboxServer::ownsContent(const ResourceStore::User &user, const QString &type, const SearchIndex &index) const
{
    if (user.role == QLatin1String("nhn"))
        return true;
    if (type == QLatin1String("Organization") || type == QLatin1String("Practitioner")
        || type == QLatin1String("AuditEvent"))
        return false; // actors and people are NHN's to create
    return owners(type, index).contains(user.organizationId);
}

} // namespace hn::sandbox
