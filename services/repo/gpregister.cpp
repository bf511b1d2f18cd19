#include "gpregister.h"

#include "common/logging.h"
#include "fhir/mapping.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace hn::repo {

namespace {

// The entries from the stored bytes of the four types.
QList<models::GpEntry> gpEntriesFrom(const QList<QByteArray> &organizations, const QList<QByteArray> &practitionerJson,
    const QList<QByteArray> &roles, const QList<QByteArray> &serviceJson)
{
    QHash<QString, models::Actor> offices;
    QHash<QString, QString> municipalityNames; // number -> name, from the municipalities themselves
    for (const QByteArray &json : organizations) {
        auto actor = fhir::actorSummaryFromFhir(json);
        if (!actor.ok())
            continue;
        if (actor.value().kind == models::ActorKind::Municipality && !actor.value().municipalityNumber.isEmpty())
            municipalityNames.insert(actor.value().municipalityNumber, actor.value().name);
        const QString id = actor.value().id;
        offices.insert(id, actor.takeValue());
    }
    QHash<QString, QString> serviceTypes; // id -> code, of the services shown to citizens
    for (const QByteArray &json : serviceJson) {
        const auto parsed = fhir::parseResource(json);
        const auto service = parsed.ok() ? fhir::healthcareServiceFromFhir(parsed.value())
                                         : fhir::Result<models::HealthcareService>::failure(parsed.error());
        if (service.ok() && service.value().active)
            serviceTypes.insert(service.value().id, service.value().serviceType);
    }
    QHash<QString, models::Practitioner> practitioners;
    for (const QByteArray &json : practitionerJson) {
        const auto parsed = fhir::parseResource(json);
        auto p = parsed.ok() ? fhir::practitionerFromFhir(parsed.value())
                             : fhir::Result<models::Practitioner>::failure(parsed.error());
        if (p.ok()) {
            const QString id = p.value().id;
            practitioners.insert(id, p.takeValue());
        }
    }
    QList<models::GpEntry> entries;
    entries.reserve(roles.size());
    for (const QByteArray &json : roles) {
        const auto parsed = fhir::parseResource(json);
        const auto role = parsed.ok() ? fhir::practitionerRoleFromFhir(parsed.value())
                                      : fhir::Result<models::PractitionerRole>::failure(parsed.error());
        if (!role.ok()) {
            qCWarning(lcUi) << "skipping a PractitionerRole the program cannot read:" << role.error();
            continue;
        }
        const models::PractitionerRole &r = role.value();
        const models::Practitioner p = practitioners.value(r.practitionerId);
        models::GpEntry e;
        e.roleId = r.id;
        e.practitionerId = r.practitionerId;
        e.officeId = r.organizationId;
        e.given = p.given;
        e.family = p.family;
        e.hprNumber = p.hprNumber;
        const models::Actor office = offices.value(r.organizationId);
        e.officeName = office.name;
        e.officeOrgNumber = office.orgNumber;
        e.municipality = !office.addressMunicipalityName.isEmpty()
            ? office.addressMunicipalityName
            : municipalityNames.value(office.addressMunicipalityNumber, office.addressMunicipalityNumber);
        e.services = int(r.healthcareServiceIds.size());
        for (const QString &id : r.healthcareServiceIds) {
            if (const QString code = serviceTypes.value(id); !code.isEmpty())
                e.serviceTypes << code;
        }
        e.active = r.active && p.active;
        entries.append(e);
    }
    return entries;
}

// The same from the file, with a connection of its own (one snapshot of the three types): for a
// worker thread; nullopt when the file cannot be read.
std::optional<QList<models::GpEntry>> readGpEntriesFromFile(const QString &path)
{
    const auto lists = store::Store::rawJsonOfFile(path,
        {QStringLiteral("Organization"), QStringLiteral("Practitioner"), QStringLiteral("PractitionerRole"),
            QStringLiteral("HealthcareService")});
    if (!lists)
        return std::nullopt;
    return gpEntriesFrom(lists->at(0), lists->at(1), lists->at(2), lists->at(3));
}

} // namespace

GpRegister::GpRegister(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    connect(&m_settle, &QTimer::timeout, this, &GpRegister::changed);
    const auto changed = [this](const QString &type) {
        if (type == QLatin1String("Practitioner") || type == QLatin1String("PractitionerRole")
            || type == QLatin1String("Organization") || type == QLatin1String("HealthcareService"))
            m_settle.start();
    };
    connect(store, &store::Store::resourcesInserted, this, changed);
    connect(store, &store::Store::resourcesUpdated, this, changed);
    connect(store, &store::Store::resourcesRemoved, this, changed);
}

QList<models::GpEntry> GpRegister::read() const
{
    return gpEntriesFrom(m_store->rawJsonOf(QStringLiteral("Organization")),
        m_store->rawJsonOf(QStringLiteral("Practitioner")), m_store->rawJsonOf(QStringLiteral("PractitionerRole")),
        m_store->rawJsonOf(QStringLiteral("HealthcareService")));
}

void GpRegister::readInBackground()
{
    // Thousands of GPs take a tenth of a second to read: while a sync writes page after page, that
    // happens on a worker, and the result goes out in one piece.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    using Read = std::optional<QList<models::GpEntry>>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_reading = false;
        const Read entries = watcher->result();
        if (entries) {
            Q_EMIT entriesRead(*entries);
        } else {
            qCWarning(lcStore) << "the register of all GPs could not be read again from" << m_store->path();
            Q_EMIT readFailed();
        }
        if (std::exchange(m_readAgain, false))
            readInBackground();
    });
    watcher->setFuture(QtConcurrent::run(readGpEntriesFromFile, m_store->path()));
}

} // namespace hn::repo
