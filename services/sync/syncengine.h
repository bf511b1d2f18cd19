#pragma once

#include "net/fhirclient.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <QUrl>
#include <memory>

#include <random>

namespace hn::store {
class Store;
}

namespace hn::sync {

// One entry of a history page: the newest known state of a resource, or its deletion.
struct HistoryItem
{
    QString type, id;
    QDateTime when; // meta.lastUpdated or response.lastModified; invalid when the server gave none
    int position = 0; // order on the page (servers list history newest first)
    store::ServerResource resource; // its json is empty for a deletion
};

// One line of the sync log, in plain words.
struct SyncLogEntry
{
    enum class Kind { Sent, Merged, Conflict, Failed, Retrying, Pulled, Info };
    QDateTime when;
    Kind kind = Kind::Info;
    QString text;
};

// Moves data between the local store and the FHIR server.
// Pull: a first full sync per resource type by paged search, then incremental pulls by type-level
// _history?_since, deletions included. Pages are pipelined: the next page is asked for as soon as
// its link has arrived, each page is scanned (bundlescan.h) on one scanner thread, so in order, and
// written from the received bytes on the store's writer thread; both run at a lower priority than
// the UI and the network. Per-type totals (_count=0) are asked for alongside a first sync's first
// page. `since` advances only once every page of a type is committed; a finished pull asks the
// store to checkpoint.
// Push: the outbox in order, If-Match on every update, creates as PUT with the client's UUID (a retry
// is idempotent), exponential backoff with jitter on network errors and 5xx. A 412 fetches the
// server copy: changes to different fields merge automatically, overlapping ones become a conflict
// for the user. A conflict never blocks the rest of the outbox.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Pulling, Pushing, Offline };
    Q_ENUM(State)

    SyncEngine(store::Store *store, net::FhirClient *client, QObject *parent = nullptr);
    ~SyncEngine() override;

    static QStringList defaultResourceTypes();
    void setResourceTypes(const QStringList &types) { m_types = types; }
    // Backoff after the n-th failure: min(max, base * 2^n) scaled by a random factor in [0.5, 1.5).
    void setBackoff(int baseMs, int maxMs);
    // Local edits are sent this long after they were made (0: at once), so that they can still be
    // undone; pushNow() sends at once.
    void setPushDelay(int ms);
    // The outbox entry being sent right now (or sent, with its answer not yet recorded), or 0.
    qint64 inFlightSeq() const { return m_inFlight; }
    // Pull every intervalMs (0: never by itself).
    void setPullInterval(int intervalMs);
    // Resources asked for per page (_count); 500 unless a test wants many pages.
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    State state() const { return m_state; }
    bool isOnline() const { return m_online; }
    QDateTime lastSync() const { return m_lastSync; }
    QList<SyncLogEntry> log() const { return m_log; }
    bool fullSyncDone() const;

public Q_SLOTS:
    void syncNow(); // pull, then push
    void pushNow(); // push whatever is pending
    void cancelPull(); // stops the running pull after the page in flight; a full sync resumes later
    void stop(); // no more requests or timers
    void resume(); // after stop(), e.g. once signed in again

Q_SIGNALS:
    void stateChanged(hn::sync::SyncEngine::State state);
    void onlineChanged(bool online);
    void pullProgress(qint64 done, qint64 total); // during a first full sync; total from Bundle.total
    void pullFinished(bool ok);
    void pushIdle(); // nothing pending that can be sent now
    void lastSyncChanged(const QDateTime &when);
    void logAdded(const hn::sync::SyncLogEntry &entry);
    void conflictDetected(qint64 seq);
    // The next attempt (a pull, then a push) comes in delayMs, after a failure; grows while failing.
    void retryScheduled(int delayMs);
    // The server no longer accepts the sign-in (401): nothing more is sent until a new sign-in.
    void authenticationRequired();

private:
    void setState(State state);
    void setOnline(bool online, const QString &why = {});
    void addLog(SyncLogEntry::Kind kind, const QString &text);
    // pull
    void pullNextType();
    void requestPage(const QUrl &url, bool history);
    void requestFirstPages();
    void handlePage(
        const net::FhirResponse &response, bool history, quint64 generation, const QString &alreadyRequested);
    void finishPull(bool ok);
    void writePage(QList<store::ServerResource> resources, const QString &completesType, const QString &since);
    void applyHistory(const QString &type, const QString &since);
    // push
    void pushNext();
    void handlePushReply(qint64 seq, const net::FhirResponse &response);
    std::optional<store::OutboxEntry> outboxEntry(qint64 seq) const; // still in the outbox
    void handleCreateCheck(qint64 seq, const net::FhirResponse &response);
    void handleServerCopy(qint64 seq, const net::FhirResponse &response, const QString &refusal);
    bool rebaseLaterEdits(const store::OutboxEntry &merged, const QJsonObject &theirs, const QJsonObject &base = {});
    // False (and a retry scheduled) when an answer could not be recorded locally; `serverHas`: the
    // entry the server has applied, which stays "being sent" until it is recorded.
    bool recorded(bool ok, qint64 serverHas = 0);
    bool conflict(qint64 seq, const QJsonObject &theirs, const QString &reason, const QString &logText);
    bool fieldConflict(qint64 seq, const QJsonObject &theirs, const QStringList &fields, const QString &what);
    void alreadyDeleted(qint64 seq, const QString &what);
    void sendLater(const QString &why);
    void scheduleRetry(const QString &why);
    QString describe(const store::OutboxEntry &e) const; // ChangeText
    QString savedText(const store::OutboxEntry &e, const QString &what) const; // "Saved on Helsenorge: …"

