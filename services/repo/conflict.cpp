#include "conflict.h"

#include "store/store.h"
#include "sync/merge.h"

namespace hn::repo {

Conflict::Conflict(store::Store *store, qint64 seq)
    : m_store(store)
    , m_seq(seq)
{
    if (const std::optional<store::OutboxEntry> e = store->entry(seq)) {
        m_base = e->baseJson;
        m_mine = e->body;
        if (const auto cached = store->resource(e->type, e->id))
            m_theirs = cached->serverJson;
        m_valid = e->state == store::OutboxState::Conflict;
        m_deletion = e->operation == store::Operation::Delete;
    }
    m_goneThere = !m_deletion && m_theirs.isEmpty();
    if (!m_deletion && !m_goneThere)
        m_conflicts = sync::merge3(m_base, m_mine, m_theirs).conflicts;
}

QList<QPair<QString, QString>> Conflict::mineFields() const
{
    return sync::flatten(m_mine);
}

QList<QPair<QString, QString>> Conflict::theirFields() const
{
    return sync::flatten(m_theirs);
}

bool Conflict::keepMine()
{
    return resolveFieldByField(QSet<QString>(m_conflicts.cbegin(), m_conflicts.cend()));
}

bool Conflict::takeTheirs()
{
    return m_store->discard(m_seq);
}

bool Conflict::resolveFieldByField(const QSet<QString> &preferMine)
{
    if (m_goneThere) // my whole version, created again (no base version, so no If-Match)
        return m_store->rebase(m_seq, m_mine, QJsonObject(), store::OutboxState::Pending);
    if (m_deletion) // delete their newer version too
        return m_store->rebase(m_seq, QJsonObject(), m_theirs, store::OutboxState::Pending);
    const sync::MergeResult merge = sync::merge3(m_base, m_mine, m_theirs, preferMine);
    return m_store->rebase(m_seq, merge.merged, m_theirs, store::OutboxState::Pending);
}

} // namespace hn::repo
