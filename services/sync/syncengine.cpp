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

namespace hn::sync {

namespace {

const QString kSincePrefix = QStringLiteral("history-since/");
const QString kFullDonePrefix = QStringLiteral("full-sync-done/");

// A parsed search or history page.

struct Page
{
    bool ok = false;
    QList<store::ServerResource> resources; // search pages
    QList<HistoryItem> history; // history pages
    QUrl next;
    qint64 total = -1;
    QString bundleTime;
    struct SetAside
    {
        QString what, reason; // "Type/id" (as far as known), the scanner's words
    };
    QList<SetAside> setAside; // resources on the page that cannot be read (see bundlescan.h)
};

QString typeIdFromUrl(const QString &url, QString *type)
{
    // ".../Type/id" or "Type/id/_history/n"
    QStringList parts = url.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const int h = int(parts.indexOf(QStringLiteral("_history")));
    if (h >= 0)
        parts = parts.mid(0, h);
    if (parts.size() < 2)
        return {};
    *type = parts.at(parts.size() - 2);
    return parts.last();
}

bool isEmptyObject(const QByteArray &json)
{
    int meaningful = 0;
    for (const char c : json)
        meaningful += c == ' ' || c == '\n' || c == '\r' || c == '\t' ? 0 : 1;
    return meaningful <= 2; // "{}"
}

// Scans a page (see bundlescan.h): the resources keep the bytes the server sent.
Page parsePage(const QByteArray &body, bool history)
{
    common::lowerCurrentThreadPriority(); // the next page's request and the UI come first
    Page page;
    ScannedBundle bundle = scanBundle(body);
    if (!bundle.ok()) {
        qCWarning(lcSync) << "unreadable page:" << bundle.error;
        return page;
    }
    page.ok = true;
    page.total = bundle.total;
    page.bundleTime = bundle.lastUpdated;
    if (!bundle.nextLink.isEmpty())
        page.next = QUrl(bundle.nextLink);
    int position = 0;
    for (ScannedEntry &entry : bundle.entries) {
        if (!entry.unreadable.isEmpty()) {
            QString type = entry.unreadableType, id = entry.unreadableId;
            if (id.isEmpty())
                id = typeIdFromUrl(entry.fullUrl, &type);
            if (type.isEmpty() || id.isEmpty())
                type = id = QStringLiteral("?");
            page.setAside.append({type + QLatin1Char('/') + id.left(64), entry.unreadable});
            qCWarning(lcSync) << "set aside an unreadable resource:" << type << id.left(64) << entry.unreadable;
            continue; // neither a result nor (in a history) a deletion
        }
        if (!history) {
            if (entry.outcome)
                continue;
            if (entry.resource && !entry.resource->id.isEmpty() && !entry.resource->type.isEmpty())
                page.resources.append(std::move(*entry.resource));
            continue;
        }
        HistoryItem item;
        item.position = position++;
        const bool deleted
            = entry.requestMethod == QLatin1String("DELETE") || !entry.resource || isEmptyObject(entry.resource->json);
        if (deleted) {
            item.id = typeIdFromUrl(entry.requestUrl, &item.type);
            if (item.id.isEmpty())
                item.id = typeIdFromUrl(entry.fullUrl, &item.type);
            item.when = QDateTime::fromString(entry.responseLastModified, Qt::ISODateWithMs);
        } else {
            item.type = QString::fromUtf8(entry.resource->type);
            item.id = QString::fromUtf8(entry.resource->id);
            item.when = QDateTime::fromString(QString::fromUtf8(entry.resource->lastUpdated), Qt::ISODateWithMs);
            item.resource = std::move(*entry.resource);
        }
        if (!item.id.isEmpty())
            page.history.append(item);
    }
    return page;
}

} // namespace

SyncEngine::SyncEngine(store::Store *store, net::FhirClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_types(defaultResourceTypes())
    , m_random(std::random_device {}())
{
    qRegisterMetaType<hn::sync::SyncLogEntry>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_pulling)
            return;
        // After an outage, a pull first tells whether the server is back.
        syncNow();
    });
    connect(&m_pullTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_scanPool.setMaxThreadCount(1);
    m_scanPool.setObjectName(QStringLiteral("page-scanner"));
    m_pushDelayTimer.setSingleShot(true);
    m_pushDelayTimer.setInterval(0);
    connect(&m_pushDelayTimer, &QTimer::timeout, this, &SyncEngine::pushNow);
    connect(m_store, &store::Store::outboxChanged, this, [this](int pending) {
        if (pending > 0 && !m_pushing && !m_pulling && !m_retryTimer.isActive() && !m_stopped
            && !m_pushDelayTimer.isActive())
            m_pushDelayTimer.start();
    });
}

