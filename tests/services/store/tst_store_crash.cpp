#include "store/store.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace hn::store;

// A child process writing edits is killed with SIGKILL at 200 different moments. After each kill the
// database opens, passes PRAGMA integrity_check, and holds every edit whose save had returned, exactly
// once and in order.
class TestStoreCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAtTwoHundredMoments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        const QString child = qEnvironmentVariable("STORE_CHILD_BIN");
        QVERIFY(QFileInfo::exists(child));
        QRandomGenerator random(424242);
        QStringList confirmed; // every marker whose "saved" line was read, in order
        int kills = 0;
        for (int round = 0; round < 200; ++round) {
            const QString prefix = QStringLiteral("r%1").arg(round);
            QProcess p;
            p.start(child, {path, prefix, QStringLiteral("1000")});
            QVERIFY(p.waitForStarted(10000));
            // Kill after a varying number of confirmed saves (0..24); with 0, the kill falls anywhere
            // from opening the file to the first transaction.
            const int target = int(random.bounded(25));
            int seen = 0;
            QByteArray buffer;
            bool ready = false;
            while (p.state() == QProcess::Running && (!ready || seen < target)) {
                if (!p.waitForReadyRead(10000))
                    break;
                buffer += p.readAllStandardOutput();
                int nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    if (line == "ready")
                        ready = true;
                    else if (line.startsWith("saved ")) {
                        confirmed << QString::fromUtf8(line.mid(6));
                        ++seen;
                    }
                }
            }
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++kills;
                QVERIFY(p.waitForFinished(10000));
            } else {
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            }
            // Lines written before the kill but not yet read still count as confirmed.
            buffer += p.readAllStandardOutput();
            for (const QByteArray &line : buffer.split('\n')) {
                if (line.startsWith("saved "))
                    confirmed << QString::fromUtf8(line.mid(6));
            }

            // Integrity.
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verify"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("verify"));

            // Every confirmed edit exactly once, in save order (seq order), in outbox and cache.
            Error error;
            auto store = Store::open(path, &error);
            QVERIFY2(store, qPrintable(error.message));
            QStringList markers;
            for (const OutboxEntry &e : store->outbox())
                markers << e.body.value(QStringLiteral("extension"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("valueString"))
                               .toString();
            // Saves that committed after the last line was written may be there too (the kill can fall
            // between COMMIT and the print): they come after every confirmed one.
            QVERIFY2(markers.size() >= confirmed.size(), qPrintable(QStringLiteral("round %1").arg(round)));
            QCOMPARE(markers.mid(0, confirmed.size()), confirmed);
            QCOMPARE(QSet<QString>(markers.begin(), markers.end()).size(), markers.size());
            for (int i = int(confirmed.size()); i < markers.size(); ++i)
                QVERIFY(markers[i].startsWith(prefix + QLatin1Char('-')));
            confirmed = markers; // from now on these are in the file too
            for (const QString &marker : confirmed) {
                const int dash = int(marker.lastIndexOf(QLatin1Char('-')));
                const int n = marker.mid(dash + 1).toInt();
                const QString id = n % 2 == 0 ? marker : marker.left(dash + 1) + QString::number(n - 1);
                QVERIFY2(store->resource(QStringLiteral("Basic"), id), qPrintable(id));
            }
        }
        QVERIFY2(kills >= 190, qPrintable(QString::number(kills)));
        QVERIFY(confirmed.size() > 500);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
