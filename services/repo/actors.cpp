#include "actors.h"

#include "fhir/mapping.h"
#include "itemmodels.h"
#include "store/store.h"

namespace hn::repo {

Actors::Actors(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // Once a burst of changes (a sync page) has settled: the page of a municipality reads every
    // organisation to find its offices, not once per page of a sync.
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, &Actors::changed);
    const auto changed = [this](const QString &type) {
        if (type == QLatin1String("Organization") || type == QLatin1String("HealthcareService"))
            m_settle.start();
    };
    connect(store, &store::Store::resourcesInserted, this, changed);
    connect(store, &store::Store::resourcesUpdated, this, changed);
    connect(store, &store::Store::resourcesRemoved, this, changed);
}

std::optional<models::Actor> Actors::actor(const QString &id) const
{
    const auto cached = m_store->resource(QStringLiteral("Organization"), id);
    if (!cached || cached->deleted)
        return std::nullopt;
    auto actor = fhir::actorFromFhir(cached->json);
    return actor.ok() ? std::optional(actor.takeValue()) : std::nullopt;
}

QList<models::Actor> Actors::unitsOf(const QString &id) const
{
    QList<models::Actor> units;
    for (const store::CachedResource &unit : m_store->referencing(
             QStringLiteral("Organization"), QStringLiteral("partOf"), QStringLiteral("Organization/") + id)) {
        auto u = fhir::actorFromFhir(unit.json);
        if (u.ok())
            units.append(u.takeValue());
    }
    return units;
}

QList<models::HealthcareService> Actors::servicesOf(const QString &id) const
{
    QList<models::HealthcareService> services;
    for (const store::CachedResource &r : m_store->referencing(
             QStringLiteral("HealthcareService"), QStringLiteral("providedBy"), QStringLiteral("Organization/") + id)) {
        auto s = fhir::healthcareServiceFromFhir(r.json);
        if (s.ok())
            services.append(s.takeValue());
    }
    return services;
}

QList<models::Actor> Actors::gpOfficesIn(const QString &municipalityNumber) const
{
    QList<models::Actor> offices;
    if (municipalityNumber.isEmpty())
        return offices;
    for (const store::CachedResource &r : m_store->resources(QStringLiteral("Organization"))) {
        auto office = fhir::actorFromFhir(r.json);
        if (office.ok() && office.value().kind == models::ActorKind::GpOffice
            && office.value().addressMunicipalityNumber == municipalityNumber)
            offices.append(office.takeValue());
    }
    return models::ActorListModel::sortedByName(offices);
}

} // namespace hn::repo
