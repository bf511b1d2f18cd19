#pragma once

// Shared by the hn-sandbox tests: the sandbox as a child process and blocking HTTP helpers for
// set-up and checks. Qt only: the sandbox's tests use none of the client's code, so that the two
// can catch each other's mistakes.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace sandboxtest {

using namespace Qt::StringLiterals;

inline QString sandboxBin()
{
    return qEnvironmentVariable("HN_SANDBOX_BIN");
}

// hn-sandbox on 127.0.0.1, persisting to dataDir (empty: in memory); restartable on the same port.
class Sandbox
{
public:
    explicit Sandbox(const QString &dataDir, const QString &seed = QStringLiteral("small"))
        : m_dataDir(dataDir)
        , m_seed(seed)
    {
    }
    ~Sandbox() { stop(); }

    bool start(quint16 port = 0, const QString &faults = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args {QStringLiteral("--port"), QString::number(port), QStringLiteral("--seed"), m_seed};
        if (!m_dataDir.isEmpty())
            args << QStringLiteral("--data") << m_dataDir;
        if (!faults.isEmpty())
            args << QStringLiteral("--faults") << faults;
        m_process->start(sandboxBin(), args);
        if (!m_process->waitForStarted(10000))
            return false;
        static const QRegularExpression ready(
            QStringLiteral("^hn-sandbox listening on (http://127\\.0\\.0\\.1:(\\d+)/fhir/R4)$"));
        // The ready line is the first line on stdout; wait for it (seeding national takes seconds).
        QElapsedTimer waited;
        waited.start();
        while (!m_process->canReadLine() && m_process->state() == QProcess::Running && waited.elapsed() < 120000)
            m_process->waitForReadyRead(500);
        if (!m_process->canReadLine())
            return false;
        m_readyLine = QString::fromUtf8(m_process->readLine()).trimmed();
        const auto match = ready.match(m_readyLine);
        if (!match.hasMatch())
            return false;
        m_base = QUrl(match.captured(1));
        m_port = quint16(match.captured(2).toUInt());
        return true;
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
    QString readyLine() const { return m_readyLine; }
    QProcess *process() const { return m_process.get(); }

private:
    QString m_dataDir, m_seed;
    std::unique_ptr<QProcess> m_process;
    QUrl m_base;
    QString m_readyLine;
    quint16 m_port = 0;
};

struct Reply
{
    int status = 0; // 0: no HTTP reply (connection closed, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
    QByteArray raw;
    QByteArray etag, contentType, location;
};

// A blocking HTTP call for tests (waits with QSignalSpy, never sleeps).
inline Reply call(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QString &token = {},
    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
    const QByteArray &contentType = "application/fhir+json")
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.raw = reply->readAll();
    out.json = QJsonDocument::fromJson(out.raw).object();
    out.etag = reply->rawHeader("ETag");
    out.contentType = reply->rawHeader("Content-Type");
    out.location = reply->rawHeader("Location");
    reply->deleteLater();
    return out;
}

// One request over a plain socket, for what QNetworkAccessManager hides (it may resend a request
// whose connection was dropped). Returns what arrived before the server closed or went quiet.
struct RawReply
{
    QByteArray head, body;
    bool closedByServer = false;
    int contentLength = -1;
};
inline RawReply rawRequest(
    quint16 port, const QByteArray &verb, const QByteArray &path, const QString &token, const QByteArray &body = {})
{
    RawReply out;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return out;
    QByteArray request = verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    request += "Content-Type: application/fhir+json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
    socket.write(request);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000)) {
        received += socket.readAll();
        const qsizetype split = received.indexOf("\r\n\r\n");
        if (split > 0) {
            const QByteArray head = received.left(split).toLower();
            const qsizetype at = head.indexOf("content-length: ");
            if (at >= 0) {
                const int length = head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toInt();
                if (received.size() - split - 4 >= length)
                    break; // complete
            }
        }
    }
    received += socket.readAll();
    out.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    const qsizetype split = received.indexOf("\r\n\r\n");
    if (split >= 0) {
        out.head = received.left(split);
        out.body = received.mid(split + 4);
        const QByteArray head = out.head.toLower();
        const qsizetype at = head.indexOf("content-length: ");
        if (at >= 0)
            out.contentLength = head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toInt();
    } else {
        out.head = received;
    }
    return out;
}

