#!/bin/sh
# Makes roster.icns, the icon of Roster.app, from the application icon (resources/icons/app).
# Run by hand after the icon changes; roster.icns is committed.
# On Linux: png2icns (Debian: icnsutils) and rsvg-convert (librsvg2-bin), for 512 and 1024 px.
# On macOS: iconutil, from an iconset of the same PNGs (see packaging/macos/README.md).
set -eu
cd "$(dirname "$0")"
icons=../../resources/icons/app
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for size in 512 1024; do
    rsvg-convert --width $size --height $size "$icons/dev.roster.Roster.svg" \
        --output "$scratch/$size.png"
done
png2icns roster.icns "$icons/hicolor/16x16/dev.roster.Roster.png" \
    "$icons/hicolor/32x32/dev.roster.Roster.png" "$icons/hicolor/48x48/dev.roster.Roster.png" \
    "$icons/hicolor/128x128/dev.roster.Roster.png" "$icons/hicolor/256x256/dev.roster.Roster.png" \
    "$scratch/512.png" "$scratch/1024.png" >/dev/null
