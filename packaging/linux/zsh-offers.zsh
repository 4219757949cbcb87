# What zsh's completion system offers for command lines, from a real interactive zsh in a pty:
#   zsh -f zsh-offers.zsh ZSH_COMPLETION_FILE LINE...
# For each LINE, "== LINE" and then the matches offered at its end, sorted, one a line. compadd
# is wrapped to note the matches the completion functions add. Each step waits for the shell to
# print a marker, never for a time (check-completions.sh uses it).
zmodload zsh/zpty
completion_dir=${1:h} out=$(mktemp)
shift
zpty roster_zsh 'zsh -f -i'
zpty -w roster_zsh "PS1='%% '; fpath=(${(q)completion_dir} \$fpath); autoload -Uz compinit; compinit -u -D
compadd() { if (( \${argv[(I)-[OAD]*]} )); then builtin compadd \"\$@\"; return; fi
  local -a hits; builtin compadd -A hits \"\$@\"; (( \$#hits )) && print -rl -- \$hits >>${(q)out}
  builtin compadd \"\$@\"; }
zstyle ':completion:*' list-prompt ''; unsetopt beep; LISTMAX=0"
# The marker is computed, so that only the command's output matches it, not its echo.
zpty -w roster_zsh 'print roster-ready-$(( 1 + 1 ))'
zpty -r roster_zsh reply '*roster-ready-2*'
integer n=0
for line; do
    (( n++ ))
    : >$out
    zpty -w -n roster_zsh "$line"$'\t'
    zpty -w roster_zsh $'\C-u'"print roster-done-\$(( $n * 2 ))"
    zpty -r roster_zsh reply "*roster-done-$(( n * 2 ))*"
    print -r -- "== $line"
    sort -u $out
done
zpty -d roster_zsh
rm -f $out
