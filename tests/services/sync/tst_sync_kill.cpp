#include "synctestsupport.h"

#include <QRandomGenerator>

#include <signal.h>

using namespace synctest;

// The client is killed with SIGKILL in the middle of a push at 50 different moments; after each
// restart the outbox resumes, and the server ends with every edit exactly once.
class TestSyncKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidPushLosesNothing()
    {
        QTemporaryDir serverDir, clientDir;
        Sandbox sandbox(serverDir.path());
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        const QString token = signIn(nam, sandbox.base(), QStringLiteral("lege1"));
        QVERIFY(!token.isEmpty());
        const QString storePath = clientDir.filePath(QStringLiteral("client.sqlite"));
        const QString child = qEnvironmentVariable("SYNC_CHILD_BIN");

        // The client's cache must know a PractitionerRole to write absences for.
        Client seed;
        QVERIFY(seed.open(sandbox.base(), token));
        QVERIFY(seed.syncAndWait());
        const QString role = seed.store->resources(QStringLiteral("PractitionerRole")).first().id;
        seed.engine.reset();
        seed.store.reset();
        QVERIFY(QFile::copy(seed.dir.filePath(QStringLiteral("client.sqlite")), storePath));

        const int edits = 300;
        {
            QProcess make;
            make.start(child,
                {storePath, sandbox.base().toString(), token, QStringLiteral("--make"), QString::number(edits), role});
            QVERIFY(make.waitForFinished(60000));
            QCOMPARE(make.exitCode(), 0);
        }
        // The expected end state, computed from the queued outbox before anything is sent.
        QHash<QString, QJsonObject> expected;
        {
            hn::store::Error error;
            auto store = hn::store::Store::open(storePath, &error);
            QVERIFY(store);
            QCOMPARE(store->pendingCount(), edits);
            for (const hn::store::OutboxEntry &e : store->outbox())
                expected.insert(e.id, e.body);
        }

        QRandomGenerator random(20261123);
        int kills = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess push;
            push.start(child, {storePath, sandbox.base().toString(), token});
            QVERIFY(push.waitForStarted(10000));
            // Kill after a varying number of acknowledgements (0 = right at the start of the push).
            const int after = int(random.bounded(4));
            int acked = 0;
            while (acked < after && push.state() == QProcess::Running) {
                if (!push.canReadLine())
                    push.waitForReadyRead(10000);
                while (push.canReadLine()) {
                    push.readLine();
                    ++acked;
                }
            }
            if (push.state() == QProcess::Running) {
                ::kill(pid_t(push.processId()), SIGKILL);
                ++kills;
            }
            QVERIFY(push.waitForFinished(10000));
        }
        QVERIFY2(kills >= 40, qPrintable(QString::number(kills)));

        // Let it finish.
        QProcess rest;
        rest.start(child, {storePath, sandbox.base().toString(), token});
        QVERIFY(rest.waitForFinished(240000));
        QCOMPARE(rest.exitCode(), 0);
        {
            hn::store::Error error;
            auto store = hn::store::Store::open(storePath, &error);
            QVERIFY(store);
            QCOMPARE(store->pendingCount(), 0);
        }

        // Every created absence exists exactly once, with the content of its last edit.
        QHash<QString, QJsonObject> onServer;
        for (const QJsonObject &r :
            searchAll(nam, sandbox.base(), token, QStringLiteral("Basic?code=absence&_count=500"))) {
            const QString id = r.value(QStringLiteral("id")).toString();
            if (expected.contains(id)) {
                QVERIFY2(!onServer.contains(id), qPrintable(id));
                onServer.insert(id, r);
            }
        }
        QCOMPARE(onServer.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(periodEnd(onServer.value(it.key())), periodEnd(it.value()));
    }

    // The client is killed after the server took a new absence and before its answer came; someone
    // else changes the absence meanwhile. Started again, the client finds it on the server instead of
    // sending it again over their change.
    void killedBeforeTheAnswerToACreate()
    {
        QTemporaryDir serverDir;
        Sandbox sandbox(serverDir.path());
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        const QString token = signIn(nam, sandbox.base(), QStringLiteral("lege1"));
        QVERIFY(!token.isEmpty());
        const QString child = qEnvironmentVariable("SYNC_CHILD_BIN");

        Client a;
        QVERIFY(a.open(sandbox.base(), token));
        QVERIFY(a.syncAndWait());
        a.engine->stop();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(a.store->saveEdit(hn::store::Operation::Create,
                    absence(id, a.store->resources(QStringLiteral("PractitionerRole")).first().id,
                        QStringLiteral("2033-01-01"), QStringLiteral("2033-01-10"), QStringLiteral("created")))
            > 0);
        const QString storePath = a.store->path();
        a.engine.reset();
        a.store.reset();

        const QUrl onServer(sandbox.base().toString() + QStringLiteral("/Basic/") + id);
        // Each answer comes 4 s after the server acted (the client gives up after 5 s). Whether it has
        // acted is read from its database file: asking it would wait as long.
        setFaults(nam, sandbox.base(), "latency=4000");
        const QString serverFile = QDir(serverDir.path()).filePath(QStringLiteral("sandbox.sqlite"));
        QProcess push;
        push.start(child, {storePath, sandbox.base().toString(), token});
        QVERIFY(push.waitForStarted(10000));
        const auto taken = [&serverFile, &id] {
            bool there = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-file"));
                db.setDatabaseName(serverFile);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                QSqlQuery q(db);
                there = db.open()
                    && q.exec(QStringLiteral("SELECT 1 FROM resources WHERE type = 'Basic' AND id = '%1'").arg(id))
                    && q.next();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("server-file"));
            return there;
        };
        QVERIFY(QTest::qWaitFor(taken, 3000));
        QCOMPARE(push.state(), QProcess::Running); // its answer has not come
        push.kill();
        QVERIFY(push.waitForFinished(10000));
        setFaults(nam, sandbox.base(), "");

        Client b;
        QVERIFY(b.open(sandbox.base(), token));
        QVERIFY(b.syncAndWait());
        QVERIFY(saveCitizenText(b, id, QStringLiteral("changed by b")));
        QTRY_COMPARE_WITH_TIMEOUT(b.store->pendingCount(), 0, 30000);

        QProcess again;
        again.start(child, {storePath, sandbox.base().toString(), token});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        const auto [status, json] = http(nam, "GET", onServer, token);
        QCOMPARE(status, 200);
        QCOMPARE(citizenText(json), QStringLiteral("changed by b"));
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
