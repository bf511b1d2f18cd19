// libFuzzer target: the mapping (see fuzzchecks.h). Built by ./dev.sh fuzz.
#include "fuzzchecks.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem
        = hn::fuzz::checkMapping(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_mapping: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
