#!/usr/bin/env bash
# Builds Roster with clang's AddressSanitizer and UndefinedBehaviorSanitizer in build-asan (no
# window: -DROSTER_BUILD_GUI=OFF) and runs the selected tests under them, in the keyring session
# every test runs in. Any sanitizer report, in a test or in a process it starts (roster-sandbox,
# roster-cli), fails the run.
#   bash tests/sanitize/run.sh              the CI set (labels below)
#   bash tests/sanitize/run.sh 'store|csv'  only the tests with these labels (test directories)
# Installs what it needs on Debian 12, as root or through sudo.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
labels=${1:-unit|csv|providers|store|import|import_run|sandbox|net|workspace|cli|fuzz}
build=${ROSTER_SANITIZE_BUILD_DIR:-build-asan}

# shellcheck source=packaging/install-packages.sh
source packaging/install-packages.sh
install_missing_packages packaging/debian-packages.txt
install_missing_packages packaging/debian-packages-sanitizers.txt

werror=OFF
[ -n "${CI:-}" ] && werror=ON
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# ROSTER_FUZZ: the tests/fuzz harnesses fuzz for a few seconds each with libFuzzer.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DROSTER_SANITIZE=ON -DROSTER_FUZZ=ON -DROSTER_BUILD_GUI=OFF \
    -DROSTER_WERROR="$werror" "${launcher[@]}"

# A label is the name of its test directory: build only those directories' targets.
targets=()
IFS='|' read -ra label_list <<<"$labels"
for label in "${label_list[@]}"; do
    if [ -d "tests/$label" ]; then
        targets+=("tests/$label/all")
    fi
done
cmake --build "$build" --parallel --target "${targets[@]}"

reports=$(mktemp -d -t roster-sanitizer-reports.XXXXXX)
trap 'rm -rf "$reports"' EXIT
supp=$PWD/tests/sanitize
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
# intercept_tls_get_addr=0: LeakSanitizer's tracer otherwise crashes now and then at a process's
# exit ("Tracer caught signal 11"), reading the dynamic TLS of a thread that is ending
# (google/sanitizers#1322). That crash is the tool's, not a report.
export ASAN_OPTIONS="intercept_tls_get_addr=0:halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:log_path=$reports/report:log_exe_name=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/report:log_exe_name=1"

status=0
tests/run-with-keyring.sh ctest --test-dir "$build" --output-on-failure --parallel 2 \
    -L "^($labels)\$" || status=$?

# The reports of every process, the tests' own and those of the processes they start.
if [ -n "$(ls -A "$reports")" ]; then
    for report in "$reports"/*; do
        echo "==== sanitizer report ${report##*/}"
        cat "$report"
    done
    echo "sanitize: the sanitizers reported errors (above)" >&2
    status=1
fi
exit "$status"
