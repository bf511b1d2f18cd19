#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

namespace hn::store {
class Store;
}

namespace hn::repo {

// A local change the server refused because someone else changed the same item meanwhile (an
// outbox entry in conflict), and the ways to resolve it. The conflict dialog shows it and asks.
class Conflict
{
public:
    Conflict(store::Store *store, qint64 seq);

    // Still a conflict (not resolved meanwhile, e.g. in another window or by a sync).
    bool isValid() const { return m_valid; }
    // The change was a deletion, and someone else changed the item since.
    bool isDeletion() const { return m_deletion; }
    // The change was an edit, and someone else deleted the item since.
    bool goneThere() const { return m_goneThere; }
    // The fields both changed, differently (paths as sync::flatten writes them).
    QStringList conflicts() const { return m_conflicts; }
    // Each version as fields to read side by side: path -> text.
    QList<QPair<QString, QString>> mineFields() const;
    QList<QPair<QString, QString>> theirFields() const;

    // The resolutions; each returns false when the local data could not be written (nothing changed
    // then). Keep mine: my version wins where the two differ (a deletion deletes their version too;
    // an item deleted there is created again). Take theirs: my change is dropped. Field by field:
    // mine wins in the fields of `preferMine`, theirs in the other conflicts, both elsewhere.
    bool keepMine();
    bool takeTheirs();
    bool resolveFieldByField(const QSet<QString> &preferMine);

private:
    store::Store *m_store;
    qint64 m_seq;
    bool m_valid = false;
    bool m_deletion = false;
    bool m_goneThere = false;
    QJsonObject m_base, m_mine, m_theirs;
    QStringList m_conflicts;
};

} // namespace hn::repo
