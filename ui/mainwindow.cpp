#include "mainwindow.h"

#include "common/logging.h"
#include "helpdialog.h"
#include "languagemanager.h"
#include "officepage.h"
#include "repo/editcommand.h"
#include "syncstatusbar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hn::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kSplitterKey = QStringLiteral("mainwindow/splitter");
constexpr int kImagePluginsAfterPaintMs = 300;
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    // The window icon is set after the first paint (event()).

    auto *navigationPanel = new QWidget(this);
    auto *navigationLayout = new QVBoxLayout(navigationPanel);
    navigationLayout->setContentsMargins(8, 8, 0, 8);
    navigationPanel->setMinimumWidth(230);
    m_navigationTitle = new QLabel(navigationPanel);
    m_navigationTitle->setObjectName(QStringLiteral("navigationTitle"));
    QFont titleFont = m_navigationTitle->font();
    titleFont.setBold(true);
    m_navigationTitle->setFont(titleFont);
    m_filter = new QLineEdit(navigationPanel);
    m_filter->setObjectName(QStringLiteral("navigationFilter"));
    // The clear button only shows with text in the box; turned on at the first text, because its
    // icon makes Qt load every image format plugin, which would delay the first paint by ~6 ms.
    connect(
        m_filter, &QLineEdit::textChanged, m_filter, [this] { m_filter->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
    m_navigation = new QListView(navigationPanel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_emptyHint = new QLabel(navigationPanel);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setObjectName(QStringLiteral("navigationEmptyHint"));
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    navigationLayout->addWidget(m_navigationTitle);
    navigationLayout->addWidget(m_filter);
    navigationLayout->addWidget(m_navigation, 1);
    navigationLayout->addWidget(m_emptyHint);
    m_navigationTitle->setBuddy(m_filter);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_navigation->setModel(m_proxy);

    // Debounced filter: one proxy update per pause in typing, not per keystroke.
    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(m_filter->text());
        updateEmptyState();
    });
    connect(m_navigation, &QListView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT actorActivated(m_proxy->mapToSource(index)); });
    connect(m_navigation, &QListView::clicked, this,
        [this](const QModelIndex &index) { Q_EMIT actorActivated(m_proxy->mapToSource(index)); });

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome = new QWidget(m_pages);
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->setContentsMargins(32, 32, 32, 32);
    m_welcomeTitle = new QLabel(m_welcome);
    QFont big = m_welcomeTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_welcomeTitle->setFont(big);
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextFormat(Qt::PlainText);
    // While nobody is signed in (no data is shown then), the way to sign in.
    m_welcomeSignIn = new QPushButton(m_welcome);
    m_welcomeSignIn->setObjectName(QStringLiteral("welcomeSignIn"));
    connect(m_welcomeSignIn, &QPushButton::clicked, this, &MainWindow::signInRequested);
    welcomeLayout->addWidget(m_welcomeTitle);
    welcomeLayout->addWidget(m_welcomeText);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(m_welcomeSignIn, 0, Qt::AlignLeft);
    welcomeLayout->addStretch(1);
    m_pages->addWidget(m_welcome);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(navigationPanel);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 720});
    setCentralWidget(splitter);

    m_status = new SyncStatusBar(statusBar());
    connect(m_status, &SyncStatusBar::cancelSyncRequested, this, &MainWindow::cancelSyncRequested);
    connect(m_status, &SyncStatusBar::conflictsRequested, this, &MainWindow::conflictsRequested);

    createMenus();
    retranslate();
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    m_imagePlugins.waitForFinished();
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::UpdateRequest && !m_painted) {
        m_painted = true;
        // What the first paint does not need comes after it, so that the window shows sooner: the
        // window icon (an SVG, for which Qt loads its SVG module), and, a moment later on another
        // core, the image format plugins that the first icon taken from the style (the filter's
        // clear button, a message box) would otherwise load on the spot, a dozen libraries.
        QTimer::singleShot(0, this, [this] { setWindowIcon(QIcon(QStringLiteral(":/icons/hnadmin.svg"))); });
        QTimer::singleShot(kImagePluginsAfterPaintMs, this,
            [this] { m_imagePlugins = QtConcurrent::run([] { (void)QImageReader::supportedImageFormats(); }); });
    }
    return result;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString());
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = m_editMenu->addAction(QString());
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);

    m_viewMenu = menuBar()->addMenu(QString());
    m_gpRegisterAction = m_viewMenu->addAction(QString(), this, &MainWindow::gpRegisterRequested);
    m_gpRegisterAction->setObjectName(QStringLiteral("gpRegister"));
    m_gpRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    m_syncMenu = menuBar()->addMenu(QString());
    m_syncAction = m_syncMenu->addAction(QString(), this, &MainWindow::syncRequested);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setObjectName(QStringLiteral("syncNow"));
    m_syncLogAction = m_syncMenu->addAction(QString(), this, &MainWindow::syncLogRequested);
    m_syncLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_syncMenu->addSeparator();
    m_signInAction = m_syncMenu->addAction(QString(), this, &MainWindow::signInRequested);
    m_signInAction->setObjectName(QStringLiteral("signIn"));
    m_signOutAction = m_syncMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_signOutAction->setObjectName(QStringLiteral("signOut"));

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::supportedLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setChecked(m_languages && m_languages->language() == code);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_languages)
            m_languages->setLanguage(action->data().toString());
    });
    if (m_languages) {
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
            for (QAction *action : m_languageGroup->actions())
                action->setChecked(action->data().toString() == code);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Helsenorge administration"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    m_viewMenu->setTitle(tr("&View"));
    m_gpRegisterAction->setText(tr("All &GPs"));
    m_syncMenu->setTitle(tr("S&ynchronisation"));
    m_syncAction->setText(tr("&Synchronise now"));
    m_syncLogAction->setText(tr("Sync &log…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_signInAction->setText(tr("Sign &in…"));
    m_welcomeSignIn->setText(tr("Sign in…"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About Helsenorge administration"));
    m_navigationTitle->setText(tr("&Actors"));
    m_filter->setPlaceholderText(tr("Filter by name or number"));
    m_filter->setAccessibleName(tr("Filter actors"));
    m_navigation->setAccessibleName(tr("Actors you administer"));
    m_welcomeTitle->setText(tr("Welcome"));
    m_welcomeText->setText(tr("Choose an actor on the left to see and change how its services appear to "
                              "citizens on Helsenorge. Your changes are saved on this computer at once "
                              "and sent to the national backend as soon as there is a connection."));
    updateStatus();
    updateEmptyState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Typed and not saved (saved edits are in the local database already): ask before it is lost.
    if (!m_closingKeepsDrafts && !mayDiscardUnsavedInput(tr("Close anyway and lose it?"), tr("Close without saving"))) {
        event->ignore();
        return;
    }
    if (!m_remembersLayout) { // screenshots and benchmarks leave the user's layout alone
        QMainWindow::closeEvent(event);
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(kSplitterKey, splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    m_remembersLayout = true;
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::closeKeepingDrafts()
{
    for (OfficePage *page : findChildren<OfficePage *>())
        page->keepDraftsForNextStart();
    m_closingKeepsDrafts = true;
    close();
}

bool MainWindow::mayDiscardUnsavedInput(const QString &question, const QString &discard)
{
    QStringList unsaved;
    // Only where a person uses the window (screenshots and benchmarks must never wait on a question).
    for (const OfficePage *page : m_remembersLayout ? findChildren<OfficePage *>() : QList<OfficePage *>()) {
        for (const QString &what : page->unsavedInput())
            unsaved << QStringLiteral("• ") + page->officeName() + QStringLiteral(": ") + what;
    }
    if (unsaved.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved input"),
        tr("What you typed here is not saved yet:\n%1").arg(unsaved.join(QLatin1Char('\n'))) + QStringLiteral("\n\n")
            + question,
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedInput"));
    box.button(QMessageBox::Discard)->setText(discard);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void MainWindow::setActorModel(QAbstractItemModel *model, int filterRole)
{
    m_proxy->setFilterRole(filterRole);
    if (QAbstractItemModel *old = m_proxy->sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    }
    updateEmptyState();
}

int MainWindow::addPage(QWidget *page)
{
    return m_pages->addWidget(page);
}

void MainWindow::showPage(QWidget *page)
{
    if (m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
}

void MainWindow::showActor(const QModelIndex &sourceIndex)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    if (proxyIndex.isValid())
        m_navigation->setCurrentIndex(proxyIndex);
    Q_EMIT actorActivated(sourceIndex);
}

void MainWindow::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
    disconnect(m_undoAction, nullptr, nullptr, nullptr);
    disconnect(m_redoAction, nullptr, nullptr, nullptr);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoTexts);
    m_undoIndex = stack->index();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::reportUndo);
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    updateUndoTexts();
}

void MainWindow::reportUndo(int index)
{
    const int previous = m_undoIndex;
    m_undoIndex = index;
    if (index == previous || index < 0 || !m_undoStack)
        return;
    const bool undone = index < previous;
    const QUndoCommand *command = m_undoStack->command(undone ? index : index - 1);
    if (!command)
        return;
    QList<const repo::EditCommand *> edits;
    if (const auto *edit = dynamic_cast<const repo::EditCommand *>(command))
        edits << edit;
    for (int c = 0; c < command->childCount(); ++c) {
        if (const auto *edit = dynamic_cast<const repo::EditCommand *>(command->child(c)))
            edits << edit;
    }
    bool reversed = false;
    bool takenBack = false;
    for (const repo::EditCommand *edit : std::as_const(edits)) {
        reversed = reversed || edit->lastOutcome() == repo::EditCommand::Outcome::Reversed;
        takenBack = takenBack || edit->lastOutcome() == repo::EditCommand::Outcome::TakenBack;
    }
    QString message;
    if (undone && reversed)
        message = tr("Undone: the change had been sent already, so a change that sets it back is sent to Helsenorge.");
    else if (undone && takenBack)
        message = tr("Undone before it was sent.");
    else if (!undone && reversed)
        message = tr("Redone: the change is sent to Helsenorge again.");
    else if (!undone && takenBack)
        message = tr("Redone: the change waits to be sent.");
    if (!message.isEmpty())
        statusBar()->showMessage(message, 10000);
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoStack ? m_undoStack->undoText() : QString();
    const QString redo = m_undoStack ? m_undoStack->redoText() : QString();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    // Why it is greyed out: the stack holds this run's edits only.
    m_undoAction->setStatusTip(undo.isEmpty()
            ? tr("Nothing to undo. A change made before the program was started "
                 "(or before you signed in) is changed back by changing the item again.")
            : QString());
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

QString MainWindow::syncStateText() const
{
    return m_status->syncStateText();
}

QString MainWindow::pendingText() const
{
    return m_status->pendingText();
}

MainWindow::SyncState MainWindow::syncState() const
{
    return m_status->syncState();
}

int MainWindow::pendingEdits() const
{
    return m_status->pendingEdits();
}

void MainWindow::setSyncState(SyncState state, const QString &detail)
{
    m_status->setSyncState(state, detail);
}

void MainWindow::setSignInProblem(const QString &problem)
{
    m_status->setSignInProblem(problem);
}

void MainWindow::setLastSync(const QDateTime &when)
{
    m_status->setLastSync(when);
}

void MainWindow::setPendingEdits(int count)
{
    m_status->setPendingEdits(count);
}

void MainWindow::setSyncProgress(qint64 done, qint64 total)
{
    m_status->setSyncProgress(done, total);
}

void MainWindow::setConflictCount(int count)
{
    m_status->setConflictCount(count);
}

void MainWindow::setSignedInUser(const QString &user)
{
    m_status->setSignedInUser(user);
    updateStatus();
    updateEmptyState();
}

void MainWindow::setSigningIn(bool signingIn)
{
    m_status->setSigningIn(signingIn);
    updateStatus();
    updateEmptyState();
}

void MainWindow::updateStatus()
{
    const bool signedIn = !m_status->user().isEmpty();
    m_signOutAction->setVisible(signedIn);
    m_signInAction->setVisible(!signedIn);
    m_welcomeSignIn->setVisible(!signedIn && !m_status->signingIn());
    m_status->retranslate();
}

void MainWindow::updateEmptyState()
{
    const QAbstractItemModel *source = m_proxy->sourceModel();
    const bool noActors = !source || source->rowCount() == 0;
    const bool noMatches = !noActors && m_proxy->rowCount() == 0;
    if (!source)
        m_emptyHint->setText(
            m_status->signingIn() ? tr("Signing in…") : tr("Sign in to see the actors you administer."));
    else if (noActors)
        m_emptyHint->setText(tr("No actors yet. They appear here after the first synchronisation."));
    else if (noMatches)
        m_emptyHint->setText(tr("No actor matches the filter."));
    m_emptyHint->setVisible(noActors || noMatches);
}

void MainWindow::showUserGuide()
{
    auto *dialog = new HelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Helsenorge administration"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Helsenorge administration %1</h3>"
                   "<p>Configure how GP offices, municipalities and health stations appear to citizens "
                   "on Helsenorge, and onboard new actors.</p>")
                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(tr("Built with Qt %1. Data is cached on this computer and synchronised with the "
                              "national backend over HL7 FHIR R4.")
                               .arg(QString::fromLatin1(qVersion())));
    QPushButton *close = box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.setDefaultButton(close);
    box.exec();
}

} // namespace hn::ui