SyncEngine::~SyncEngine() = default;

QStringList SyncEngine::defaultResourceTypes()
{
    return {QStringLiteral("Organization"), QStringLiteral("Practitioner"), QStringLiteral("PractitionerRole"),
        QStringLiteral("HealthcareService"), QStringLiteral("Basic")};
}

void SyncEngine::setBackoff(int baseMs, int maxMs)
{
    m_backoffBaseMs = qMax(1, baseMs);
    m_backoffMaxMs = qMax(m_backoffBaseMs, maxMs);
}

void SyncEngine::setPushDelay(int ms)
{
    m_pushDelayTimer.setInterval(qMax(0, ms));
}

void SyncEngine::setPullInterval(int intervalMs)
{
    if (intervalMs > 0)
        m_pullTimer.start(intervalMs);
    else
        m_pullTimer.stop();
}

bool SyncEngine::fullSyncDone() const
{
    for (const QString &type : m_types) {
        if (m_store->meta(kSincePrefix + type).isEmpty())
            return false;
    }
    return true;
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::setOnline(bool online, const QString &why)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "online" : "offline") << why;
    if (!online)
        setState(State::Offline);
    Q_EMIT onlineChanged(online);
}

void SyncEngine::addLog(SyncLogEntry::Kind kind, const QString &text)
{
    SyncLogEntry entry {QDateTime::currentDateTime(), kind, text};
    m_log.append(entry);
    if (m_log.size() > 2000)
        m_log.remove(0, m_log.size() - 2000);
    Q_EMIT logAdded(entry);
}

QString SyncEngine::describe(const store::OutboxEntry &e) const
{
    return ChangeText::describe(m_store, e);
}

QString SyncEngine::savedText(const store::OutboxEntry &e, const QString &what) const
{
    if (e.operation == store::Operation::Delete)
        return tr("Deleted on Helsenorge: %1.").arg(what);
    const QDate from = ChangeText::visibleFrom(e, QDate::currentDate());
    return from.isValid() ? tr("Saved on Helsenorge: %1. Citizens see it from %2.")
                                .arg(what, QLocale().toString(from, QLocale::ShortFormat))
                          : tr("Saved on Helsenorge: %1. Citizens see it now.").arg(what);
}

void SyncEngine::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    m_pushDelayTimer.stop();
    m_pullTimer.stop();
}

void SyncEngine::resume()
{
    m_stopped = false;
    m_pulling = false;
    m_pushing = false;
    m_failures = 0;
    m_pushFailing = false;
}

// ---------------------------------------------------------------- pull

void SyncEngine::syncNow()
{
    // Signed out from a server that wants a sign-in: nothing is fetched or sent (the periodic pull
    // and queued edits wait for the sign-in, which starts a sync).
    if (m_stopped || !m_client->mayRequest())
        return;
    if (m_pulling) {
        m_pushAfterPull = true;
        return;
    }
    m_pulling = true;
    ++m_pullGeneration;
    m_cancelPull = false;
    m_writeFailed = false;
    m_finishWhenWritten = false;
    m_pushAfterPull = true;
    m_typeIndex = 0;
    m_pullDone = 0;
    m_pullTotal = 0;
    m_counted.clear();
    setState(State::Pulling);
    requestFirstPages();
    pullNextType();
}

