#include "syncstatusbar.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace hn::ui {

SyncStatusBar::SyncStatusBar(QStatusBar *bar)
    : QObject(bar)
    , m_syncLabel(new QLabel(bar))
    , m_pendingLabel(new QLabel(bar))
    , m_userLabel(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancelSync(new QToolButton(bar))
    , m_conflicts(new QToolButton(bar))
{
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    m_pendingLabel->setObjectName(QStringLiteral("pendingEdits"));
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelSync->setObjectName(QStringLiteral("cancelSync"));
    m_cancelSync->hide();
    connect(m_cancelSync, &QToolButton::clicked, this, &SyncStatusBar::cancelSyncRequested);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setStyleSheet(QStringLiteral("QToolButton { color: #8a4b00; font-weight: bold; }"));
    m_conflicts->hide();
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusBar::conflictsRequested);
    for (QLabel *label : {m_userLabel, m_syncLabel, m_pendingLabel})
        label->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_userLabel);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancelSync);
    bar->addPermanentWidget(m_conflicts);
    bar->addPermanentWidget(m_syncLabel);
    bar->addPermanentWidget(m_pendingLabel);
}

QString SyncStatusBar::syncStateText() const
{
    QString text;
    switch (m_syncState) {
    case MainWindow::SyncState::Offline: text = tr("Offline"); break;
    case MainWindow::SyncState::Connecting: text = tr("Connecting…"); break;
    case MainWindow::SyncState::Syncing: text = tr("Synchronising…"); break;
    case MainWindow::SyncState::Online: text = tr("Online"); break;
    case MainWindow::SyncState::Error: text = tr("Sync failed"); break;
    }
    if (m_lastSync.isValid())
        text += QStringLiteral(" · ")
            + tr("last synchronised %1").arg(QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat));
    return text;
}

QString SyncStatusBar::pendingText() const
{
    if (m_pending == 0)
        return tr("All changes sent");
    return tr("%n change(s) waiting to be sent", nullptr, m_pending);
}

void SyncStatusBar::setSyncState(MainWindow::SyncState state, const QString &detail)
{
    m_syncState = state;
    m_syncDetail = detail;
    retranslate();
}

void SyncStatusBar::setSignInProblem(const QString &problem)
{
    m_signInProblem = problem;
    retranslate();
}

void SyncStatusBar::setLastSync(const QDateTime &when)
{
    m_lastSync = when;
    retranslate();
}

void SyncStatusBar::setPendingEdits(int count)
{
    m_pending = qMax(0, count);
    retranslate();
}

void SyncStatusBar::setSyncProgress(qint64 done, qint64 total)
{
    const bool visible = total > 0 && done < total;
    m_progress->setVisible(visible);
    m_cancelSync->setVisible(visible);
    if (!visible)
        return;
    // QProgressBar takes int; scale large totals.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void SyncStatusBar::setConflictCount(int count)
{
    m_conflictCount = qMax(0, count);
    retranslate();
}

void SyncStatusBar::setSignedInUser(const QString &user)
{
    m_user = user;
    if (!user.isEmpty()) {
        m_signingIn = false;
        m_signInProblem.clear();
    }
    retranslate();
}

void SyncStatusBar::setSigningIn(bool signingIn)
{
    m_signingIn = signingIn && m_user.isEmpty();
    retranslate();
}

void SyncStatusBar::retranslate()
{
    m_cancelSync->setText(tr("Cancel"));
    m_cancelSync->setToolTip(tr("Stop the first synchronisation; it continues next time"));
    m_conflicts->setVisible(m_conflictCount > 0);
    m_conflicts->setText(tr("%n conflict(s) to resolve", nullptr, m_conflictCount));
    if (!m_user.isEmpty())
        m_userLabel->setText(tr("Signed in as %1").arg(m_user));
    else
        m_userLabel->setText(m_signingIn    ? tr("Signing in…")
                : m_signInProblem.isEmpty() ? tr("Not signed in")
                                            : tr("Not signed in: %1").arg(m_signInProblem));
    m_syncLabel->setText(syncStateText());
    m_syncLabel->setToolTip(m_syncDetail);
    m_pendingLabel->setText(pendingText());
}

} // namespace hn::ui
