#!/bin/sh
# Makes roster.ico, the icon of roster.exe and of its installer, from the application icon's
# hicolor PNGs (resources/icons/app), with ImageMagick. Run by hand after the icon changes;
# roster.ico is committed, as Windows builders have no ImageMagick.
set -eu
cd "$(dirname "$0")"
icons=../../resources/icons/app/hicolor
convert "$icons/16x16/dev.roster.Roster.png" "$icons/24x24/dev.roster.Roster.png" \
    "$icons/32x32/dev.roster.Roster.png" "$icons/48x48/dev.roster.Roster.png" \
    "$icons/64x64/dev.roster.Roster.png" "$icons/128x128/dev.roster.Roster.png" \
    "$icons/256x256/dev.roster.Roster.png" roster.ico
