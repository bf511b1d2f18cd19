#include "fhirclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUuid>

namespace hn::net {

namespace {

QString operationOutcomeText(const QJsonObject &json)
{
    if (json.value(QLatin1String("resourceType")).toString() != QLatin1String("OperationOutcome"))
        return {};
    QStringList parts;
    const QJsonArray issues = json.value(QLatin1String("issue")).toArray();
    for (const QJsonValue &issue : issues) {
        const QJsonObject o = issue.toObject();
        QString text = o.value(QLatin1String("diagnostics")).toString();
        if (text.isEmpty())
            text = o.value(QLatin1String("details")).toObject().value(QLatin1String("text")).toString();
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QLatin1String("; "));
}

QString httpErrorText(int status)
{
    switch (status) {
    case 400: return QCoreApplication::translate("hn::net::FhirClient", "The server refused the data as invalid");
    case 401:
        return QCoreApplication::translate("hn::net::FhirClient", "You are not signed in, or the sign-in has expired");
    case 403: return QCoreApplication::translate("hn::net::FhirClient", "You do not have access to change this");
    case 404: return QCoreApplication::translate("hn::net::FhirClient", "Not found on the server");
    case 409:
    case 412: return QCoreApplication::translate("hn::net::FhirClient", "Someone else changed this in the meantime");
    case 410: return QCoreApplication::translate("hn::net::FhirClient", "It has been deleted on the server");
    case 422: return QCoreApplication::translate("hn::net::FhirClient", "The server could not process the data");
    default: break;
    }
    if (status >= 500)
        return QCoreApplication::translate("hn::net::FhirClient", "The server had a problem (error %1)").arg(status);
    return QCoreApplication::translate("hn::net::FhirClient", "The server answered with error %1").arg(status);
}

QString networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("hn::net::FhirClient", "Cannot reach the server");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("hn::net::FhirClient", "The server did not answer in time");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("hn::net::FhirClient", "The connection was closed before the answer came");
    default: return QCoreApplication::translate("hn::net::FhirClient", "The connection failed");
    }
}

} // namespace

FhirClient::FhirClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_base(baseUrl)
{
    qRegisterMetaType<hn::net::FhirResponse>();
}

