#include "storebinding.h"

#include "common/logging.h"
#include "fhir/mapping.h"
#include "itemmodels.h"
#include "store/store.h"

namespace hn::ui {

StoreBinding::StoreBinding(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actors(new models::ActorListModel(this))
{
    QList<models::Actor> actors;
    for (const QJsonObject &json : store->jsonOf(QStringLiteral("Organization"))) {
        const auto actor = fhir::actorFromFhir(json);
        if (actor.ok())
            actors.append(actor.value());
        else
            qCWarning(lcUi) << "skipping an Organization the program cannot read:" << actor.error();
    }
    m_actors->setItems(actors);
    const auto changed = [this](const QString &type, const QStringList &ids) {
        if (type == QLatin1String("Organization"))
            organizationsChanged(ids);
    };
    connect(store, &store::Store::resourcesInserted, this, changed);
    connect(store, &store::Store::resourcesUpdated, this, changed);
    connect(store, &store::Store::resourcesRemoved, this, [this](const QString &type, const QStringList &ids) {
        if (type != QLatin1String("Organization"))
            return;
        for (const QString &id : ids)
            m_actors->remove(id);
    });
}

void StoreBinding::organizationsChanged(const QStringList &ids)
{
    // A first sync inserts thousands at once: one reset is cheaper than thousands of inserts.
    if (ids.size() > 200) {
        QList<models::Actor> actors;
        for (const QJsonObject &json : m_store->jsonOf(QStringLiteral("Organization"))) {
            const auto actor = fhir::actorFromFhir(json);
            if (actor.ok())
                actors.append(actor.value());
        }
        m_actors->setItems(actors);
        return;
    }
    for (const QString &id : ids) {
        const auto cached = m_store->resource(QStringLiteral("Organization"), id);
        if (!cached || cached->deleted) {
            m_actors->remove(id);
            continue;
        }
        const auto actor = fhir::actorFromFhir(cached->json);
        if (actor.ok())
            m_actors->upsert(actor.value());
    }
}

} // namespace hn::ui
