#!/usr/bin/env bash
# Checks the shell completions against roster-cli's own --help, so that they cannot drift:
#   check-completions.sh ROSTER_CLI BASH_COMPLETION ZSH_COMPLETION
# bash: the completion function offers exactly the commands of `roster-cli --help`, and for each
# command exactly the options of `roster-cli COMMAND --help`; it offers the workspaces by name.
# zsh: the file parses (zsh -n), its commands and each command's options are those of --help, and
# it reads the workspaces' names.
# Needs a keychain for `workspace add` (tests/run-with-keyring.sh provides one).
set -uo pipefail
roster_cli=$1 bash_file=$2 zsh_file=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# An empty working directory: a command that takes a file ("import FILE" beside "import list")
# offers the files here with its sub-commands.
mkdir "$scratch/empty" && cd "$scratch/empty" || exit 1
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

# zsh: the file parses, and its tables hold the same commands and options. They are read from the
# file itself, sourced in a plain zsh: driving zsh's completion system in a pseudo-terminal
# (zpty) lost keys now and then on a loaded machine.
if ! command -v zsh >/dev/null; then
    fail "zsh is not installed"
else
    zsh -n "$zsh_file" || fail "zsh -n $zsh_file"
    zsh_lists() { # no argument: the commands; a command: its options; one a line, sorted
        zsh -f -c 'source "$1"; shift
            if (( $# == 0 )); then
                _roster-cli_commands
                for entry in $reply; do
                    name=${entry%%:*} sub=${entry#*:}
                    print -r -- "$name${${sub%%:*}:+ ${sub%%:*}}"
                done
            else
                _roster-cli_options "$1"
                for spec in $reply; do
                    spec=${spec#\(*\)} spec=${spec#\*}
                    [[ $spec == -* ]] && print -r -- ${spec%%[\[=+:]*}
                done
            fi' zsh "$zsh_file" "$@" | sort -u
    }
    same "zsh: the commands" "$(printf '%s\n' "${commands[@]}" | sort -u)" "$(zsh_lists)"
    for command in "${commands[@]}"; do
        same "zsh: roster-cli $command -<TAB>" "$(help_options "$command")" "$(zsh_lists "$command")"
    done
    # The workspaces' names, as the completion reads them from `workspace list --json`.
    zsh_workspaces=$(zsh -f -c 'source "$1"; roster_cli=$2
        _call_program() { shift; "$@"; }
        _describe() { print -rl -- "${(@P)4}"; }
        _roster-cli_workspaces' zsh "$zsh_file" "$roster_cli" | sort -u)
    same "zsh: roster-cli link -w <TAB>" "$(printf '%s\n' 'Acme' 'Acme "North" & Co' | sort -u)" \
        "$zsh_workspaces"
fi

[ "$failures" -eq 0 ] && echo "completions agree with roster-cli --help (${#commands[@]} commands)"
exit $((failures > 0))
