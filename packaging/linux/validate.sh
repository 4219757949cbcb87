#!/bin/sh
# Validates the desktop entry and the AppStream metainfo: validate.sh [DIR [SCREENSHOTS]]
# DIR: this script's directory (the default) or an installed share/ tree. With SCREENSHOTS
# (docs/screenshots), each screenshot the metainfo names must be there, with its width and height.
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

if [ -n "${2:-}" ]; then
    sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">.*/\([^/]*\.png\)</image>.*|\3 \1 \2|p' \
        "$metainfo" >"${TMPDIR:-/tmp}/roster-screenshots.$$"
    [ -s "${TMPDIR:-/tmp}/roster-screenshots.$$" ] || { echo "the metainfo names no screenshot" >&2; status=1; }
    while read -r file width height; do
        size=$(file -b "$2/$file" 2>/dev/null | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\1 \2/p')
        [ "$size" = "$width $height" ] ||
            { echo "screenshot $file: not in $2 as a $width x $height PNG (${size:-missing})" >&2; status=1; }
    done <"${TMPDIR:-/tmp}/roster-screenshots.$$"
    rm -f "${TMPDIR:-/tmp}/roster-screenshots.$$"
fi
exit $status
