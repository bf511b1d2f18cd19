#!/usr/bin/env bash
# Developer entry point. Works as root on a fresh Debian 12 machine.
#   ./dev.sh run     install what is missing, build, start the program on the built-in sandbox
#   ./dev.sh test    install what is missing, build, run the whole test suite through ctest
#   ./dev.sh fuzz N  build the libFuzzer targets (clang, ASan, UBSan) and run each for N seconds
#   ./dev.sh asan    build with AddressSanitizer and UBSan (build/asan) and run the unit and services tests
#   ./dev.sh bench   build in Release and run the benchmarks (tests/bench)
#   ./dev.sh build   install what is missing and build
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

PACKAGES=(
    # build tools
    cmake ninja-build ccache g++ clang-format git
    # Qt 6.4 as Debian 12 ships it
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libsimdjson-dev qt6-webengine-dev qt6-webengine-dev-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libqt6svg6 qt6-image-formats-plugins libgl-dev fonts-dejavu-core
    # tests: a secret service for the keychain, an X server for screenshots, curl for benchmarks
    dbus dbus-x11 gnome-keyring libsecret-1-0 xvfb xauth imagemagick curl sqlite3 python3
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=${1:-default}
    log "configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    log "building ($preset)"
    cmake --build --preset "$preset"
}

cmd=${1:-}
shift || true
case "$cmd" in
build)
    install_missing
    build default
    ;;
run)
    install_missing
    build default
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
        log "no display: starting the program under Xvfb (xvfb-run)"
        export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
        exec xvfb-run -a -s "-screen 0 1400x900x24" build/bin/hnadmin "$@"
    fi
    [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
    exec build/bin/hnadmin "$@"
    ;;
test)
    install_missing
    build default
    log "running the tests"
    export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
    # A private session bus with an unlocked keyring, so that QtKeychain has a secret service. The
    # keyring lives in a folder of its own, and a password creates its login collection (an empty
    # one creates none, and every keychain call would fail).
    status=0
    dbus-run-session -- bash -c '
        keyrings=$(mktemp -d)
        echo -n "hnadmin-tests" | XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets \
            >/dev/null 2>&1 || true
        result=0
        ctest --preset default --label-exclude bench -j2 "$@" || result=$?
        rm -rf "$keyrings"
        exit $result
    ' ctest "$@" || status=$?
    exit $status
    ;;
asan)
    install_missing
    build asan
    log "running the unit and services tests under AddressSanitizer and UBSan"
    export QT_QPA_PLATFORM=offscreen
    # Leaks are not looked for: Qt keeps global caches to the end of the process on purpose.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    ctest --test-dir build/asan --label-regex 'unit|services' --output-on-failure -j2 "$@"
    ;;
bench)
    install_missing
    build release
    log "running the benchmarks (national scale; takes a few minutes)"
    export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
    python3 tests/bench/run_bench.py build/release
    ctest --test-dir build/release --label-regex bench --output-on-failure "$@"
    ;;
fuzz)
    # ./dev.sh fuzz [SECONDS]: each libFuzzer target for SECONDS (default 60), ASan and UBSan on.
    install_missing
    missing=()
    for p in clang libclang-rt-14-dev; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
        $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    seconds=${1:-60}
    build fuzz
    export QT_QPA_PLATFORM=offscreen
    status=0
    for target in pagescan mapping; do
        corpus=build/fuzz/corpus/$target artifacts=build/fuzz/artifacts/$target
        mkdir -p "$corpus" "$artifacts"
        log "fuzzing $target for $seconds s (seeds: tests/data/fuzz/$target)"
        build/fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "tests/data/fuzz/$target" || {
            status=1
            log "fuzz_$target failed: the input is in $artifacts/; copy it into tests/data/fuzz/$target/ (tst_fuzz_replay keeps it)"
        }
    done
    exit $status
    ;;
*)
    echo "usage: $0 run|test|bench|build|fuzz|asan [args]" >&2
    exit 2
    ;;
esac
