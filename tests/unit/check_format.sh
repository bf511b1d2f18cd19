#!/usr/bin/env bash
# Fails when a C++ source of ours is not formatted as .clang-format says.
set -euo pipefail
src=${1:?source dir}
cd "$src"
mapfile -t files < <(git ls-files -co --exclude-standard -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' \
    'models/*.cpp' 'models/*.h' 'services/*.cpp' 'services/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null \
    || find app ui models services tests -name '*.cpp' -o -name '*.h')
if [ ${#files[@]} -eq 0 ]; then
    echo "no sources found"; exit 1
fi
bad=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: clang-format -i $f)"
        bad=1
    fi
done
[ $bad -eq 0 ] && echo "${#files[@]} files formatted"
exit $bad
