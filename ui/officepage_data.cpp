#include "officepage.h"

#include "datefield.h"
#include "itemmodels.h"
#include "previewpane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

// The office page's data: what its repository read and says changed, and the preview's input.
namespace hn::ui {

using namespace hn::models;

void OfficePage::load()
{
    for (auto it = m_serviceTextDrafts.begin(); it != m_serviceTextDrafts.end();) {
        if (m_repo->service(it.key()))
            ++it;
        else
            it = m_serviceTextDrafts.erase(it); // a service no longer offered here
    }
    m_services->setOffice(m_officeId, m_repo->services(), m_repo->roles(), m_repo->practitioners());
    const QHash<QString, QSet<QString>> pending = m_repo->pendingServices();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        m_services->setPendingServices(it.key(), it.value());
    m_pendingNote->setVisible(m_services->hasPending());
    QHash<QString, QString> names;
    for (const PractitionerRole &role : m_repo->roles())
        names.insert(role.id, gpName(role.id));
    m_absences->setGpNames(names);
    m_absences->setToday(m_today);
    m_absences->setItems(m_repo->absences());
    m_info->setItems(m_repo->infoMessages());
    if (!m_phone->isModified()) // what the user typed and has not saved stays
        m_phone->setText(m_repo->office().phone);
    updatePreviewGps();
}

void OfficePage::connectOffice()
{
    connect(m_repo, &repo::Office::reloaded, this, &OfficePage::load);
    connect(m_repo, &repo::Office::changed, m_preview, &PreviewPane::refresh);
    connect(m_repo, &repo::Office::officeChanged, this, [this] {
        if (!m_phone->hasFocus() && !m_phone->isModified())
            m_phone->setText(m_repo->office().phone);
        retranslate();
    });
    connect(m_repo, &repo::Office::practitionerChanged, m_services, &GpServicesModel::upsertPractitioner);
    connect(m_repo, &repo::Office::serviceChanged, this, [this](const HealthcareService &s) {
        m_services->upsertService(s);
        if (m_textService->currentData().toString() == s.id && !m_serviceText->hasFocus())
            showServiceText();
    });
    connect(m_repo, &repo::Office::roleChanged, this,
        [this](const PractitionerRole &role, const QSet<QString> &pending, bool joined) {
            m_services->upsertRole(role);
            m_services->setPendingServices(role.id, pending);
            m_pendingNote->setVisible(m_services->hasPending());
            if (joined)
                updatePreviewGps();
        });
    connect(m_repo, &repo::Office::roleLeft, this, [this](const QString &roleId) {
        // Not ours to change any more: out of the matrix (its absences stay in the list).
        m_services->removeRole(roleId);
        updatePreviewGps();
    });
    connect(m_repo, &repo::Office::absenceChanged, m_absences, &AbsenceListModel::upsert);
    connect(m_repo, &repo::Office::infoMessageChanged, this, &OfficePage::showInfoMessage);
    connect(m_repo, &repo::Office::removed, this, [this](const QString &id) {
        m_absences->remove(id);
        m_info->remove(id);
        forgetInfo(id);
    });
}

void OfficePage::showInfoMessage(const InfoMessage &m)
{
    m_info->upsert(m);
    if (m.id == m_infoEditingId && !infoModified()) {
        // Not typed in: the editor shows the message as it is now (e.g. after an undo, or someone
        // else's change), and edits build on that copy.
        m_infoEditingBase = m;
        m_infoText->setPlainText(m.text);
        m_infoFrom->setDate(m.validFrom);
        m_infoTo->setDate(m.validTo);
        setInfoUnmodified();
    }
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
    for (const HealthcareService &s : m_repo->services())
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
    in.officeName = m_repo->office().name;
    in.officePhone = m_repo->office().phone;
    for (const InfoMessage &m : m_info->items()) {
        const bool forThis = m.subjectReference == QStringLiteral("Organization/") + m_officeId
            || m.subjectReference == QStringLiteral("PractitionerRole/") + roleId;
        if (forThis && m.validOn(date))
            in.infoTexts << m.text;
    }
    const PractitionerRole role = m_repo->role(roleId);
    for (const HealthcareService &s : m_repo->services()) {
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
