#pragma once

#include "domain.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace hn::store {
class Store;
}

namespace hn::repo {

// The actors as the domain sees them, for the page of one actor: the actor, its units, the
// services each offers, and a municipality's GP offices (by the municipality of their address).
// `changed()` says that organisations or services changed in the store (once a burst has settled).
class Actors : public QObject
{
    Q_OBJECT
public:
    explicit Actors(store::Store *store, QObject *parent = nullptr);

    std::optional<models::Actor> actor(const QString &id) const;
    QList<models::Actor> unitsOf(const QString &id) const; // actors whose partOf is `id`
    QList<models::HealthcareService> servicesOf(const QString &id) const; // provided by `id`
    QList<models::Actor> gpOfficesIn(const QString &municipalityNumber) const; // sorted by name

Q_SIGNALS:
    void changed();

private:
    store::Store *m_store;
    QTimer m_settle;
};

} // namespace hn::repo
