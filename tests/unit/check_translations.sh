#!/usr/bin/env bash
# Fails when the nb or nn catalogue is not complete: every tr() string of the program's sources
# must have a finished translation, and no entry may be vanished or obsolete.
# It runs lupdate on copies of the catalogues, so the sources' current strings are what counts.
set -euo pipefail
src=${1:?source dir}
lupdate=${2:?lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
mapfile -t sources < <(find app ui models services -path services/sandbox -prune -o \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -print | sort)
status=0
for lang in nb nn; do
    ts="translations/hnadmin_$lang.ts"
    if [ ! -f "$ts" ]; then echo "missing catalogue $ts"; status=1; continue; fi
    cp "$ts" "$tmp/"
    "$lupdate" -silent -locations none "${sources[@]}" -ts "$tmp/hnadmin_$lang.ts" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$tmp/hnadmin_$lang.ts" || true)
    gone=$(grep -c -E 'type="(vanished|obsolete)"' "$tmp/hnadmin_$lang.ts" || true)
    total=$(grep -c '<source>' "$tmp/hnadmin_$lang.ts" || true)
    if [ "$unfinished" -ne 0 ] || [ "$gone" -ne 0 ]; then
        echo "$ts: $unfinished unfinished or missing, $gone vanished (of $total); run the update_translations target and translate:"
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$tmp/hnadmin_$lang.ts" | grep '<source>' | head -20
        status=1
    else
        echo "$ts: all $total entries translated"
    fi
done
exit $status
