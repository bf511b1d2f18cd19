// The built-in backend lives exactly as long as the program that started it: with real processes,
// the program ended by SIGKILL, SIGTERM or a crash leaves no hn-sandbox behind, a data directory is
// served by one sandbox at a time, and a stale lock of a killed sandbox does not block the next.
#include "store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {

// The running (not zombie) hn-sandbox processes that serve `dataDir`.
QList<qint64> sandboxesServing(const QString &dataDir)
{
    QList<qint64> out;
    const QByteArray needle = QDir::cleanPath(dataDir).toUtf8();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.isEmpty() || !args.first().endsWith("hn-sandbox") || !args.contains(needle))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && line.size() > close + 2 && line.at(close + 2) == 'Z')
            continue; // ended, not yet reaped by whoever inherited it
        out.append(pid);
    }
    return out;
}

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1; // state, then ppid
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    QString m_data; // XDG_DATA_HOME of the program
    QString sandboxDir() const { return m_data + QStringLiteral("/hnadmin/hnadmin/sandbox"); }
    QString logText() const
    {
        QFile log(m_data + QStringLiteral("/hnadmin/hnadmin/logs/hnadmin.log"));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    // Starts hnadmin signed in as lege1 on the built-in backend, the edits held back for ten minutes.
    void startProgram(QProcess &app, const QStringList &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HN_PUSH_DELAY_MS"), QStringLiteral("600000"));
        for (const QString &pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(qEnvironmentVariable("HNADMIN_BIN"), {QStringLiteral("--user"), QStringLiteral("lege1")});
        QVERIFY(app.waitForStarted());
    }

    // How many synchronisations the program's log has recorded (each start makes one at once).
    int syncs() const { return int(logText().count(QStringLiteral("hn.ui: synchronised"))); }

    void startSandbox(QProcess &sandbox, const QString &dir)
    {
        sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        sandbox.start(qEnvironmentVariable("HN_SANDBOX_BIN"),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dir});
        QVERIFY(sandbox.waitForStarted());
    }
    // Whether the sandbox has said it is listening (its standard output is read, not consumed).
    static bool listening(QProcess &sandbox)
    {
        const QByteArray out = sandbox.peek(sandbox.bytesAvailable());
        return out.contains("listening");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hnadmin"));
        QCoreApplication::setApplicationName(QStringLiteral("hnadmin"));
        m_data = qEnvironmentVariable("XDG_DATA_HOME");
        QVERIFY(!m_data.isEmpty());
    }

    void init()
    {
        QDir(m_data).removeRecursively();
        QVERIFY(sandboxesServing(sandboxDir()).isEmpty());
    }

    void sigkillLeavesNoSandbox()
    {
        QProcess app;
        startProgram(app);
        QTRY_COMPARE_WITH_TIMEOUT(sandboxesServing(sandboxDir()).size(), 1, 30000);
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxesServing(sandboxDir()).isEmpty(), 2000);
    }

    void crashLeavesNoSandbox()
    {
        QProcess app;
        startProgram(app, {QStringLiteral("HN_TEST_CRASH=abort-when-online")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxesServing(sandboxDir()).isEmpty(), 2000);
    }

    void sigtermIsANormalClose()
    {
        QProcess app;
        startProgram(app);
        QTRY_VERIFY_WITH_TIMEOUT(syncs() >= 1, 60000);
        QCOMPARE(sandboxesServing(sandboxDir()).size(), 1);
        // An edit waiting in the outbox (made through a connection of this test: the program sends
        // it only with its next synchronisation, a minute on).
        const QString path = hn::store::Store::defaultPath(QStringLiteral("sandbox--lege1"));
        QJsonObject edited;
        {
            hn::store::Error error;
            auto store = hn::store::Store::open(path, &error);
            QVERIFY2(store, qPrintable(error.message));
            const auto offices = store->resources(QStringLiteral("Organization"));
            QVERIFY(!offices.isEmpty());
            edited = offices.first().json;
            edited.insert(QStringLiteral("alias"), QJsonArray {QStringLiteral("Kept through SIGTERM")});
            store->setCurrentUser(QStringLiteral("lege1"));
            QVERIFY(store->saveEdit(hn::store::Operation::Update, edited, &error) > 0);
        }
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(sandboxesServing(sandboxDir()).isEmpty()); // stopped before the program ended
        QVERIFY(logText().contains(QStringLiteral("\"SIGTERM\" received: closing")));
        QVERIFY(logText().contains(QStringLiteral("hn-sandbox: stopped")));
        hn::store::Error error;
        auto store = hn::store::Store::open(path, &error);
        QVERIFY(store);
        const auto outbox = store->outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().body, edited);
        QCOMPARE(outbox.first().state, hn::store::OutboxState::Pending);
    }

    // What the program writes is the user's alone (issue 16): files 0600, folders 0700, also where an
    // earlier version had made the folders readable to others.
    void itsFilesArePrivate()
    {
        const QString dataDir = m_data + QStringLiteral("/hnadmin/hnadmin");
        QVERIFY(QDir().mkpath(dataDir));
        const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dataDir, open));
        QVERIFY(QFile::setPermissions(m_data + QStringLiteral("/hnadmin"), open));
        QProcess app;
        startProgram(app);
        QTRY_VERIFY_WITH_TIMEOUT(syncs() >= 1, 60000);
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(10000));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        int files = 0;
        QDirIterator it(m_data + QStringLiteral("/hnadmin"), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (info.isSymLink())
                continue;
            QVERIFY2(!(info.permissions() & others),
                qPrintable(info.filePath() + QStringLiteral(": %1").arg(int(info.permissions()), 0, 16)));
            files += info.isFile() ? 1 : 0;
        }
        QVERIFY(!(QFileInfo(m_data + QStringLiteral("/hnadmin")).permissions() & others));
        QVERIFY(files >= 3); // the local copy, the log, the sandbox's database at least
    }

    void aSecondSandboxOnTheSameDataIsRefused()
    {
        QTemporaryDir dir;
        QProcess first;
        startSandbox(first, dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(first), 30000);
        QProcess second;
        startSandbox(second, dir.path());
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 3);
        const QByteArray message = second.readAllStandardError();
        QVERIFY2(message.contains("in use by another hn-sandbox (process " + QByteArray::number(first.processId())),
            message.constData());
        // The program says what is wrong instead of starting a second one.
        QVERIFY(QDir().mkpath(m_data + QStringLiteral("/hnadmin/hnadmin")));
        QProcess onTheSame;
        startSandbox(onTheSame, sandboxDir());
        QTRY_VERIFY_WITH_TIMEOUT(listening(onTheSame), 30000);
        QProcess app;
        startProgram(app);
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(QStringLiteral("the built-in backend is not available")), 30000);
        // The message names the data directory (in the user's language; the tests run in bokmål).
        QVERIFY(logText().contains(QStringLiteral("the built-in backend is not available: \"")
            + QStringLiteral("Dataene til den innebygde testløsningen (") + QDir::toNativeSeparators(sandboxDir())));
        QCOMPARE(sandboxesServing(sandboxDir()), QList<qint64> {onTheSame.processId()});
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);
        onTheSame.terminate();
        QVERIFY(onTheSame.waitForFinished(10000));
        QCOMPARE(onTheSame.exitCode(), 0);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }

    void aStaleLockDoesNotBlock()
    {
        QTemporaryDir dir;
        QProcess killed;
        startSandbox(killed, dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(killed), 30000);
        killed.kill();
        QVERIFY(killed.waitForFinished(10000));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sandbox.lock")))); // left behind
        QProcess next;
        startSandbox(next, dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(next), 30000);
        next.terminate();
        QVERIFY(next.waitForFinished(10000));
        QCOMPARE(next.exitCode(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sandbox.lock")))); // released on a clean stop
    }

    void tenKillsAndRestartsLeaveOneSandbox()
    {
        for (int cycle = 0; cycle < 10; ++cycle) {
            QProcess app;
            startProgram(app);
            // Started right after the kill: the killed program's sandbox ends while this one starts
            // (waiting for the data directory's lock if need be); then only this one serves.
            QTRY_VERIFY_WITH_TIMEOUT(syncs() >= cycle + 1, 60000);
            const QList<qint64> serving = sandboxesServing(sandboxDir());
            QCOMPARE(serving.size(), 1);
            QCOMPARE(parentOf(serving.first()), app.processId());
            if (cycle == 9) {
                ::kill(pid_t(app.processId()), SIGTERM);
                QVERIFY(app.waitForFinished(10000));
                QCOMPARE(app.exitCode(), 0);
                break;
            }
            ::kill(pid_t(app.processId()), SIGKILL);
            QVERIFY(app.waitForFinished(10000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(sandboxesServing(sandboxDir()).isEmpty(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
