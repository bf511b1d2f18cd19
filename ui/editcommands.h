#pragma once

#include <QJsonObject>
#include <QUndoCommand>

#include <functional>

namespace hn::store {
class Store;
}
namespace hn::sync {
class SyncEngine;
}

namespace hn::ui {

// One local edit as an undoable command. redo() records the edit in the store (cache + outbox);
// undo() takes the unsent outbox entry back. Once the edit has been sent it can no longer be undone
// (the command turns obsolete and the stack is cleared by OfficeEdits).
class StoreEditCommand : public QUndoCommand
{
public:
    enum class Kind { Create, Update, Delete };
    // `before`: the server copy the change was made on, when the editor knows it (see
    // Store::saveEdit's editedFrom).
    StoreEditCommand(store::Store *store, sync::SyncEngine *engine, Kind kind, const QJsonObject &after,
        const QString &text, const QString &type = {}, const QString &id = {}, const QJsonObject &before = {});

    void redo() override;
    void undo() override;
    qint64 seq() const { return m_seq; }
    // True while the edit waits in the outbox (not sent, not being sent, no send tried).
    bool canTakeBack() const;
    // Called from redo() when the store refused the edit (the command then turns obsolete and the
    // undo stack drops it), with the store's reason in the user's language.
    void setOnFailure(std::function<void(const QString &)> onFailure) { m_onFailure = std::move(onFailure); }

private:
    store::Store *m_store;
    sync::SyncEngine *m_engine;
    Kind m_kind;
    QJsonObject m_after;
    QJsonObject m_before;
    QString m_type, m_id;
    qint64 m_seq = -1;
    std::function<void(const QString &)> m_onFailure;
};

} // namespace hn::ui
