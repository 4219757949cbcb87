#!/bin/sh
# Renders the application icon's PNGs for the hicolor theme from its SVGs, with rsvg-convert
# (Debian: librsvg2-bin). Run by hand after changing an SVG; the PNGs are committed.
# 16 px comes from the small cut, drawn on the 16 px grid; every other size from the full icon.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    source=dev.roster.Roster.svg
    [ "$size" -eq 16 ] && source=dev.roster.Roster-small.svg
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$source" \
        --output "hicolor/${size}x${size}/dev.roster.Roster.png"
done
