#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QUndoStack;

namespace hn::store {
class Store;
}
namespace hn::net {
class FhirClient;
class SandboxLauncher;
} // namespace hn::net
namespace hn::auth {
class Session;
}
namespace hn::sync {
class SyncEngine;
}

namespace hn::repo {
class ActorDirectory;
class Actors;
} // namespace hn::repo

namespace hn::ui {

class GpRegisterPage;

class LanguageManager;
class MainWindow;

// Wires the services to the main window: chooses the backend (a configured FHIR server, or the
// built-in sandbox started as a child process), signs in, opens the signed-in user's local store
// for that backend (one file per backend and user: nobody sees another user's cached data or
// sends their edits) and runs the sync engine on it. At start-up the cache of the user who was
// signed in when the program was last closed is shown at once, before the sign-in is checked;
// nothing waits for the network. Signing out closes the store: no data is shown until someone
// signs in; another user signing in gets their own store.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl backend; // empty: the built-in sandbox
        QString sandboxSeed = QStringLiteral("small");
        QString sandboxProgram; // empty: next to the program
        bool interactive = true; // false: never show dialogs (screenshots, tests)
        QString user; // sign in as this demo user (sandbox) without asking
        QString password = QStringLiteral("demo");
        QString openActor; // open this actor's page once it is known
    };

    AppController(LanguageManager *languages, MainWindow *window, Options options, QObject *parent = nullptr);
    ~AppController() override;

    // Where the backend comes from: the command line, HN_BACKEND_URL, or the setting backend/url.
    static QUrl configuredBackend(const QUrl &commandLine);

    void start();

    // Starts reading the local actor list on a worker thread (call before building the window).
    static void prefetch(const Options &options);
    // The name of a backend's local data ("sandbox" for the built-in one).
    static QString environmentKey(const QUrl &backend);
    // The name of one user's local store of a backend (Store::defaultPath makes it a file name).
    static QString storeKey(const QString &environmentKey, const QString &user);
    // The user whose store is opened at start-up (the one signed in when the program last ran and
    // not signed out since); empty: none.
    static QString startUser(const Options &options);

    store::Store *store() const { return m_store.get(); }
    sync::SyncEngine *syncEngine() const { return m_sync; }
    auth::Session *session() const { return m_session; }
    repo::ActorDirectory *binding() const { return m_binding; }
    QUndoStack *undoStack() const { return m_undo; }
    // The page shown for an actor (created on first use).
    QWidget *pageFor(const QString &organizationId);
    // The user whose store is open (empty: none).
    QString storeUser() const { return m_storeUser; }

Q_SIGNALS:
    void storeOpened();
    void backendReady(const QUrl &base);
    void fatalError(const QString &message);
    // The first pull after start-up has finished (or failed) and its data is shown.
    void syncSettled();

private:
    void openEnvironment(const QUrl &base, const QString &environmentKey);
    bool openStore(const QString &user);
    void closeStore();
    void signOut();
    void askToSignIn();
    void onSignedIn(const QString &user);
    void showConflicts();
    void showSyncLog();
    void updateConflictCount();
    // Whether the signed-in user works for NHN on another organisation's page.
    bool actingAsNhnFor(const QString &organizationId) const;
    void openActorNamed(const QString &name);
    void openActorById(const QString &id);
    void showGpRegister();

    LanguageManager *m_languages;
    MainWindow *m_window;
    Options m_options;
    QNetworkAccessManager *m_nam;
    net::SandboxLauncher *m_sandbox = nullptr;
    std::unique_ptr<store::Store> m_store;
    net::FhirClient *m_client = nullptr;
    auth::Session *m_session = nullptr;
    sync::SyncEngine *m_sync = nullptr;
    repo::ActorDirectory *m_binding = nullptr;
    repo::Actors *m_actors = nullptr; // the actors' pages read through it
    QUndoStack *m_undo;
    QPointer<QWidget> m_loginDialog;
    QPointer<QWidget> m_notYetBox; // "signing in is not possible yet", while it is shown
    QHash<QString, QWidget *> m_pages;
    QList<QPointer<QWidget>> m_storeDialogs; // dialogs on the open store, closed with it
    QString m_storeUser;
    GpRegisterPage *m_gpRegister = nullptr;
    QUrl m_base;
    QString m_environmentKey;
    QString m_backendError; // why the built-in backend could not be started
};

} // namespace hn::ui
