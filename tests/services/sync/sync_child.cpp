// A sync client in a process of its own, for the kill test: opens the store, pushes the outbox to
// the server and prints "acked <seq>" after each acknowledged entry; exits 0 when nothing is left.
// With --make N it first queues N edits (creates and updates) and exits.
#include "net/fhirclient.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUuid>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: sync_child STORE BASE TOKEN [--make N ROLE]\n");
        return 2;
    }
    hn::store::Error error;
    auto store = hn::store::Store::open(args[1], &error);
    if (!store) {
        std::fprintf(stderr, "cannot open store: %s\n", qPrintable(error.message));
        return 1;
    }
    if (args.size() >= 7 && args[4] == QLatin1String("--make")) {
        const int n = args[5].toInt();
        const QString role = args[6];
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            // Every third edit changes an earlier absence; the rest create new ones.
            if (i % 3 == 2 && !ids.isEmpty()) {
                QJsonObject json = store->resource(QStringLiteral("Basic"), ids.last())->json;
                QJsonArray ext = json.value(QStringLiteral("extension")).toArray();
                QJsonObject period = ext.at(0).toObject();
                QJsonObject value = period.value(QStringLiteral("valuePeriod")).toObject();
                value.insert(QStringLiteral("end"), QStringLiteral("2032-12-%1").arg(10 + i % 18));
                period.insert(QStringLiteral("valuePeriod"), value);
                ext.replace(0, period);
                json.insert(QStringLiteral("extension"), ext);
                if (store->saveEdit(hn::store::Operation::Update, json, &error) < 0)
                    return 1;
                continue;
            }
            ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonObject json {{QStringLiteral("resourceType"), QStringLiteral("Basic")},
                {QStringLiteral("id"), ids.last()},
                {QStringLiteral("code"),
                    QJsonObject {{QStringLiteral("coding"),
                        QJsonArray {QJsonObject {
                            {QStringLiteral("system"), QStringLiteral("urn:hnadmin:fhir:CodeSystem/basic-code")},
                            {QStringLiteral("code"), QStringLiteral("absence")}}}}}},
                {QStringLiteral("subject"),
                    QJsonObject {{QStringLiteral("reference"), QStringLiteral("PractitionerRole/") + role}}},
                {QStringLiteral("extension"),
                    QJsonArray {QJsonObject {{QStringLiteral("url"),
                                                 QStringLiteral("urn:hnadmin:fhir:StructureDefinition/period")},
                                    {QStringLiteral("valuePeriod"),
                                        QJsonObject {{QStringLiteral("start"), QStringLiteral("2032-12-01")},
                                            {QStringLiteral("end"), QStringLiteral("2032-12-05")}}}},
                        QJsonObject {
                            {QStringLiteral("url"), QStringLiteral("urn:hnadmin:fhir:StructureDefinition/kill-test")},
                            {QStringLiteral("valueString"), QStringLiteral("kill %1").arg(i)}}}}};
            if (store->saveEdit(hn::store::Operation::Create, json, &error) < 0)
                return 1;
        }
        return 0;
    }

    QNetworkAccessManager nam;
    hn::net::FhirClient client(&nam, QUrl(args[2]));
    client.setBearerToken(args[3]);
    client.setTimeoutMs(5000);
    hn::sync::SyncEngine engine(store.get(), &client);
    engine.setBackoff(5, 50);
    QObject::connect(store.get(), &hn::store::Store::outboxChanged, &app, [](int pending) {
        std::printf("acked %d\n", pending);
        std::fflush(stdout);
    });
    QObject::connect(&engine, &hn::sync::SyncEngine::pushIdle, &app, [&] {
        if (store->pendingCount() == 0)
            QCoreApplication::exit(0);
    });
    engine.pushNow();
    return app.exec();
}
