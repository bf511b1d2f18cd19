#include "syncengine.h"

#include "changetext.h"

#include "bundlescan.h"
#include "common/logging.h"
#include "common/threads.h"
#include "merge.h"
#include "net/fhirclient.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <QtConcurrent/QtConcurrentRun>
#include <memory>

// The push half of the engine: the outbox, edit by edit, in order, with the conflict handling.
namespace hn::sync {

void SyncEngine::pushNow()
{
    if (m_stopped || m_pushing || m_pulling || !m_client->mayRequest())
        return;
    m_retryTimer.stop();
    pushNext();
}

void SyncEngine::pushNext()
{
    if (m_stopped)
        return;
    // The first pending entry whose resource has no unresolved conflict or failure before it, made
    // by the user signed in now (another user's edits wait for their own sign-in: the server's
    // audit trail names whoever sends them).
    const std::optional<store::OutboxEntry> next = m_store->nextSendable(m_store->currentUser());
    if (!next) {
        m_pushing = false;
        m_pushFailing = false; // nothing left to send (e.g. the failing edit was taken back)
        setState(m_online ? State::Idle : State::Offline);
        Q_EMIT pushIdle();
        return;
    }
    m_pushing = true;
    setState(State::Pushing);
    const store::OutboxEntry e = *next;
    // A create sent before without an answer recorded here (lost on the way, a server error, a kill,
    // or an answer that could not be saved) may have landed. Sent again as the same PUT, it would
    // overwrite what someone has changed since: the server's copy is looked at first.
    const bool mayHaveLanded = e.operation == store::Operation::Create && (e.attempts > 0 || m_inFlight == e.seq);
    m_inFlight = e.seq;
    if (mayHaveLanded) {
        net::FhirCall *check = m_client->read(e.type, e.id);
        connect(check, &net::FhirCall::finished, this,
            [this, seq = e.seq](const net::FhirResponse &response) { handleCreateCheck(seq, response); });
        return;
    }
    if (e.operation == store::Operation::Create && !m_store->recordSending(e.seq)) {
        m_inFlight = 0;
        recorded(false); // sent only once it is recorded here that it may land
        return;
    }
    net::FhirCall *call = nullptr;
    switch (e.operation) {
    case store::Operation::Create: call = m_client->update(e.body, QString()); break;
    case store::Operation::Update: call = m_client->update(e.body, e.baseVersionId); break;
    case store::Operation::Delete: call = m_client->remove(e.type, e.id, e.baseVersionId); break;
    }
    const qint64 seq = e.seq;
    connect(call, &net::FhirCall::finished, this,
        [this, seq](const net::FhirResponse &response) { handlePushReply(seq, response); });
}

void SyncEngine::handlePushReply(qint64 seq, const net::FhirResponse &response)
{
    m_inFlight = 0;
    if (m_stopped)
        return;
    const std::optional<store::OutboxEntry> entry = outboxEntry(seq);
    if (!entry) { // resolved meanwhile (e.g. discarded by the user)
        pushNext();
        return;
    }
    const store::OutboxEntry &e = *entry;
    const QString what = describe(e);
    if (response.ok()) {
        setOnline(true); // the backoff is reset once the answer is recorded (recorded())
        if (e.operation == store::Operation::Delete) {
            if (!recorded(m_store->acknowledgeDelete(seq), seq))
                return;
            addLog(SyncLogEntry::Kind::Sent, savedText(e, what));
            pushNext();
            return;
        }
        if (response.json.value(QLatin1String("resourceType")).toString() == e.type) {
            if (!recorded(m_store->acknowledge(seq, response.json), seq))
                return;
            addLog(SyncLogEntry::Kind::Sent, savedText(e, what));
            pushNext();
            return;
        }
        // The server did not echo the resource (Prefer: return=minimal): fetch it. The edit counts as
        // being sent until then (Undo must not take back what the server already has).
        m_inFlight = seq;
        net::FhirCall *call = m_client->read(e.type, e.id);
        connect(
            call, &net::FhirCall::finished, this, [this, seq, saved = savedText(e, what)](const net::FhirResponse &r) {
                if (r.ok()) {
                    m_inFlight = 0;
                    if (!recorded(m_store->acknowledge(seq, r.json), seq))
                        return;
                    addLog(SyncLogEntry::Kind::Sent, saved);
                    pushNext();
                } else {
                    sendLater(r.errorText); // m_inFlight stays: the server has the edit
                }
            });
        return;
    }
    if (e.operation == store::Operation::Delete && (response.status == 404 || response.status == 410)) {
        alreadyDeleted(seq, what);
        return;
    }
    if (response.status == 401) {
        // Not the edit's fault: it stays queued until the user signs in again.
        m_store->recordAttempt(seq, response.errorText);
        m_pushing = false;
        setState(m_online ? State::Idle : State::Offline);
        addLog(SyncLogEntry::Kind::Failed, response.errorText);
        Q_EMIT authenticationRequired();
        return;
    }
    // A conditional update of something deleted meanwhile: 412 by the book, but servers also answer
    // 404 or 410 (then the copy fetched below is gone too, and the user decides).
    const bool conditionalUpdate = e.operation != store::Operation::Delete && !e.baseVersionId.isEmpty();
    if (response.status == 412 || response.status == 409
        || (conditionalUpdate && (response.status == 404 || response.status == 410))) {
        // Someone else may have changed it: fetch their copy and try to merge (or, when their copy
        // is the one the edit was made on, the server refused the edit for another reason).
        net::FhirCall *call = m_client->read(e.type, e.id);
        connect(call, &net::FhirCall::finished, this,
            [this, seq, refusal = response.errorText](
                const net::FhirResponse &r) { handleServerCopy(seq, r, refusal); });
        return;
    }
    if (response.retryable()) {
        m_store->recordAttempt(seq, response.errorText);
        if (response.kind == net::FhirResponse::Kind::NetworkError)
            setOnline(false, response.errorText);
        addLog(SyncLogEntry::Kind::Retrying, tr("Not sent yet (%1): %2. Trying again.").arg(what, response.errorText));
        sendLater(response.errorText);
        return;
    }
    if (!recorded(m_store->markFailed(seq, response.errorText)))
        return;
    addLog(SyncLogEntry::Kind::Failed, tr("Refused by the server (%1): %2").arg(what, response.errorText));
    pushNext();
}

std::optional<store::OutboxEntry> SyncEngine::outboxEntry(qint64 seq) const
{
    return m_store->entry(seq);
}

// The answer to looking up a create that may have landed before (see pushNext()).
void SyncEngine::handleCreateCheck(qint64 seq, const net::FhirResponse &response)
{
    if (m_stopped)
        return; // m_inFlight stays: it may be on the server, so Undo must not take it back
    const std::optional<store::OutboxEntry> entry = outboxEntry(seq);
    if (!entry) { // taken back meanwhile
        m_inFlight = 0;
        pushNext();
        return;
    }
    const store::OutboxEntry &e = *entry;
    const QString what = describe(e);
    if (response.ok() && response.json.value(QLatin1String("resourceType")).toString() == e.type) {
        // It landed: done. What someone changed since stays, and later edits build on it.
        setOnline(true);
        m_inFlight = 0;
        // Later edits were made on what it created.
        if (!rebaseLaterEdits(e, response.json, e.body)) {
            recorded(false, seq); // tried again later, the backoff growing
            return;
        }
        if (!recorded(m_store->acknowledge(seq, response.json), seq))
            return;
        addLog(SyncLogEntry::Kind::Sent, tr("Change already on the server: %1.").arg(what));
        pushNext();
        return;
    }
    if (response.status == 410) {
        // It landed, and someone has deleted it since: for the user to decide, and so are the later
        // edits of it (sent on their own, without a version to match, they would create it again).
        m_inFlight = 0;
        const QString reason = tr("Deleted on the server by someone else");
        const QString logText = tr("Deleted on the server by someone else (%1). Choose what to do.").arg(what);
        for (const store::OutboxEntry &later : m_store->laterEntries(seq, e.type, e.id)) {
            if (later.state == store::OutboxState::Pending && !recorded(conflict(later.seq, {}, reason, logText)))
                return;
        }
        if (recorded(conflict(seq, QJsonObject(), reason, logText)))
            pushNext();
        return;
    }
    if (response.ok()) { // an answer, but not the resource: as no answer
        m_store->recordAttempt(seq, response.errorText);
        sendLater(tr("The answer from the server was incomplete"));
        return;
    }
    if (response.status == 401 || response.retryable()) {
        handlePushReply(seq, response); // no answer, or signed out: as for the send itself
        return;
    }
    // Not there: it did not land. Or not allowed to look (a refusal of the read, not of the edit),
    // and then sent as it would be otherwise. Sent now.
    net::FhirCall *call = m_client->update(e.body, QString());
    connect(call, &net::FhirCall::finished, this, [this, seq](const net::FhirResponse &r) { handlePushReply(seq, r); });
}

void SyncEngine::handleServerCopy(qint64 seq, const net::FhirResponse &response, const QString &refusal)
{
    if (m_stopped)
        return;
    const std::optional<store::OutboxEntry> entry = outboxEntry(seq);
    if (!entry) {
        pushNext();
        return;
    }
    const store::OutboxEntry &e = *entry;
    const QString what = describe(e);
    if (!response.ok()) {
        if ((response.status == 404 || response.status == 410) && e.operation == store::Operation::Delete) {
            // Gone on the server, which is what this edit wanted (someone else's deletion, or our
            // own whose answer was lost).
            alreadyDeleted(seq, what);
            return;
        }
        if (response.status == 404 || response.status == 410) {
            if (recorded(conflict(seq, QJsonObject(), tr("Deleted on the server by someone else"),
                    tr("Deleted on the server by someone else (%1). Choose what to do.").arg(what))))
                pushNext();
            return;
        }
        m_store->recordAttempt(seq, response.errorText);
        sendLater(response.errorText);
        return;
    }
    const QJsonObject theirs = response.json;
    const QString theirVersion = store::versionOf(theirs);
    if (!theirVersion.isEmpty() && theirVersion == e.baseVersionId) {
        // Nobody changed it since the edit was made: the server refused the edit itself (a rule of
        // its own, such as a deletion of something still referred to). Sending it again would only
        // be refused again.
        if (!recorded(m_store->markFailed(seq, refusal)))
            return;
        addLog(SyncLogEntry::Kind::Failed, tr("Refused by the server (%1): %2").arg(what, refusal));
        pushNext();
        return;
    }
    if (e.operation == store::Operation::Delete) {
        // A deletion has nothing to merge: whether to delete their newer version is the user's call.
        if (recorded(conflict(seq, theirs, tr("Changed on the server by someone else"),
                tr("Someone else changed what you deleted (%1). Choose what to do.").arg(what))))
            pushNext();
        return;
    }
    const MergeResult merge = merge3(e.baseJson, e.body, theirs);
    if (merge.clean && merge.mineAlreadyApplied) {
        // Later edits of the resource were made on the old copy: they take what someone else
        // changed meanwhile too (else, sent on the new version, they would put the old values back).
        if (!rebaseLaterEdits(e, theirs)) {
            recorded(false, seq); // tried again later, the backoff growing
            return;
        }
        if (!recorded(m_store->acknowledge(seq, theirs), seq))
            return;
        addLog(SyncLogEntry::Kind::Sent, tr("Change already on the server: %1.").arg(what));
        pushNext();
        return;
    }
    if (merge.clean) {
        // Later edits first: should that not be recorded, this edit is fetched and merged again
        // next time (which does them again) instead of going out while they stay on the old copy.
        if (!rebaseLaterEdits(e, theirs)) {
            recorded(false); // tried again later, the backoff growing
            return;
        }
        if (!recorded(m_store->rebase(seq, merge.merged, theirs, store::OutboxState::Pending)))
            return;
        addLog(SyncLogEntry::Kind::Merged,
            tr("Combined with someone else's change to other fields (%1) and sent.").arg(what));
        pushNext();
        return;
    }
    if (recorded(fieldConflict(seq, theirs, merge.conflicts, what)))
        pushNext();
}

// Marks the entry as a conflict for the user to decide, with the server's copy, and tells; false
// when that could not be recorded.
bool SyncEngine::conflict(qint64 seq, const QJsonObject &theirs, const QString &reason, const QString &logText)
{
    if (!m_store->markConflict(seq, theirs, reason))
        return false;
    addLog(SyncLogEntry::Kind::Conflict, logText);
    Q_EMIT conflictDetected(seq);
    return true;
}

bool SyncEngine::fieldConflict(qint64 seq, const QJsonObject &theirs, const QStringList &fields, const QString &what)
{
    return conflict(seq, theirs, tr("Changed by someone else: %1").arg(fields.join(QLatin1String(", "))),
        tr("Someone else changed the same fields (%1). Choose which version to keep.").arg(what));
}

// A deletion whose resource is gone on the server: done.
void SyncEngine::alreadyDeleted(qint64 seq, const QString &what)
{
    if (!recorded(m_store->acknowledgeDelete(seq), seq))
        return;
    addLog(SyncLogEntry::Kind::Sent, tr("Already deleted on the server: %1.").arg(what));
    pushNext();
}

// Sending stops here and is tried again after the backoff (which keeps growing while it fails).
void SyncEngine::sendLater(const QString &why)
{
    m_pushing = false;
    m_pushFailing = true;
    scheduleRetry(why);
}

// What the server answered could not be recorded locally (the database busy or the disk full):
// sending stops and is tried again later, instead of sending the same entry again at once.
bool SyncEngine::recorded(bool ok, qint64 serverHas)
{
    if (ok) {
        m_failures = 0; // the entry has moved on
        m_pushFailing = false;
        return true;
    }
    if (serverHas)
        m_inFlight = serverHas; // the server has the edit: Undo must not take it back meanwhile
    addLog(SyncLogEntry::Kind::Retrying, tr("The answer from the server could not be saved here; trying again."));
    sendLater(QStringLiteral("a local write after an answer failed"));
    return false;
}

// Later edits of the same resource were made on the same base as `merged` (their bodies hold the
// earlier edit too): they take the other change as well, or they would put the old values back
// once the first edit has landed. `base`, when given, is what they were made on instead of their
// own base (edits of a resource created here were made on what the create sent).
// False when one of them could not be recorded: the caller must not go on as if they were rebased
// (acknowledging the first edit would put them on the new version with their old bodies).
bool SyncEngine::rebaseLaterEdits(const store::OutboxEntry &merged, const QJsonObject &theirs, const QJsonObject &base)
{
    for (const store::OutboxEntry &later : m_store->laterEntries(merged.seq, merged.type, merged.id)) {
        if (later.state != store::OutboxState::Pending || later.operation == store::Operation::Delete)
            continue;
        // (An edit already moved onto a server copy, by an earlier round that stopped half-way, has
        // its own base again.)
        const bool made = !base.isEmpty() && later.baseVersionId.isEmpty();
        const QJsonObject madeOn = made ? base : later.baseJson;
        const MergeResult merge = merge3(madeOn, later.body, theirs);
        bool ok = false;
        if (merge.clean) {
            ok = m_store->rebase(later.seq, merge.merged, theirs, store::OutboxState::Pending);
        } else {
            // The conflict dialog compares with the edit's base: the copy it was made on.
            ok = (!made || m_store->rebase(later.seq, later.body, madeOn, store::OutboxState::Pending))
                && fieldConflict(later.seq, theirs, merge.conflicts, describe(later));
        }
        if (!ok)
            return false;
    }
    return true;
}

void SyncEngine::scheduleRetry(const QString &why)
{
    if (m_stopped)
        return;
    ++m_failures;
    const int exponent = qMin(m_failures - 1, 16);
    const double raw = qMin<double>(m_backoffMaxMs, double(m_backoffBaseMs) * double(1 << exponent));
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    const int delay = qMax(1, int(raw * jitter(m_random)));
    qCInfo(lcSync) << "retrying in" << delay << "ms after:" << why;
    m_retryTimer.start(delay);
    Q_EMIT retryScheduled(delay);
}

} // namespace hn::sync
