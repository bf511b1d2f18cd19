#include "threads.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace hn::common {

void lowerCurrentThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux the nice value is per thread: PRIO_PROCESS with a thread id changes only that thread.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, tid, qMin(19, getpriority(PRIO_PROCESS, tid) + 10));
#endif
}

} // namespace hn::common