    store::Store *m_store;
    net::FhirClient *m_client;
    QStringList m_types;
    State m_state = State::Idle;
    bool m_online = false;
    bool m_stopped = false;
    QDateTime m_lastSync;
    QList<SyncLogEntry> m_log;

    // pull state
    bool m_pulling = false;
    quint64 m_pullGeneration = 0;
    int m_pageSize = 500; // changes when a pull starts or ends: answers of another one are dropped
    QThreadPool m_scanPool; // one thread: pages are scanned, and so written, in the order they came
    bool m_cancelPull = false;
    bool m_pushAfterPull = false;
    int m_typeIndex = 0;
    QString m_pullSince; // the server time the current type's pull started at
    qint64 m_pullDone = 0;
    qint64 m_pullTotal = 0;
    QSet<QString> m_counted; // types whose total is already in m_pullTotal
    int m_countsPending = 0; // first pages' totals still to come; no progress is reported before
    // A first full sync asks for every type's first page at once: their Bundle.total makes the
    // progress determinate from the start (no _count=0 requests), and each is handled at its type's
    // turn, from here.
    struct FirstPage
    {
        bool arrived = false;
        net::FhirResponse response;
    };
    QHash<QString, std::shared_ptr<FirstPage>> m_firstPages;
    QString m_waitingForFirstPage; // the type whose turn it is while its first page is on its way
    int m_pagesInFlight = 0; // pages handed to the store, not yet written
    bool m_finishWhenWritten = false;
    bool m_writeFailed = false;
    QHash<QString, HistoryItem> m_history; // newest history entry per "Type/id" during an incremental pull

    // push state
    bool m_pushing = false;
    int m_failures = 0;
    bool m_pushFailing = false; // the last send failed and will be tried again
    int m_backoffBaseMs = 1000;
    int m_backoffMaxMs = 60000;
    QTimer m_retryTimer;
    QTimer m_pullTimer;
    QTimer m_pushDelayTimer;
    qint64 m_inFlight = 0;
    std::mt19937 m_random;
};

} // namespace hn::sync

Q_DECLARE_METATYPE(hn::sync::SyncLogEntry)
