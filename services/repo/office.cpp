#include "office.h"

#include "common/logging.h"
#include "editcommand.h"
#include "fhir/mapping.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace hn::repo {

using namespace hn::models;

namespace {

const QString kOrganization = QStringLiteral("Organization");
const QString kRole = QStringLiteral("PractitionerRole");
const QString kPractitioner = QStringLiteral("Practitioner");
const QString kService = QStringLiteral("HealthcareService");
const QString kBasic = QStringLiteral("Basic");

// The services whose offered state a GP's role (`role`, read from `r`) changes locally and the
// server has not saved yet.
QSet<QString> servicesPendingIn(const store::CachedResource &r, const PractitionerRole &role)
{
    if (!r.pending)
        return {};
    const QStringList &now = role.healthcareServiceIds;
    const QStringList was = r.serverJson.isEmpty()
        ? QStringList()
        : fhir::practitionerRoleFromFhir(r.serverJson).value().healthcareServiceIds;
    const QSet<QString> a(now.cbegin(), now.cend());
    const QSet<QString> b(was.cbegin(), was.cend());
    return (a - b) | (b - a);
}

QString draftsKey(const QString &officeId)
{
    return QStringLiteral("drafts/office/") + officeId;
}

} // namespace

Office::Office(store::Store *store, sync::SyncEngine *engine, const QString &officeId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
    , m_officeId(officeId)
{
    connect(store, &store::Store::resourcesInserted, this, &Office::onChanged);
    connect(store, &store::Store::resourcesUpdated, this, &Office::onChanged);
    connect(store, &store::Store::resourcesRemoved, this, &Office::onRemoved);
    load();
}

QList<HealthcareService> Office::services() const
{
    QList<HealthcareService> out;
    for (const QString &code : ServiceType::gpServices()) {
        for (const HealthcareService &s : m_serviceById) {
            if (s.serviceType == code)
                out.append(s);
        }
    }
    return out;
}

std::optional<HealthcareService> Office::service(const QString &id) const
{
    const auto it = m_serviceById.constFind(id);
    return it == m_serviceById.cend() ? std::nullopt : std::optional<HealthcareService>(*it);
}

std::optional<Practitioner> Office::practitionerOf(const QString &roleId) const
{
    const auto it = m_practitioners.constFind(m_roles.value(roleId).practitionerId);
    return it == m_practitioners.cend() ? std::nullopt : std::optional<Practitioner>(*it);
}

void Office::readPractitioner(const QString &practitionerId)
{
    if (const auto p = m_store->resource(kPractitioner, practitionerId)) {
        const auto gp = fhir::practitionerFromFhir(p->json);
        if (gp.ok())
            m_practitioners.insert(gp.value().id, gp.value());
    }
}

void Office::load()
{
    const QString target = kOrganization + QLatin1Char('/') + m_officeId;
    if (const auto org = m_store->resource(kOrganization, m_officeId)) {
        const auto actor = fhir::actorFromFhir(org->json);
        if (actor.ok())
            m_office = actor.value();
    }
    m_serviceById.clear();
    for (const store::CachedResource &r : m_store->referencing(kService, QStringLiteral("providedBy"), target)) {
        const auto s = fhir::healthcareServiceFromFhir(r.json);
        if (s.ok() && ServiceType::isGpService(s.value().serviceType))
            m_serviceById.insert(s.value().id, s.value());
    }
    m_roles.clear();
    m_practitioners.clear();
    m_loadedAbsences.clear();
    m_loadedMessages.clear();
    m_loadedPending.clear();
    for (const store::CachedResource &r : m_store->referencing(kRole, QStringLiteral("organization"), target)) {
        const auto role = fhir::practitionerRoleFromFhir(r.json);
        if (!role.ok())
            continue;
        m_roles.insert(role.value().id, role.value());
        m_loadedPending.insert(role.value().id, servicesPendingIn(r, role.value()));
        readPractitioner(role.value().practitionerId);
        for (const store::CachedResource &b :
            m_store->referencing(kBasic, QStringLiteral("subject"), kRole + QLatin1Char('/') + role.value().id)) {
            if (fhir::basicCode(b.json) == QLatin1String("absence")) {
                const auto a = fhir::absenceFromFhir(b.json);
                if (a.ok())
                    m_loadedAbsences.append(a.value());
            } else if (fhir::basicCode(b.json) == QLatin1String("info-message")) {
                const auto m = fhir::infoMessageFromFhir(b.json);
                if (m.ok())
                    m_loadedMessages.append(m.value());
            }
        }
    }
    for (const store::CachedResource &b : m_store->referencing(kBasic, QStringLiteral("subject"), target)) {
        const auto m = fhir::infoMessageFromFhir(b.json);
        if (m.ok())
            m_loadedMessages.append(m.value());
    }
    Q_EMIT reloaded();
}

bool Office::belongsHere(const QString &type, const QJsonObject &r) const
{
    if (type == kService)
        return fhir::referenceId(r.value(QLatin1String("providedBy")), kOrganization) == m_officeId;
    if (type == kRole)
        return fhir::referenceId(r.value(QLatin1String("organization")), kOrganization) == m_officeId;
    if (type == kBasic) {
        const QJsonValue subject = r.value(QLatin1String("subject"));
        const QString role = fhir::referenceId(subject, kRole);
        return fhir::referenceId(subject, kOrganization) == m_officeId || m_roles.contains(role)
            || m_formerRoles.contains(role); // a GP who left: their absences stay listed here
    }
    return false;
}

void Office::onChanged(const QString &type, const QStringList &ids)
{
    if (type == kOrganization) {
        if (!ids.contains(m_officeId))
            return;
        const auto org = m_store->resource(type, m_officeId);
        const auto actor = org ? fhir::actorFromFhir(org->json) : fhir::Result<Actor>::failure(QString());
        if (actor.ok()) {
            m_office = actor.value();
            Q_EMIT officeChanged();
            Q_EMIT changed();
        }
        return;
    }
    if (type != kPractitioner && type != kService && type != kRole && type != kBasic)
        return;
    if (ids.size() > 200) { // a page of a first sync: one reload
        load();
        Q_EMIT changed();
        return;
    }
    bool touched = false;
    for (const QString &id : ids) {
        const auto cached = m_store->resource(type, id);
        if (!cached)
            continue;
        if (type == kPractitioner) {
            const auto gp = fhir::practitionerFromFhir(cached->json);
            if (gp.ok() && m_practitioners.contains(id)) {
                m_practitioners.insert(id, gp.value());
                Q_EMIT practitionerChanged(gp.value());
                touched = true;
            }
            continue;
        }
        if (cached->deleted || !belongsHere(type, cached->json)) {
            // It may have moved away (e.g. a role to another office).
            touched = forget(type, id) || touched;
            continue;
        }
        touched = true;
        if (type == kService) {
            const auto s = fhir::healthcareServiceFromFhir(cached->json);
            if (s.ok() && ServiceType::isGpService(s.value().serviceType)) {
                m_serviceById.insert(id, s.value());
                Q_EMIT serviceChanged(s.value());
            }
        } else if (type == kRole) {
            const auto role = fhir::practitionerRoleFromFhir(cached->json);
            if (role.ok()) {
                const bool joined = !m_roles.contains(id);
                m_roles.insert(id, role.value());
                if (joined && !m_practitioners.contains(role.value().practitionerId))
                    readPractitioner(role.value().practitionerId);
                Q_EMIT roleChanged(role.value(), servicesPendingIn(*cached, role.value()), joined);
            }
        } else {
            const QString code = fhir::basicCode(cached->json);
            if (code == QLatin1String("absence")) {
                const auto a = fhir::absenceFromFhir(cached->json);
                if (a.ok())
                    Q_EMIT absenceChanged(a.value());
            } else if (code == QLatin1String("info-message")) {
                const auto m = fhir::infoMessageFromFhir(cached->json);
                if (m.ok())
                    Q_EMIT infoMessageChanged(m.value());
            }
        }
    }
    if (touched)
        Q_EMIT changed();
}

void Office::onRemoved(const QString &type, const QStringList &ids)
{
    for (const QString &id : ids)
        forget(type, id);
    Q_EMIT changed();
}

bool Office::forget(const QString &type, const QString &id)
{
    if (type == kBasic) {
        Q_EMIT removed(id);
        return false;
    }
    if (type == kRole && m_roles.remove(id)) {
        // Not ours to change any more: out of the matrix (its absences stay in the list).
        m_formerRoles.insert(id);
        Q_EMIT roleLeft(id);
        return true;
    }
    return false;
}

// --- edits

EditCommand *Office::command(int kind, const QJsonObject &after, const QString &text, const QString &type,
    const QString &id, const QJsonObject &before) const
{
    return new EditCommand(m_store, m_engine, EditCommand::Kind(kind), after, text, type, id, before);
}

EditCommand *Office::setServicesOffered(
    const QString &roleId, const QStringList &serviceIds, bool on, const QString &text) const
{
    // Read again: the edit builds on the copy there is now.
    const auto cached = m_store->resource(kRole, roleId);
    if (!cached)
        return nullptr;
    const auto role = fhir::practitionerRoleFromFhir(cached->json);
    if (!role.ok())
        return nullptr;
    PractitionerRole changed = role.value();
    for (const QString &serviceId : serviceIds) {
        if (on && !changed.healthcareServiceIds.contains(serviceId))
            changed.healthcareServiceIds.append(serviceId);
        if (!on)
            changed.healthcareServiceIds.removeAll(serviceId);
    }
    if (changed.healthcareServiceIds == role.value().healthcareServiceIds)
        return nullptr;
    return command(int(EditCommand::Kind::Update), fhir::toFhir(changed), text);
}

EditCommand *Office::setPhone(const QString &phone, const Actor &typedOn, const QString &text) const
{
    Actor changed = m_office;
    changed.phone = phone;
    return command(int(EditCommand::Kind::Update), fhir::toFhir(changed), text, {}, {}, typedOn.source);
}

EditCommand *Office::setServiceText(const QString &serviceId, const QString &comment, const HealthcareService &typedOn,
    const QString &text, HealthcareService *saved) const
{
    const auto it = m_serviceById.constFind(serviceId);
    if (it == m_serviceById.cend())
        return nullptr;
    HealthcareService changed = *it;
    changed.comment = comment;
    const QJsonObject after = fhir::toFhir(changed);
    auto *edit = command(
        int(EditCommand::Kind::Update), after, text, {}, {}, typedOn.id == serviceId ? typedOn.source : it->source);
    changed.source = after;
    *saved = changed;
    return edit;
}

EditCommand *Office::saveAbsence(const Absence &absence, bool isNew, const QString &text) const
{
    return command(int(isNew ? EditCommand::Kind::Create : EditCommand::Kind::Update), fhir::toFhir(absence), text, {},
        {}, absence.source);
}

EditCommand *Office::saveInfoMessage(
    InfoMessage *message, bool isNew, const InfoMessage &typedOn, const QString &text) const
{
    if (isNew && message->id.isEmpty())
        message->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (isNew && message->subjectReference.isEmpty())
        message->subjectReference = kOrganization + QLatin1Char('/') + m_officeId;
    if (message->language.isEmpty())
        message->language = QStringLiteral("nb");
    const QJsonObject after = fhir::toFhir(*message);
    auto *edit = command(
        int(isNew ? EditCommand::Kind::Create : EditCommand::Kind::Update), after, text, {}, {}, typedOn.source);
    message->source = after;
    return edit;
}

EditCommand *Office::deleteInfoMessage(const QString &id, const QString &text) const
{
    return command(int(EditCommand::Kind::Delete), {}, text, kBasic, id);
}

EditCommand *Office::deleteAbsence(const QString &id, const QString &text) const
{
    return command(int(EditCommand::Kind::Delete), {}, text, kBasic, id);
}

// --- drafts

bool Office::keepDrafts(const OfficeDrafts &drafts) const
{
    QJsonObject kept;
    if (drafts.phone)
        kept.insert(QStringLiteral("phone"),
            QJsonObject {{QStringLiteral("text"), drafts.phone->first},
                {QStringLiteral("source"), drafts.phone->second.source}});
    QJsonArray texts;
    for (auto it = drafts.serviceTexts.cbegin(); it != drafts.serviceTexts.cend(); ++it)
        texts.append(QJsonObject {{QStringLiteral("service"), it.key()}, {QStringLiteral("text"), it->first},
            {QStringLiteral("source"), it->second.source}});
    if (!texts.isEmpty())
        kept.insert(QStringLiteral("serviceTexts"), texts);
    QJsonArray messages;
    for (auto it = drafts.infoMessages.cbegin(); it != drafts.infoMessages.cend(); ++it)
        messages.append(QJsonObject {{QStringLiteral("id"), it.key()}, {QStringLiteral("text"), it->text},
            {QStringLiteral("from"), it->from.toString(Qt::ISODate)},
            {QStringLiteral("to"), it->to.toString(Qt::ISODate)}, {QStringLiteral("source"), it->typedOn.source}});
    if (!messages.isEmpty())
        kept.insert(QStringLiteral("infoMessages"), messages);
    if (kept.isEmpty())
        return true;
    if (m_store->setMeta(draftsKey(m_officeId), QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))))
        return true;
    qCWarning(lcStore) << "the unsaved input of an office page could not be kept";
    return false;
}

