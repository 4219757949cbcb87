#!/usr/bin/env bash
# Checks the shell completions against roster-cli's own --help, so that they cannot drift:
#   check-completions.sh ROSTER_CLI BASH_COMPLETION ZSH_COMPLETION
# bash: the completion function offers exactly the commands of `roster-cli --help`, and for each
# command exactly the options of `roster-cli COMMAND --help`; it offers the workspaces by name.
# zsh: the file parses (zsh -n), and zsh's completion system offers the same (zsh-offers.zsh).
# Needs a keychain for `workspace add` (tests/run-with-keyring.sh provides one).
set -uo pipefail
roster_cli=$1 bash_file=$2 zsh_file=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" LANG=C LC_ALL=C

# "workspace add", "link", ... as `roster-cli --help` lists them.
mapfile -t commands < <("$roster_cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]\+\( [a-z-]\+\)\?\)  .*/\1/p')
[ "${#commands[@]}" -ge 10 ] || fail "roster-cli --help lists only ${#commands[@]} commands"

help_options() { # the options of a command, one a line, sorted
    # shellcheck disable=SC2086 # the command's words
    "$roster_cli" $1 --help | sed -n '/^Options:/,/^$/p' |
        grep -oE '^  (-[a-zA-Z], )?--[a-z0-9-]+' | tr -d ' ' | tr ',' '\n' | sort -u
}

same() { # what, expected, offered
    if [ "$2" != "$3" ]; then
        fail "$1: expected and offered differ:"
        diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") >&2
    fi
}

# bash: run the completion function as bash would for the words given.
bash_offers() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));
        _roster_cli; printf "%s\n" "${COMPREPLY[@]}"' bash "$bash_file" "$@" | sort -u
}

first_words=$(printf '%s\n' "${commands[@]}" | cut -d' ' -f1 | sort -u)
same "bash: roster-cli <TAB>" "$first_words" "$(bash_offers "$roster_cli" '')"
for group in $first_words; do
    subs=$(printf '%s\n' "${commands[@]}" | sed -n "s/^$group \(.*\)/\1/p" | sort -u)
    [ -n "$subs" ] && same "bash: roster-cli $group <TAB>" "$subs" "$(bash_offers "$roster_cli" "$group" '')"
done
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086
    same "bash: roster-cli $command -<TAB>" "$(help_options "$command")" \
        "$(bash_offers "$roster_cli" $command -)"
done

# Workspaces by name, for --workspace and for the workspace commands' NAME.
for name in 'Acme' 'Acme "North" & Co'; do
    echo key | "$roster_cli" workspace add "$name" --provider beam --key-stdin >/dev/null ||
        fail "workspace add $name"
done
expected=$(printf '%q\n' 'Acme' 'Acme "North" & Co' | sort -u)
same "bash: roster-cli link -w <TAB>" "$expected" "$(bash_offers "$roster_cli" link -w '')"
same "bash: roster-cli link -w Acme\\ \\\"N<TAB>" "$(printf '%q' 'Acme "North" & Co')" \
    "$(bash_offers "$roster_cli" link -w 'Acme\ \"N')"
same "bash: roster-cli workspace test <TAB>" "$expected" \
    "$(bash_offers "$roster_cli" workspace test '')"
same "bash: roster-cli members list --workspace Acme --status <TAB>" \
    "$(printf '%s\n' active deactivated pending)" \
    "$(bash_offers "$roster_cli" members list --workspace Acme --status '')"

# zsh: the same, from zsh's completion system itself in an interactive zsh.
if ! command -v zsh >/dev/null; then
    fail "zsh is not installed"
else
    zsh -n "$zsh_file" || fail "zsh -n $zsh_file"
    lines=('roster-cli ')
    for group in $first_words; do lines+=("roster-cli $group "); done
    for command in "${commands[@]}"; do lines+=("roster-cli $command -"); done
    lines+=('roster-cli link -w ' 'roster-cli members list --status ')
    PATH="$(dirname "$roster_cli"):$PATH" timeout 120 zsh -f "$(dirname "$0")/zsh-offers.zsh" \
        "$zsh_file" "${lines[@]}" >"$scratch/zsh-offers" || fail "zsh-offers.zsh"
    zsh_offers() { awk -v line="== $1" '$0 == line { on = 1; next } /^== / { on = 0 } on' "$scratch/zsh-offers"; }

    same "zsh: roster-cli <TAB>" "$first_words" "$(zsh_offers 'roster-cli ')"
    for group in $first_words; do
        subs=$(printf '%s\n' "${commands[@]}" | sed -n "s/^$group \(.*\)/\1/p" | sort -u)
        [ -n "$subs" ] && same "zsh: roster-cli $group <TAB>" "$subs" "$(zsh_offers "roster-cli $group ")"
    done
    for command in "${commands[@]}"; do
        same "zsh: roster-cli $command -<TAB>" "$(help_options "$command")" \
            "$(zsh_offers "roster-cli $command -")"
    done
    same "zsh: roster-cli link -w <TAB>" "$expected" "$(zsh_offers 'roster-cli link -w ')"   # as inserted, quoted
    same "zsh: roster-cli members list --status <TAB>" "$(printf '%s\n' active deactivated pending)" \
        "$(zsh_offers 'roster-cli members list --status ')"
fi

[ "$failures" -eq 0 ] && echo "completions agree with roster-cli --help (${#commands[@]} commands)"
exit $((failures > 0))
