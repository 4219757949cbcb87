#!/bin/sh
# Peak memory and time of `roster-cli import --dry-run` on a generated file of N rows, and the
# roster database's size afterwards (the dry run's journal run is deleted; its pages go back).
# Needs a keyring session: run as
#   tests/run-with-keyring.sh tests/benchmarks/dry_run_memory.sh build 100000 1000000
set -eu
build=$1
shift
cli=$build/app/roster-cli/roster-cli
sandbox=$build/app/roster-sandbox/roster-sandbox
work=$(mktemp -d)
trap 'kill $sandbox_pid 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
key=dry-run-memory-key
"$sandbox" --port 0 --api-key $key --rate-limit 0 --members 0 >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
while ! grep -q 'http://' "$work/sandbox.out"; do sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/sandbox.out" | head -1)
echo $key | "$cli" workspace add HB --provider heartbeat --url "$url/heartbeat/v0" --key-stdin >/dev/null
for rows in "$@"; do
    csv=$work/members-$rows.csv
    { echo "Email,Name,Role"; seq 1 "$rows" | sed 's/.*/member&@example.com,Member &,Member/'; } >"$csv"
    /usr/bin/time -v "$cli" import "$csv" -w HB --dry-run >"$work/plan.txt" 2>"$work/time.txt" || true
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    db=$(du -b "$XDG_DATA_HOME/Roster/roster.sqlite" | cut -f1)
    echo "$rows rows: peak RSS $((peak / 1024)) MB, $wall, plan $(wc -l <"$work/plan.txt") lines, database $((db / 1024)) KiB afterwards"
done
