#!/usr/bin/env bash
# Runs a command the way every Roster test runs: headless, in a temporary HOME and XDG
# directories, inside a private D-Bus session with an unlocked gnome-keyring Secret Service, so
# that keychain tests use a real keychain and never touch the user's own.
#   tests/run-with-keyring.sh ctest --test-dir build --output-on-failure
set -euo pipefail

if [ -z "${ROSTER_IN_TEST_SESSION:-}" ]; then
    scratch=$(mktemp -d -t roster-test-session.XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
    export QT_QPA_PLATFORM=offscreen ROSTER_IN_TEST_SESSION=1
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session bus: start the Secret Service with an empty, unlocked login keyring.
# The password only protects this throwaway keyring; it must not be empty or no keyring is made.
eval "$(printf 'roster-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true' EXIT
if ! dbus-send --session --print-reply --dest=org.freedesktop.secrets \
    /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q 'boolean false'; then
    echo "run-with-keyring: no unlocked Secret Service collection on the test session bus" >&2
    exit 1
fi
status=0
"$@" || status=$?
exit "$status"
