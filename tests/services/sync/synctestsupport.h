#pragma once

// Shared by the sync tests: a real hn-sandbox child process and sign-in (from the sandbox tests'
// support), and a client (store + REST client + sync engine) on a temporary SQLite file.

#include "net/fhirclient.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include "../sandbox/sandboxtestsupport.h"

#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace synctest {

// The sandbox process, sign-in and searches are the sandbox tests' own (Qt only).
using sandboxtest::Sandbox;
using sandboxtest::sandboxBin;
using sandboxtest::searchAll;
using sandboxtest::signIn;

inline QPair<int, QJsonObject> http(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
    const QString &token = {}, const QByteArray &body = {}, const QByteArray &contentType = "application/json")
{
    const sandboxtest::Reply r = sandboxtest::call(nam, verb, url, token, body, {}, contentType);
    return {r.status, r.json};
}

// Sets the sandbox's fault knobs, retrying: the knob's own reply may be faulted too.
inline void setFaults(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &spec)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (sandboxtest::setFaults(nam, base, spec))
            return;
    }
}

// Runs one statement on the SQLite file at `path` over a connection of its own, as another
// program would (the tests use it to put triggers that refuse a write in the store's way).
inline bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("synctest-other"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("synctest-other"));
    return ok;
}

// A client: its own SQLite file, REST client and sync engine.
struct Client
{
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    std::unique_ptr<hn::store::Store> store;
    std::unique_ptr<hn::net::FhirClient> client;
    std::unique_ptr<hn::sync::SyncEngine> engine;

    bool open(const QUrl &base, const QString &token)
    {
        hn::store::Error error;
        store = hn::store::Store::open(dir.filePath(QStringLiteral("client.sqlite")), &error);
        if (!store)
            return false;
        client = std::make_unique<hn::net::FhirClient>(&nam, base);
        client->setBearerToken(token);
        client->setTimeoutMs(5000);
        engine = std::make_unique<hn::sync::SyncEngine>(store.get(), client.get());
        engine->setBackoff(5, 100);
        return true;
    }
    bool syncAndWait(int timeoutMs = 120000)
    {
        QSignalSpy finished(engine.get(), &hn::sync::SyncEngine::pullFinished);
        engine->syncNow();
        return finished.wait(timeoutMs) && finished.last().at(0).toBool();
    }
};

