#include "storeworker.h"

namespace hn::store {

namespace {
// See testing::setWriterHooks(): set on a test's thread, called on the writer's (copied under the lock).
QMutex g_hooksMutex;
std::function<void()> g_beforeBatch;
std::function<void(qsizetype, const std::atomic<int> &)> g_afterPage;

} // namespace

std::function<void()> beforeBatchHook()
{
    const QMutexLocker lock(&g_hooksMutex);
    return g_beforeBatch;
}
std::function<void(qsizetype, const std::atomic<int> &)> afterPageHook()
{
    const QMutexLocker lock(&g_hooksMutex);
    return g_afterPage;
}

std::atomic<int> g_integrityCheckDelayMs {kIntegrityCheckDelayMs};

void testing::setIntegrityCheckDelay(int ms)
{
    g_integrityCheckDelayMs = ms;
}

void testing::setWriterHooks(std::function<void()> beforeBatch,
    std::function<void(qsizetype page, const std::atomic<int> &localEdits)> afterPage)
{
    const QMutexLocker lock(&g_hooksMutex);
    g_beforeBatch = std::move(beforeBatch);
    g_afterPage = std::move(afterPage);
}

} // namespace hn::store
