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

} // namespace hn::sync
