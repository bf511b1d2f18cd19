// Signing in, as the whole program does it (issue 16): a failed sign-in is shown and nothing goes to
// the server meanwhile; a sign-in survives a restart through the system keychain (a real secret
// service: dev.sh gives the tests a private session bus with an unlocked keyring).
#include "../services/sandbox/sandboxtestsupport.h"
#include "../services/sync/foreignserver.h"
#include "apptestsupport.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QLabel>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace {

// What the keychain holds for `user` of the built-in sandbox ("" when nothing, or no keychain).
QString keychainToken(const QString &user)
{
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("hnadmin sandbox"));
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(user);
    QString token;
    QSignalSpy finished(job, &QKeychain::Job::finished);
    QObject::connect(job, &QKeychain::Job::finished, [&token](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
    });
    job->start();
    finished.wait(10000);
    return token;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    // Against a server where the sign-in fails (here: one that has no /auth/token), a start with
    // --user says why beside "Not signed in", and neither the pull nor an edit made meanwhile goes
    // out (they would go without an Authorization header).
    void aFailedSignInIsShownAndNothingGoesOut()
    {
        sandboxtest::Sandbox sandbox {QString()};
        QVERIFY(sandbox.start());
        synctest::ForeignServer server(sandbox.base());
        server.rewrite = [](const synctest::ForeignServer::Request &request, synctest::ForeignServer::Answer &answer) {
            if (request.target.startsWith("/auth/token")) {
                answer.status = 404;
                answer.body = "{}";
            }
        };
        QVERIFY(server.listen());
        LanguageManager languages;
        MainWindow window {&languages};
        AppController::Options options;
        options.backend = server.base();
        options.interactive = false;
        options.user = QStringLiteral("lege1");
        AppController controller(&languages, &window, options);
        window.show();
        controller.start();
        auto *label = window.findChild<QLabel *>(QStringLiteral("signedInUser"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("404")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(server.count("GET", "/metadata"), 1, 10000);
        // The user's store is open (work goes on offline); an edit waits.
        QVERIFY(controller.store());
        const QList<hn::store::CachedResource> none = controller.store()->resources(QStringLiteral("Organization"));
        QVERIFY(none.isEmpty());
        const QJsonObject edit {{QStringLiteral("resourceType"), QStringLiteral("Organization")},
            {QStringLiteral("id"), QStringLiteral("org-2")}, {QStringLiteral("name"), QStringLiteral("Waits")}};
        QVERIFY(controller.store()->saveEdit(hn::store::Operation::Create, edit) > 0);
        controller.syncEngine()->syncNow();
        controller.syncEngine()->pushNow();
        Q_EMIT window.syncRequested(); // "Sync now"
        // A request of this test's own, answered after anything the program would have sent first.
        QNetworkAccessManager nam;
        QSignalSpy answered(nam.get(QNetworkRequest(QUrl(server.base().toString() + QStringLiteral("/metadata")))),
            &QNetworkReply::finished);
        QVERIFY(answered.wait(10000));
        QStringList seen;
        for (const auto &request : std::as_const(server.seen))
            seen << QString::fromLatin1(request.method + ' ' + request.target);
        QCOMPARE(seen.size(), 3);
        QVERIFY2(seen.filter(QStringLiteral("/fhir/")).size() == 2, qPrintable(seen.join(u'\n'))); // metadata twice
        QCOMPARE(controller.store()->pendingCount(), 1);
    }

    // Signed in once, the next start needs no sign-in: the token is kept in the keychain (and
    // nowhere in the program's files), read back, and accepted by the server. (lege2: the other
    // tests that use the keychain sign in as lege1, maybe at the same time.)
    void theSignInSurvivesARestartThroughTheKeychain()
    {
        QVERIFY2(!hn::auth::Session::keychainDisabled(), "HN_NO_KEYCHAIN is set");
        QString token;
        {
            App first(QStringLiteral("lege2"));
            QVERIFY(first.start());
            QVERIFY(first.controller->session()->isSignedIn());
            token = first.controller->session()->token();
            QTRY_COMPARE_WITH_TIMEOUT(keychainToken(QStringLiteral("lege2")), token, 10000);
        }
        App second {QString()}; // no user given: the saved sign-in is restored
        QSignalSpy settled(second.controller.get(), &AppController::syncSettled);
        QVERIFY(second.start());
        QTRY_VERIFY_WITH_TIMEOUT(second.controller->session()->isSignedIn(), 30000);
        QCOMPARE(second.controller->session()->username(), QStringLiteral("lege2"));
        QCOMPARE(second.controller->session()->token(), token);
        QVERIFY(settled.count() > 0 || settled.wait(30000));
        QVERIFY(second.controller->store());
        QVERIFY(!second.controller->store()->resources(QStringLiteral("Organization")).isEmpty());
        // Signing out removes it from the keychain.
        Q_EMIT second.window.signOutRequested();
        QTRY_COMPARE_WITH_TIMEOUT(keychainToken(QStringLiteral("lege2")), QString(), 10000);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
