#!/usr/bin/env bash
# Fuzzes each harness of tests/fuzz for SECONDS (default 1800), all at the same time, under
# libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer:
#   tests/fuzz/run-fuzzers.sh [SECONDS] [HARNESS...]
# Builds in build-fuzz (clang, -DROSTER_FUZZ=ON, RelWithDebInfo, the fuzz targets only). Each
# harness starts from a scratch copy of its committed corpus (tests/fuzz/corpus/<harness>), so
# the committed one is never written to. Logs, scratch corpora and any crash files go to
# build-fuzz/runs/<time>/<harness>/. Exits 1 when a harness found a crash, leak or timeout.
# Environment: ROSTER_FUZZ_BUILD_DIR, ROSTER_FUZZ_OUT (the run's directory), ROSTER_FUZZ_JOBS
# (compile jobs), ROSTER_FUZZ_BUILD_LOCK (a file to flock while building, on a shared machine).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
seconds=${1:-1800}
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    harnesses=(fuzz_csv_reader fuzz_provider_answers fuzz_http_framer fuzz_json_list_stream)
fi
build=${ROSTER_FUZZ_BUILD_DIR:-$root/build-fuzz}
out=${ROSTER_FUZZ_OUT:-$build/runs/$(date -u +%Y%m%dT%H%M%SZ)}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROSTER_FUZZ=ON -DROSTER_BUILD_GUI=OFF "${launcher[@]}" \
    >/dev/null
build_command=(cmake --build "$build" --parallel "${ROSTER_FUZZ_JOBS:-$(nproc)}"
    --target "${harnesses[@]}")
if [ -n "${ROSTER_FUZZ_BUILD_LOCK:-}" ]; then
    flock "$ROSTER_FUZZ_BUILD_LOCK" "${build_command[@]}"
else
    "${build_command[@]}"
fi

export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/lib/llvm-14/bin/llvm-symbolizer}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

echo "Fuzzing ${harnesses[*]} for $seconds s each, at the same time; output in $out"
pids=()
for harness in "${harnesses[@]}"; do
    dir=$out/$harness
    mkdir -p "$dir/corpus" "$dir/crashes"
    cp "$root/tests/fuzz/corpus/$harness/"* "$dir/corpus/"
    "$build/tests/fuzz/$harness" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$dir/crashes/" "$dir/corpus" \
        >"$dir/log" 2>&1 &
    pids+=($!)
done

status=0
for i in "${!harnesses[@]}"; do
    harness=${harnesses[$i]}
    dir=$out/$harness
    wait "${pids[$i]}" || status=1
    echo "== $harness"
    # libFuzzer's last status line ("#N DONE cov: ... ft: ... corp: ... exec/s: ...") and totals.
    grep -E '^#[0-9]+' "$dir/log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$dir/log" || true
    echo "corpus: $(find "$dir/corpus" -type f | wc -l) files"
    crashes=$(find "$dir/crashes" -type f)
    if [ -n "$crashes" ]; then
        status=1
        echo "FOUND:"
        echo "$crashes"
        grep -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY' \
            "$dir/log" | head -n 5 || true
    else
        echo "no crash"
    fi
done
exit $status
