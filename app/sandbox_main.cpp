// hn-sandbox: the simulated national backend (a FHIR R4 resource store on loopback).
#include "common/unixsignals.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {
// Exit codes besides 0 (a clean stop), 1 (could not start) and 2 (bad arguments).
constexpr int kDataInUse = 3;
} // namespace

int main(int argc, char *argv[])
{
    ::umask(077); // the database, its journal and the lock are the user's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hn-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated Helsenorge national backend: a FHIR R4 server on 127.0.0.1 with demo data and demo users.\n"
        "Base URL: http://127.0.0.1:<port>/fhir/R4. Tokens: POST /auth/token {\"username\":..,\"password\":\"demo\"}.\n"
        "Fault knobs at run time: POST /admin/faults with the same text as --faults, signed in as NHN (or all "
        "callers with --open-admin)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Directory to persist to (default: in memory only)."), QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Demo data for an empty directory: national, small or none."), QStringLiteral("KIND"),
        QStringLiteral("small"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
        QStringLiteral("Fault knobs, e.g. latency=200,error=0.3,drop=0.1,truncate=0.05,dropAfterCommit=0.05."),
        QStringLiteral("SPEC"));
    const QCommandLineOption listUsersOption(
        QStringLiteral("list-users"), QStringLiteral("List the demo users and exit."));
    const QCommandLineOption parentOption(QStringLiteral("exit-with-parent"),
        QStringLiteral("Stop (cleanly) when standard input ends: the program that started the sandbox holds its "
                       "other end, so the sandbox ends with that program however it ends."));
    const QCommandLineOption openAdminOption(QStringLiteral("open-admin"),
        QStringLiteral("Let any caller set the fault knobs (POST /admin/faults) without an NHN sign-in; for test "
                       "harnesses only."));
    parser.addOptions(
        {portOption, dataOption, seedOption, faultsOption, listUsersOption, parentOption, openAdminOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "hn-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }
    QString error;
    std::optional<hn::sandbox::Faults> faults = hn::sandbox::Faults::parse(parser.value(faultsOption), &error);
    if (!faults) {
        std::fprintf(stderr, "hn-sandbox: %s\n", qPrintable(error));
        return 2;
    }

    // SIGTERM, SIGINT and SIGHUP stop the server between two requests: what a write began is
    // committed, the database closed and the data directory's lock released.
    hn::common::UnixSignalWatcher stopSignals({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&stopSignals, &hn::common::UnixSignalWatcher::received, &app, [](int signal) {
        std::fprintf(
            stderr, "hn-sandbox: %s received, stopping\n", qPrintable(hn::common::UnixSignalWatcher::name(signal)));
        QCoreApplication::quit();
    });
    if (parser.isSet(parentOption)) {
        auto *parent = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(parent, &QSocketNotifier::activated, &app, [parent] {
            char buffer[256];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0)
                return; // the parent wrote something: ignored
            parent->setEnabled(false);
            std::fprintf(stderr, "hn-sandbox: the program that started it has ended, stopping\n");
            QCoreApplication::quit();
        });
    }

    hn::sandbox::SandboxServer server;
    QElapsedTimer timer;
    timer.start();
    bool inUse = false;
    if (!server.open(parser.value(dataOption), parser.value(seedOption), &error, &inUse)) {
        std::fprintf(stderr, "hn-sandbox: %s\n", qPrintable(error));
        return inUse ? kDataInUse : 1;
    }
    std::fprintf(stderr, "hn-sandbox: data ready in %lld ms\n", timer.elapsed());
    if (parser.isSet(listUsersOption)) {
        std::printf("%-10s %-14s %-14s %s\n", "username", "role", "organisation", "name");
        for (const auto &user : server.store().users()) {
            const auto *org = server.store().get(QStringLiteral("Organization"), user.organizationId);
            const QString orgName = org ? org->parsed().value(QStringLiteral("name")).toString() : QString();
            std::printf("%-10s %-14s %-14s %s (%s)\n", qPrintable(user.username), qPrintable(user.role),
                qPrintable(user.organizationId), qPrintable(orgName), qPrintable(user.displayName));
        }
        std::printf("All demo users have the password 'demo'.\n");
        return 0;
    }
    server.setFaults(*faults);
    server.setOpenAdmin(parser.isSet(openAdminOption));
    const quint16 listening = server.listen(quint16(port));
    if (listening == 0) {
        std::fprintf(stderr, "hn-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("hn-sandbox listening on http://127.0.0.1:%u/fhir/R4\n", unsigned(listening));
    std::fflush(stdout);
    const int code = app.exec();
    std::fprintf(stderr, "hn-sandbox: stopped\n");
    return code;
}
