#!/usr/bin/env bash
# Sourced, not run: install_missing_packages LIST installs whichever Debian packages named in LIST
# (one a line; text after the name says why) are not installed yet, as root or through sudo.
# Used by packaging/quickstart.sh and tests/sanitize/run.sh.

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "${0##*/}: installing packages needs root; run as root or install sudo" >&2
        exit 1
    fi
}

install_missing_packages() {
    local list=$1 wanted package missing=()
    wanted=$(sed -e 's/#.*//' "$list" | awk 'NF { print $1 }')
    for package in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "${0##*/}: installing ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            "${missing[@]}"
    fi
}