OfficeDrafts Office::takeDrafts() const
{
    OfficeDrafts drafts;
    const QString kept = m_store->meta(draftsKey(m_officeId));
    if (kept.isEmpty())
        return drafts;
    const QJsonObject d = QJsonDocument::fromJson(kept.toUtf8()).object();
    m_store->setMeta(draftsKey(m_officeId), QString());
    // The item each was typed on, as read then (an empty one where there was none).
    const auto typedOn = [](const QJsonObject &o, auto read) {
        const QJsonObject source = o.value(QLatin1String("source")).toObject();
        auto value = read(source);
        return value.ok() ? value.takeValue() : std::decay_t<decltype(value.value())>();
    };
    const QJsonObject phone = d.value(QLatin1String("phone")).toObject();
    if (!phone.isEmpty())
        drafts.phone = std::pair(phone.value(QLatin1String("text")).toString(),
            typedOn(phone, [](const QJsonObject &s) { return fhir::actorFromFhir(s); }));
    for (const QJsonValue &v : d.value(QLatin1String("serviceTexts")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString service = o.value(QLatin1String("service")).toString();
        if (m_serviceById.contains(service))
            drafts.serviceTexts.insert(service,
                {o.value(QLatin1String("text")).toString(),
                    typedOn(o, [](const QJsonObject &s) { return fhir::healthcareServiceFromFhir(s); })});
    }
    for (const QJsonValue &v : d.value(QLatin1String("infoMessages")).toArray()) {
        const QJsonObject o = v.toObject();
        drafts.infoMessages.insert(o.value(QLatin1String("id")).toString(),
            {o.value(QLatin1String("text")).toString(),
                QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate),
                QDate::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate),
                typedOn(o, [](const QJsonObject &s) { return fhir::infoMessageFromFhir(s); })});
    }
    return drafts;
}

} // namespace hn::repo