inline QUrl at(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

inline QString signIn(QNetworkAccessManager &nam, const QUrl &base, const QString &user)
{
    const Reply r = call(nam, "POST", at(base, QStringLiteral("/auth/token")), {},
        QJsonDocument(
            QJsonObject {{QStringLiteral("username"), user}, {QStringLiteral("password"), QStringLiteral("demo")}})
            .toJson(),
        {}, "application/json");
    return r.status == 200 ? r.json.value(QStringLiteral("access_token")).toString() : QString();
}

// The fault knobs take an NHN sign-in (the sign-in itself is never faulted).
inline bool setFaults(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &spec)
{
    const QString nhn = signIn(nam, base, QStringLiteral("nhn"));
    return call(nam, "POST", at(base, QStringLiteral("/admin/faults")), nhn, spec, {}, "text/plain").status == 200;
}

inline QString nextLink(const QJsonObject &bundle)
{
    for (const QJsonValue &l : bundle.value(QStringLiteral("link")).toArray()) {
        if (l.toObject().value(QStringLiteral("relation")).toString() == QStringLiteral("next"))
            return l.toObject().value(QStringLiteral("url")).toString();
    }
    return {};
}

inline QList<QJsonObject> entries(const QJsonObject &bundle)
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        if (e.toObject().contains(QStringLiteral("resource"))) // history: a deletion has none
            out << e.toObject().value(QStringLiteral("resource")).toObject();
    }
    return out;
}

// Every resource of a search the user can see (follows next links as given). pages counts the pages.
inline QList<QJsonObject> searchAll(QNetworkAccessManager &nam, const QUrl &base, const QString &token,
    const QString &typeAndQuery, int *pages = nullptr)
{
    QList<QJsonObject> out;
    QUrl url(base.toString() + QLatin1Char('/') + typeAndQuery);
    int n = 0;
    while (url.isValid() && n < 10000) {
        const Reply r = call(nam, "GET", url, token);
        if (r.status != 200)
            break;
        ++n;
        out << entries(r.json);
        const QString next = nextLink(r.json);
        url = next.isEmpty() ? QUrl() : QUrl(next);
    }
    if (pages)
        *pages = n;
    return out;
}

inline QString firstCode(const QJsonObject &r, const QString &element)
{
    QJsonValue v = r.value(element);
    if (v.isArray())
        v = v.toArray().at(0);
    return v.toObject()
        .value(QStringLiteral("coding"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

inline QString reference(const QJsonObject &r, const QString &element)
{
    return r.value(element).toObject().value(QStringLiteral("reference")).toString();
}

// Small builders and readers of FHIR JSON shared by the sandbox tests.
inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
inline QString id(const QJsonObject &r)
{
    return r.value(u"id"_s).toString();
}
inline QString version(const QJsonObject &r)
{
    return r.value(u"meta"_s).toObject().value(u"versionId"_s).toString();
}
inline QString lastUpdated(const QJsonObject &r)
{
    return r.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString();
}
inline QString issueCode(const Reply &r)
{
    return r.json.value(u"issue"_s).toArray().at(0).toObject().value(u"code"_s).toString();
}
inline QJsonObject infoMessage(const QString &subject, const QString &text)
{
    return QJsonObject {{u"resourceType"_s, u"Basic"_s},
        {u"code"_s,
            QJsonObject {{u"coding"_s,
                QJsonArray {QJsonObject {
                    {u"system"_s, u"urn:hnadmin:fhir:CodeSystem/basic-code"_s}, {u"code"_s, u"info-message"_s}}}}}},
        {u"subject"_s, QJsonObject {{u"reference"_s, subject}}},
        {u"extension"_s,
            QJsonArray {QJsonObject {
                {u"url"_s, u"urn:hnadmin:fhir:StructureDefinition/message-text"_s}, {u"valueString"_s, text}}}}};
}
inline QJsonObject healthcareService(const QString &organization, const QString &code)
{
    return QJsonObject {{u"resourceType"_s, u"HealthcareService"_s}, {u"active"_s, true},
        {u"providedBy"_s, QJsonObject {{u"reference"_s, organization}}},
        {u"type"_s,
            QJsonArray {QJsonObject {{u"coding"_s,
                QJsonArray {
                    QJsonObject {{u"system"_s, u"urn:hnadmin:fhir:CodeSystem/service-type"_s}, {u"code"_s, code}}}}}}},
        {u"name"_s, code}};
}
inline QJsonObject bundle(const QJsonArray &entries)
{
    return QJsonObject {{u"resourceType"_s, u"Bundle"_s}, {u"type"_s, u"transaction"_s}, {u"entry"_s, entries}};
}
inline QJsonObject entry(const QString &method, const QString &url, const QJsonObject &resource = {})
{
    QJsonObject e {{u"request"_s, QJsonObject {{u"method"_s, method}, {u"url"_s, url}}}};
    if (!resource.isEmpty())
        e.insert(u"resource"_s, resource);
    return e;
}
inline QString auditUser(const QJsonObject &event)
{
    return event.value(u"agent"_s).toArray().at(0).toObject().value(u"who"_s).toObject().value(u"display"_s).toString();
}

} // namespace sandboxtest