void SyncEngine::requestFirstPages()
{
    m_firstPages.clear();
    m_waitingForFirstPage.clear();
    m_countsPending = 0;
    for (const QString &type : std::as_const(m_types)) {
        if (!m_store->meta(kSincePrefix + type).isEmpty())
            continue;
        ++m_countsPending;
        auto first = std::make_shared<FirstPage>();
        m_firstPages.insert(type, first);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_count"), QString::number(m_pageSize));
        net::FhirCall *call = m_client->get(m_client->url(type, query), false);
        connect(call, &net::FhirCall::finished, this,
            [this, type, first, generation = m_pullGeneration](const net::FhirResponse &r) {
                if (m_stopped || generation != m_pullGeneration)
                    return;
                first->arrived = true;
                first->response = r;
                if (m_waitingForFirstPage == type) { // its turn came already
                    m_waitingForFirstPage.clear();
                    m_firstPages.remove(type);
                    handlePage(r, false, generation, {});
                }
                // Its total, read off this thread (the page is read again, whole, at its turn).
                auto *watcher = new QFutureWatcher<qint64>(this);
                connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, type, generation] {
                    watcher->deleteLater();
                    if (m_stopped || generation != m_pullGeneration)
                        return;
                    const qint64 total = watcher->result();
                    if (total >= 0 && !m_counted.contains(type)) {
                        m_pullTotal += total;
                        m_counted.insert(type);
                    }
                    if (--m_countsPending == 0 && m_pullTotal > 0)
                        Q_EMIT pullProgress(m_pullDone, qMax(m_pullTotal, m_pullDone));
                });
                watcher->setFuture(QtConcurrent::run(
                    [body = r.ok() ? r.body : QByteArray()] { return body.isEmpty() ? -1 : scanTotal(body); }));
            });
    }
}

void SyncEngine::cancelPull()
{
    if (m_pulling)
        m_cancelPull = true;
}

