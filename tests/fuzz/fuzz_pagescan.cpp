// libFuzzer target: the sync's page reader (see fuzzchecks.h). Built by ./dev.sh fuzz.
#include "fuzzchecks.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem
        = hn::fuzz::checkPage(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_pagescan: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
