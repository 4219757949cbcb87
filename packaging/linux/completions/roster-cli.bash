# bash completion for roster-cli                                    -*- shell-script -*-
# The commands and options here are checked against roster-cli's --help by
# packaging/linux/check-completions.sh (ctest -L packaging).

_roster_cli_commands='workspace members member link import csv audit'

_roster_cli_subcommands()
{
    case $1 in
        workspace) echo 'add list edit remove test' ;;
        members) echo 'list export sync deactivate reactivate' ;;
        member) echo 'add edit show deactivate reactivate' ;;
        csv) echo 'inspect' ;;
        import) echo 'list undo' ;;
    esac
}

# Groups that are a command too: "import FILE" beside "import list".
_roster_cli_is_command()
{
    [[ $1 == import ]]
}

# Whether `word` names a sub-command of `group` ("list" of "import"; any word of a group that is
# no command itself).
_roster_cli_takes_sub()
{
    local subs
    subs=$(_roster_cli_subcommands "$1")
    [[ -n $subs ]] || return 1
    _roster_cli_is_command "$1" || return 0
    [[ " $subs " == *" $2 "* ]]
}

# The options of a command ("workspace add", "link", ...).
_roster_cli_options()
{
    local common='-h --help --help-all --quiet --trace-http'
    local service='-w --workspace --key-stdin --timeout'
    local csv='--encoding --delimiter --header --no-header'
    local profile='--bio --status --linkedin --twitter --instagram --picture'
    local workspace='--url --community-url --business-id --rate-limit --key-stdin'
    case $1 in
        'workspace add') echo "$common --provider $workspace" ;;
        'workspace list') echo "$common --json" ;;
        'workspace edit') echo "$common --name $workspace" ;;
        'workspace remove') echo "$common" ;;
        'workspace test') echo "$common --key-stdin --timeout" ;;
        'members list') echo "$common $service --status --json" ;;
        'members export') echo "$common $service --status" ;;
        'members sync') echo "$common $service --json" ;;
        'members deactivate')
            echo "$common $service --from --dry-run --map --report --report-utf8 --report-json" \
                "--resume --json --wait --max-deactivations --yes $csv" ;;
        'members reactivate')
            echo "$common $service --from --dry-run --map --report --report-utf8 --report-json" \
                "--resume --json --wait $csv" ;;
        'member add')
            echo "$common $service --name --first-name --last-name --role --group $profile" \
                '--introduce --pending --json' ;;
        'member edit')
            echo "$common $service --name --first-name --last-name --email $profile" \
                '--clear --add-group --remove-group --json' ;;
        'member show') echo "$common $service --local --json" ;;
        'member deactivate' | 'member reactivate') echo "$common $service --json" ;;
        link) echo "$common $service" ;;
        import)
            echo "$common $service --dry-run --from-plan --map --set --mode --pending" \
                "--introduce --report --report-utf8 --report-json --resume --json --wait" \
                "--max-deactivations --yes $csv" ;;
        'import undo')
            echo "$common $service --dry-run --include-created --include-conflicts --json" \
                "--report --report-utf8 --report-json --wait --max-deactivations --yes" ;;
        'import list') echo "$common $service --limit --json" ;;
        'csv inspect') echo "$common --json $csv" ;;
        audit)
            echo "$common $service --member --action --user --since --until --limit --json" ;;
    esac
}

# Options followed by a value, in every command that has them.
_roster_cli_takes_value()
{
    case $1 in
        --provider | --url | --community-url | --business-id | --rate-limit | --name | \
            -w | --workspace | --timeout | --status | --first-name | --last-name | --role | \
            --group | --bio | --linkedin | --twitter | --instagram | --picture | --email | \
            --clear | --add-group | --remove-group | --from-plan | --map | --set | --mode | \
            --report | --encoding | --delimiter | --member | --action | --user | --since | \
            --until | --limit | --from | --report-json | --max-deactivations)
            return 0 ;;
    esac
    return 1
}

# The workspaces' names, one a line, read from the workspace list (no keychain, no network).
_roster_cli_workspaces()
{
    "$1" workspace list --json 2>/dev/null |
        sed -n 's/^ *"name": "\(.*\)",\{0,1\}$/\1/p' | sed 's/\\"/"/g; s/\\\\/\\/g'
}

_roster_cli_complete_words()
{
    COMPREPLY=($(compgen -W "$1" -- "$2"))
}

_roster_cli_complete_files()
{
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$1"))
}

_roster_cli_complete_workspaces()
{
    # What was typed, without the backslashes and the opening quote that escape it.
    local name typed=${2//\\/}
    typed=${typed#[\"\']}
    COMPREPLY=()
    while IFS= read -r name; do
        [[ $name == "$typed"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
    done < <(_roster_cli_workspaces "$1")
}

_roster_cli()
{
    local program=${COMP_WORDS[0]}
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=
    ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The command's words, and how many positional arguments follow them.
    local command= arguments=0 i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -* ]]; then
            _roster_cli_takes_value "$word" && ((i++))
        elif [[ -z $command ]]; then
            command=$word
        elif [[ $command != *' '* ]] && _roster_cli_takes_sub "$command" "$word"; then
            command="$command $word"
        else
            ((arguments++))
        fi
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            _roster_cli_complete_words '-h --help --version --trace-http' "$cur"
        else
            _roster_cli_complete_words "$_roster_cli_commands" "$cur"
        fi
        return
    fi
    if [[ $command != *' '* && -n $(_roster_cli_subcommands "$command") ]] &&
        ! _roster_cli_is_command "$command"; then
        _roster_cli_complete_words "$(_roster_cli_subcommands "$command")" "$cur"
        return
    fi

    case $prev in
        --provider) _roster_cli_complete_words 'heartbeat forward beam' "$cur"; return ;;
        -w | --workspace) _roster_cli_complete_workspaces "$program" "$cur"; return ;;
        --picture | --report | --report-json | --from) _roster_cli_complete_files "$cur"; return ;;
        --mode)
            _roster_cli_complete_words 'create upsert mirror deactivate reactivate' "$cur"
            return ;;
        --clear)
            _roster_cli_complete_words 'bio status linkedin twitter instagram picture' "$cur"
            return ;;
        --encoding)
            _roster_cli_complete_words 'UTF-8 UTF-16LE UTF-16BE windows-1252' "$cur"; return ;;
        --delimiter) _roster_cli_complete_words ', ; | tab' "$cur"; return ;;
        --from-plan) _roster_cli_complete_words 'last' "$cur"; return ;;
        --action)
            _roster_cli_complete_words 'create update deactivate reactivate link sign-in-page
                sync unlisted group-add group-remove workspace-test' "$cur"
            return ;;
        --status)
            [[ $command == members\ * ]] &&
                _roster_cli_complete_words 'active pending deactivated' "$cur"
            return ;;
    esac
    _roster_cli_takes_value "$prev" && return

    if [[ $cur == -* ]]; then
        _roster_cli_complete_words "$(_roster_cli_options "$command")" "$cur"
        return
    fi
    ((arguments > 0)) && return
    case $command in
        import)
            _roster_cli_complete_files "$cur"
            COMPREPLY+=($(compgen -W "$(_roster_cli_subcommands import)" -- "$cur")) ;;
        'members export' | 'csv inspect') _roster_cli_complete_files "$cur" ;;
        'import undo') _roster_cli_complete_words 'last' "$cur" ;;
        'workspace edit' | 'workspace remove' | 'workspace test')
            _roster_cli_complete_workspaces "$program" "$cur" ;;
    esac
}

complete -F _roster_cli roster-cli