void SyncEngine::pullNextType()
{
    if (m_cancelPull) {
        addLog(SyncLogEntry::Kind::Info, tr("Synchronisation cancelled; it continues next time."));
        finishPull(false);
        return;
    }
    if (m_typeIndex >= m_types.size()) {
        if (m_pagesInFlight > 0)
            m_finishWhenWritten = true; // the last pages are still being written
        else
            finishPull(!m_writeFailed);
        return;
    }
    const QString type = m_types.at(m_typeIndex);
    const QString since = m_store->meta(kSincePrefix + type);
    m_pullSince.clear();
    m_history.clear();
    if (since.isEmpty()) {
        if (const auto first = m_firstPages.value(type)) { // asked for when the pull began
            if (first->arrived) {
                m_firstPages.remove(type);
                handlePage(first->response, false, m_pullGeneration, {});
            } else {
                m_waitingForFirstPage = type;
            }
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_count"), QString::number(m_pageSize));
        requestPage(m_client->url(type, query), false);
    } else {
        QUrlQuery query;
        // Encoded as a whole: an instant written with an offset ("+01:00") would otherwise arrive as
        // a space at a server that reads its query as a form.
        query.addQueryItem(QStringLiteral("_since"), QString::fromLatin1(QUrl::toPercentEncoding(since)));
        query.addQueryItem(QStringLiteral("_count"), QString::number(m_pageSize));
        requestPage(m_client->url(type + QStringLiteral("/_history"), query), true);
    }
}

void SyncEngine::requestPage(const QUrl &url, bool history)
{
    net::FhirCall *call = m_client->get(url, false);
    // The next link comes first in a page: ask for the next page as soon as it is seen, while this
    // one is still arriving (the server prepares it meanwhile).
    auto prefetched = std::make_shared<QString>();
    connect(call, &net::FhirCall::headArrived, this,
        [this, history, prefetched, generation = m_pullGeneration](const QByteArray &head) {
            if (m_stopped || generation != m_pullGeneration || m_cancelPull)
                return;
            *prefetched = scanNextLink(head);
            if (!prefetched->isEmpty()) {
                qCDebug(lcSync) << "next page asked for while this one arrives";
                requestPage(QUrl(*prefetched), history);
            }
        });
    connect(call, &net::FhirCall::finished, this,
        [this, history, prefetched, generation = m_pullGeneration](
            const net::FhirResponse &response) { handlePage(response, history, generation, *prefetched); });
}

// Pages are pipelined: as soon as a page arrives, the next one is asked for (its link is read
// first), while this one is scanned on the scanner thread and written on the store's. Scanning on
// one thread keeps the pages in order.
void SyncEngine::handlePage(
    const net::FhirResponse &response, bool history, quint64 generation, const QString &alreadyRequested)
{
    if (m_stopped || generation != m_pullGeneration)
        return;
    if (!response.ok()) {
        if (response.status == 401) {
            addLog(SyncLogEntry::Kind::Failed, response.errorText);
            finishPull(false);
            Q_EMIT authenticationRequired();
            return;
        }
        if (response.retryable())
            setOnline(false, response.errorText);
        addLog(SyncLogEntry::Kind::Failed, tr("Could not fetch updates: %1").arg(response.errorText));
        finishPull(false);
        if (response.retryable())
            scheduleRetry(response.errorText);
        return;
    }
    setOnline(true);
    const QDateTime serverDate = response.serverDate;
    QString prefetched = alreadyRequested;
    if (prefetched.isEmpty() && !m_cancelPull) {
        prefetched = scanNextLink(response.body);
        if (!prefetched.isEmpty())
            requestPage(QUrl(prefetched), history);
    }
    auto *watcher = new QFutureWatcher<Page>(this);
    connect(
        watcher, &QFutureWatcher<Page>::finished, this, [this, watcher, history, serverDate, prefetched, generation] {
            watcher->deleteLater();
            if (m_stopped || generation != m_pullGeneration)
                return;
            const Page page = watcher->result();
            const QString type = m_types.value(m_typeIndex);
            if (!page.ok) {
                addLog(SyncLogEntry::Kind::Failed, tr("The server sent an unreadable answer; trying again later."));
                finishPull(false);
                scheduleRetry(QStringLiteral("unreadable page"));
                return;
            }
            for (const Page::SetAside &item : page.setAside)
                addLog(SyncLogEntry::Kind::Failed,
                    tr("Set aside %1: the server sent it in a form this program cannot read (%2). The rest "
                       "is synchronised.")
                        .arg(item.what, item.reason));
            if (m_pullSince.isEmpty()) {
                // The server's own time when this type's pull began: the next pull asks for changes since.
                m_pullSince = page.bundleTime;
                if (m_pullSince.isEmpty() && serverDate.isValid())
                    m_pullSince = serverDate.toUTC().addSecs(-1).toString(Qt::ISODate);
                if (!history && page.total >= 0 && !m_counted.contains(type)) {
                    m_pullTotal += page.total;
                    m_counted.insert(type);
                }
            }
            m_pullDone += page.resources.size();
            const bool last = !page.next.isValid();
            QString since = m_pullSince;
            if (since.isEmpty())
                since = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
            if (history) {
                // Keep only the newest entry per resource, over all pages of this pull.
                for (const HistoryItem &item : page.history) {
                    const QString key = item.type + QLatin1Char('/') + item.id;
                    const auto it = m_history.constFind(key);
                    const bool newer = it == m_history.cend()
                        || (item.when.isValid() && it->when.isValid() ? item.when > it->when : false);
                    if (newer)
                        m_history.insert(key, item);
                }
                if (last)
                    applyHistory(type, since);
            } else {
                // Written on the store's worker connection, in order, while the next page is fetched.
                writePage(page.resources, last ? type : QString(), since);
                if (m_countsPending == 0) // else the totals' answers report it once they are in
                    Q_EMIT pullProgress(m_pullDone, qMax(m_pullTotal, m_pullDone));
            }
            if (m_cancelPull && !history) {
                addLog(SyncLogEntry::Kind::Info, tr("Synchronisation cancelled; it continues next time."));
                finishPull(false);
                return;
            }
            if (!last) {
                if (prefetched.isEmpty() || QUrl(prefetched) != page.next)
                    requestPage(page.next, history); // not asked for yet (a cancel was pending then)
                return;
            }
            ++m_typeIndex;
            pullNextType();
        });
    watcher->setFuture(QtConcurrent::run(&m_scanPool, parsePage, response.body, history));
}

void SyncEngine::writePage(QList<store::ServerResource> resources, const QString &completesType, const QString &since)
{
    ++m_pagesInFlight;
    // The type's last page carries the time the next pull starts from, committed with it: only once
    // every page of the type is written (pages are written in order) does the next pull start there.
    QList<QPair<QString, QString>> meta;
    if (!completesType.isEmpty())
        meta.append({kSincePrefix + completesType, since});
    m_store->applyServerResourcesAsync(
        std::move(resources),
        [this](const store::Error &error) {
            --m_pagesInFlight;
            if (!error.isNull()) {
                m_writeFailed = true;
                qCWarning(lcSync) << "writing a page failed:" << error.message;
            }
            if (m_pagesInFlight == 0 && m_finishWhenWritten) {
                m_finishWhenWritten = false;
                finishPull(!m_writeFailed);
            }
        },
        meta);
}

void SyncEngine::applyHistory(const QString &type, const QString &since)
{
    QList<store::ServerResource> upserts;
    QList<QPair<QString, QString>> deletions;
    for (const HistoryItem &item : std::as_const(m_history)) {
        if (item.resource.json.isEmpty())
            deletions.append({item.type, item.id});
        else
            upserts.append(item.resource);
    }
    m_history.clear();
    store::Error error;
    if (!deletions.isEmpty() && !m_store->applyServerDeletions(deletions, &error)) {
        // The type's since-time would say "stored up to here": without it the next pull asks for
        // the same changes again, deletions included.
        m_writeFailed = true;
        qCWarning(lcSync) << "writing deletions failed:" << error.message;
        writePage(upserts, QString(), QString());
        return;
    }
    writePage(upserts, type, since);
}

void SyncEngine::finishPull(bool ok)
{
    m_pulling = false;
    ++m_pullGeneration;
    if (ok) {
        m_lastSync = QDateTime::currentDateTime();
        if (!m_pushFailing) // a pull that works says nothing about a send that keeps failing
            m_failures = 0;
        Q_EMIT lastSyncChanged(m_lastSync);
    }
    setState(m_online ? State::Idle : State::Offline);
    Q_EMIT pullFinished(ok);
    m_store->checkpointAsync(); // after the last page, on the writer thread
    if (ok && m_pushAfterPull) {
        m_pushAfterPull = false;
        pushNow();
    }
}

// ---------------------------------------------------------------- push

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
    std::optional<store::OutboxEntry> next;
    QSet<QString> blocked;
    const QList<store::OutboxEntry> entries = m_store->outbox();
    const QString user = store::Store::userKey(m_store->currentUser());
    for (const store::OutboxEntry &e : entries) {
        const QString key = e.type + QLatin1Char('/') + e.id;
        const QString author = store::Store::userKey(e.author);
        if (e.state != store::OutboxState::Pending || (!author.isEmpty() && author != user)) {
            blocked.insert(key);
            continue;
        }
        if (!blocked.contains(key)) {
            next = e;
            break;
        }
    }
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
    for (const store::OutboxEntry &e : m_store->outbox()) {
        if (e.seq == seq)
            return e;
    }
    return std::nullopt;
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
        for (const store::OutboxEntry &later : m_store->outbox()) {
            if (later.seq > seq && later.type == e.type && later.id == e.id
                && later.state == store::OutboxState::Pending && !recorded(conflict(later.seq, {}, reason, logText)))
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
    for (const store::OutboxEntry &later : m_store->outbox()) {
        if (later.seq <= merged.seq || later.type != merged.type || later.id != merged.id
            || later.state != store::OutboxState::Pending || later.operation == store::Operation::Delete)
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
