#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace hn::net {

// The outcome of one FHIR REST call, set once.
struct FhirResponse
{
    enum class Kind {
        Ok, // 2xx
        HttpError, // a 4xx/5xx answer from the server (status holds it)
        NetworkError, // no answer: refused, dropped, timed out, truncated or unreadable body
    };
    Kind kind = Kind::NetworkError;
    int status = 0;
    QJsonObject json; // the body, when it was JSON (and the call parsed it)
    QByteArray body; // the raw body, kept only when the call did not parse it
    QByteArray etag; // as sent by the server (opaque)
    QDateTime serverDate; // the Date header, when present
    QString errorText; // plain words for the sync log, in the user's language
    bool ok() const { return kind == Kind::Ok; }
    // True for failures worth retrying later: no answer, 5xx, 429.
    bool retryable() const { return kind == Kind::NetworkError || status >= 500 || status == 429; }
};

// One request in flight. Emits finished() once and deletes itself later.
class FhirCall : public QObject
{
    Q_OBJECT
public:
    FhirResponse response;
Q_SIGNALS:
    void finished(const hn::net::FhirResponse &response);
    // Raw GETs (parseJson false) only, once: the first bytes of a successful answer while the rest
    // is still on its way (1 to 4 KiB), e.g. to read a page's next link early.
    void headArrived(const QByteArray &head);

private:
    friend class FhirClient;
    bool m_headSent = false;
    explicit FhirCall(QObject *parent)
        : QObject(parent)
    {
    }
    QPointer<QNetworkReply> m_reply;
};

// A small FHIR R4 REST client. Every request carries the bearer token, Accept: application/fhir+json,
// Accept-Language, User-Agent and an X-Request-Id; each has a transfer timeout. The network access
// manager is passed in so tests can observe it.
class FhirClient : public QObject
{
    Q_OBJECT
public:
    FhirClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_base; }
    void setBearerToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // A server known to need no sign-in (its CapabilityStatement names no security): requests go
    // out without a token. Otherwise nothing but the CapabilityStatement is sent without one: such
    // a call fails at once as a 401, and the server never sees it.
    void setOpenServer(bool open) { m_openServer = open; }
    bool mayRequest() const { return !m_token.isEmpty() || m_openServer; }
    // GET metadata (no token needed); `open` says whether it names no security (see setOpenServer).
    FhirCall *capabilities();
    static bool needsNoSignIn(const QJsonObject &capabilityStatement);
    void setAcceptLanguage(const QString &language) { m_language = language; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Absolute URL for "Type/id" or "Type?query" relative to the base.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    // parseJson false: the raw body is handed over in response.body, for parsing off the UI thread.
    FhirCall *get(const QUrl &url, bool parseJson = true);
    FhirCall *read(const QString &type, const QString &id);
    FhirCall *search(const QString &type, const QUrlQuery &query);
    // PUT Type/id. ifMatchVersion empty: no If-Match (create with a client id).
    FhirCall *update(const QJsonObject &resource, const QString &ifMatchVersion);
    FhirCall *remove(const QString &type, const QString &id, const QString &ifMatchVersion = {});
    FhirCall *post(const QString &path, const QJsonObject &body);

    static QString versionFromEtag(const QByteArray &etag);
    // Whether a request about Type/id can be addressed: a FHIR id, and not "." or "..". read(),
    // update() and remove() send nothing for any other id; their call fails at once (status 0, not
    // worth retrying) and says why.
    static bool addressable(const QString &id);

private:
    FhirCall *send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &ifMatch,
        bool parseJson = true);
    QNetworkRequest request(const QUrl &url) const;
    FhirCall *refuse(const QString &id);
    FhirCall *failAtOnce(FhirResponse response);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_token;
    QString m_language = QStringLiteral("nb");
    int m_timeoutMs = 30000;
    quint64 m_nextRequestId = 1;
    bool m_openServer = false;
};

} // namespace hn::net

Q_DECLARE_METATYPE(hn::net::FhirResponse)
