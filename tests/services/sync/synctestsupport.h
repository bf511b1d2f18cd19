#pragma once

// Shared by the sync tests: a real hn-sandbox child process, sign-in, and a client (store + REST
// client + sync engine) on a temporary SQLite file.

#include "net/fhirclient.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace synctest {

inline QString sandboxBin()
{
    return qEnvironmentVariable("HN_SANDBOX_BIN");
}

// hn-sandbox on 127.0.0.1, persisting to dataDir; restartable on the same port.
class Sandbox
{
public:
    explicit Sandbox(const QString &dataDir)
        : m_dataDir(dataDir)
    {
    }
    ~Sandbox() { stop(); }

    bool start(quint16 port = 0, const QString &faults = {})
    {
        m_process = std::make_unique<QProcess>();
        QStringList args {QStringLiteral("--port"), QString::number(port), QStringLiteral("--data"), m_dataDir,
            QStringLiteral("--seed"), QStringLiteral("small")};
        if (!faults.isEmpty())
            args << QStringLiteral("--faults") << faults;
        m_process->start(sandboxBin(), args);
        if (!m_process->waitForStarted(10000))
            return false;
        QByteArray out;
        static const QRegularExpression ready(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/fhir/R4"));
        for (int i = 0; i < 600; ++i) {
            if (!m_process->waitForReadyRead(100) && m_process->state() != QProcess::Running)
                return false;
            out += m_process->readAllStandardOutput();
            const auto match = ready.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_base = QUrl(match.captured(0));
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        return false;
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }
    bool restart() // same data, same port
    {
        stop();
        return start(m_port);
    }
    QUrl base() const { return m_base; }
    quint16 port() const { return m_port; }

private:
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_base;
    quint16 m_port = 0;
};

// A blocking HTTP call for test set-up and checks (never used by the code under test).
inline QPair<int, QJsonObject> http(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
    const QString &token = {}, const QByteArray &body = {}, const QByteArray &contentType = "application/json")
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, json};
}

inline QString signIn(QNetworkAccessManager &nam, const QUrl &base, const QString &user)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/auth/token"));
    const auto [status, json] = http(nam, "POST", url, {},
        QJsonDocument(
            QJsonObject {{QStringLiteral("username"), user}, {QStringLiteral("password"), QStringLiteral("demo")}})
            .toJson());
    return status == 200 ? json.value(QStringLiteral("access_token")).toString() : QString();
}

inline void setFaults(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &spec)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/admin/faults"));
    for (int attempt = 0; attempt < 50; ++attempt) { // the knob's own reply may be faulted too
        if (http(nam, "POST", url, {}, spec, "text/plain").first == 200)
            return;
    }
}

// Every resource of a type the user can see (follows next links).
inline QList<QJsonObject> searchAll(
    QNetworkAccessManager &nam, const QUrl &base, const QString &token, const QString &typeAndQuery)
{
    QList<QJsonObject> out;
    QUrl url(base.toString() + QLatin1Char('/') + typeAndQuery);
    while (url.isValid()) {
        const auto [status, bundle] = http(nam, "GET", url, token);
        if (status != 200)
            break;
        for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray())
            out << e.toObject().value(QStringLiteral("resource")).toObject();
        url = QUrl();
        for (const QJsonValue &l : bundle.value(QStringLiteral("link")).toArray()) {
            if (l.toObject().value(QStringLiteral("relation")).toString() == QStringLiteral("next"))
                url = QUrl(l.toObject().value(QStringLiteral("url")).toString());
        }
    }
    return out;
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

// Reads/writes the period end and citizen text of an absence made by absence().
inline QString periodEnd(const QJsonObject &r)
{
    return r.value(QStringLiteral("extension"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("valuePeriod"))
        .toObject()
        .value(QStringLiteral("end"))
        .toString();
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
inline QJsonObject withPeriodEnd(QJsonObject r, const QString &end)
{
    QJsonArray ext = r.value(QStringLiteral("extension")).toArray();
    QJsonObject period = ext.at(0).toObject();
    QJsonObject value = period.value(QStringLiteral("valuePeriod")).toObject();
    value.insert(QStringLiteral("end"), end);
    period.insert(QStringLiteral("valuePeriod"), value);
    ext.replace(0, period);
    r.insert(QStringLiteral("extension"), ext);
    return r;
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

} // namespace synctest
