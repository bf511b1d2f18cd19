#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace hn::common {

// Turns Unix signals (SIGTERM, SIGINT, SIGHUP, ...) into a Qt signal on the thread that created the
// watcher: the handler only writes the signal's number into a socket pair (async-signal-safe); a
// QSocketNotifier reads it in the event loop, where the program can close as it normally does. One
// watcher per process; the previous handlers are put back when it is destroyed.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(const QList<int> &watched, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // The name of a signal for a log line ("SIGTERM"), or its number.
    static QString name(int signal);

Q_SIGNALS:
    void received(int signal);

private:
    void readPending();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

// On Linux: the calling process gets `signal` when its parent ends, however it ends (also by
// SIGKILL or a crash). Returns false when the parent is already gone (or `expectedParent` is not
// the parent any more), so that the caller can stop at once instead of running orphaned. Meant for
// a child just forked (e.g. from QProcess::setChildProcessModifier); async-signal-safe.
bool dieWithParent(int signal, long expectedParent);

} // namespace hn::common
