#pragma once

#include "domain.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace hn::store {
class Store;
}
namespace hn::sync {
class SyncEngine;
}

namespace hn::repo {

class EditCommand;

// What the user typed on an office's page and has not saved, with the item as it was when the
// typing began (where an edit built on it meets someone else's change, the merge starts there).
struct OfficeDrafts
{
    struct InfoDraft
    {
        QString text;
        QDate from, to;
        models::InfoMessage typedOn; // empty for a new message
    };
    std::optional<std::pair<QString, models::Actor>> phone;
    QHash<QString, std::pair<QString, models::HealthcareService>> serviceTexts; // per service id
    QHash<QString, InfoDraft> infoMessages; // per message id ("" for a new one)
    bool isEmpty() const { return !phone && serviceTexts.isEmpty() && infoMessages.isEmpty(); }
};

// One GP office as its page shows it: the office, its GP services, its GPs (roles and
// practitioners), their absences and the info messages for the office or one of its GPs. It reads
// the store through the mapping, follows it and says what changed in domain terms; its verbs make
// the edits as undoable commands (push them on the undo stack). A GP who leaves the office while the
// page is open leaves the matrix, but their absences stay listed.
class Office : public QObject
{
    Q_OBJECT
public:
    Office(store::Store *store, sync::SyncEngine *engine, const QString &officeId, QObject *parent = nullptr);

    QString id() const { return m_officeId; }
    const models::Actor &office() const { return m_office; }
    // The office's GP services, in the order of ServiceType::gpServices().
    QList<models::HealthcareService> services() const;
    std::optional<models::HealthcareService> service(const QString &id) const;
    QList<models::PractitionerRole> roles() const { return m_roles.values(); }
    bool hasRole(const QString &roleId) const { return m_roles.contains(roleId); }
    models::PractitionerRole role(const QString &roleId) const { return m_roles.value(roleId); }
    QList<models::Practitioner> practitioners() const { return m_practitioners.values(); }
    // The GP of a role; nullopt when not known here.
    std::optional<models::Practitioner> practitionerOf(const QString &roleId) const;
    // As read by the last load(): absences, info messages, and per role the services whose offered
    // state is changed here and not yet saved on the server.
    QList<models::Absence> absences() const { return m_loadedAbsences; }
    QList<models::InfoMessage> infoMessages() const { return m_loadedMessages; }
    QHash<QString, QSet<QString>> pendingServices() const { return m_loadedPending; }

    // Reads everything again; reloaded() says so.
    void load();

    // --- edits: an undoable command each (nullptr when nothing would change or the item is not
    // readable). `text` names the edit in the undo history.
    EditCommand *setServicesOffered(
        const QString &roleId, const QStringList &serviceIds, bool on, const QString &text) const;
    // The office phone, typed on the office as `typedOn` was.
    EditCommand *setPhone(const QString &phone, const models::Actor &typedOn, const QString &text) const;
    // The office's own text about a service, typed on `typedOn`; *saved: the service as it will be.
    EditCommand *setServiceText(const QString &serviceId, const QString &comment,
        const models::HealthcareService &typedOn, const QString &text, models::HealthcareService *saved) const;
    // An absence as the editor gives it (its source: as the editor was opened on it).
    EditCommand *saveAbsence(const models::Absence &absence, bool isNew, const QString &text) const;
    EditCommand *deleteAbsence(const QString &id, const QString &text) const;
    // *message is saved (a new one gets an id and is for the whole office unless it names a GP);
    // typed on `typedOn`. After, its source is what was saved (the next edit builds on it).
    EditCommand *saveInfoMessage(
        models::InfoMessage *message, bool isNew, const models::InfoMessage &typedOn, const QString &text) const;
    EditCommand *deleteInfoMessage(const QString &id, const QString &text) const;

    // --- unsaved input kept over a restart (in the local data, per office).
    bool keepDrafts(const OfficeDrafts &drafts) const;
    // The drafts kept, once: taken out of the local data (the page holds them from here).
    OfficeDrafts takeDrafts() const;

Q_SIGNALS:
    void reloaded(); // everything was read again (e.g. after a page of a first sync)
    void officeChanged(); // the office's own data (name, phone)
    void practitionerChanged(const models::Practitioner &gp);
    void serviceChanged(const models::HealthcareService &service);
    void roleChanged(const models::PractitionerRole &role, const QSet<QString> &pendingServices, bool joined);
    void roleLeft(const QString &roleId); // moved to another office, or deleted
    void absenceChanged(const models::Absence &absence);
    void infoMessageChanged(const models::InfoMessage &message);
    void removed(const QString &id); // an absence or an info message
    void changed(); // after any of the above: what the citizen preview shows may differ

private:
    void onChanged(const QString &type, const QStringList &ids);
    void onRemoved(const QString &type, const QStringList &ids);
    bool forget(const QString &type, const QString &id);
    bool belongsHere(const QString &type, const QJsonObject &resource) const;
    void readPractitioner(const QString &practitionerId);
    EditCommand *command(int kind, const QJsonObject &after, const QString &text, const QString &type = {},
        const QString &id = {}, const QJsonObject &before = {}) const;

    store::Store *m_store;
    sync::SyncEngine *m_engine;
    QString m_officeId;
    models::Actor m_office;
    QHash<QString, models::PractitionerRole> m_roles;
    QHash<QString, models::Practitioner> m_practitioners;
    QHash<QString, models::HealthcareService> m_serviceById;
    QSet<QString> m_formerRoles; // GPs who left the office while the page was open
    QList<models::Absence> m_loadedAbsences;
    QList<models::InfoMessage> m_loadedMessages;
    QHash<QString, QSet<QString>> m_loadedPending;
};

} // namespace hn::repo
