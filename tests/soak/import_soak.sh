#!/usr/bin/env bash
# Import soak: 10,000 new members through a faulty roster-sandbox, the importing roster-cli killed
# with SIGKILL 20 times at random points and carried on each time, failed rows imported again
# from the failed-rows file, until the provider holds every row exactly once. Not part of CTest.
#   tests/soak/import_soak.sh [heartbeat|forward|beam]     (see tests/soak/README.md)
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# A throwaway HOME, XDG directories and keychain, whatever the caller's session holds.
if [ -z "${ROSTER_IN_TEST_SESSION:-}" ]; then
    exec "$repo/tests/run-with-keyring.sh" "$0" "$@"
fi

provider=${1:-heartbeat}
rows=${SOAK_ROWS:-10000}
kills_wanted=${SOAK_KILLS:-20}
min_delay_ms=${SOAK_MIN_DELAY_MS:-200}
max_delay_ms=${SOAK_MAX_DELAY_MS:-6000}
rate=${SOAK_RATE:-100}
fail_rate=${SOAK_FAIL_RATE:-0.2}
drop_rate=${SOAK_DROP_RATE:-0.05}
jitter=${SOAK_JITTER:-50}
timeout_s=${SOAK_TIMEOUT:-900}
max_rounds=${SOAK_MAX_ROUNDS:-200}
seed=${SOAK_SEED:-$(( $(date +%s) % 100000 ))}
build=${SOAK_BUILD:-$repo/build}
cli=$build/app/roster-cli/roster-cli
sandbox_bin=$build/app/roster-sandbox/roster-sandbox

case "$provider" in
heartbeat | forward | beam) ;;
*)
    echo "usage: $0 [heartbeat|forward|beam]" >&2
    exit 2
    ;;
esac
for bin in "$cli" "$sandbox_bin"; do
    [ -x "$bin" ] || {
        echo "soak: $bin is missing; build roster-cli and roster-sandbox first" >&2
        exit 2
    }
done

work=$(mktemp -d -t roster-import-soak.XXXXXX)
log=$work/soak.log
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
}
trap cleanup EXIT
say() { echo "soak: $*" | tee -a "$log" >&2; }
now_ms() { date +%s%3N; }

# Not in a subshell: bash reseeds $RANDOM there, and the seed would not repeat the delays.
RANDOM=$seed
next_delay() { delay_ms=$((min_delay_ms + (RANDOM * 32768 + RANDOM) % (max_delay_ms - min_delay_ms + 1))); }

# --- the sandbox, with faults ---
key="sbx_soak_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$sandbox_bin" --port 0 --api-key "$key" --rate-limit "$rate" --fail-rate "$fail_rate" \
    --drop-rate "$drop_rate" --jitter "$jitter" >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's#^listening on http://127.0.0.1:\([0-9]*\)$#\1#p' "$work/sandbox.out")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { say "the sandbox did not start"; cat "$work/sandbox.err" >&2; exit 1; }
base=http://127.0.0.1:$port

# --- the workspace ---
case "$provider" in
heartbeat) ws_args=(--url "$base/heartbeat/v0") ;;
forward) ws_args=(--url "$base/forward" --business-id biz_sandbox) ;;
beam) ws_args=(--url "$base/beam") ;;
esac
printf '%s' "$key" | "$cli" workspace add Soak --provider "$provider" "${ws_args[@]}" \
    --rate-limit "$rate" --key-stdin --quiet >>"$log" 2>&1 ||
    { say "workspace add failed"; tail "$log" >&2; exit 1; }

