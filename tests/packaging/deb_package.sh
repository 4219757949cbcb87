#!/usr/bin/env bash
# Builds roster_VERSION_ARCH.deb with cpack into a scratch directory and checks it as a user would
# get it: its dependencies, its desktop entry and metainfo, and the three executables run from
# the unpacked package with the system's Qt, using the translations installed with them.
#   deb_package.sh CPACK BUILD_DIR SOURCE_DIR VERSION LRELEASE
set -euo pipefail
cpack=$1 build=$2 source=$3 version=$4 lrelease=$5
german_ts=$source/translations/roster_de.ts

scratch=$(mktemp -d -t roster-deb-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log"; echo "FAIL: cpack" >&2; exit 1; }
deb=$scratch/out/roster_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls "$scratch/out"; echo "FAIL: no $deb" >&2; exit 1; }
echo "package: ${deb##*/}, $(du -k "$deb" | cut -f1) KiB"

# The control file: package names without their versions, one a line.
package_names() { tr ',' '\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//'; }
depends=$(dpkg-deb -f "$deb" Depends | package_names)
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
# Loaded at run time, then computed by dpkg-shlibdeps from the executables.
for name in qt6-qpa-plugins libsecret-1-0 libqt6sql6-sqlite libqt6svg6 \
    libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 \
    libqt6keychain1 libc6; do
    grep -qxF "$name" <<<"$depends" || fail "Depends lacks $name"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
[ "$recommends" = "gnome-keyring | kwalletmanager | keepassxc" ] || fail "Recommends is '$recommends'"
[ "$(dpkg-deb -f "$deb" Package)" = roster ] || fail "the package is not called roster"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package's version is not $version"

root=$scratch/root
dpkg -x "$deb" "$root"
for file in usr/share/applications/dev.roster.Roster.desktop \
    usr/share/metainfo/dev.roster.Roster.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/dev.roster.Roster.svg \
    usr/share/icons/hicolor/16x16/apps/dev.roster.Roster.png \
    usr/share/icons/hicolor/256x256/apps/dev.roster.Roster.png \
    usr/share/roster/translations/roster_de.qm usr/share/doc/roster/copyright \
    usr/share/doc/roster/changelog.gz; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
# desktop-file-validate and appstreamcli validate --no-net, as packaging/linux checks its sources.
sh "$source/packaging/linux/validate.sh" "$root/usr/share" || fail "validate.sh"

# Each executable from the package, with the system's Qt only and no display (--help and
# --version need none, as from an ssh session); its standard output.
run() {
    local executable=$1
    shift
    env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "${locale[@]}" \
        "$root/usr/bin/$executable" "$@"
}
locale=()
for executable in roster roster-cli roster-sandbox; do
    output=$(run "$executable" --version) || fail "$executable --version exited with $?"
    echo "$executable --version: $output"
    grep -qE "(^| )${version//./\\.}\$" <<<"$output" || fail "$executable --version does not say $version"
done

# The installed translations are the ones used: a German .qm put where the package installs it,
# whose usage lines (roster-cli's and the window's) say INSTALLED, is what German users read.
german() {
    local locale=(LANGUAGE=de LC_ALL=de_DE.UTF-8)
    run "$@"
}
german roster-cli --help | grep -q '^Aufruf: roster-cli' || fail "roster-cli --help is not German"
sed -E '/<source>Usage: %1 COMMAND \[options\]/,/<translation>/s/<translation>/&INSTALLED /
        /<source>The admin console for passwordless communities/,/<translation>/s/<translation>/&INSTALLED /' \
    "$german_ts" >"$scratch/roster_de.ts"
[ "$(grep -c '<translation>INSTALLED ' "$scratch/roster_de.ts")" = 2 ] ||
    fail "the two usage strings are no longer in ${german_ts##*/}"
"$lrelease" -silent "$scratch/roster_de.ts" -qm "$root/usr/share/roster/translations/roster_de.qm"
german roster-cli --help | grep -q '^INSTALLED Aufruf: roster-cli' ||
    fail "roster-cli does not use the installed German translation"
german roster --help | grep -q '^INSTALLED Die Admin-Konsole' ||
    fail "roster does not use the installed German translation"

[ "$failures" = 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "the package is complete"
