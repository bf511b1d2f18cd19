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

namespace hn::ui {

class GpRegisterPage;

class LanguageManager;
class MainWindow;
class StoreBinding;

// Wires the services to the main window: chooses the backend (a configured FHIR server, or the
// built-in sandbox started as a child process), opens the local store for it, signs in, and runs
// the sync engine. The cached data is shown at once; nothing waits for the network.
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
    // The name of the local store of a backend ("sandbox" for the built-in one).
    static QString environmentKey(const QUrl &backend);

    store::Store *store() const { return m_store.get(); }
    sync::SyncEngine *syncEngine() const { return m_sync; }
    auth::Session *session() const { return m_session; }
    StoreBinding *binding() const { return m_binding; }
    QUndoStack *undoStack() const { return m_undo; }
    // The page shown for an actor (created on first use).
    QWidget *pageFor(const QString &organizationId);

Q_SIGNALS:
    void storeOpened();
    void backendReady(const QUrl &base);
    void fatalError(const QString &message);
    // The first pull after start-up has finished (or failed) and its data is shown.
    void syncSettled();

private:
    void openEnvironment(const QUrl &base, const QString &environmentKey);
    void askToSignIn();
    void onSignedIn(const QString &user);
    void showConflicts();
    void showSyncLog();
    void updateConflictCount();
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
    StoreBinding *m_binding = nullptr;
    QUndoStack *m_undo;
    QPointer<QWidget> m_loginDialog;
    QHash<QString, QWidget *> m_pages;
    GpRegisterPage *m_gpRegister = nullptr;
    QUrl m_base;
    QString m_environmentKey;
};

} // namespace hn::ui
