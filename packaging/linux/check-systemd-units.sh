#!/bin/sh
# Checks the example systemd user units in systemd/ (installed as examples, see
# docs/csv-import.md): `systemd-analyze verify --user` accepts them without a warning, and each
# option on the service's ExecStart line is one `roster-cli import --help` lists.
#   check-systemd-units.sh ROSTER_CLI [UNIT_DIR]
# Exits 77 (CTest's "skipped") where systemd-analyze is missing: apt-get install systemd.
set -u
roster_cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=${2:-$(dirname "$0")/systemd}
command -v systemd-analyze >/dev/null 2>&1 ||
    { echo "SKIP: systemd-analyze is not installed (Debian: apt-get install systemd)"; exit 77; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The user manager's runtime directory, which a container or a build machine may lack.
mkdir -m 700 "$scratch/runtime"
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

# The units name the packaged /usr/bin/roster-cli, and verify wants ExecStart's executable to be
# there: the copies checked name the one just built.
units=
for unit in "$dir"/*.service "$dir"/*.timer; do
    [ -f "$unit" ] || { fail "no units in $dir"; exit 1; }
    sed "s|/usr/bin/roster-cli|$roster_cli|g" "$unit" >"$scratch/$(basename "$unit")"
    units="$units $(basename "$unit")"
done
# shellcheck disable=SC2086 # the units' names, without spaces
out=$(cd "$scratch" && HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" \
    systemd-analyze verify --user --man=no $units 2>&1) || fail "systemd-analyze verify failed"
if [ -n "$out" ]; then
    printf '%s\n' "$out" >&2
    fail "systemd-analyze verify warned"
fi

help=$("$roster_cli" import --help) || fail "roster-cli import --help failed"
for service in "$dir"/*.service; do
    exec_start=$(sed -n 's/^ExecStart=//p' "$service")
    [ -n "$exec_start" ] || fail "$(basename "$service") has no ExecStart"
    for word in $exec_start; do
        case $word in
        --*)
            printf '%s\n' "$help" | grep -q -- "^  \(-[a-z], \)\?$word\( <\|  \|$\)" ||
                fail "$(basename "$service"): roster-cli import has no option $word"
            ;;
        esac
    done
    mode=$(printf '%s\n' "$exec_start" | sed -n 's/.*--mode \([a-z]*\).*/\1/p')
    if [ -n "$mode" ]; then
        printf '%s\n' "$help" | grep -q "$mode:" ||
            fail "$(basename "$service"): --mode $mode is not in roster-cli import --help"
    fi
done
[ "$status" = 0 ] && echo "the example units pass systemd-analyze verify:$units"
exit "$status"
