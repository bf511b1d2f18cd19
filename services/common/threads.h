#pragma once

namespace hn::common {

// Makes the calling thread yield to the others of the program (and of the machine) when the cores
// are busy: for background work such as scanning and writing sync pages, so that the UI thread, the
// network and a local server stay on the critical path. The thread is never starved: it runs at
// nice +10 (Linux; elsewhere nothing changes). Idempotent; cheap after the first call per thread.
void lowerCurrentThreadPriority();

} // namespace hn::common
