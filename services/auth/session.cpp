#include "session.h"

#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <qt6keychain/keychain.h>

namespace hn::auth {

Session::Session(QNetworkAccessManager *nam, const QUrl &fhirBase, const QString &environmentKey, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_fhirBase(fhirBase)
    , m_environmentKey(environmentKey)
{
}

QString Session::keychainService() const
{
    return QStringLiteral("hnadmin ") + m_environmentKey;
}

bool Session::keychainDisabled()
{
    return qEnvironmentVariableIsSet("HN_NO_KEYCHAIN");
}

void Session::signInToSandbox(const QString &username, const QString &password)
{
    if (username.trimmed().isEmpty()) {
        Q_EMIT signInFailed(tr("Enter a user name."));
        return;
    }
    QUrl tokenUrl = m_fhirBase;
    tokenUrl.setPath(QStringLiteral("/auth/token"));
    tokenUrl.setQuery(QString());
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("username"), username.trimmed()},
            {QStringLiteral("password"),
                password}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, username] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = json.value(QLatin1String("access_token")).toString();
        if (status == 0) {
            Q_EMIT signInFailed(tr("Cannot reach the server. Check the connection and try again."));
            return;
        }
        if (status == 401 || status == 403 || (status == 200 && token.isEmpty())) {
            Q_EMIT signInFailed(tr("Wrong user name or password."));
            return;
        }
        if (status != 200) {
            // Not the user's fault (the server is busy, down or updating): say so, not "wrong password".
            Q_EMIT signInFailed(status >= 500 || status == 429
                    ? tr("The server cannot sign you in right now (HTTP %1). Try again in a moment.").arg(status)
                    : tr("The server refused the sign-in (HTTP %1).").arg(status));
            return;
        }
        m_username = username.trimmed();
        m_token = token;
        // Only a plain short word is taken: anything else reads as "not said".
        const auto claim = [&json](const char *key) {
            const QString value = json.value(QLatin1String(key)).toString();
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9.-]{1,64}$"));
            return plain.match(value).hasMatch() ? value : QString();
        };
        m_role = claim("role");
        m_organizationId = claim("organization");
        qCInfo(lcAuth) << "signed in as" << m_username;
        storeInKeychain();
        Q_EMIT signedIn(m_username);
    });
}

void Session::storeInKeychain()
{
    if (keychainDisabled())
        return;
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_username);
    job->setTextData(m_token);
    connect(job, &QKeychain::Job::finished, this, [](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qCInfo(lcAuth) << "no keychain; the sign-in is kept for this run only:" << j->errorString();
    });
    job->start();
}

void Session::restore(const QString &username)
{
    if (username.isEmpty() || keychainDisabled()) {
        Q_EMIT restoreFailed();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(username);
    connect(job, &QKeychain::Job::finished, this, [this, username](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError || read->textData().isEmpty()) {
            Q_EMIT restoreFailed();
            return;
        }
        m_username = username;
        m_token = read->textData();
        m_role.clear(); // not said by a restore: the store remembers it
        m_organizationId.clear();
        qCInfo(lcAuth) << "restored the sign-in of" << m_username;
        Q_EMIT signedIn(m_username);
    });
    job->start();
}

void Session::signOut()
{
    if (!m_username.isEmpty() && !keychainDisabled()) {
        auto *job = new QKeychain::DeletePasswordJob(keychainService(), this);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(m_username);
        job->start();
    }
    m_token.clear();
    m_role.clear();
    m_organizationId.clear();
    Q_EMIT signedOut();
}

} // namespace hn::auth