QUrl FhirClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    QString basePath = u.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    u.setPath(basePath + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QNetworkRequest FhirClient::request(const QUrl &url) const
{
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/fhir+json");
    req.setRawHeader("Accept-Language", m_language.toLatin1());
    req.setHeader(
        QNetworkRequest::UserAgentHeader, QStringLiteral("hnadmin/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

FhirCall *FhirClient::send(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &ifMatch, bool parseJson)
{
    if (!mayRequest() && url.path() != this->url(QStringLiteral("metadata")).path()) {
        // Signed out: nothing goes to a server that wants a sign-in (it would go without one).
        FhirResponse response;
        response.kind = FhirResponse::Kind::HttpError;
        response.status = 401;
        response.errorText = httpErrorText(401);
        qCInfo(lcNet) << verb << "not sent: not signed in";
        return failAtOnce(std::move(response));
    }
    auto *call = new FhirCall(this);
    QNetworkRequest req = request(url);
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    req.setRawHeader("X-Request-Id", requestId);
    if (!ifMatch.isEmpty())
        req.setRawHeader("If-Match", ifMatch);
    if (!body.isEmpty() || verb == "PUT" || verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/fhir+json; charset=utf-8"));
    QNetworkReply *reply = m_nam->sendCustomRequest(req, verb, body);
    call->m_reply = reply;
    qCDebug(lcNet) << verb << url.path() << "request" << requestId;
    if (verb == "GET" && !parseJson) {
        connect(reply, &QNetworkReply::readyRead, call, [call, reply] {
            if (call->m_headSent || reply->bytesAvailable() < 1024)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status >= 300)
                return;
            call->m_headSent = true;
            Q_EMIT call->headArrived(reply->peek(4096));
        });
    }
    connect(reply, &QNetworkReply::finished, call, [call, reply, verb, requestId, parseJson] {
        FhirResponse &r = call->response;
        const QByteArray data = reply->readAll();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.etag = reply->rawHeader("ETag");
        if (reply->hasRawHeader("Date"))
            r.serverDate = QDateTime::fromString(QString::fromLatin1(reply->rawHeader("Date")), Qt::RFC2822Date);
        bool bodyBroken = false;
        const bool success = r.status >= 200 && r.status < 300;
        if (parseJson || !success) {
            const QJsonDocument doc = data.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(data);
            if (doc.isObject())
                r.json = doc.object();
            bodyBroken = !data.isEmpty() && !doc.isObject();
        } else {
            r.body = data;
            // A cheap completeness check; the caller parses and reports a broken body itself.
            const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            bodyBroken = expected > 0 && expected != data.size();
        }
        if (r.status == 0 || (reply->error() != QNetworkReply::NoError && r.status == 0)) {
            r.kind = FhirResponse::Kind::NetworkError;
            r.errorText = networkErrorText(reply->error());
        } else if (r.status >= 200 && r.status < 300) {
            if (bodyBroken || (reply->error() != QNetworkReply::NoError)) {
                // A truncated or garbled answer: we cannot know what the server did; treat as no answer.
                r.kind = FhirResponse::Kind::NetworkError;
                r.errorText
                    = QCoreApplication::translate("hn::net::FhirClient", "The answer from the server was incomplete");
            } else {
                r.kind = FhirResponse::Kind::Ok;
            }
        } else {
            r.kind = FhirResponse::Kind::HttpError;
            r.errorText = httpErrorText(r.status);
            const QString detail = operationOutcomeText(r.json);
            if (!detail.isEmpty())
                r.errorText += QLatin1String(": ") + detail;
        }
        qCDebug(lcNet) << verb << "request" << requestId << "->" << r.status << reply->error();
        reply->deleteLater();
        Q_EMIT call->finished(r);
        call->deleteLater();
    });
    return call;
}

FhirCall *FhirClient::capabilities()
{
    return get(url(QStringLiteral("metadata")));
}

bool FhirClient::needsNoSignIn(const QJsonObject &capabilityStatement)
{
    if (capabilityStatement.value(QLatin1String("resourceType")).toString() != QLatin1String("CapabilityStatement"))
        return false;
    // Any rest block that names security (a service such as OAuth or SMART-on-FHIR, or a
    // description) means a sign-in; none means an open server.
    for (const QJsonValue &rest : capabilityStatement.value(QLatin1String("rest")).toArray()) {
        const QJsonObject security = rest.toObject().value(QLatin1String("security")).toObject();
        if (!security.value(QLatin1String("service")).toArray().isEmpty()
            || !security.value(QLatin1String("description")).toString().isEmpty())
            return false;
    }
    return true;
}

FhirCall *FhirClient::get(const QUrl &url, bool parseJson)
{
    return send("GET", url, {}, {}, parseJson);
}

bool FhirClient::addressable(const QString &id)
{
    // A FHIR id ([A-Za-z0-9\-.]{1,64}) names one path segment, except "." and "..": every HTTP
    // stack (Qt's included, even for %2E) takes those as steps in the path, so a request about
    // Basic/.. would go to the base. Anything else ("/", "?") would change the address too.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
    return pattern.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

FhirCall *FhirClient::refuse(const QString &id)
{
    FhirResponse response;
    response.kind = FhirResponse::Kind::HttpError; // status 0: nothing was sent, nothing to retry
    response.errorText = QCoreApplication::translate(
        "hn::net::FhirClient", "The item's id on the server (%1) cannot be used in a web address, so it cannot be sent")
                             .arg(id.left(80));
    qCWarning(lcNet) << "not sent: an id no URL can name";
    return failAtOnce(std::move(response));
}

FhirCall *FhirClient::failAtOnce(FhirResponse response)
{
    auto *call = new FhirCall(this);
    call->response = std::move(response);
    QMetaObject::invokeMethod(
        call,
        [call] {
            Q_EMIT call->finished(call->response);
            call->deleteLater();
        },
        Qt::QueuedConnection);
    return call;
}

FhirCall *FhirClient::read(const QString &type, const QString &id)
{
    if (!addressable(id))
        return refuse(id);
    return get(url(type + QLatin1Char('/') + id));
}

FhirCall *FhirClient::search(const QString &type, const QUrlQuery &query)
{
    return get(url(type, query));
}

FhirCall *FhirClient::update(const QJsonObject &resource, const QString &ifMatchVersion)
{
    const QString type = resource.value(QLatin1String("resourceType")).toString();
    const QString id = resource.value(QLatin1String("id")).toString();
    if (!addressable(id))
        return refuse(id);
    const QByteArray ifMatch = ifMatchVersion.isEmpty() ? QByteArray() : "W/\"" + ifMatchVersion.toUtf8() + '"';
    return send(
        "PUT", url(type + QLatin1Char('/') + id), QJsonDocument(resource).toJson(QJsonDocument::Compact), ifMatch);
}

FhirCall *FhirClient::remove(const QString &type, const QString &id, const QString &ifMatchVersion)
{
    if (!addressable(id))
        return refuse(id);
    const QByteArray ifMatch = ifMatchVersion.isEmpty() ? QByteArray() : "W/\"" + ifMatchVersion.toUtf8() + '"';
    return send("DELETE", url(type + QLatin1Char('/') + id), {}, ifMatch);
}

FhirCall *FhirClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

QString FhirClient::versionFromEtag(const QByteArray &etag)
{
    QByteArray e = etag.trimmed();
    if (e.startsWith("W/"))
        e = e.mid(2);
    if (e.size() >= 2 && e.startsWith('"') && e.endsWith('"'))
        e = e.mid(1, e.size() - 2);
    return QString::fromUtf8(e);
}

} // namespace hn::net
