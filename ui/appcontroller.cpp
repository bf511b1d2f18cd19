#include "appcontroller.h"

#include "actorpage.h"
#include "auth/session.h"
#include "common/logging.h"
#include "conflictdialog.h"
#include "fhir/mapping.h"
#include "gpregisterpage.h"
#include "itemmodels.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "net/fhirclient.h"
#include "net/sandboxlauncher.h"
#include "officepage.h"
#include "repo/actordirectory.h"
#include "repo/actors.h"
#include "repo/gpregister.h"
#include "repo/office.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "synclogdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace hn::ui {

namespace {
// The user last signed in: offered in the sign-in dialog, and whose saved sign-in is restored.
const QString kLastUserKey = QStringLiteral("session/lastUser");
// In the user's store: their role and organisation as the last sign-in said.
const QString kRoleMeta = QStringLiteral("signedInRole");
const QString kOrganizationMeta = QStringLiteral("signedInOrganization");
// The user whose store is opened at start-up: the one signed in, until they sign out (then empty).
// Not set by versions before stores were per user: the last user's then.
const QString kOpenUserKey = QStringLiteral("session/openUser");
} // namespace

AppController::AppController(LanguageManager *languages, MainWindow *window, Options options, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_window(window)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_undo(new QUndoStack(this))
{
    m_window->setUndoStack(m_undo);
    connect(m_window, &MainWindow::actorActivated, this, [this](const QModelIndex &index) {
        const QString id = index.data(models::IdRole).toString();
        if (QWidget *page = id.isEmpty() ? nullptr : pageFor(id))
            m_window->showPage(page);
    });
    connect(m_window, &MainWindow::syncRequested, this, [this] {
        if (m_sync && m_session && (m_session->isSignedIn() || m_client->mayRequest()))
            m_sync->syncNow();
        else if (m_session)
            askToSignIn();
    });
    connect(m_window, &MainWindow::cancelSyncRequested, this, [this] {
        if (m_sync)
            m_sync->cancelPull();
    });
    connect(m_window, &MainWindow::syncLogRequested, this, &AppController::showSyncLog);
    connect(m_window, &MainWindow::gpRegisterRequested, this, &AppController::showGpRegister);
    connect(m_window, &MainWindow::conflictsRequested, this, &AppController::showConflicts);
    connect(m_window, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_window, &MainWindow::signInRequested, this, &AppController::askToSignIn);
}

AppController::~AppController()
{
    closeStore(); // in its order, before the members and children go
}

QUrl AppController::configuredBackend(const QUrl &commandLine)
{
    if (commandLine.isValid() && !commandLine.isEmpty())
        return commandLine;
    const QString env = qEnvironmentVariable("HN_BACKEND_URL");
    if (!env.isEmpty())
        return QUrl(env);
    return QUrl(QSettings().value(QStringLiteral("backend/url")).toString());
}

QString AppController::environmentKey(const QUrl &backend)
{
    if (backend.isEmpty())
        return QStringLiteral("sandbox");
    QString key = backend.host() + QLatin1Char('_') + QString::number(backend.port(443)) + backend.path();
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    return key;
}

QString AppController::storeKey(const QString &environmentKey, const QString &user)
{
    // Users as the store and the sync engine compare authors.
    return environmentKey + QStringLiteral("--") + store::Store::userKey(user);
}

QString AppController::startUser(const Options &options)
{
    if (!options.user.trimmed().isEmpty())
        return options.user.trimmed();
    const QSettings settings;
    return settings.value(settings.contains(kOpenUserKey) ? kOpenUserKey : kLastUserKey).toString().trimmed();
}

void AppController::prefetch(const Options &options)
{
    const QString user = startUser(options);
    if (user.isEmpty()) // no store is opened before a sign-in
        return;
    repo::ActorDirectory::prefetchActors(store::Store::defaultPath(storeKey(environmentKey(options.backend), user)));
}

void AppController::start()
{
    // A saved sign-in (or the one given on the command line) follows once the backend is up:
    // signing in is not offered meanwhile.
    m_window->setSigningIn(true);
    if (!m_options.backend.isEmpty()) {
        openEnvironment(m_options.backend, environmentKey(m_options.backend));
        return;
    }
    // The built-in sandbox: its data lives beside ours and survives restarts; its port changes, so the
    // local store is keyed by the name "sandbox", not by the URL.
    m_sandbox = new net::SandboxLauncher(this);
    m_window->setSyncState(MainWindow::SyncState::Connecting, tr("Starting the built-in test backend"));
    connect(m_sandbox, &net::SandboxLauncher::ready, this,
        [this](const QUrl &base) { openEnvironment(base, environmentKey({})); });
    connect(m_sandbox, &net::SandboxLauncher::failed, this, [this](const QString &message) {
        qCWarning(lcUi) << "the built-in backend is not available:" << message;
        m_backendError = message;
        m_window->setSigningIn(false);
        m_window->setSyncState(MainWindow::SyncState::Error, message);
        Q_EMIT fatalError(message);
    });
    const QString dataDir
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
    m_sandbox->start(
        m_options.sandboxProgram.isEmpty() ? net::SandboxLauncher::defaultProgram() : m_options.sandboxProgram, dataDir,
        m_options.sandboxSeed);
}

void AppController::openEnvironment(const QUrl &base, const QString &environmentKey)
{
    m_base = base;
    m_environmentKey = environmentKey;
    m_client = new net::FhirClient(m_nam, base, this);
    m_client->setAcceptLanguage(m_languages->language());
    connect(m_languages, &LanguageManager::languageChanged, m_client, &net::FhirClient::setAcceptLanguage);

    // Ready to work from the cache; online once signed in and the first pull answers.
    m_window->setSyncState(MainWindow::SyncState::Offline);
    // A store that cannot be opened is reported (openStore); someone can still sign in, to their own.
    if (const QString user = startUser(m_options); !user.isEmpty())
        openStore(user);

    m_session = new auth::Session(m_nam, base, environmentKey, this);
    connect(m_session, &auth::Session::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &auth::Session::restoreFailed, this, [this] {
        if (!m_options.user.isEmpty()) {
            m_session->signInToSandbox(m_options.user, m_options.password);
            return;
        }
        m_window->setSigningIn(false);
        askToSignIn();
    });
    connect(m_session, &auth::Session::signInFailed, this, [this](const QString &message) {
        // Shown wherever the sign-in was started (the dialog shows it too): a start with --user, or
        // a returning user, would otherwise see nothing and wonder why nothing arrives.
        m_window->setSigningIn(false);
        m_window->setSignInProblem(message);
        qCWarning(lcUi) << "sign-in failed:" << message;
    });
    // Whether the server wants a sign-in at all: one that names no security in its
    // CapabilityStatement is used without (else nothing goes out before a sign-in).
    net::FhirCall *capabilities = m_client->capabilities();
    connect(capabilities, &net::FhirCall::finished, this,
        [this, client = QPointer<net::FhirClient>(m_client)](const net::FhirResponse &r) {
            if (!client || client != m_client || !r.ok() || !net::FhirClient::needsNoSignIn(r.json))
                return;
            qCInfo(lcUi) << "the server asks for no sign-in";
            m_client->setOpenServer(true);
            if (m_sync)
                m_sync->syncNow();
        });
    Q_EMIT backendReady(base);

    if (!m_options.user.isEmpty())
        m_session->signInToSandbox(m_options.user, m_options.password);
    else
        m_session->restore(QSettings().value(kLastUserKey).toString());
}

bool AppController::openStore(const QString &name)
{
    const QString user = name.trimmed();
    QString path = store::Store::defaultPath(storeKey(m_environmentKey, user));
    // Before stores were kept per user, a backend had one: the first user to open a store after
    // that gets a copy of it, and each user with edits waiting in it a copy with their edits.
    // When that cannot be done now (another program has the file open), it is used where it is,
    // and handed over at a later start.
    const QString shared = store::Store::defaultPath(m_environmentKey);
    if (QFileInfo::exists(shared) && !QFileInfo::exists(path)) {
        store::Error splitError;
        const auto pathFor
            = [this](const QString &author) { return store::Store::defaultPath(storeKey(m_environmentKey, author)); };
        if (store::Store::splitByAuthor(shared, user, pathFor, &splitError)) {
            qCInfo(lcUi) << "the local data of" << m_environmentKey << "is now kept per user";
        } else {
            qCWarning(lcUi) << "the local data of" << m_environmentKey << "stays shared for now:" << splitError.message;
            path = shared;
        }
    }
    store::Error error;
    m_store = store::Store::open(path, &error);
    if (!m_store) {
        const QString message = tr("The local data could not be opened: %1").arg(error.message);
        m_window->setSyncState(MainWindow::SyncState::Error, message);
        if (m_options.interactive)
            QMessageBox::critical(m_window, tr("Local data"), message);
        Q_EMIT fatalError(message);
        return false;
    }
    m_storeUser = user;
    // The store is this user's: edits made in it, even before the sign-in is checked (offline),
    // are theirs and are sent only under their sign-in.
    m_store->setCurrentUser(user);
    connect(m_store.get(), &store::Store::damaged, this, [this](const QString &message) {
        m_window->setSyncState(MainWindow::SyncState::Error, message);
        if (m_options.interactive)
            QMessageBox::critical(m_window, tr("Local data"), message);
    });
    m_window->setPendingEdits(m_store->pendingCount());
    connect(m_store.get(), &store::Store::outboxChanged, m_window, &MainWindow::setPendingEdits);
    connect(m_store.get(), &store::Store::outboxChanged, this, &AppController::updateConflictCount);
    updateConflictCount();

    m_binding = new repo::ActorDirectory(m_store.get(), this);
    m_actors = new repo::Actors(m_store.get(), this);
    m_window->setActorModel(m_binding->actorModel(), models::SearchTextRole);

    m_sync = new sync::SyncEngine(m_store.get(), m_client, this);
    m_sync->setPullInterval(60000);
    // Edits wait a few seconds before they are sent, so that Undo can still take them back.
    m_sync->setPushDelay(
        qEnvironmentVariableIsSet("HN_PUSH_DELAY_MS") ? qEnvironmentVariableIntValue("HN_PUSH_DELAY_MS") : 5000);
    connect(m_sync, &sync::SyncEngine::stateChanged, this, [this](sync::SyncEngine::State state) {
        switch (state) {
        case sync::SyncEngine::State::Pulling:
        case sync::SyncEngine::State::Pushing: m_window->setSyncState(MainWindow::SyncState::Syncing); break;
        case sync::SyncEngine::State::Idle: m_window->setSyncState(MainWindow::SyncState::Online); break;
        case sync::SyncEngine::State::Offline: m_window->setSyncState(MainWindow::SyncState::Offline); break;
        }
    });
    connect(m_sync, &sync::SyncEngine::lastSyncChanged, m_window, &MainWindow::setLastSync);
    connect(m_sync, &sync::SyncEngine::pullProgress, m_window, &MainWindow::setSyncProgress);
    connect(m_sync, &sync::SyncEngine::pullFinished, m_window, [this] {
        qCInfo(lcUi) << "synchronised";
        m_window->setSyncProgress(0, 0);
        if (!m_options.openActor.isEmpty())
            openActorNamed(m_options.openActor);
        Q_EMIT syncSettled();
    });
    connect(m_sync, &sync::SyncEngine::conflictDetected, this, &AppController::updateConflictCount);
    connect(m_sync, &sync::SyncEngine::authenticationRequired, this, [this] {
        m_sync->stop();
        // The sign-in is no longer good: forget it (and its keychain entry), so that "Sync now"
        // asks for a new one even after the sign-in dialog was closed. The store stays open: the
        // same user will most likely sign in again.
        if (m_session)
            m_session->signOut();
        m_client->setBearerToken(QString());
        m_window->setSignedInUser(QString());
        m_window->setSyncState(MainWindow::SyncState::Error, tr("The sign-in has expired. Sign in again."));
        askToSignIn();
    });
    Q_EMIT storeOpened();
    return true;
}

void AppController::closeStore()
{
    if (!m_store)
        return;
    // What holds the store goes first: the undo stack's edits, the pages, the dialogs, the engine.
    m_undo->clear();
    for (const QPointer<QWidget> &dialog : std::as_const(m_storeDialogs))
        delete dialog.data();
    m_storeDialogs.clear();
    qDeleteAll(m_pages);
    m_pages.clear();
    delete m_gpRegister;
    m_gpRegister = nullptr;
    delete m_actors; // after the pages that hold it
    m_actors = nullptr;
    m_window->setActorModel(nullptr);
    m_sync->stop();
    delete m_sync;
    m_sync = nullptr;
    delete m_binding;
    m_binding = nullptr;
    m_store.reset(); // after the engine: what the writer still reports back is dropped with it
    m_storeUser.clear();
    m_window->setPendingEdits(0);
    m_window->setConflictCount(0);
    m_window->setSyncProgress(0, 0);
    m_window->setLastSync({});
}

void AppController::signOut()
{
    if (!m_session)
        return;
    if (!m_window->mayDiscardUnsavedInput(tr("Sign out anyway and lose it?"), tr("Sign out without saving")))
        return;
    m_session->signOut();
    if (m_client)
        m_client->setBearerToken(QString()); // nothing goes out under the old sign-in
    m_window->setSignedInUser(QString());
    // Nobody's data is shown while nobody is signed in, nor at the next start.
    closeStore();
    QSettings().setValue(kOpenUserKey, QString());
    m_window->setSyncState(MainWindow::SyncState::Offline);
    askToSignIn();
}

QWidget *AppController::pageFor(const QString &organizationId)
{
    if (!m_store)
        return nullptr;
    if (QWidget *page = m_pages.value(organizationId))
        return page;
    const auto cached = m_store->resource(QStringLiteral("Organization"), organizationId);
    if (!cached)
        return nullptr;
    const auto actor = fhir::actorFromFhir(cached->json);
    QWidget *page = nullptr;
    if (actor.ok() && actor.value().kind == models::ActorKind::GpOffice) {
        auto *repository = new repo::Office(m_store.get(), m_sync, organizationId);
        auto *office = new OfficePage(repository, m_undo, m_window);
        repository->setParent(office);
        office->setActingAsNhn(actingAsNhnFor(organizationId));
        page = office;
    } else {
        auto *actorPage = new ActorPage(m_actors, organizationId, m_window);
        connect(actorPage, &ActorPage::actorRequested, this, &AppController::openActorById);
        page = actorPage;
    }
    m_window->addPage(page);
    m_pages.insert(organizationId, page);
    return page;
}

void AppController::openActorById(const QString &id)
{
    models::ActorListModel *actors = m_binding ? m_binding->actorModel() : nullptr;
    const int row = actors ? actors->rowOf(id) : -1;
    if (row >= 0)
        m_window->showActor(actors->index(row));
}

void AppController::showGpRegister()
{
    if (!m_store)
        return;
    if (!m_gpRegister) {
        auto *gps = new repo::GpRegister(m_store.get());
        m_gpRegister = new GpRegisterPage(gps, m_window);
        gps->setParent(m_gpRegister); // goes with the page, which goes with the store
        connect(m_gpRegister, &GpRegisterPage::officeRequested, this, &AppController::openActorById);
        m_window->addPage(m_gpRegister);
    }
    m_window->showPage(m_gpRegister);
    m_gpRegister->filter()->setFocus();
}

void AppController::openActorNamed(const QString &name)
{
    if (!m_binding)
        return;
    models::ActorListModel *actors = m_binding->actorModel();
    for (int row = 0; row < actors->rowCount(); ++row) {
        if (actors->at(row).name.contains(name, Qt::CaseInsensitive)) {
            m_window->showActor(actors->index(row));
            return;
        }
    }
}

void AppController::askToSignIn()
{
    if (!m_options.interactive || m_loginDialog)
        return;
    if (!m_session) { // the backend is still starting, or could not be started
        if (m_notYetBox)
            return; // said already
        // Opened, not run in a loop of its own: the sign-in dialog may follow once the backend is up.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Sign in"),
            m_backendError.isEmpty() ? tr("The connection to the server is still being set up. Try again in a moment.")
                                     : tr("Signing in is not possible: %1").arg(m_backendError),
            QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("signInNotPossible"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        m_notYetBox = box;
        box->open();
        return;
    }
    auto *dialog = new LoginDialog(m_session, QSettings().value(kLastUserKey).toString(), m_window);
    m_loginDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AppController::onSignedIn(const QString &user)
{
    const auto letGo = [this] { // the sign-in is not used: forgotten, and nothing goes out under it
        m_session->signOut();
        m_client->setBearerToken(QString());
        m_window->setSignedInUser(QString());
        m_window->setSigningIn(false);
        if (m_sync)
            m_sync->stop();
    };
    if (m_store && store::Store::userKey(m_storeUser) != store::Store::userKey(user)) {
        // Another user's store (their sign-in expired, or they were signed in when the program
        // was last closed): not shown to this one. What that user typed and did not save is lost
        // with it, unless the new sign-in is let go (their input can then be saved in their store).
        if (!m_window->mayDiscardUnsavedInput(
                tr("Sign in as %1 anyway and lose it?").arg(user), tr("Sign in without saving"))) {
            letGo();
            m_window->setSyncState(MainWindow::SyncState::Offline);
            return;
        }
        closeStore();
    }
    if (!m_store && !openStore(user)) { // said so; signed in, this user could not work anyway
        letGo();
        return;
    }
    if (!m_session->role().isEmpty()) { // remembered for the starts that restore the sign-in
        m_store->setMeta(kRoleMeta, m_session->role());
        m_store->setMeta(kOrganizationMeta, m_session->organizationId());
    }
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (auto *office = qobject_cast<OfficePage *>(it.value()))
            office->setActingAsNhn(actingAsNhnFor(it.key()));
    }
    QSettings settings;
    settings.setValue(kLastUserKey, user.trimmed());
    settings.setValue(kOpenUserKey, user.trimmed());
    m_window->setSignedInUser(user);
    m_client->setBearerToken(m_session->token());
    m_sync->resume();
    m_sync->syncNow();
}

bool AppController::actingAsNhnFor(const QString &organizationId) const
{
    return m_store && m_store->meta(kRoleMeta) == QLatin1String("nhn")
        && m_store->meta(kOrganizationMeta) != organizationId;
}

void AppController::updateConflictCount()
{
    if (!m_store)
        return;
    int conflicts = 0;
    for (const store::OutboxEntry &e : m_store->outbox()) {
        if (e.state == store::OutboxState::Conflict)
            ++conflicts;
    }
    m_window->setConflictCount(conflicts);
}

void AppController::showConflicts()
{
    if (!m_store)
        return;
    for (const store::OutboxEntry &e : m_store->outbox()) {
        if (e.state != store::OutboxState::Conflict)
            continue;
        auto *dialog = new ConflictDialog(m_store.get(), e.seq, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_storeDialogs.removeAll(nullptr);
        m_storeDialogs.append(dialog);
        connect(dialog, &QDialog::accepted, this, [this] {
            updateConflictCount();
            if (m_sync)
                m_sync->pushNow();
        });
        dialog->open();
        return;
    }
}

void AppController::showSyncLog()
{
    if (!m_sync)
        return;
    auto *dialog = new SyncLogDialog(m_sync, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_storeDialogs.removeAll(nullptr);
    m_storeDialogs.append(dialog);
    dialog->show();
}

} // namespace hn::ui