# --- the file: new members, their addresses unique to this soak ---
members=$work/members.csv
tag=$seed$$
python3 - "$members" "$rows" "$tag" <<'EOF'
import csv, sys
path, n, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
firsts = ["Ada", "Grace", "Ünal", "Zoë", "Søren", "Chidi", "Mei", "José", "Aiko", "Lars"]
lasts = ["Lovelace", "Hopper", "Yılmaz", "O'Brien", "van der Berg", "Okafor", "Chen", "Núñez"]
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Email", "First name", "Last name"])
    for i in range(n):
        w.writerow([f"soak{tag}.{i:05d}@example.com", firsts[i % len(firsts)],
                    lasts[(i // len(firsts)) % len(lasts)]])
EOF
extra_args=()
[ "$provider" = heartbeat ] && extra_args=(--set role=Member)

say "provider $provider, $rows rows, $kills_wanted kills, delays ${min_delay_ms}-${max_delay_ms} ms," \
    "seed $seed, sandbox $base (--fail-rate $fail_rate --drop-rate $drop_rate --jitter $jitter" \
    "--rate-limit $rate), work in $work"

violations=()
violate() { violations+=("$*"); say "VIOLATION: $*"; }

# --- the import: kill, carry on, import the failed rows again ---
file=$members
expected_rows=$rows
round=0
phase=0
resume=0
kills=0
resumes=0
restarts=0
errors=0
created=0
already=0
failed_and_retried=0
start_ms=$(now_ms)
while :; do
    round=$((round + 1))
    if [ "$round" -gt "$max_rounds" ]; then
        violate "no end after $max_rounds runs of roster-cli"
        break
    fi
    report=$work/failed-$((phase + 1)).csv
    args=(import "$file" --workspace Soak --json --report "$report" --report-utf8 "${extra_args[@]}")
    if [ "$resume" = 1 ]; then
        args+=(--resume)
        resumes=$((resumes + 1))
    fi
    out=$work/run-$round.out
    err=$work/run-$round.err
    "$cli" "${args[@]}" >"$out" 2>"$err" &
    pid=$!
    began=$(now_ms)
    limit_ms=$((timeout_s * 1000))
    killing=0
    if [ "$kills" -lt "$kills_wanted" ]; then
        next_delay
        limit_ms=$delay_ms
        killing=1
    fi
    while kill -0 "$pid" 2>/dev/null && [ $(($(now_ms) - began)) -lt "$limit_ms" ]; do
        sleep 0.02
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid"
        wait "$pid" 2>/dev/null
        if [ "$killing" = 0 ]; then
            violate "round $round: roster-cli still running after ${timeout_s} s (hang); killed"
            break
        fi
        kills=$((kills + 1))
        say "round $round: killed after $limit_ms ms (kill $kills of $kills_wanted): $(tail -n 1 "$err" | cut -c1-160)"
        resume=1
        continue
    fi
    wait "$pid"
    rc=$?
    last=$(tail -n 1 "$err" | cut -c1-200)
    case $rc in
    0 | 4)
        if ! jq -e '.rows' "$out" >/dev/null 2>&1; then
            violate "round $round: exit $rc without an outcome on stdout: $last"
            break
        fi
        got_rows=$(jq '.rows' "$out")
        got_created=$(jq '.outcomes.created // 0' "$out")
        got_skipped=$(jq '.outcomes.skipped // 0' "$out")
        got_failed=$(jq '.outcomes.failed // 0' "$out")
        got_other=$(jq '[.outcomes.updated // 0, .outcomes.reactivated // 0] | add' "$out")
        say "round $round: exit $rc, $(jq -c . "$out")"
        if [ "$got_rows" != "$expected_rows" ]; then
            violate "round $round: the report accounts for $got_rows rows of $file, not $expected_rows"
        fi
        if [ $((got_created + got_skipped + got_failed + got_other)) != "$got_rows" ]; then
            violate "round $round: outcomes do not add up to $got_rows rows"
        fi
        created=$((created + got_created))
        already=$((already + got_skipped))
        if [ "$got_failed" = 0 ]; then
            break
        fi
        if [ ! -s "$report" ]; then
            violate "round $round: $got_failed rows failed but $report was not written"
            break
        fi
        in_report=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))) - 1)' "$report")
        if [ "$in_report" != "$got_failed" ]; then
            violate "round $round: $got_failed rows failed, $in_report in $report"
        fi
        failed_and_retried=$((failed_and_retried + got_failed))
        file=$report
        expected_rows=$got_failed
        phase=$((phase + 1))
        resume=0
        ;;
    2)
        if [ "$resume" = 1 ] && grep -q 'no unfinished import' "$err"; then
            # Killed before its plan was complete, or after the run ended: start it again.
            restarts=$((restarts + 1))
            resumes=$((resumes - 1))
            say "round $round: nothing to resume: $last"
            resume=0
        elif [ "$resume" = 0 ] && grep -q -- '--resume' "$err"; then
            resume=1
            say "round $round: $last"
        else
            violate "round $round: usage error: $last"
            break
        fi
        ;;
    1 | 5)
        # The provider unavailable past the retries, or a local failure: carry on.
        errors=$((errors + 1))
        say "round $round: exit $rc: $last"
        resume=1
        ;;
    *)
        violate "round $round: roster-cli ended with $rc (crash?): $last"
        break
        ;;
    esac
