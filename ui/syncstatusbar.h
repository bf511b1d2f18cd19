#pragma once

#include "mainwindow.h"

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace hn::ui {

// The main window's status bar: who is signed in, the state of synchronisation and when it last
// ran, the progress of a first sync (with a way to stop it), the changes waiting to be sent and the
// conflicts to resolve (a button that opens them).
class SyncStatusBar : public QObject
{
    Q_OBJECT
public:
    explicit SyncStatusBar(QStatusBar *bar);

    MainWindow::SyncState syncState() const { return m_syncState; }
    int pendingEdits() const { return m_pending; }
    QString user() const { return m_user; }
    bool signingIn() const { return m_signingIn; }
    QString syncStateText() const;
    QString pendingText() const;

    void setSyncState(MainWindow::SyncState state, const QString &detail);
    void setLastSync(const QDateTime &when);
    void setPendingEdits(int count);
    void setSyncProgress(qint64 done, qint64 total);
    void setConflictCount(int count);
    void setSignedInUser(const QString &user);
    void setSigningIn(bool signingIn);
    void setSignInProblem(const QString &problem);
    void retranslate();

Q_SIGNALS:
    void cancelSyncRequested();
    void conflictsRequested();

private:
    QLabel *m_syncLabel;
    QLabel *m_pendingLabel;
    QLabel *m_userLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelSync;
    QToolButton *m_conflicts;
    MainWindow::SyncState m_syncState = MainWindow::SyncState::Offline;
    QString m_syncDetail;
    QString m_signInProblem;
    QDateTime m_lastSync;
    int m_pending = 0;
    int m_conflictCount = 0;
    QString m_user;
    bool m_signingIn = false;
};

} // namespace hn::ui
