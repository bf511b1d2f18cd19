// The controller with the built-in sandbox as a child process: one local store per backend and
// user, what sign-in and sign-out do to it, and taking over the store of versions before that.
#include "apptestsupport.h"
#include "auth/session.h"
#include "gpregisterpage.h"
#include "itemmodels.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "synclogdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

QStringList organizationIds(const QString &path)
{
    hn::store::Error error;
    auto store = hn::store::Store::open(path, &error);
    QStringList ids;
    for (const hn::store::CachedResource &r :
        store ? store->resources(QStringLiteral("Organization")) : QList<hn::store::CachedResource>())
        ids << r.id;
    ids.sort();
    return ids;
}

void removeStores()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite*")}, QDir::Files))
        QVERIFY(QFile::remove(dir.filePath(name)));
}

QString sharedPath()
{
    return hn::store::Store::defaultPath(QStringLiteral("sandbox"));
}

QJsonObject basic(const QString &id)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Basic")}, {QStringLiteral("id"), id}};
}

QStringList outboxIds(const hn::store::Store &store)
{
    QStringList ids;
    for (const hn::store::OutboxEntry &e : store.outbox())
        ids << e.id;
    return ids;
}

// The one store per backend of earlier versions, with an edit of lege1, one of lege2 and one
// made while nobody was signed in.
void makeSharedStore()
{
    hn::store::Error error;
    auto store = hn::store::Store::open(sharedPath(), &error);
    QVERIFY2(store, qPrintable(error.message));
    store->setCurrentUser(QStringLiteral("lege1"));
    QVERIFY(store->saveEdit(hn::store::Operation::Create, basic(QStringLiteral("lege1s"))) > 0);
    store->setCurrentUser(QStringLiteral("lege2"));
    QVERIFY(store->saveEdit(hn::store::Operation::Create, basic(QStringLiteral("lege2s"))) > 0);
    store->setCurrentUser(QString());
    QVERIFY(store->saveEdit(hn::store::Operation::Create, basic(QStringLiteral("nobodys"))) > 0);
}

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        removeStores();
        qputenv("HN_PUSH_DELAY_MS", "600000"); // edits stay in the outbox for the test to look at
    }

    // Two users of one computer: each signs in to a store of their own, and signing out shows
    // nobody's data.
    void eachUserHasAStoreOfTheirOwn()
    {
        App app(QStringLiteral("lege1"));
        QVERIFY(app.start());
        QCOMPARE(app.controller->storeUser(), QStringLiteral("lege1"));
        QCOMPARE(app.controller->store()->path(), storePath(QStringLiteral("lege1")));
        const QStringList lege1 = app.actorIds();
        QVERIFY(lege1.contains(kOffice));
        QPointer<QWidget> page = app.controller->pageFor(kOffice);
        QVERIFY(page);
        app.window.showPage(page);
        // Everything else that works on the store: the register of GPs, the sync log, an edit on
        // the undo stack.
        Q_EMIT app.window.gpRegisterRequested();
        QPointer<hn::ui::GpRegisterPage> gps = app.window.findChild<hn::ui::GpRegisterPage *>();
        QVERIFY(gps);
        Q_EMIT app.window.syncLogRequested();
        QPointer<hn::ui::SyncLogDialog> log = app.window.findChild<hn::ui::SyncLogDialog *>();
        QVERIFY(log);
        QLineEdit *phone = app.typePhone(QStringLiteral("22 33 44 55"));
        QVERIFY(phone);
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(app.controller->undoStack()->count(), 1);

        Q_EMIT app.window.signOutRequested();
        QVERIFY(!app.controller->store());
        QVERIFY(app.controller->storeUser().isEmpty());
        QVERIFY(!page); // what worked on lege1's data is gone with it
        QVERIFY(!gps);
        QVERIFY(!log);
        QCOMPARE(app.controller->undoStack()->count(), 0);
        QVERIFY(app.actorIds().isEmpty());
        QVERIFY(!app.controller->session()->isSignedIn());

        QVERIFY(app.signIn(QStringLiteral("kommune1")));
        QCOMPARE(app.controller->store()->path(), storePath(QStringLiteral("kommune1")));
        const QStringList kommune1 = app.actorIds();
        QVERIFY(!kommune1.isEmpty());
        QVERIFY(!kommune1.contains(kOffice));
        QCOMPARE(kommune1, organizationIds(storePath(QStringLiteral("kommune1"))));
        QCOMPARE(organizationIds(storePath(QStringLiteral("lege1"))), lege1); // kept for lege1
    }

    // NHN working on an office's page is told so; the office's own secretary is not. The role is
    // kept in the user's store for starts that restore the sign-in (which says nothing of it).
    void nhnOnAnOfficesPageIsToldSo()
    {
        {
            App app(QStringLiteral("lege1"));
            QVERIFY(app.start());
            QWidget *page = app.controller->pageFor(kOffice);
            QVERIFY(page);
            QVERIFY(page->findChild<QLabel *>(QStringLiteral("actingAsNhn"))->isHidden());
        }
        App app(QStringLiteral("nhn"));
        QVERIFY(app.start());
        QWidget *page = app.controller->pageFor(kOffice);
        QVERIFY(page);
        auto *line = page->findChild<QLabel *>(QStringLiteral("actingAsNhn"));
        QVERIFY(!line->isHidden());
        QVERIFY2(line->text().contains(QStringLiteral("NHN")), qPrintable(line->text()));
        QCOMPARE(app.controller->store()->meta(QStringLiteral("signedInRole")), QStringLiteral("nhn"));
    }

    // Another user signing in while one's store is open (an expired sign-in, then someone else):
    // the first store closes, the new user's opens.
    void anotherUserSigningInGetsTheirOwnStore()
    {
        App app(QStringLiteral("lege1"));
        QVERIFY(app.start());
        QVERIFY(app.actorIds().contains(kOffice));
        QVERIFY(app.signIn(QStringLiteral("lege2")));
        QCOMPARE(app.controller->storeUser(), QStringLiteral("lege2"));
        QVERIFY(!app.actorIds().contains(kOffice));
        QCOMPARE(app.actorIds(), organizationIds(storePath(QStringLiteral("lege2"))));
    }

    // At start-up the cache of the user signed in last is shown before any sign-in (offline),
    // and edits made then are that user's. After a sign-out, the next start shows nothing.
    void theLastUsersCacheIsShownAtStartUntilTheySignOut()
    {
        {
            App app(QStringLiteral("lege1"));
            QVERIFY(app.start());
        }
        QStringList before;
        {
            App app {QString()}; // no saved sign-in (no keychain in tests): nobody signs in
            QSignalSpy opened(app.controller.get(), &AppController::storeOpened);
            QVERIFY(app.start());
            QCOMPARE(opened.count(), 1);
            QVERIFY(!app.controller->session()->isSignedIn());
            QCOMPARE(app.controller->storeUser(), QStringLiteral("lege1"));
            QCOMPARE(app.controller->store()->currentUser(), QStringLiteral("lege1"));
            before = app.actorIds();
            QVERIFY(before.contains(kOffice));
            QVERIFY(app.signIn(QStringLiteral("lege1")));
            Q_EMIT app.window.signOutRequested();
        }
        App app {QString()};
        QSignalSpy opened(app.controller.get(), &AppController::storeOpened);
        QVERIFY(app.start());
        QCOMPARE(opened.count(), 0);
        QVERIFY(!app.controller->store());
        QVERIFY(app.actorIds().isEmpty());
        QVERIFY(QFileInfo::exists(storePath(QStringLiteral("lege1")))); // kept for lege1
    }

    // When the store of the user signed in last cannot be opened, that is said, and another user
    // can still sign in to theirs.
    void anUnreadableStoreAtStartStillLetsSomeoneSignIn()
    {
        QSettings().setValue(QStringLiteral("session/openUser"), QStringLiteral("lege1"));
        QFile damaged(storePath(QStringLiteral("lege1")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();
        App app {QString()};
        QVERIFY(app.start());
        QVERIFY(!app.controller->store());
        QCOMPARE(app.window.syncState(), MainWindow::SyncState::Error);
        QVERIFY(app.signIn(QStringLiteral("lege2")));
        QCOMPARE(app.controller->storeUser(), QStringLiteral("lege2"));
        QVERIFY(!app.actorIds().isEmpty());
    }

    // The one store per backend of earlier versions is handed over at the first start: the user
    // signed in last (the setting of those versions) gets it with their edits and those without an
    // author, another user with edits waiting gets a store with theirs; it is not left behind.
    // Edits made before the sign-in is checked are the store's user's.
    void theSharedStoreOfEarlierVersionsIsHandedOver()
    {
        makeSharedStore();
        QSettings().setValue(QStringLiteral("session/lastUser"), QStringLiteral("lege1"));
        App app {QString()}; // nobody signs in: nothing is sent while the test looks
        QVERIFY(app.start());
        QCOMPARE(app.controller->store()->path(), storePath(QStringLiteral("lege1")));
        QVERIFY(!QFileInfo::exists(sharedPath()));
        QCOMPARE(
            outboxIds(*app.controller->store()), QStringList({QStringLiteral("lege1s"), QStringLiteral("nobodys")}));
        hn::store::Error error;
        {
            auto lege2 = hn::store::Store::open(storePath(QStringLiteral("lege2")), &error);
            QVERIFY(lege2);
            QCOMPARE(outboxIds(*lege2), QStringList({QStringLiteral("lege2s")}));
        }
        QVERIFY(app.controller->store()->saveEdit(hn::store::Operation::Create, basic(QStringLiteral("offline"))) > 0);
        QCOMPARE(app.controller->store()->outbox().last().author, QStringLiteral("lege1"));
    }

    // While another program holds the old store, it is used where it is, and handed over at a
    // later start.
    void theSharedStoreInUseIsHandedOverLater()
    {
        makeSharedStore();
        QSettings().setValue(QStringLiteral("session/lastUser"), QStringLiteral("lege1"));
        {
            hn::store::Error error;
            auto holder = hn::store::Store::open(sharedPath(), &error); // another program
            QVERIFY(holder);
            App app {QString()};
            QVERIFY(app.start());
            QCOMPARE(app.controller->store()->path(), sharedPath());
            QCOMPARE(app.controller->store()->outbox().size(), 3);
            QVERIFY(!QFileInfo::exists(storePath(QStringLiteral("lege1"))));
        }
        App app {QString()};
        QVERIFY(app.start());
        QCOMPARE(app.controller->store()->path(), storePath(QStringLiteral("lege1")));
        QVERIFY(!QFileInfo::exists(sharedPath()));
    }

    // Signing out with typed input that is not saved asks first; "Cancel" keeps everything.
    void signingOutWithUnsavedInputAsksFirst()
    {
        App app(QStringLiteral("lege1"));
        app.window.restoreSettings(); // a window a person uses: questions are asked
        QVERIFY(app.start());
        QLineEdit *phone = app.typePhone(QStringLiteral("22 33 44 55"));
        QVERIFY(phone);

        {
            MessageBoxAnswer cancel(QStringLiteral("unsavedInput"), QMessageBox::Cancel);
            Q_EMIT app.window.signOutRequested();
            QCOMPARE(cancel.asked, 1);
        }
        QVERIFY(app.controller->store());
        QVERIFY(app.controller->session()->isSignedIn());
        QCOMPARE(phone->text(), QStringLiteral("22 33 44 55"));

        MessageBoxAnswer discard(QStringLiteral("unsavedInput"), QMessageBox::Discard);
        Q_EMIT app.window.signOutRequested();
        QCOMPARE(discard.asked, 1);
        QVERIFY(!app.controller->store());
        QVERIFY(!app.controller->session()->isSignedIn());
    }

    // Another user signing in while what the first one typed is not saved (the first one's
    // sign-in expired): asked first; "Cancel" lets the new sign-in go and keeps the input.
    void anotherUserSigningInOverUnsavedInputAsksFirst()
    {
        App app(QStringLiteral("lege1"));
        app.window.restoreSettings(); // a window a person uses: questions are asked
        QVERIFY(app.start());
        QLineEdit *phone = app.typePhone(QStringLiteral("22 33 44 55"));
        QVERIFY(phone);

        QSignalSpy signedIn(app.controller->session(), &hn::auth::Session::signedIn);
        {
            MessageBoxAnswer cancel(QStringLiteral("unsavedInput"), QMessageBox::Cancel);
            app.controller->session()->signInToSandbox(QStringLiteral("lege2"), QStringLiteral("demo"));
            QVERIFY(signedIn.wait(30000));
            QCOMPARE(cancel.asked, 1);
        }
        QCOMPARE(app.controller->storeUser(), QStringLiteral("lege1"));
        QVERIFY(!app.controller->session()->isSignedIn());
        QCOMPARE(app.window.syncState(), MainWindow::SyncState::Offline);
        QCOMPARE(QSettings().value(QStringLiteral("session/openUser")).toString(), QStringLiteral("lege1"));
        QCOMPARE(phone->text(), QStringLiteral("22 33 44 55"));
        // What was kept is saved in lege1's store, as lege1's.
        const int before = app.controller->store()->outbox().size();
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(app.controller->store()->outbox().size(), before + 1);
        QCOMPARE(app.controller->store()->outbox().last().author, QStringLiteral("lege1"));

        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("55 66 77 88"));
        MessageBoxAnswer discard(QStringLiteral("unsavedInput"), QMessageBox::Discard);
        QVERIFY(app.signIn(QStringLiteral("lege2")));
        QCOMPARE(discard.asked, 1);
        QCOMPARE(app.controller->storeUser(), QStringLiteral("lege2"));
    }

    // Signing out while the first pull is still running closes the store under it without harm;
    // signing in again opens it and the pull completes.
    // From the start until the sign-in has been answered, the welcome page does not offer to sign
    // in (the button would do nothing while the backend starts, and a saved sign-in follows).
    void signingInIsNotOfferedWhileASignInIsOnItsWay()
    {
        {
            App app(QStringLiteral("lege1"));
            auto *welcome = app.window.findChild<QPushButton *>(QStringLiteral("welcomeSignIn"));
            QVERIFY(welcome);
            QVERIFY(welcome->isVisible()); // nothing started yet
            QSignalSpy settled(app.controller.get(), &AppController::syncSettled);
            app.controller->start(); // the sandbox starts, then lege1 signs in
            QVERIFY(!welcome->isVisible());
            QVERIFY(settled.wait(30000));
            QVERIFY(!welcome->isVisible());
            QVERIFY(app.controller->session()->isSignedIn());
        } // its sandbox stops: one sandbox serves the data at a time

        // A sign-in that fails offers it again.
        App refused(QStringLiteral("lege1"), QStringLiteral("wrong"));
        auto *welcome = refused.window.findChild<QPushButton *>(QStringLiteral("welcomeSignIn"));
        QSignalSpy ready(refused.controller.get(), &AppController::backendReady);
        refused.controller->start();
        QVERIFY(!welcome->isVisible());
        QVERIFY(ready.wait(30000));
        QVERIFY(!welcome->isVisible()); // the sign-in is on its way
        QSignalSpy failed(refused.controller->session(), &hn::auth::Session::signInFailed);
        QVERIFY(failed.wait(30000));
        QVERIFY(welcome->isVisible());
        QVERIFY(!refused.controller->session()->isSignedIn());
    }

    // Asked for before there is a backend to sign in to (the menu's Sign in… while the built-in
    // backend starts, or after it failed): said so, rather than nothing happening.
    void signingInBeforeTheBackendIsUpSaysWhy()
    {
        {
            App app(QStringLiteral("lege1"), QStringLiteral("demo"), true);
            QSignalSpy settled(app.controller.get(), &AppController::syncSettled);
            app.controller->start();
            MessageBoxAnswer ok(QStringLiteral("signInNotPossible"), QMessageBox::Ok);
            Q_EMIT app.window.signInRequested();
            QTRY_COMPARE(ok.asked, 1);
            QVERIFY(settled.wait(30000)); // and the sign-in that was on its way goes on
            QVERIFY(app.controller->session()->isSignedIn());
        }
        App app(QStringLiteral("lege1"), QStringLiteral("demo"), true, QStringLiteral("/nonexistent/hn-sandbox"));
        QSignalSpy failed(app.controller.get(), &AppController::fatalError);
        app.controller->start();
        QVERIFY(failed.count() > 0 || failed.wait(30000));
        auto *welcome = app.window.findChild<QPushButton *>(QStringLiteral("welcomeSignIn"));
        QVERIFY(welcome->isVisible());
        QString text;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("signInNotPossible")) {
                text = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        poll.start(10);
        QTest::mouseClick(welcome, Qt::LeftButton);
        QTRY_VERIFY(text.contains(failed.first().at(0).toString()));
    }

    void signingOutDuringTheFirstPullIsSafe()
    {
        App app(QStringLiteral("nhn"));
        QSignalSpy ready(app.controller.get(), &AppController::backendReady);
        QSignalSpy opened(app.controller.get(), &AppController::storeOpened);
        app.controller->start();
        QVERIFY(ready.wait(30000));
        QCOMPARE(opened.count(), 1);
        // As a person would: from the event loop, once the first page has been written.
        bool wasPulling = false;
        QSignalSpy signedOut(app.controller->session(), &hn::auth::Session::signedOut);
        connect(
            app.controller->syncEngine(), &hn::sync::SyncEngine::pullProgress, &app.window,
            [&app, &wasPulling] {
                if (!app.controller->syncEngine())
                    return;
                wasPulling = app.controller->syncEngine()->state() == hn::sync::SyncEngine::State::Pulling;
                Q_EMIT app.window.signOutRequested();
            },
            Qt::QueuedConnection);
        QVERIFY(signedOut.wait(30000));
        QVERIFY(wasPulling);
        QVERIFY(!app.controller->store());
        QVERIFY(app.signIn(QStringLiteral("nhn")));
        QVERIFY(app.actorIds().size() > 10);
        QCOMPARE(app.actorIds(), organizationIds(storePath(QStringLiteral("nhn"))));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
