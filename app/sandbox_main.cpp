// hn-sandbox: the simulated national backend (a FHIR R4 resource store on loopback).
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hn-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated Helsenorge national backend (FHIR R4)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "hn-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }
    hn::sandbox::SandboxServer server;
    const quint16 listening = server.listen(quint16(port));
    if (listening == 0) {
        std::fprintf(stderr, "hn-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("hn-sandbox listening on http://127.0.0.1:%u/fhir/R4\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
