#!/usr/bin/env bash
# The README's two commands:
#   bash packaging/quickstart.sh demo   install what is missing, build, start the demo
#   bash packaging/quickstart.sh test   install what is missing, build, run every test
# Works on a fresh Debian 12 machine as root or as a user with sudo.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-}
case "$mode" in
demo | test) ;;
*)
    echo "usage: bash packaging/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac

# shellcheck source=packaging/install-packages.sh
source packaging/install-packages.sh

build() {
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROSTER_WERROR="$werror"
    cmake --build build --parallel
}

install_missing_packages packaging/debian-packages.txt
build

if [ "$mode" = test ]; then
    exec tests/run-with-keyring.sh ctest --test-dir build --output-on-failure --parallel 2 \
        --timeout 600
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "quickstart: Roster is a desktop application and there is no display here." >&2
    echo "Run this from a desktop session (or ssh -X); to look without one, try" >&2
    echo "  xvfb-run -a build/app/roster/roster --demo" >&2
    exit 1
fi

port=${ROSTER_DEMO_PORT:-7678}
cat <<INFO

Roster demo: three demo communities (Heartbeat, Forward, Beam.gg) with 200 members each, served
by a sandbox inside Roster on http://127.0.0.1:$port/ only. Nothing of yours is read or written:
the demo keeps its workspaces, its local roster and its settings in a throwaway directory, and its
key in memory. Quit Roster to stop it.

INFO
exec build/app/roster/roster --demo --demo-port "$port"
