#pragma once

#include <QJsonObject>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace hn::store {
class Store;
}
namespace hn::sync {
class SyncEngine;
}

namespace hn::repo {

// One local edit as an undoable command. The first redo() records the edit in the store (cache +
// outbox). undo() takes the outbox entry back while it is only here (not sent, not being sent, no
// send tried, or refused by the server); once it may be on the server, undo() records the reverse
// edit instead (a create is deleted, a deletion created again, an update's changed fields set back
// on the copy there is now), which is sent through the outbox like any edit, with the usual
// conflict handling. redo() after an undo does the same the other way round. So an edit can be
// undone and redone at any moment, also while it is being sent; nothing here touches the undo stack.
class EditCommand : public QUndoCommand
{
public:
    enum class Kind { Create, Update, Delete };
    // How the last undo() or redo() was done.
    enum class Outcome { None, Recorded, TakenBack, Reversed, Refused };
    // `before`: the server copy the change was made on, when the editor knows it (see
    // Store::saveEdit's editedFrom).
    EditCommand(store::Store *store, sync::SyncEngine *engine, Kind kind, const QJsonObject &after, const QString &text,
        const QString &type = {}, const QString &id = {}, const QJsonObject &before = {});

    void redo() override;
    void undo() override;
    qint64 seq() const { return m_seq; }
    QString resourceType() const { return m_type; }
    QString resourceId() const { return m_id; }
    Kind kind() const { return m_kind; }
    Outcome lastOutcome() const { return m_outcome; }
    // True while the newest entry this command recorded is only here: it waits in the outbox (not
    // sent, not being sent, no send tried) or the server refused it (a conflict, a failure).
    bool canTakeBack() const;
    // Called when the store refused to record the edit (the first redo(): the command then turns
    // obsolete and the undo stack drops it; a later undo() or redo(): nothing changes), with the
    // store's reason in the user's language.
    void setOnFailure(std::function<void(const QString &)> onFailure) { m_onFailure = std::move(onFailure); }

private:
    // Records an edit that brings the item to the state after the edit (forward) or before it, on
    // the copy there is now. The outbox seq, -1 when nothing needed to change, nullopt when the
    // store refused (*error says why).
    std::optional<qint64> recordMove(bool forward, QString *error);
    void refused(const QString &reason);

    store::Store *m_store;
    sync::SyncEngine *m_engine;
    Kind m_kind;
    QJsonObject m_after;
    QJsonObject m_before;
    QJsonObject m_localBefore; // the local copy before the edit (empty for a create)
    QString m_type, m_id;
    qint64 m_seq = -1; // the newest entry this command recorded (the edit or its reverse)
    bool m_recorded = false; // the first redo() has run
    Outcome m_outcome = Outcome::None;
    std::function<void(const QString &)> m_onFailure;
};

} // namespace hn::repo
