#pragma once

#include "itemmodels.h"

#include <QObject>
#include <QTimer>

namespace hn::store {
class Store;
}

namespace hn::repo {

// The register of all GPs as the domain sees it: every GP (PractitionerRole) the store holds, with
// the practitioner, the office (its name, organisation number and municipality) and the services
// offered. The worked example of the domain layer (services/README.md): a page holds one of these
// and item models, never the store or FHIR.
//
// It follows the store: once a burst of changes to the types it reads has settled (a sync page),
// `changed()` says so; `readInBackground()` then reads on a worker, so that a sync in progress never
// stalls the window, and answers with `entriesRead()` or, when the file cannot be read, `readFailed()`.
class GpRegister : public QObject
{
    Q_OBJECT
public:
    explicit GpRegister(store::Store *store, QObject *parent = nullptr);

    // Every GP, read at once on this thread.
    QList<models::GpEntry> read() const;
    // The same on a worker (one read at a time; asked again meanwhile, it reads once more after).
    void readInBackground();

Q_SIGNALS:
    void changed();
    void entriesRead(const QList<models::GpEntry> &entries);
    void readFailed();

private:
    store::Store *m_store;
    QTimer m_settle;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace hn::repo
