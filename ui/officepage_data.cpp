#include "officepage.h"

#include "datefield.h"
#include "fhir/mapping.h"
#include "itemmodels.h"
#include "previewpane.h"
#include "store/store.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

// The office page's data: what it reads from the store and follows, and the preview's input.
namespace hn::ui {

using namespace hn::models;

namespace {

// The services whose offered state a GP's role (`role`, read from `r`) changes locally and the
// server has not saved yet.
QSet<QString> pendingServices(const store::CachedResource &r, const PractitionerRole &role)
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

} // namespace

void OfficePage::load()
{
    const QString target = QStringLiteral("Organization/") + m_officeId;
    if (const auto org = m_store->resource(QStringLiteral("Organization"), m_officeId)) {
        const auto actor = fhir::actorFromFhir(org->json);
        if (actor.ok())
            m_office = actor.value();
    }
    m_serviceById.clear();
    for (const store::CachedResource &r :
        m_store->referencing(QStringLiteral("HealthcareService"), QStringLiteral("providedBy"), target)) {
        const auto s = fhir::healthcareServiceFromFhir(r.json);
        if (s.ok() && ServiceType::isGpService(s.value().serviceType))
            m_serviceById.insert(s.value().id, s.value());
    }
    m_roles.clear();
    m_practitioners.clear();
    QList<Absence> absences;
    QHash<QString, QSet<QString>> pending;
    QList<InfoMessage> messages;
    for (const store::CachedResource &r :
        m_store->referencing(QStringLiteral("PractitionerRole"), QStringLiteral("organization"), target)) {
        const auto role = fhir::practitionerRoleFromFhir(r.json);
        if (!role.ok())
            continue;
        m_roles.insert(role.value().id, role.value());
        pending.insert(role.value().id, pendingServices(r, role.value()));
        if (const auto p = m_store->resource(QStringLiteral("Practitioner"), role.value().practitionerId)) {
            const auto gp = fhir::practitionerFromFhir(p->json);
            if (gp.ok())
                m_practitioners.insert(gp.value().id, gp.value());
        }
        for (const store::CachedResource &b : m_store->referencing(QStringLiteral("Basic"), QStringLiteral("subject"),
                 QStringLiteral("PractitionerRole/") + role.value().id)) {
            if (fhir::basicCode(b.json) == QLatin1String("absence")) {
                const auto a = fhir::absenceFromFhir(b.json);
                if (a.ok())
                    absences.append(a.value());
            } else if (fhir::basicCode(b.json) == QLatin1String("info-message")) {
                const auto m = fhir::infoMessageFromFhir(b.json);
                if (m.ok())
                    messages.append(m.value());
            }
        }
    }
    for (const store::CachedResource &b :
        m_store->referencing(QStringLiteral("Basic"), QStringLiteral("subject"), target)) {
        const auto m = fhir::infoMessageFromFhir(b.json);
        if (m.ok())
            messages.append(m.value());
    }
    for (auto it = m_serviceTextDrafts.begin(); it != m_serviceTextDrafts.end();) {
        if (m_serviceById.contains(it.key()))
            ++it;
        else
            it = m_serviceTextDrafts.erase(it); // a service no longer offered here
    }
    m_services->setOffice(m_officeId, m_serviceById.values(), m_roles.values(), m_practitioners.values());
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        m_services->setPendingServices(it.key(), it.value());
    m_pendingNote->setVisible(m_services->hasPending());
    QHash<QString, QString> names;
    for (const QString &roleId : m_roles.keys())
        names.insert(roleId, gpName(roleId));
    m_absences->setGpNames(names);
    m_absences->setToday(m_today);
    m_absences->setItems(absences);
    m_info->setItems(messages);
    if (!m_phone->isModified()) // what the user typed and has not saved stays
        m_phone->setText(m_office.phone);
    updatePreviewGps();
}

bool OfficePage::belongsHere(const QJsonObject &r) const
{
    const QString type = r.value(QLatin1String("resourceType")).toString();
    if (type == QLatin1String("HealthcareService"))
        return fhir::referenceId(r.value(QLatin1String("providedBy")), QStringLiteral("Organization")) == m_officeId;
    if (type == QLatin1String("PractitionerRole"))
        return fhir::referenceId(r.value(QLatin1String("organization")), QStringLiteral("Organization")) == m_officeId;
    if (type == QLatin1String("Basic")) {
        const QJsonValue subject = r.value(QLatin1String("subject"));
        const QString role = fhir::referenceId(subject, QStringLiteral("PractitionerRole"));
        return fhir::referenceId(subject, QStringLiteral("Organization")) == m_officeId || m_roles.contains(role)
            || m_formerRoles.contains(role); // a GP who left: their absences stay listed here
    }
    return false;
}

void OfficePage::onChanged(const QString &type, const QStringList &ids)
{
    if (type == QLatin1String("Organization")) {
        if (ids.contains(m_officeId)) {
            const auto org = m_store->resource(type, m_officeId);
            const auto actor = org ? fhir::actorFromFhir(org->json) : fhir::Result<Actor>::failure(QString());
            if (actor.ok()) {
                m_office = actor.value();
                if (!m_phone->hasFocus() && !m_phone->isModified())
                    m_phone->setText(m_office.phone);
                retranslate();
            }
        }
        return;
    }
    if (ids.size() > 200) { // a page of a first sync: one reload
        load();
        m_preview->refresh();
        return;
    }
    bool touched = false;
    for (const QString &id : ids) {
        const auto cached = m_store->resource(type, id);
        if (!cached)
            continue;
        if (type == QLatin1String("Practitioner")) {
            const auto gp = fhir::practitionerFromFhir(cached->json);
            if (gp.ok() && m_practitioners.contains(id)) {
                m_practitioners.insert(id, gp.value());
                m_services->upsertPractitioner(gp.value());
                touched = true;
            }
            continue;
        }
        if (cached->deleted || !belongsHere(cached->json)) {
            // It may have moved away (e.g. a role to another office).
            touched = forget(type, id) || touched;
            continue;
        }
        touched = true;
        if (type == QLatin1String("HealthcareService")) {
            const auto s = fhir::healthcareServiceFromFhir(cached->json);
            if (s.ok() && ServiceType::isGpService(s.value().serviceType)) {
                m_serviceById.insert(id, s.value());
                m_services->upsertService(s.value());
                if (m_textService->currentData().toString() == id && !m_serviceText->hasFocus())
                    showServiceText();
            }
        } else if (type == QLatin1String("PractitionerRole")) {
            const auto role = fhir::practitionerRoleFromFhir(cached->json);
            if (role.ok()) {
                const bool isNew = !m_roles.contains(id);
                m_roles.insert(id, role.value());
                if (isNew && !m_practitioners.contains(role.value().practitionerId)) {
                    if (const auto p = m_store->resource(QStringLiteral("Practitioner"), role.value().practitionerId)) {
                        const auto gp = fhir::practitionerFromFhir(p->json);
                        if (gp.ok())
                            m_practitioners.insert(gp.value().id, gp.value());
                    }
                }
                m_services->upsertRole(role.value());
                m_services->setPendingServices(id, pendingServices(*cached, role.value()));
                m_pendingNote->setVisible(m_services->hasPending());
                if (isNew)
                    updatePreviewGps();
            }
        } else if (type == QLatin1String("Basic")) {
            const QString code = fhir::basicCode(cached->json);
            if (code == QLatin1String("absence")) {
                const auto a = fhir::absenceFromFhir(cached->json);
                if (a.ok())
                    m_absences->upsert(a.value());
            } else if (code == QLatin1String("info-message")) {
                const auto m = fhir::infoMessageFromFhir(cached->json);
                if (m.ok()) {
                    m_info->upsert(m.value());
                    if (id == m_infoEditingId && !infoModified()) {
                        // Not typed in: the editor shows the message as it is now (e.g. after an
                        // undo, or someone else's change), and edits build on that copy.
                        m_infoEditingSource = m.value().source;
                        m_infoText->setPlainText(m.value().text);
                        m_infoFrom->setDate(m.value().validFrom);
                        m_infoTo->setDate(m.value().validTo);
                        setInfoUnmodified();
                    }
                }
            }
        }
    }
    if (touched)
        m_preview->refresh();
}

void OfficePage::onRemoved(const QString &type, const QStringList &ids)
{
    for (const QString &id : ids)
        forget(type, id);
    m_preview->refresh();
}

bool OfficePage::forget(const QString &type, const QString &id)
{
    if (type == QLatin1String("Basic")) {
        m_absences->remove(id);
        m_info->remove(id);
        forgetInfo(id);
        return false;
    }
    if (type == QLatin1String("PractitionerRole") && m_roles.remove(id)) {
        // Not ours to change any more: out of the matrix (its absences stay in the list).
        m_formerRoles.insert(id);
        m_services->removeRole(id);
        updatePreviewGps();
        return true;
    }
    return false;
}

void OfficePage::updatePreviewGps()
{
    const QString previous = m_previewGp->currentData().toString();
    const QString previousFilter = m_absenceGp->currentData().toString();
    QSignalBlocker blockPreview(m_previewGp);
    QSignalBlocker blockFilter(m_absenceGp);
    m_previewGp->clear();
    m_absenceGp->clear();
    m_absenceGp->addItem(tr("All GPs"), QString());
    for (int row = 0; row < m_services->rowCount(); ++row) {
        m_previewGp->addItem(m_services->gpName(row), m_services->roleAt(row).id);
        m_absenceGp->addItem(m_services->gpName(row), m_services->roleAt(row).id);
    }
    const int index = m_previewGp->findData(previous);
    m_previewGp->setCurrentIndex(index < 0 ? 0 : index);
    const int filterIndex = m_absenceGp->findData(previousFilter);
    m_absenceGp->setCurrentIndex(filterIndex < 0 ? 0 : filterIndex);
    m_textService->blockSignals(true);
    const QString currentText = m_textService->currentData().toString();
    m_textService->clear();
    for (const HealthcareService &s : officeServices())
        m_textService->addItem(ServiceType::displayName(s.serviceType), s.id);
    const int textIndex = m_textService->findData(currentText);
    m_textService->setCurrentIndex(textIndex < 0 ? 0 : textIndex);
    m_textService->blockSignals(false);
    showServiceText();
    m_preview->refresh();
}

preview::PreviewInput OfficePage::previewInput(const QString &roleId, const QDate &date, const QString &language) const
{
    preview::PreviewInput in;
    in.language = language;
    in.date = date;
    in.citizenName = QStringLiteral("Tora Hansen");
    in.gpName = gpName(roleId);
    in.officeName = m_office.name;
    in.officePhone = m_office.phone;
    for (const InfoMessage &m : m_info->items()) {
        const bool forThis = m.subjectReference == QStringLiteral("Organization/") + m_officeId
            || m.subjectReference == QStringLiteral("PractitionerRole/") + roleId;
        if (forThis && m.validOn(date))
            in.infoTexts << m.text;
    }
    const PractitionerRole role = m_roles.value(roleId);
    for (const HealthcareService &s : officeServices()) {
        if (!role.healthcareServiceIds.contains(s.id) || !s.active)
            continue;
        preview::PreviewService ps;
        ps.code = s.serviceType;
        ps.officeText = s.comment;
        for (const Absence &a : m_absences->items()) {
            if (a.practitionerRoleId != roleId || !a.covers(date))
                continue;
            if (const AffectedService *affected = a.service(s.serviceType)) {
                if (affected->mode == AffectedService::Mode::Closed) {
                    ps.closed = true;
                    ps.closedText = affected->citizenTextIn(language);
                    ps.closedTextFallsBack = affected->fallsBackIn(language);
                } else {
                    ps.substitute = true;
                }
            }
        }
        in.services.append(ps);
    }
    return in;
}

} // namespace hn::ui
