#pragma once

#include <QObject>

namespace hn::store {
class Store;
}
namespace hn::models {
class ActorListModel;
}

namespace hn::ui {

// Keeps the actor list in step with the store: the store's precise change signals become single
// upserts and removals in the model, through the FHIR mapping.
class StoreBinding : public QObject
{
    Q_OBJECT
public:
    explicit StoreBinding(store::Store *store, QObject *parent = nullptr);
    models::ActorListModel *actorModel() const { return m_actors; }
    store::Store *store() const { return m_store; }

private:
    void organizationsChanged(const QStringList &ids);
    store::Store *m_store;
    models::ActorListModel *m_actors;
};

} // namespace hn::ui
