#include "synctestsupport.h"

#include "sync/merge.h"

#include <QSet>

using namespace synctest;
using hn::store::Operation;
using hn::store::OutboxState;
using hn::sync::SyncEngine;
using hn::sync::SyncLogEntry;

// The sync engine against a real hn-sandbox over HTTP on loopback.
class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverDir;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_token; // lege1: a GP office secretary

    QString firstRoleId(hn::store::Store *store)
    {
        const auto roles = store->resources(QStringLiteral("PractitionerRole"));
        return roles.isEmpty() ? QString() : roles.first().id;
    }

    // a and b open, an absence made by a, sent, and pulled by b: its id, or "" when a step failed.
    QString sharedAbsence(Client &a, Client &b, const QString &start, const QString &end, const QString &text)
    {
        if (!a.open(m_sandbox->base(), m_token) || !b.open(m_sandbox->base(), m_token) || !a.syncAndWait())
            return {};
        const QString id = newId();
        if (a.store->saveEdit(Operation::Create, absence(id, firstRoleId(a.store.get()), start, end, text)) <= 0
            || !QTest::qWaitFor([&a] { return a.store->pendingCount() == 0; }, 30000) || !b.syncAndWait())
            return {};
        return id;
    }

    // A new absence (text "created") made by `a` and sent, whose answer is lost on the way (it
    // landed); with `laterEnd`, a later edit of its period's end waits behind it. `a` is stopped
    // then, `b` open. Returns its id, or nothing when that could not be set up.
    QString createdWithItsAnswerLost(Client &a, Client &b, const QString &laterEnd = {})
    {
        if (!a.open(m_sandbox->base(), m_token) || !b.open(m_sandbox->base(), m_token) || !a.syncAndWait())
            return {};
        a.engine->stop();
        const QString id = newId();
        if (a.store->saveEdit(Operation::Create,
                absence(id, firstRoleId(a.store.get()), QStringLiteral("2032-03-01"), QStringLiteral("2032-03-10"),
                    QStringLiteral("created")))
                <= 0
            || (!laterEnd.isEmpty() && !savePeriodEnd(a, id, laterEnd)))
            return {};
        setFaults(m_nam, m_sandbox->base(), "dropAfterCommit=1");
        const bool lost = sendUntilARetry(a);
        setFaults(m_nam, m_sandbox->base(), "");
        return lost ? id : QString();
    }

    // The absence `id` as the server has it: status and JSON.
    QPair<int, QJsonObject> onServer(const QString &id)
    {
        return http(m_nam, "GET", QUrl(m_sandbox->base().toString() + QStringLiteral("/Basic/") + id), m_token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_serverDir.isValid());
        m_sandbox = std::make_unique<Sandbox>(m_serverDir.path());
        QVERIFY(m_sandbox->start());
        m_token = signIn(m_nam, m_sandbox->base(), QStringLiteral("lege1"));
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup() { setFaults(m_nam, m_sandbox->base(), ""); }

    void firstSyncFetchesWhatTheUserSees()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QSignalSpy progress(c.engine.get(), &SyncEngine::pullProgress);
        QVERIFY(c.syncAndWait());
        QVERIFY(c.engine->fullSyncDone());
        QVERIFY(!progress.isEmpty());
        const qint64 total = progress.last().at(1).toLongLong();
        QCOMPARE(progress.last().at(0).toLongLong(), total);
        // The whole amount is known from the first signal on: the bar is determinate.
        QCOMPARE(progress.first().at(1).toLongLong(), total);
        QVERIFY(progress.first().at(0).toLongLong() <= total);
        for (const QString &type : SyncEngine::defaultResourceTypes()) {
            const auto server = searchAll(m_nam, m_sandbox->base(), m_token, type + QStringLiteral("?_count=500"));
            QCOMPARE(c.store->count(type), int(server.size()));
        }
        QVERIFY(c.store->count(QStringLiteral("PractitionerRole")) > 0);
        // A second pull is incremental and changes nothing.
        QSignalSpy inserted(c.store.get(), &hn::store::Store::resourcesInserted);
        QVERIFY(c.syncAndWait());
        QCOMPARE(inserted.count(), 0);
    }

    // NHN sees everything: with pages of 7, every type takes many pages, which the engine asks for
    // before the previous one is written. The cache ends up exactly as the server, each page is
    // asked for once, and a failure in the middle of the pipeline leaves the pull to resume.
    void manyPagesArePipelinedInOrder()
    {
        const QString nhn = signIn(m_nam, m_sandbox->base(), QStringLiteral("nhn"));
        Client c;
        QVERIFY(c.open(m_sandbox->base(), nhn));
        c.engine->setPageSize(7);
        // First a pull that breaks off in the middle: every fifth request fails.
        setFaults(m_nam, m_sandbox->base(), "error=0.2");
        QSignalSpy finished(c.engine.get(), &SyncEngine::pullFinished);
        c.engine->syncNow();
        QVERIFY(finished.wait(60000));
        setFaults(m_nam, m_sandbox->base(), "");
        // Then complete pulls until done (a failed one schedules its own retry too).
        for (int attempt = 0; attempt < 5 && !c.engine->fullSyncDone(); ++attempt)
            c.syncAndWait();
        QVERIFY(c.engine->fullSyncDone());
        QVERIFY(c.syncAndWait()); // incremental: nothing new
        for (const QString &type : SyncEngine::defaultResourceTypes()) {
            const auto server = searchAll(m_nam, m_sandbox->base(), nhn, type + QStringLiteral("?_count=500"));
            QCOMPARE(c.store->count(type), int(server.size()));
            for (const QJsonObject &r : server) {
                const auto cached = c.store->resource(type, r.value(QStringLiteral("id")).toString());
                QVERIFY(cached);
                QCOMPARE(cached->json, r);
            }
        }
        // A fresh client does the whole first sync in pages of 7, asking for each page once.
        Client d;
        QVERIFY(d.open(m_sandbox->base(), nhn));
        d.engine->setPageSize(7);
        QStringList pages;
        connect(&d.nam, &QNetworkAccessManager::finished, this, [&pages](QNetworkReply *reply) {
            if (reply->url().query().contains(QStringLiteral("_count=7")))
                pages << reply->url().toString();
        });
        QVERIFY(d.syncAndWait());
        QCOMPARE(QSet<QString>(pages.cbegin(), pages.cend()).size(), pages.size());
        int expected = 0;
        for (const QString &type : SyncEngine::defaultResourceTypes()) {
            const int n = c.store->count(type);
            QCOMPARE(d.store->count(type), n);
            expected += qMax(1, (n + 6) / 7);
        }
        QCOMPARE(pages.size(), expected);
        QVERIFY(expected > 10);
    }

    void offlineEditsLandInOrderOnceBack()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QVERIFY(c.syncAndWait());
        const QString role = firstRoleId(c.store.get());
        QVERIFY(!role.isEmpty());

        m_sandbox->stop();
        // Made offline: three new absences and five successive changes to the first one.
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids << newId();
            QVERIFY(c.store->saveEdit(Operation::Create,
                        absence(ids.last(), role, QStringLiteral("2030-01-0%1").arg(i + 1),
                            QStringLiteral("2030-01-2%1").arg(i + 1), QStringLiteral("offline %1").arg(i)))
                > 0);
        }
        for (int i = 0; i < 5; ++i) {
            QJsonObject json = c.store->resource(QStringLiteral("Basic"), ids.first())->json;
            QVERIFY(c.store->saveEdit(Operation::Update, withCitizenText(json, QStringLiteral("edit %1").arg(i))) > 0);
        }
        QCOMPARE(c.store->pendingCount(), 8);
        QSignalSpy offline(c.engine.get(), &SyncEngine::onlineChanged);
        c.engine->pushNow();
        QTRY_VERIFY_WITH_TIMEOUT(!c.engine->isOnline(), 20000);
        QCOMPARE(c.store->pendingCount(), 8);

        QVERIFY(m_sandbox->restart());
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 0, 60000);
        QVERIFY(c.engine->isOnline());
        // The log names each edit: the GP by name, and that citizens see it from 2030 on.
        int saved = 0;
        for (const SyncLogEntry &entry : c.engine->log()) {
            if (entry.kind != SyncLogEntry::Kind::Sent)
                continue;
            ++saved;
            QVERIFY2(entry.text.startsWith(QLatin1String("Saved on Helsenorge: absence of ")), qPrintable(entry.text));
            QVERIFY2(!entry.text.contains(QLatin1String("a GP")), qPrintable(entry.text));
            QVERIFY2(entry.text.contains(QLatin1String("Citizens see it from ")), qPrintable(entry.text));
        }
        QCOMPARE(saved, 8);
        for (int i = 0; i < 3; ++i) {
            const auto [status, json]
                = http(m_nam, "GET", QUrl(m_sandbox->base().toString() + QStringLiteral("/Basic/") + ids[i]), m_token);
            QCOMPARE(status, 200);
            QCOMPARE(citizenText(json), i == 0 ? QStringLiteral("edit 4") : QStringLiteral("offline %1").arg(i));
        }
        // In order, once each: the first absence's history holds the create and the five edits in order.
        const auto [status, history] = http(m_nam, "GET",
            QUrl(m_sandbox->base().toString() + QStringLiteral("/Basic/") + ids.first() + QStringLiteral("/_history")),
            m_token);
        QCOMPARE(status, 200);
        QStringList texts;
        for (const QJsonValue &e : history.value(QStringLiteral("entry")).toArray())
            texts << citizenText(e.toObject().value(QStringLiteral("resource")).toObject());
        std::sort(texts.begin(), texts.end());
        QCOMPARE(texts,
            (QStringList {QStringLiteral("edit 0"), QStringLiteral("edit 1"), QStringLiteral("edit 2"),
                QStringLiteral("edit 3"), QStringLiteral("edit 4"), QStringLiteral("offline 0")}));
    }

    void sameFieldConflictsForExactlyOneClient()
    {
        Client a, b;
        const QString id
            = sharedAbsence(a, b, QStringLiteral("2030-02-01"), QStringLiteral("2030-02-10"), QStringLiteral("base"));
        QVERIFY(!id.isEmpty());
        QVERIFY(b.store->resource(QStringLiteral("Basic"), id));

        QSignalSpy conflictsA(a.engine.get(), &SyncEngine::conflictDetected);
        QSignalSpy conflictsB(b.engine.get(), &SyncEngine::conflictDetected);
        QVERIFY(savePeriodEnd(a, id, QStringLiteral("2030-02-14")));
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);
        QVERIFY(savePeriodEnd(b, id, QStringLiteral("2030-02-12")));
        QVERIFY(conflictsB.wait(30000));
        QCOMPARE(conflictsA.count(), 0);
        QCOMPARE(conflictsB.count(), 1);
        const auto entries = b.store->outbox();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OutboxState::Conflict);

        // B keeps its own version: it lands on top of A's, and A sees it on its next pull.
        const auto merge = hn::sync::merge3(
            entries.first().baseJson, entries.first().body, b.store->resource(QStringLiteral("Basic"), id)->serverJson);
        QVERIFY(!merge.clean);
        const auto keepMine = hn::sync::merge3(entries.first().baseJson, entries.first().body,
            b.store->resource(QStringLiteral("Basic"), id)->serverJson,
            QSet<QString>(merge.conflicts.begin(), merge.conflicts.end()));
        QVERIFY(b.store->rebase(entries.first().seq, keepMine.merged,
            b.store->resource(QStringLiteral("Basic"), id)->serverJson, OutboxState::Pending));
        b.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(b.store->pendingCount(), 0, 30000);
        QVERIFY(a.syncAndWait());
        QCOMPARE(periodEnd(a.store->resource(QStringLiteral("Basic"), id)->json), QStringLiteral("2030-02-12"));
        QCOMPARE(conflictsA.count(), 0);
    }

    void differentFieldsMergeWithoutDialog()
    {
        Client a, b;
        const QString id
            = sharedAbsence(a, b, QStringLiteral("2030-03-01"), QStringLiteral("2030-03-10"), QStringLiteral("base"));
        QVERIFY(!id.isEmpty());

        QSignalSpy conflictsA(a.engine.get(), &SyncEngine::conflictDetected);
        QSignalSpy conflictsB(b.engine.get(), &SyncEngine::conflictDetected);
        QVERIFY(savePeriodEnd(a, id, QStringLiteral("2030-03-20")));
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);
        QVERIFY(saveCitizenText(b, id, QStringLiteral("changed by B")));
        QTRY_COMPARE_WITH_TIMEOUT(b.store->pendingCount(), 0, 30000);
        QCOMPARE(conflictsA.count() + conflictsB.count(), 0);
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(periodEnd(json), QStringLiteral("2030-03-20"));
        QCOMPARE(citizenText(json), QStringLiteral("changed by B"));
    }

    void deletionsByOthersDisappearOnNextPull()
    {
        Client a, b;
        const QString id = sharedAbsence(
            a, b, QStringLiteral("2030-04-01"), QStringLiteral("2030-04-10"), QStringLiteral("to delete"));
        QVERIFY(!id.isEmpty());
        QVERIFY(b.store->resource(QStringLiteral("Basic"), id));

        QVERIFY(a.store->saveDelete(QStringLiteral("Basic"), id) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);
        QSignalSpy removed(b.store.get(), &hn::store::Store::resourcesRemoved);
        QVERIFY(b.syncAndWait());
        QVERIFY(!b.store->resource(QStringLiteral("Basic"), id));
        QVERIFY(!removed.isEmpty());
    }

    // Two edits of the same absence wait while someone else changes another field: the first is
    // merged with that change, and so is the second (its body holds the old value of that field),
    // so that neither puts the other person's value back. Two edits of the same field of one's
    // own are no conflict.
    void queuedEditsKeepSomeoneElsesChange()
    {
        Client a, b;
        const QString id
            = sharedAbsence(a, b, QStringLiteral("2030-06-01"), QStringLiteral("2030-06-10"), QStringLiteral("base"));
        QVERIFY(!id.isEmpty());

        b.engine->stop(); // b's two edits wait
        for (const QString &text : {QStringLiteral("b one"), QStringLiteral("b two")}) {
            QVERIFY(saveCitizenText(b, id, text));
        }
        QVERIFY(savePeriodEnd(a, id, QStringLiteral("2030-06-20")));
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);

        QSignalSpy conflicts(b.engine.get(), &SyncEngine::conflictDetected);
        b.engine->resume();
        b.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(b.store->pendingCount(), 0, 30000);
        QCOMPARE(conflicts.count(), 0);
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(periodEnd(json), QStringLiteral("2030-06-20")); // a's change stays
        QCOMPARE(citizenText(json), QStringLiteral("b two")); // b's last edit wins over b's first
        QCOMPARE(periodEnd(b.store->resource(QStringLiteral("Basic"), id)->json), QStringLiteral("2030-06-20"));
    }

    // An editor open on an older copy while a pull brings someone else's change: saving with the
    // copy it was opened on merges with that change instead of putting the old values back.
    void anEditorsOlderCopyMergesWithWhatArrivedMeanwhile()
    {
        Client a, b;
        const QString id
            = sharedAbsence(a, b, QStringLiteral("2030-09-01"), QStringLiteral("2030-09-10"), QStringLiteral("base"));
        QVERIFY(!id.isEmpty());
        const QJsonObject opened = b.store->resource(QStringLiteral("Basic"), id)->json; // b's editor opens

        QVERIFY(savePeriodEnd(a, id, QStringLiteral("2030-09-20")));
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);
        QVERIFY(b.syncAndWait()); // the change arrives while b's editor is open
        QCOMPARE(periodEnd(b.store->resource(QStringLiteral("Basic"), id)->json), QStringLiteral("2030-09-20"));

        QSignalSpy conflicts(b.engine.get(), &SyncEngine::conflictDetected);
        QVERIFY(b.store->saveEdit(
                    Operation::Update, withCitizenText(opened, QStringLiteral("from b's editor")), nullptr, opened)
            > 0);
        QTRY_COMPARE_WITH_TIMEOUT(b.store->pendingCount(), 0, 30000);
        QCOMPARE(conflicts.count(), 0);
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(periodEnd(json), QStringLiteral("2030-09-20"));
        QCOMPARE(citizenText(json), QStringLiteral("from b's editor"));
    }

    // A second edit made while the first still waits and a pull has brought someone else's change:
    // all three land (the second is built on the same server copy as the first, not on the newer
    // one the pull brought), and none is a conflict.
    void aSecondEditWhileTheFirstWaitsKeepsAllThree()
    {
        Client a, b;
        const QString id
            = sharedAbsence(a, b, QStringLiteral("2031-01-01"), QStringLiteral("2031-01-10"), QStringLiteral("base"));
        QVERIFY(!id.isEmpty());

        b.engine->stop();
        QVERIFY(saveCitizenText(b, id, QStringLiteral("b one")));
        QVERIFY(savePeriodEnd(a, id, QStringLiteral("2031-01-20")));
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);
        // b pulls a's change; its own edit cannot be sent yet.
        setFaults(m_nam, m_sandbox->base(), "writeError=1");
        b.engine->resume();
        QVERIFY(b.syncAndWait());
        b.engine->stop();
        setFaults(m_nam, m_sandbox->base(), "");
        const QJsonObject shown = b.store->resource(QStringLiteral("Basic"), id)->json; // b's editor opens
        QVERIFY(
            b.store->saveEdit(Operation::Update, withPeriodStart(shown, QStringLiteral("2031-01-02")), nullptr, shown)
            > 0);

        QSignalSpy conflicts(b.engine.get(), &SyncEngine::conflictDetected);
        b.engine->resume();
        b.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(b.store->pendingCount(), 0, 30000);
        QCOMPARE(conflicts.count(), 0);
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(periodEnd(json), QStringLiteral("2031-01-20")); // a's
        QCOMPARE(citizenText(json), QStringLiteral("b one")); // b's first
        QCOMPARE(periodStart(json), QStringLiteral("2031-01-02")); // b's second
    }

    // The server refuses a deletion for a reason of its own (409: still referred to) while nobody
    // changed the resource: the edit is marked failed with the server's words once, not sent again
    // and again, and the cached resource is left whole.
    void aRefusedDeletionFailsOnce()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QVERIFY(c.syncAndWait());
        QString serviceId;
        for (const auto &role : c.store->resources(QStringLiteral("PractitionerRole"))) {
            const QJsonArray services = role.json.value(QStringLiteral("healthcareService")).toArray();
            if (!services.isEmpty()) {
                serviceId = services.first()
                                .toObject()
                                .value(QStringLiteral("reference"))
                                .toString()
                                .section(QLatin1Char('/'), 1);
                break;
            }
        }
        QVERIFY(!serviceId.isEmpty());
        const QJsonObject before = c.store->resource(QStringLiteral("HealthcareService"), serviceId)->serverJson;
        QSignalSpy conflicts(c.engine.get(), &SyncEngine::conflictDetected);
        const qint64 seq = c.store->saveDelete(QStringLiteral("HealthcareService"), serviceId);
        QVERIFY(seq > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !c.store->outbox().isEmpty() && c.store->outbox().first().state == hn::store::OutboxState::Failed, 30000);
        const auto entry = c.store->outbox().first();
        QVERIFY(entry.lastError.contains(QStringLiteral("referred to")));
        QCOMPARE(entry.attempts, 0);
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(c.store->resource(QStringLiteral("HealthcareService"), serviceId)->serverJson, before);
    }

    // Someone else deleted what my queued deletion deletes: both wanted it gone, so my deletion is
    // done, not a conflict.
    void aDeletionAlreadyDoneIsNoConflict()
    {
        Client a, b;
        const QString id = sharedAbsence(
            a, b, QStringLiteral("2030-07-01"), QStringLiteral("2030-07-10"), QStringLiteral("both delete"));
        QVERIFY(!id.isEmpty());
        b.engine->stop();
        QVERIFY(b.store->saveDelete(QStringLiteral("Basic"), id) > 0);
        QVERIFY(a.store->saveDelete(QStringLiteral("Basic"), id) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);
        QSignalSpy conflicts(b.engine.get(), &SyncEngine::conflictDetected);
        b.engine->resume();
        b.engine->pushNow();
        QTRY_VERIFY_WITH_TIMEOUT(b.store->outbox().isEmpty(), 30000);
        QCOMPARE(conflicts.count(), 0);
    }

    // Sending keeps failing (5xx on every write) while pulls work: each retry pulls first, and that
    // pull succeeding must not reset the backoff, or the engine would send again every second.
    void backoffGrowsWhileSendingFails()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QVERIFY(c.syncAndWait());
        c.engine->setBackoff(10, 1000000);
        QSignalSpy retries(c.engine.get(), &SyncEngine::retryScheduled);
        setFaults(m_nam, m_sandbox->base(), "writeError=1");
        const QString id = newId();
        QVERIFY(c.store->saveEdit(Operation::Create,
                    absence(id, firstRoleId(c.store.get()), QStringLiteral("2030-08-01"), QStringLiteral("2030-08-10"),
                        QStringLiteral("waits")))
            > 0);
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 6, 60000);
        c.engine->stop();
        // Doubling with a jitter of 0.5-1.5: the sixth wait is at least 160 ms, the first at most 15.
        QVERIFY2(retries.at(5).at(0).toInt() >= 10 * retries.at(0).at(0).toInt(),
            qPrintable(QStringLiteral("%1 then %2").arg(retries.at(0).at(0).toInt()).arg(retries.at(5).at(0).toInt())));
        QCOMPARE(c.store->pendingCount(), 1);
        setFaults(m_nam, m_sandbox->base(), "");
        c.engine->resume();
        c.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 0, 30000);
    }

    // The server took the edit but the answer cannot be recorded here (a trigger refuses it, as a
    // full disk would): sending waits and tries again with a growing delay instead of sending the
    // same edit again at once (a create is sent again as the same PUT), and once the database
    // takes the answer the edit is done.
    void anAnswerNotRecordedIsTriedAgainLater()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QVERIFY(c.syncAndWait());
        c.engine->setBackoff(10, 1000000);
        QVERIFY(execOn(c.store->path(),
            QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        QSignalSpy retries(c.engine.get(), &SyncEngine::retryScheduled);
        const QString id = newId();
        QVERIFY(c.store->saveEdit(Operation::Create,
                    absence(id, firstRoleId(c.store.get()), QStringLiteral("2030-10-01"), QStringLiteral("2030-10-10"),
                        QStringLiteral("once")))
            > 0);
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 6, 60000);
        c.engine->stop();
        QVERIFY(retries.at(5).at(0).toInt() >= 10 * retries.at(0).at(0).toInt()); // waits longer each time
        QCOMPARE(c.store->pendingCount(), 1);
        // The server has it: it counts as being sent, so Undo cannot take it back meanwhile.
        QCOMPARE(c.engine->inFlightSeq(), c.store->outbox().first().seq);
        QVERIFY(execOn(c.store->path(), QStringLiteral("DROP TRIGGER keep")));
        c.engine->resume();
        c.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 0, 30000);
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(citizenText(json), QStringLiteral("once"));
    }

    // A new absence whose answer was lost on the way (it landed), changed by someone else before
    // it is sent again: the server's copy is looked at first, and the other change stays; a later
    // edit of it, made here on what was created, keeps that change too and adds its own.
    void aCreateWhoseAnswerWasLostIsNotSentOverSomeoneElsesChange()
    {
        Client a, b;
        const QString id = createdWithItsAnswerLost(a, b, QStringLiteral("2032-03-12"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(onServer(id).first, 200);
        QCOMPARE(a.store->pendingCount(), 2);

        QVERIFY(changedBy(b, [&] { return saveCitizenText(b, id, QStringLiteral("changed by b")); }));

        QVERIFY(sendAllWithoutConflict(a));
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(citizenText(json), QStringLiteral("changed by b"));
        QCOMPARE(periodEnd(json), QStringLiteral("2032-03-12"));
        QCOMPARE(citizenText(a.store->resource(QStringLiteral("Basic"), id)->json), QStringLiteral("changed by b"));
    }

    // A new absence whose answer was lost (it landed), deleted by someone else before it is sent
    // again: not created anew behind their back, but a conflict for the user to decide ("Keep
    // mine" then creates it again).
    void aCreateWhoseAnswerWasLostAndWasDeletedSinceIsAConflict()
    {
        Client a, b;
        const QString id = createdWithItsAnswerLost(a, b);
        QVERIFY(!id.isEmpty());

        QVERIFY(changedBy(b, [&] { return b.store->saveDelete(QStringLiteral("Basic"), id) > 0; }));

        QVERIFY(sendUntilConflicts(a));
        QCOMPARE(a.store->outbox().first().state, hn::store::OutboxState::Conflict);
        QCOMPARE(onServer(id).first, 410); // still deleted
        // "Keep mine" (as the conflict dialog does it): created again, once.
        const hn::store::OutboxEntry conflict = a.store->outbox().first();
        QVERIFY(a.store->rebase(conflict.seq, conflict.body, QJsonObject(), hn::store::OutboxState::Pending));
        QVERIFY(sendAllWithoutConflict(a));
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(citizenText(json), QStringLiteral("created"));
    }

    // A later edit of a new absence whose answer was lost, and someone else's change to the same
    // field: a conflict of that one field (the edit's base is what the create sent), not of every
    // field the two copies have.
    void aLaterEditOfALostCreateConflictsOnlyWhereItDiffers()
    {
        Client a, b;
        const QString id = createdWithItsAnswerLost(a, b, QStringLiteral("2032-03-12"));
        QVERIFY(!id.isEmpty());
        QVERIFY(changedBy(b, [&] { return savePeriodEnd(b, id, QStringLiteral("2032-03-15")); }));

        QVERIFY(sendUntilConflicts(a));
        const QList<hn::store::OutboxEntry> left = a.store->outbox();
        QCOMPARE(left.size(), 1); // the create is done
        QCOMPARE(left.first().state, hn::store::OutboxState::Conflict);
        QCOMPARE(periodEnd(left.first().baseJson), QStringLiteral("2032-03-10")); // as created
        const auto [status, theirs] = onServer(id);
        QCOMPARE(status, 200);
        const hn::sync::MergeResult merge = hn::sync::merge3(left.first().baseJson, left.first().body, theirs);
        QCOMPARE(merge.conflicts.size(), 1);
        QCOMPARE(citizenText(theirs), QStringLiteral("created")); // nothing else changed
    }

    // As above, with a later edit of the new absence waiting behind it: that is a conflict too, and
    // taking their version for both (as the conflict dialog does: the entries are dropped) leaves it
    // deleted; the later edit, sent on its own, would have created it again.
    void aLaterEditOfACreateDeletedSinceDoesNotBringItBack()
    {
        Client a, b;
        const QString id = createdWithItsAnswerLost(a, b, QStringLiteral("2032-03-12"));
        QVERIFY(!id.isEmpty());
        QVERIFY(changedBy(b, [&] { return b.store->saveDelete(QStringLiteral("Basic"), id) > 0; }));

        QVERIFY(sendUntilConflicts(a, 2));
        for (const hn::store::OutboxEntry &e : a.store->outbox()) {
            QCOMPARE(e.state, hn::store::OutboxState::Conflict);
            QVERIFY(a.store->discard(e.seq));
        }
        a.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);
        QVERIFY(a.syncAndWait());
        QCOMPARE(onServer(id).first, 410); // still deleted
    }

    // An edit whose answer was not recorded (it landed) and a later edit of the same absence wait
    // while someone else changes another field: sending the first again finds it on the server
    // already, and the later one keeps the other change instead of putting the old value back.
    void aLaterEditKeepsWhatArrivedAfterAnUnrecordedAnswer()
    {
        Client a, b;
        const QString id
            = sharedAbsence(a, b, QStringLiteral("2032-04-01"), QStringLiteral("2032-04-10"), QStringLiteral("base"));
        QVERIFY(!id.isEmpty());
        b.engine->stop();
        QVERIFY(saveCitizenText(b, id, QStringLiteral("b one")));
        QVERIFY(
            saveEditOf(b, id, [](const QJsonObject &r) { return withPeriodStart(r, QStringLiteral("2032-04-02")); }));
        // The answer to the first cannot be recorded here (as with a full disk).
        QVERIFY(execOn(b.store->path(),
            QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        QVERIFY(sendUntilARetry(b));
        QVERIFY(execOn(b.store->path(), QStringLiteral("DROP TRIGGER keep")));
        QCOMPARE(citizenText(onServer(id).second), QStringLiteral("b one"));
        QCOMPARE(b.store->pendingCount(), 2);

        QVERIFY(changedBy(a, [&] { return savePeriodEnd(a, id, QStringLiteral("2032-04-20")); }));

        // Merging a's change into the later edit cannot be recorded at first: then nothing goes out
        // (not the later edit on the new version with its old body either).
        const qint64 later = b.store->outbox().last().seq;
        QVERIFY(execOn(b.store->path(),
            QStringLiteral("CREATE TRIGGER keep BEFORE UPDATE OF body ON outbox WHEN OLD.seq = %1 "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                .arg(later)));
        QVERIFY(sendUntilARetry(b));
        QVERIFY(execOn(b.store->path(), QStringLiteral("DROP TRIGGER keep")));
        QCOMPARE(b.store->pendingCount(), 2);
        QCOMPARE(periodEnd(onServer(id).second), QStringLiteral("2032-04-20"));

        QVERIFY(sendAllWithoutConflict(b));
        const auto [status, json] = onServer(id);
        QCOMPARE(status, 200);
        QCOMPARE(periodEnd(json), QStringLiteral("2032-04-20")); // a's
        QCOMPARE(citizenText(json), QStringLiteral("b one"));
        QCOMPARE(periodStart(json), QStringLiteral("2032-04-02"));
    }

    // An edit made by another user waits for that user's sign-in: it is not sent under someone
    // else's (the server's audit trail names whoever sends it); edits of nobody in particular go.
    void anotherUsersEditWaitsForTheirSignIn()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QVERIFY(c.syncAndWait());
        c.engine->stop();
        const QString role = firstRoleId(c.store.get());
        const QString theirs = newId(), mine = newId();
        c.store->setCurrentUser(QStringLiteral("lege2"));
        QVERIFY(c.store->saveEdit(Operation::Create,
                    absence(theirs, role, QStringLiteral("2030-11-01"), QStringLiteral("2030-11-10"),
                        QStringLiteral("by lege2")))
            > 0);
        c.store->setCurrentUser(QStringLiteral("lege1"));
        QVERIFY(c.store->saveEdit(Operation::Create,
                    absence(mine, role, QStringLiteral("2030-12-01"), QStringLiteral("2030-12-10"),
                        QStringLiteral("by lege1")))
            > 0);
        QSignalSpy idle(c.engine.get(), &SyncEngine::pushIdle);
        c.engine->resume();
        c.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 30000); // nothing more it may send
        QCOMPARE(c.store->outbox().first().author, QStringLiteral("lege2"));
        QCOMPARE(onServer(mine).first, 200);
        QCOMPARE(onServer(theirs).first, 404);
        c.store->setCurrentUser(QStringLiteral(" LEGE2 ")); // lege2 signs in (names: trimmed, any case)
        c.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 0, 30000);
        QCOMPARE(onServer(theirs).first, 200);
    }

    // A deletion from the server that cannot be written locally (here a trigger refuses it, as a
    // full disk would) fails the pull and leaves the since-time where it was: the next pull asks for
    // the same changes again and the deletion lands then.
    void aDeletionNotWrittenIsFetchedAgain()
    {
        Client a, b;
        const QString id = sharedAbsence(
            a, b, QStringLiteral("2030-05-01"), QStringLiteral("2030-05-10"), QStringLiteral("to delete"));
        QVERIFY(!id.isEmpty());
        QVERIFY(b.store->resource(QStringLiteral("Basic"), id));
        QVERIFY(a.store->saveDelete(QStringLiteral("Basic"), id) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(a.store->pendingCount(), 0, 30000);

        const QString since = b.store->meta(QStringLiteral("history-since/Basic"));
        QVERIFY(!since.isEmpty());
        QVERIFY(execOn(b.store->path(),
            QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON resources WHEN OLD.id = '%1' "
                           "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                .arg(id)));
        QVERIFY(!b.syncAndWait()); // the pull says it failed...
        QVERIFY(b.store->resource(QStringLiteral("Basic"), id));
        QCOMPARE(b.store->meta(QStringLiteral("history-since/Basic")), since); // ...and does not move on
        QVERIFY(execOn(b.store->path(), QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(b.syncAndWait());
        QVERIFY(!b.store->resource(QStringLiteral("Basic"), id));
    }

    void fiveHundredEditsLandExactlyOnceThroughFaults()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QVERIFY(c.syncAndWait());
        const QString role = firstRoleId(c.store.get());
        setFaults(m_nam, m_sandbox->base(), "error=0.15,drop=0.1,dropAfterCommit=0.05");
        // 400 new absences and 100 changes to the first 100 of them, all queued, then pushed through faults.
        QStringList ids;
        for (int i = 0; i < 400; ++i) {
            ids << newId();
            QVERIFY(c.store->saveEdit(Operation::Create,
                        absence(ids.last(), role, QStringLiteral("2031-01-01"), QStringLiteral("2031-01-02"),
                            QStringLiteral("bulk %1").arg(i)))
                > 0);
        }
        for (int i = 0; i < 100; ++i) {
            QVERIFY(saveCitizenText(c, ids[i], QStringLiteral("bulk %1 changed").arg(i)));
        }
        QCOMPARE(c.store->pendingCount(), 500);
        c.engine->pushNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.store->pendingCount(), 0, 240000);
        setFaults(m_nam, m_sandbox->base(), "");

        QHash<QString, QString> onServer;
        for (const QJsonObject &r :
            searchAll(m_nam, m_sandbox->base(), m_token, QStringLiteral("Basic?code=absence&_count=500"))) {
            if (citizenText(r).startsWith(QStringLiteral("bulk ")))
                onServer.insert(r.value(QStringLiteral("id")).toString(), citizenText(r));
        }
        QCOMPARE(onServer.size(), 400);
        for (int i = 0; i < 400; ++i)
            QCOMPARE(onServer.value(ids[i]),
                i < 100 ? QStringLiteral("bulk %1 changed").arg(i) : QStringLiteral("bulk %1").arg(i));
        QVERIFY(c.engine->log().size() >= 500);
    }

    void expiredSignInStopsUntilSignedInAgain()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), QStringLiteral("expired-token")));
        QSignalSpy auth(c.engine.get(), &SyncEngine::authenticationRequired);
        QSignalSpy finished(c.engine.get(), &SyncEngine::pullFinished);
        c.engine->syncNow();
        QVERIFY(auth.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        // Signed in again, it goes on from where it stopped.
        c.client->setBearerToken(m_token);
        c.engine->resume();
        QVERIFY(c.syncAndWait());
        QVERIFY(c.engine->fullSyncDone());
    }

    void cancelledFirstSyncResumesLater()
    {
        Client c;
        QVERIFY(c.open(m_sandbox->base(), m_token));
        QSignalSpy finished(c.engine.get(), &SyncEngine::pullFinished);
        c.engine->syncNow();
        c.engine->cancelPull();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!c.engine->fullSyncDone());
        QVERIFY(c.syncAndWait());
        QVERIFY(c.engine->fullSyncDone());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
