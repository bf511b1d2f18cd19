#pragma once

#include <QDateTime>
#include <QFuture>
#include <QMainWindow>

class QAbstractItemModel;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QUndoStack;

namespace hn::ui {

class LanguageManager;
class SyncStatusBar;

// The application shell: a navigation list of the actors the signed-in user administers, a stacked
// central area for pages, a status bar with the sync state and the count of pending edits.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class SyncState { Offline, Connecting, Syncing, Online, Error };
    Q_ENUM(SyncState)

    MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The actors shown in the navigation list (not owned). Qt::DisplayRole is the name.
    // filterRole: the role the filter box matches (e.g. one that holds name and numbers).
    void setActorModel(QAbstractItemModel *model, int filterRole = Qt::DisplayRole);
    QListView *navigationView() const { return m_navigation; }

    // Adds a page to the central area; returns its index.
    int addPage(QWidget *page);
    void showPage(QWidget *page);
    // Selects the actor in the navigation list and opens its page (sourceIndex of the actor model).
    void showActor(const QModelIndex &sourceIndex);
    // The Edit menu's Undo and Redo act on this stack.
    void setUndoStack(QUndoStack *stack);
    QStackedWidget *pages() const { return m_pages; }

    SyncState syncState() const;
    int pendingEdits() const;
    QString syncStateText() const;
    QString pendingText() const;

    // Restores geometry and state saved by a previous run; from then on they are saved on close.
    void restoreSettings();
    // When the office pages hold typed input that is not saved, asks whether to go on and lose it
    // (`question`, and `discard` on the button that does). True when nothing is unsaved, when the
    // user agrees, or when nobody uses the window (screenshots and benchmarks never wait).
    bool mayDiscardUnsavedInput(const QString &question, const QString &discard);
    // Closes without a question (the system asked the program to end: a log-out, a SIGTERM): what
    // was typed and not saved is kept as a draft in the local data and comes back at the next start.
    void closeKeepingDrafts();

public Q_SLOTS:
    void setSyncState(hn::ui::MainWindow::SyncState state, const QString &detail = {});
    void setLastSync(const QDateTime &when);
    void setPendingEdits(int count);
    // Determinate progress of a first full synchronisation, with a cancel button; total 0 hides it.
    void setSyncProgress(qint64 done, qint64 total);
    void setConflictCount(int count);
    void setSignedInUser(const QString &user);
    // While a saved sign-in is being restored or a sign-in is on its way: not offered again (the
    // welcome page's button), and the status says so. A signed-in user ends it.
    void setSigningIn(bool signingIn);
    // Why the last sign-in failed, shown beside "Not signed in" until someone signs in.
    void setSignInProblem(const QString &problem);
    void showUserGuide();
    void showAbout();

Q_SIGNALS:
    void actorActivated(const QModelIndex &sourceIndex);
    void syncRequested();
    void cancelSyncRequested();
    void syncLogRequested();
    void gpRegisterRequested();
    void conflictsRequested();
    void signOutRequested();
    void signInRequested();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateStatus();
    void updateEmptyState();
    void updateUndoTexts();
    // Says in the status bar how an undo or redo was done (taken back before it was sent, or a
    // change that sets it back sent after it).
    void reportUndo(int index);

    LanguageManager *m_languages;
    QListView *m_navigation = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_navigationTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcome = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    SyncStatusBar *m_status = nullptr;
    QMenu *m_syncMenu = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_syncLogAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_signInAction = nullptr;
    QPushButton *m_welcomeSignIn = nullptr;
    bool m_painted = false;
    QFuture<void> m_imagePlugins; // loading after the first paint; waited for when the window goes

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    int m_undoIndex = 0;
    QMenu *m_viewMenu = nullptr;
    QAction *m_gpRegisterAction = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    bool m_remembersLayout = false;
    bool m_closingKeepsDrafts = false;
};

} // namespace hn::ui
