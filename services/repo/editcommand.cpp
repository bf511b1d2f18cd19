#include "editcommand.h"

#include "store/store.h"
#include "sync/merge.h"
#include "sync/syncengine.h"

#include <QCoreApplication>

namespace hn::repo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hn::repo::EditCommand", text);
}

// `current` with the fields that differ between `from` and `to` set as in `to` (field by field, as
// the sync engine merges): where `current` changed the same field since, `to` wins, as the user
// asked for it by undoing or redoing.
QJsonObject moved(const QJsonObject &from, const QJsonObject &to, const QJsonObject &current)
{
    sync::MergeResult result = sync::merge3(from, to, current);
    if (!result.clean) {
        const QStringList conflicts = result.conflicts;
        result = sync::merge3(from, to, current, QSet<QString>(conflicts.cbegin(), conflicts.cend()));
    }
    return result.merged;
}

QJsonObject withoutMeta(QJsonObject resource)
{
    resource.remove(QLatin1String("meta"));
    return resource;
}

} // namespace

EditCommand::EditCommand(store::Store *store, sync::SyncEngine *engine, Kind kind, const QJsonObject &after,
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

void EditCommand::refused(const QString &reason)
{
    m_outcome = Outcome::Refused;
    if (m_onFailure)
        m_onFailure(reason);
}

void EditCommand::redo()
{
    if (!m_recorded) {
        if (const auto local = m_store->resource(m_type, m_id); local && m_kind != Kind::Create)
            m_localBefore = local->json;
        store::Error error;
        switch (m_kind) {
        case Kind::Create: m_seq = m_store->saveEdit(store::Operation::Create, m_after, &error); break;
        case Kind::Update: m_seq = m_store->saveEdit(store::Operation::Update, m_after, &error, m_before); break;
        case Kind::Delete: m_seq = m_store->saveDelete(m_type, m_id, &error); break;
        }
        if (m_seq < 0) {
            setObsolete(true); // the stack drops it
            refused(error.message);
            return;
        }
        m_recorded = true;
        m_outcome = Outcome::Recorded;
        return;
    }
    // After an undo: its reverse edit taken back while it is only here, else the edit made again.
    if (canTakeBack() && m_store->discard(m_seq)) {
        m_seq = -1;
        m_outcome = Outcome::TakenBack;
        return;
    }
    QString error;
    const std::optional<qint64> seq = recordMove(true, &error);
    if (!seq) {
        refused(error);
        return;
    }
    m_seq = *seq;
    m_outcome = Outcome::Reversed;
}

void EditCommand::undo()
{
    if (canTakeBack() && m_store->discard(m_seq)) {
        m_seq = -1;
        m_outcome = Outcome::TakenBack;
        return;
    }
    QString error;
    const std::optional<qint64> seq = recordMove(false, &error);
    if (!seq) {
        refused(error);
        return;
    }
    m_seq = *seq;
    m_outcome = Outcome::Reversed;
}

std::optional<qint64> EditCommand::recordMove(bool forward, QString *error)
{
    // Whether the item is there after the edit (forward) or before it (back).
    const bool exists = forward ? m_kind != Kind::Delete : m_kind != Kind::Create;
    const std::optional<store::CachedResource> current = m_store->resource(m_type, m_id);
    const bool existsNow = current && !current->deleted;
    store::Error storeError;
    qint64 seq = -1;
    if (!exists) {
        if (!existsNow)
            return -1; // gone already (someone else deleted it): nothing to record
        seq = m_store->saveDelete(m_type, m_id, &storeError);
    } else if (!existsNow && m_kind == Kind::Update) {
        *error = tr("It has been deleted since.");
        return std::nullopt;
    } else if (!existsNow) {
        // Created again, as it was (its server version is gone with it).
        const QJsonObject body = withoutMeta(forward ? m_after : m_localBefore);
        if (body.isEmpty()) {
            *error = tr("It cannot be made again here: it is not in the local data.");
            return std::nullopt;
        }
        seq = m_store->saveEdit(store::Operation::Create, body, &storeError);
    } else {
        const QJsonObject before = m_kind == Kind::Update ? m_localBefore : QJsonObject();
        const QJsonObject after = m_kind == Kind::Update ? m_after : QJsonObject();
        QJsonObject target = m_kind == Kind::Update
            ? (forward ? moved(before, after, current->json) : moved(after, before, current->json))
            : withoutMeta(forward ? m_after : m_localBefore);
        if (m_kind != Kind::Update) // there, and should be: as it was, on the version there is now
            target.insert(QStringLiteral("meta"), current->json.value(QLatin1String("meta")));
        if (target == current->json)
            return -1; // as it should be already: nothing to record
        seq = m_store->saveEdit(store::Operation::Update, target, &storeError);
    }
    if (seq < 0) {
        *error = storeError.message;
        return std::nullopt;
    }
    return seq;
}

bool EditCommand::canTakeBack() const
{
    if (m_seq < 0 || (m_engine && m_engine->inFlightSeq() == m_seq))
        return false;
    const std::optional<store::OutboxEntry> e = m_store->entry(m_seq);
    if (!e)
        return false;
    // Once a send was tried (attempts), it may be on the server although no answer says so:
    // taking it back here would leave it there, shown to citizens, while it is gone here. A
    // conflict or a refusal is the server's answer that it is not there.
    return (e->state == store::OutboxState::Pending && e->attempts == 0) || e->state != store::OutboxState::Pending;
}

} // namespace hn::repo
