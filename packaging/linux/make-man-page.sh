#!/usr/bin/env bash
# Writes a man page (OUTPUT, and OUTPUT.gz) from an executable's own --help and --version with
# help2man, so that the two cannot drift apart:
#   make-man-page.sh HELP2MAN EXECUTABLE OUTPUT NAME_LINE [INCLUDE_FILE]
# The executable runs by its bare name (its usage line names no build directory), in the C
# locale (the page is English) and on Qt's offscreen platform (roster needs a platform even
# for --help). For roster-cli, a COMMANDS section is added from each command's --help.
set -euo pipefail
help2man=$1 executable=$2 output=$3 name_line=$4 include=${5:-}
program=$(basename "$executable")
export PATH="$(cd "$(dirname "$executable")" && pwd):$PATH"
export LANG=C LC_ALL=C QT_QPA_PLATFORM=offscreen
unset LANGUAGE

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
runtime="$scratch/runtime"
mkdir -m 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"

roff_escape() { sed -e 's/\\/\\e/g' -e 's/^\([.'"'"']\)/\\\&\1/' -e 's/-/\\-/g'; }

# Each command's usage, what it does and its own options (not the ones every command has).
commands_section() {
    echo '[COMMANDS]'
    "$program" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]\+\( [a-z-]\+\)\?\)  .*/\1/p' |
        while read -r command; do
            # shellcheck disable=SC2086 # the command's words
            "$program" $command --help >"$scratch/help"
            usage=$(sed -n '1s/^Usage: //p' "$scratch/help" | sed 's/ \[options\]//')
            echo ".SS \"$(printf '%s' "$usage" | roff_escape) [\\fIoptions\\fR]\""
            sed -n '2p' "$scratch/help" | roff_escape
            sed -n '/^Options:/,/^$/p' "$scratch/help" | sed '1d;/^$/d' |
                awk '
                    /^  -/ {
                        line = substr($0, 3)
                        split_at = match(line, /  +/)
                        term = split_at ? substr(line, 1, split_at - 1) : line
                        text = split_at ? substr(line, split_at + RLENGTH) : ""
                        common = (term ~ /^(-h, --help|--help-all|--quiet|--trace-http)$/)
                        if (!common) { print ".TP"; print "\\fB" term "\\fR"; if (text != "") print text }
                        next
                    }
                    { if (!common) { sub(/^ +/, ""); print } }' | sed '/^\.TP$/!{/^\\fB/!s/-/\\-/g}'
        done
    echo
    echo '[OPTIONS]'
    echo 'Every command takes these options:'
    "$program" workspace remove --help | sed -n '/^Options:/,/^$/p' | sed '1d;/^$/d' |
        awk '/^  -/ { line = substr($0, 3); n = match(line, /  +/);
                      print ".TP"; print "\\fB" substr(line, 1, n - 1) "\\fR"; print substr(line, n + RLENGTH); next }
             { sub(/^ +/, ""); print }' | sed '/^\\fB/!s/-/\\-/g'
}

includes=()
[ -n "$include" ] && includes+=(--include "$include")
if [ "$program" = roster-cli ]; then
    commands_section >"$scratch/commands.h2m"
    includes+=(--include "$scratch/commands.h2m")
fi

# The page is named after the executable, with the version its --version prints ("Roster 0.1.0").
version=$("$program" --version 2>/dev/null | head -n 1)
[ -n "${version##* }" ] || { echo "$program --version printed nothing" >&2; exit 1; }
"$help2man" --no-info --name "$name_line" --section 1 --version-string "$program ${version##* }" \
    "${includes[@]}" --output "$output.tmp" "$program"
mv "$output.tmp" "$output"
gzip -9 -n -c "$output" >"$output.gz"   # installed compressed, as Debian's policy asks