done
wall_ms=$(($(now_ms) - start_ms))

# --- the provider's side ---
curl -s "$base/_sandbox/state" >"$work/state.json"
curl -s "$base/_sandbox/stats" >"$work/stats.json"
read -r held duplicates missing strangers < <(python3 - "$work/state.json" "$members" "$provider" <<'EOF'
import collections, csv, json, sys
state, members, provider = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
wanted = [r[0].strip().lower() for r in list(csv.reader(open(members, encoding="utf-8")))[1:]]
held = collections.Counter(m["email"].strip().lower() for m in state[provider]["members"])
duplicates = sum(c - 1 for e, c in held.items() if c > 1)
missing = sum(1 for e in wanted if held[e] == 0)
strangers = sum(c for e, c in held.items() if e not in set(wanted))
print(sum(held[e] for e in set(wanted)), duplicates, missing, strangers)
EOF
)
requests=$(jq '.total' "$work/stats.json")
answered_503=$(jq '[.providers[] | .[] | .["503"] // 0] | add // 0' "$work/stats.json")
dropped=$(jq '[.droppedConnections | .. | numbers] | add // 0' "$work/stats.json")
replays=$(jq '.idempotentReplays' "$work/stats.json")

[ "$duplicates" = 0 ] || violate "$duplicates duplicate members at the provider"
[ "$missing" = 0 ] || violate "$missing rows missing at the provider"
[ "$strangers" = 0 ] || violate "$strangers members at the provider that no row names"
[ "$kills" = "$kills_wanted" ] || violate "only $kills kills of $kills_wanted: the import ended first"

cat <<EOF | tee -a "$log"

Import soak, $provider, seed $seed
  rows in the file            $rows
  wall time                   $((wall_ms / 1000)).$(printf '%03d' $((wall_ms % 1000))) s
  runs of roster-cli          $round
  kills (SIGKILL)             $kills
  resumes (runs of --resume)  $resumes
  restarts (nothing to resume) $restarts
  runs that ended in error    $errors
  requests the sandbox counted $requests (503 injected: $answered_503, connections dropped: $dropped, idempotent replays: $replays)
  rows created (reported)     $created
  rows found already there    $already
  failed and retried          $failed_and_retried (in $phase failed-rows files)
  members held for the rows   $held
  duplicates                  $duplicates
  missing                     $missing
EOF
if [ "${#violations[@]}" -gt 0 ]; then
    echo "FAILED: ${#violations[@]} violation(s); logs kept in $work" >&2
    printf '  %s\n' "${violations[@]}" >&2
    trap - EXIT
    cleanup
    exit 1
fi
echo "PASSED"
if [ -z "${SOAK_KEEP:-}" ]; then rm -rf "$work"; else echo "logs in $work"; fi
