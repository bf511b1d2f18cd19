#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace hn::auth {

// Who is signed in, with which bearer token. The token lives in memory and, when a secret service
// is available, in the system keychain (QtKeychain, never its clear-text fallback); it is never
// written to disk by us and never logged.
class Session : public QObject
{
    Q_OBJECT
public:
    // environmentKey names the backend in the keychain (stable across runs, e.g. "sandbox").
    Session(QNetworkAccessManager *nam, const QUrl &fhirBase, const QString &environmentKey, QObject *parent = nullptr);
    void setFhirBase(const QUrl &fhirBase) { m_fhirBase = fhirBase; }

    QString username() const { return m_username; }
    QString token() const { return m_token; }
    // What the sign-in said of the user (empty when it said nothing, e.g. after a restore): the
    // role ("nhn", "gp-office", "municipality") and the id of their organisation.
    QString role() const { return m_role; }
    QString organizationId() const { return m_organizationId; }
    bool isSignedIn() const { return !m_token.isEmpty(); }

    // The sandbox's demo sign-in: POST <server>/auth/token {username, password}.
    void signInToSandbox(const QString &username, const QString &password);
    // Looks for a token saved in the keychain for this backend and user. Emits signedIn or
    // restoreFailed.
    void restore(const QString &username);
    // Forgets the token here and in the keychain.
    void signOut();

    // The keychain service and key names (for tests).
    QString keychainService() const;
    static bool keychainDisabled();

Q_SIGNALS:
    void signedIn(const QString &username);
    void signInFailed(const QString &message);
    void restoreFailed();
    void signedOut();

private:
    void storeInKeychain();
    QNetworkAccessManager *m_nam;
    QUrl m_fhirBase;
    QString m_environmentKey;
    QString m_username;
    QString m_token;
    QString m_role;
    QString m_organizationId;
};

} // namespace hn::auth
