// hn-sandbox: the simulated national backend (a FHIR R4 resource store on loopback).
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>

namespace {
void quitOnSignal(int)
{
    QCoreApplication::quit();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hn-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated Helsenorge national backend: a FHIR R4 server on 127.0.0.1 with demo data and demo users.\n"
        "Base URL: http://127.0.0.1:<port>/fhir/R4. Tokens: POST /auth/token {\"username\":..,\"password\":\"demo\"}.\n"
        "Fault knobs at run time: POST /admin/faults with the same text as --faults."));
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
    parser.addOptions({portOption, dataOption, seedOption, faultsOption, listUsersOption});
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

    hn::sandbox::SandboxServer server;
    QElapsedTimer timer;
    timer.start();
    if (!server.open(parser.value(dataOption), parser.value(seedOption), &error)) {
        std::fprintf(stderr, "hn-sandbox: %s\n", qPrintable(error));
        return 1;
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
    const quint16 listening = server.listen(quint16(port));
    if (listening == 0) {
        std::fprintf(stderr, "hn-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    std::printf("hn-sandbox listening on http://127.0.0.1:%u/fhir/R4\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
