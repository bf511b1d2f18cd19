// Writes edits to a store in a loop and prints "saved <marker>" after each save returned. The crash
// test kills it with SIGKILL at arbitrary moments.
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: store_crash_child FILE PREFIX COUNT\n");
        return 2;
    }
    hn::store::Error error;
    auto store = hn::store::Store::open(args[1], &error);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const QString prefix = args[2];
    const int count = args[3].toInt();
    for (int i = 0; i < count; ++i) {
        const QString marker = prefix + QLatin1Char('-') + QString::number(i);
        // Even edits create a resource; odd ones update the one before (so both paths are exercised).
        const bool update = i % 2 == 1;
        const QString id = update ? prefix + QLatin1Char('-') + QString::number(i - 1) : marker;
        QJsonObject json {{QStringLiteral("resourceType"), QStringLiteral("Basic")}, {QStringLiteral("id"), id},
            {QStringLiteral("subject"),
                QJsonObject {{QStringLiteral("reference"), QStringLiteral("PractitionerRole/r1")}}},
            {QStringLiteral("extension"),
                QJsonArray {QJsonObject {{QStringLiteral("url"), QStringLiteral("urn:test:marker")},
                    {QStringLiteral("valueString"), marker}}}}};
        if (store->saveEdit(update ? hn::store::Operation::Update : hn::store::Operation::Create, json, &error) < 0) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("saved %s\n", qPrintable(marker));
        std::fflush(stdout);
    }
    return 0;
}
