// Sync benchmark against a running hn-sandbox (started by tests/bench/run_bench.py):
//   bench_sync BASE_URL TOKEN STORE_DIR [full-only | edits-only]
// Prints RESULT lines: full sync time and resource count, the longest gap between two event-loop
// ticks during it, incremental syncs with no change and with 100 changes, peak memory, and the time
// per keystroke of filtering the register of all GPs (the largest list), and how long saving a local
// edit takes during a first sync (local_edit_*). With HN_BENCH_THREADS set,
// each thread's CPU time during the full sync goes to stderr (where a sync's time goes, per thread);
// with HN_PERF_CTL, perf is switched on for the full sync only (see perfCtl()).
#include "fhir/mapping.h"
#include "gpregisterpage.h"
#include "itemmodels.h"
#include "net/fhirclient.h"
#include "repo/gpregister.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(qsizetype(v.size() - 1), qsizetype(p * double(v.size()))));
}

// CPU milliseconds used so far by each thread of this process, by "name:tid" (Linux schedstat).
QMap<QString, double> threadCpu()
{
    QMap<QString, double> out;
    QDir dir(QStringLiteral("/proc/self/task"));
    for (const QString &tid : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile name(dir.filePath(tid + QStringLiteral("/comm")));
        QFile stat(dir.filePath(tid + QStringLiteral("/schedstat")));
        if (!name.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        out[QString::fromUtf8(name.readAll().trimmed()) + QLatin1Char(':') + tid]
            = stat.readAll().split(' ').value(0).toDouble() / 1e6;
    }
    return out;
}

// With HN_PERF_CTL naming the control FIFO of `perf record --control=fifo:FIFO -D -1`, perf samples
// only the full sync ("enable" before it, "disable" after): a profile without start-up and the rest.
void perfCtl(const char *command)
{
    const QByteArray fifo = qgetenv("HN_PERF_CTL");
    if (fifo.isEmpty())
        return;
    if (FILE *f = std::fopen(fifo.constData(), "w")) {
        std::fputs(command, f);
        std::fclose(f);
    }
}

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

void result(const char *key, double value)
{
    std::printf("RESULT %s=%.3f\n", key, value);
    std::fflush(stdout);
}

bool sync(hn::sync::SyncEngine &engine, double *ms, double *gap)
{
    QElapsedTimer timer;
    QElapsedTimer tick;
    double maxGap = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    QSignalSpy finished(&engine, &hn::sync::SyncEngine::pullFinished);
    perfCtl("enable\n");
    timer.start();
    tick.start();
    ticker.start();
    engine.syncNow();
    const bool ok = finished.wait(600000) && finished.last().at(0).toBool();
    *ms = double(timer.nsecsElapsed()) / 1e6;
    perfCtl("disable\n");
    if (gap)
        *gap = maxGap;
    return ok;
}

// A first full sync into a store of its own while a local edit is saved every 5 ms on the UI
// thread, as someone working during it would: how long each save takes (it waits for the write
// lock while the writer stores pages). Returns false when the sync failed.
bool localEditWaits(const QUrl &base, const QString &token, const QString &dir, QList<double> *waits)
{
    hn::store::Error error;
    auto store = hn::store::Store::open(dir + QStringLiteral("/bench-edits.sqlite"), &error);
    if (!store)
        return false;
    QNetworkAccessManager nam;
    hn::net::FhirClient client(&nam, base);
    client.setBearerToken(token);
    hn::sync::SyncEngine engine(store.get(), &client);
    engine.setPushDelay(3600000); // the edits stay local: only their saving is measured
    QTimer editor;
    editor.setInterval(5);
    int n = 0;
    QObject::connect(&editor, &QTimer::timeout, [&] {
        const QJsonObject edit {{QStringLiteral("resourceType"), QStringLiteral("Basic")},
            {QStringLiteral("id"), QStringLiteral("bench-edit-%1").arg(++n)}};
        QElapsedTimer t;
        t.start();
        if (store->saveEdit(hn::store::Operation::Create, edit) > 0)
            *waits << double(t.nsecsElapsed()) / 1e6;
    });
    QSignalSpy finished(&engine, &hn::sync::SyncEngine::pullFinished);
    editor.start();
    engine.syncNow();
    const bool ok = finished.wait(600000) && finished.last().at(0).toBool();
    editor.stop();
    return ok && !waits->isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_sync BASE_URL TOKEN STORE_DIR\n");
        return 2;
    }
    const QUrl base(args[1]);
    const QString token = args[2];
    hn::store::Error error;
    auto store = hn::store::Store::open(args[3] + QStringLiteral("/bench.sqlite"), &error);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error.message));
        return 1;
    }
    QNetworkAccessManager nam;
    hn::net::FhirClient client(&nam, base);
    client.setBearerToken(token);
    hn::sync::SyncEngine engine(store.get(), &client);

    double ms = 0, gap = 0;
    const bool perThread = qEnvironmentVariableIsSet("HN_BENCH_THREADS");
    const auto cpu0 = perThread ? threadCpu() : QMap<QString, double>();
    const bool synced = sync(engine, &ms, &gap);
    if (perThread) {
        const auto cpu1 = threadCpu();
        for (auto it = cpu1.cbegin(); it != cpu1.cend(); ++it)
            std::fprintf(stderr, "CPU %s %.1f\n", qPrintable(it.key()), it.value() - cpu0.value(it.key()));
    }
    if (!synced) {
        std::fprintf(stderr, "full sync failed\n");
        return 1;
    }
    int count = 0;
    for (const QString &type : hn::sync::SyncEngine::defaultResourceTypes())
        count += store->count(type);
    result("full_sync_ms", ms);
    result("full_sync_resources", count);
    result("ui_gap_max_ms", gap);
    result("rss_peak_mib", double(peakRssKb()) / 1024.0);
    if (args.value(4) == QLatin1String("full-only")) // for profiling the first sync alone
        return 0;
    if (args.value(4) == QLatin1String("edits-only") || args.value(4).isEmpty()) {
        QList<double> waits;
        if (!localEditWaits(base, token, args[3], &waits)) {
            std::fprintf(stderr, "full sync with local edits failed\n");
            return 1;
        }
        result("local_edit_count", waits.size());
        result("local_edit_p50_ms", median(waits));
        result("local_edit_max_ms", *std::max_element(waits.cbegin(), waits.cend()));
        if (args.value(4) == QLatin1String("edits-only"))
            return 0;
    }

    QList<double> none;
    for (int i = 0; i < 7; ++i) {
        if (!sync(engine, &ms, nullptr))
            return 1;
        none << ms;
    }
    result("incremental_none_ms", median(none));

    // 100 changes made by another client on the server, then one incremental pull.
    const auto services = store->resources(QStringLiteral("HealthcareService"));
    QList<double> hundred;
    for (int round = 0; round < 5; ++round) {
        int done = 0;
        for (int i = 0; i < 100; ++i) {
            QJsonObject r = services.at((round * 100 + i) % services.size()).serverJson;
            r.remove(QStringLiteral("meta"));
            r.insert(QStringLiteral("comment"), QStringLiteral("bench %1").arg(round));
            QNetworkRequest request(QUrl(
                base.toString() + QStringLiteral("/HealthcareService/") + r.value(QStringLiteral("id")).toString()));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/fhir+json"));
            QNetworkReply *reply = nam.put(request, QJsonDocument(r).toJson(QJsonDocument::Compact));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&done, reply] {
                ++done;
                reply->deleteLater();
            });
        }
        while (done < 100)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!sync(engine, &ms, nullptr))
            return 1;
        hundred << ms;
    }
    result("incremental_100_ms", median(hundred));

    // Filter as you type on the largest list: the register of all GPs, as the program shows it (the
    // page with its table, offscreen), each keystroke until the table has been repainted.
    hn::repo::GpRegister gps(store.get());
    hn::ui::GpRegisterPage page(&gps);
    page.resize(1000, 700);
    page.show();
    QCoreApplication::processEvents();
    QList<double> keystrokes;
    for (int round = 0; round < 5; ++round) {
        for (const QString &word : {QStringLiteral("hansen"), QStringLiteral("legesenter"), QStringLiteral("tromsø"),
                 QStringLiteral("1234")}) {
            QString typed;
            for (const QChar c : word) {
                typed += c;
                QElapsedTimer t;
                t.start();
                page.filter()->setText(typed);
                QCoreApplication::sendPostedEvents();
                page.repaint();
                keystrokes << double(t.nsecsElapsed()) / 1e6;
            }
            QElapsedTimer t;
            t.start();
            page.filter()->clear();
            QCoreApplication::sendPostedEvents();
            page.repaint();
            keystrokes << double(t.nsecsElapsed()) / 1e6;
        }
    }
    const int rows = page.model()->rowCount();
    result("filter_rows", rows);
    result("filter_p50_ms", percentile(keystrokes, 0.5));
    result("filter_p99_ms", percentile(keystrokes, 0.99));
    return 0;
}
