#pragma once

#include <QObject>

#include <functional>

namespace hn::store {
class Store;
}
namespace hn::models {
class ActorListModel;
struct Actor;
} // namespace hn::models

namespace hn::repo {

// Keeps the actor list in step with the store: the store's precise change signals become single
// upserts and removals in the model, through the FHIR mapping. The list holds summaries (every field
// of Actor but `source`); pages read the full resource from the store.
class ActorDirectory : public QObject
{
    Q_OBJECT
public:
    explicit ActorDirectory(store::Store *store, QObject *parent = nullptr);
    // Starts reading the actor list of the store file at `path` on a worker thread, so that it is
    // ready when the window has been built and the store opened (start-up). A binding for a store
    // of that path takes it instead of reading again.
    static void prefetchActors(const QString &path);
    models::ActorListModel *actorModel() const { return m_actors; }
    store::Store *store() const { return m_store; }

private:
    QList<models::Actor> readActors() const; // summaries: every field but source
    void organizationsChanged(const QStringList &ids);
    store::Store *m_store;
    models::ActorListModel *m_actors;
};

} // namespace hn::repo
