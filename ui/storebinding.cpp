#include "storebinding.h"

#include "common/logging.h"
#include "fhir/mapping.h"
#include "itemmodels.h"
#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>
#include <future>

namespace hn::ui {

namespace {

// Organizations as the list holds them (summaries), from stored bytes.
QList<models::Actor> actorsFrom(const QList<QByteArray> &all)
{
    QList<models::Actor> actors;
    actors.reserve(all.size());
    for (const QByteArray &json : all) {
        auto actor = fhir::actorSummaryFromFhir(json);
        if (actor.ok())
            actors.append(actor.takeValue());
        else
            qCWarning(lcUi) << "skipping an Organization the program cannot read:" << actor.error();
    }
    return actors;
}

struct Prefetch
{
    QString path;
    std::shared_future<std::optional<QList<models::Actor>>> actors;
};
Prefetch &prefetch()
{
    static Prefetch p;
    return p;
}

} // namespace

void StoreBinding::prefetchActors(const QString &path)
{
    auto promise = std::make_shared<std::promise<std::optional<QList<models::Actor>>>>();
    prefetch().path = path;
    prefetch().actors = promise->get_future().share();
    (void)QtConcurrent::run([path, promise] {
        const auto all = store::Store::rawJsonOfFile(path, QStringLiteral("Organization"));
        promise->set_value(all ? std::optional(models::ActorListModel::sortedByName(actorsFrom(*all))) : std::nullopt);
    });
}

StoreBinding::StoreBinding(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actors(new models::ActorListModel(this))
{
    std::optional<QList<models::Actor>> prefetched;
    if (prefetch().path == store->path() && prefetch().actors.valid()) {
        prefetched = prefetch().actors.get(); // the store has not been written to since
        prefetch() = {};
    }
    if (prefetched)
        m_actors->setItems(*prefetched, models::ActorListModel::Order::SortedByName);
    else
        m_actors->setItems(readActors());
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

QList<models::Actor> StoreBinding::readActors() const
{
    // Straight from the stored bytes: at start-up with a national cache this is most of the time
    // before the first paint, and QJsonDocument would take four times as long.
    return actorsFrom(m_store->rawJsonOf(QStringLiteral("Organization")));
}

void StoreBinding::organizationsChanged(const QStringList &ids)
{
    // A first sync inserts thousands at once: one reset is cheaper than thousands of inserts.
    if (ids.size() > 200) {
        m_actors->setItems(readActors());
        return;
    }
    for (const QString &id : ids) {
        const auto cached = m_store->resource(QStringLiteral("Organization"), id);
        if (!cached || cached->deleted) {
            m_actors->remove(id);
            continue;
        }
        auto actor = fhir::actorFromFhir(cached->json);
        if (actor.ok()) {
            models::Actor a = actor.takeValue();
            a.source = QJsonObject(); // the list holds summaries, as readActors() reads them
            m_actors->upsert(a);
        }
    }
}

} // namespace hn::ui
