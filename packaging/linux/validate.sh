#!/bin/sh
# Validates the desktop entry and the AppStream metainfo: validate.sh [DIR] (default: this
# script's directory, or an installed share/ tree's applications/ and metainfo/ parents).
# desktop-file-validate before 0.27 (Debian 12 has 0.26) does not know the key SingleMainWindow
# of the Desktop Entry specification 1.5; that one error is ignored, any other fails.
set -u
dir=${1:-$(dirname "$0")}
desktop=$(find "$dir" -name dev.roster.Roster.desktop | head -n 1)
metainfo=$(find "$dir" -name dev.roster.Roster.metainfo.xml | head -n 1)
[ -n "$desktop" ] || { echo "no dev.roster.Roster.desktop under $dir" >&2; exit 1; }
[ -n "$metainfo" ] || { echo "no dev.roster.Roster.metainfo.xml under $dir" >&2; exit 1; }

status=0
out=$(desktop-file-validate "$desktop" 2>&1)
printf '%s\n' "$out"
others=$(printf '%s\n' "$out" | grep -E ': (error|warning): ' \
    | grep -v 'file contains key "SingleMainWindow" in group "Desktop Entry", but keys extending')
[ -z "$others" ] || status=1

appstreamcli validate --no-net --pedantic "$metainfo" || status=1
exit $status