inline QString basicCode(const QJsonObject &r)
{
    return r.value(QStringLiteral("code"))
        .toObject()
        .value(QStringLiteral("coding"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

inline QJsonObject absence(
    const QString &id, const QString &roleId, const QString &start, const QString &end, const QString &text)
{
    return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Basic")}, {QStringLiteral("id"), id},
        {QStringLiteral("code"),
            QJsonObject {{QStringLiteral("coding"),
                QJsonArray {
                    QJsonObject {{QStringLiteral("system"), QStringLiteral("urn:hnadmin:fhir:CodeSystem/basic-code")},
                        {QStringLiteral("code"), QStringLiteral("absence")}}}}}},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("reference"), QStringLiteral("PractitionerRole/") + roleId}}},
        {QStringLiteral("extension"),
            QJsonArray {
                QJsonObject {{QStringLiteral("url"), QStringLiteral("urn:hnadmin:fhir:StructureDefinition/period")},
                    {QStringLiteral("valuePeriod"),
                        QJsonObject {{QStringLiteral("start"), start}, {QStringLiteral("end"), end}}}},
                QJsonObject {
                    {QStringLiteral("url"), QStringLiteral("urn:hnadmin:fhir:StructureDefinition/absence-service")},
                    {QStringLiteral("extension"),
                        QJsonArray {
                            QJsonObject {{QStringLiteral("url"), QStringLiteral("service")},
                                {QStringLiteral("valueCoding"),
                                    QJsonObject {{QStringLiteral("system"),
                                                     QStringLiteral("urn:hnadmin:fhir:CodeSystem/service-type")},
                                        {QStringLiteral("code"), QStringLiteral("e-konsultasjon")}}}},
                            QJsonObject {{QStringLiteral("url"), QStringLiteral("mode")},
                                {QStringLiteral("valueCode"), QStringLiteral("closed")}},
                            QJsonObject {{QStringLiteral("url"), QStringLiteral("citizenText")},
                                {QStringLiteral("valueString"), text}}}}}}}};
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Reads/writes the period and citizen text of an absence made by absence().
inline QString periodPart(const QJsonObject &r, const QString &part)
{
    return r.value(QStringLiteral("extension"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("valuePeriod"))
        .toObject()
        .value(part)
        .toString();
}
inline QString periodStart(const QJsonObject &r)
{
    return periodPart(r, QStringLiteral("start"));
}
inline QString periodEnd(const QJsonObject &r)
{
    return periodPart(r, QStringLiteral("end"));
}
inline QString citizenText(const QJsonObject &r)
{
    return r.value(QStringLiteral("extension"))
        .toArray()
        .at(1)
        .toObject()
        .value(QStringLiteral("extension"))
        .toArray()
        .at(2)
        .toObject()
        .value(QStringLiteral("valueString"))
        .toString();
}
inline QJsonObject withPeriodPart(QJsonObject r, const QString &part, const QString &date)
{
    QJsonArray ext = r.value(QStringLiteral("extension")).toArray();
    QJsonObject period = ext.at(0).toObject();
    QJsonObject value = period.value(QStringLiteral("valuePeriod")).toObject();
    value.insert(part, date);
    period.insert(QStringLiteral("valuePeriod"), value);
    ext.replace(0, period);
    r.insert(QStringLiteral("extension"), ext);
    return r;
}
inline QJsonObject withPeriodStart(const QJsonObject &r, const QString &start)
{
    return withPeriodPart(r, QStringLiteral("start"), start);
}
inline QJsonObject withPeriodEnd(const QJsonObject &r, const QString &end)
{
    return withPeriodPart(r, QStringLiteral("end"), end);
}
inline QJsonObject withCitizenText(QJsonObject r, const QString &text)
{
    QJsonArray ext = r.value(QStringLiteral("extension")).toArray();
    QJsonObject service = ext.at(1).toObject();
    QJsonArray sub = service.value(QStringLiteral("extension")).toArray();
    QJsonObject t = sub.at(2).toObject();
    t.insert(QStringLiteral("valueString"), text);
    sub.replace(2, t);
    service.insert(QStringLiteral("extension"), sub);
    ext.replace(1, service);
    r.insert(QStringLiteral("extension"), ext);
    return r;
}

// A local edit of the absence `id` cached by `c`: its period's end, or its text for citizens. True
// when the absence is cached and the store took the edit.
inline bool saveEditOf(Client &c, const QString &id, const std::function<QJsonObject(const QJsonObject &)> &change)
{
    const auto cached = c.store->resource(QStringLiteral("Basic"), id);
    return cached && c.store->saveEdit(hn::store::Operation::Update, change(cached->json)) > 0;
}
inline bool savePeriodEnd(Client &c, const QString &id, const QString &end)
{
    return saveEditOf(c, id, [&end](const QJsonObject &r) { return withPeriodEnd(r, end); });
}
inline bool saveCitizenText(Client &c, const QString &id, const QString &text)
{
    return saveEditOf(c, id, [&text](const QJsonObject &r) { return withCitizenText(r, text); });
}

// Lets `c` send until a send fails and is to be tried again later (the answer was lost, or could not
// be recorded); then stops it. False when no send failed.
inline bool sendUntilARetry(Client &c)
{
    QSignalSpy retries(c.engine.get(), &hn::sync::SyncEngine::retryScheduled);
    c.engine->resume();
    c.engine->pushNow();
    const bool retried = retries.wait(30000);
    c.engine->stop();
    return retried;
}

// Another client's change: `c` pulls, makes it, and has sent it (true) once `change` returned true.
inline bool changedBy(Client &c, const std::function<bool()> &change)
{
    return c.syncAndWait() && change() && QTest::qWaitFor([&c] { return c.store->pendingCount() == 0; }, 30000);
}

// Lets `c` send until `conflicts` conflicts have been found.
inline bool sendUntilConflicts(Client &c, int conflicts = 1)
{
    QSignalSpy found(c.engine.get(), &hn::sync::SyncEngine::conflictDetected);
    c.engine->resume();
    c.engine->pushNow();
    return QTest::qWaitFor([&] { return found.count() >= conflicts; }, 30000);
}

// Lets `c` send all it has; true when all of it went without a conflict.
inline bool sendAllWithoutConflict(Client &c)
{
    QSignalSpy conflicts(c.engine.get(), &hn::sync::SyncEngine::conflictDetected);
    c.engine->resume();
    c.engine->pushNow();
    return QTest::qWaitFor([&c] { return c.store->pendingCount() == 0; }, 30000) && conflicts.isEmpty();
}

} // namespace synctest
