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
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
