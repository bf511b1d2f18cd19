#include "editcommands.h"

#include "store/store.h"
#include "sync/syncengine.h"

namespace hn::ui {

StoreEditCommand::StoreEditCommand(store::Store *store, sync::SyncEngine *engine, Kind kind, const QJsonObject &after,
    const QString &text, const QString &type, const QString &id, const QJsonObject &before)
    : QUndoCommand(text)
    , m_store(store)
    , m_engine(engine)
    , m_kind(kind)
    , m_after(after)
    , m_before(before)
    , m_type(type.isEmpty() ? after.value(QLatin1String("resourceType")).toString() : type)
    , m_id(id.isEmpty() ? after.value(QLatin1String("id")).toString() : id)
{
}

void StoreEditCommand::redo()
{
    store::Error error;
    switch (m_kind) {
    case Kind::Create: m_seq = m_store->saveEdit(store::Operation::Create, m_after, &error); break;
    case Kind::Update: m_seq = m_store->saveEdit(store::Operation::Update, m_after, &error, m_before); break;
    case Kind::Delete: m_seq = m_store->saveDelete(m_type, m_id, &error); break;
    }
    if (m_seq < 0) {
        setObsolete(true); // the stack drops it
        if (m_onFailure)
            m_onFailure(error.message);
    }
}

bool StoreEditCommand::canTakeBack() const
{
    if (m_seq < 0 || (m_engine && m_engine->inFlightSeq() == m_seq))
        return false;
    for (const store::OutboxEntry &e : m_store->outbox()) {
        // Once a send was tried (attempts), it may be on the server although no answer says so:
        // taking it back here would leave it there, shown to citizens, while it is gone here.
        if (e.seq == m_seq)
            return e.state == store::OutboxState::Pending && e.attempts == 0;
    }
    return false;
}

void StoreEditCommand::undo()
{
    if (!canTakeBack()) {
        setObsolete(true);
        return;
    }
    m_store->discard(m_seq);
    m_seq = -1;
}

} // namespace hn::ui
