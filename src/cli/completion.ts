/**
 * Shell completion scripts, made from the command table and each command's options: the command
 * after `proclaim`, then that command's flags after a `-`, and files otherwise.
 */

/** What completion knows of a command. */
export interface CompletionSpec {
  name: string
  summary: string
  /** Its flags (`--format`, `-h`) or, for `help` and `completion`, the words it takes. */
  words: string[]
  /** Whether `words` are its arguments rather than its flags (no files completed). */
  arguments?: boolean
}

export const shells = ['bash', 'zsh'] as const
export type Shell = (typeof shells)[number]

const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`

export function completionScript(shell: Shell, specs: readonly CompletionSpec[]): string {
  return shell === 'bash' ? bashScript(specs) : zshScript(specs)
}

function bashScript(specs: readonly CompletionSpec[]): string {
  const cases = specs.map(
    (s) => `    ${s.name}) flags=${quote(s.words.join(' '))}${s.arguments ? '; args=1' : ''} ;;`
  )
  return `# proclaim completion for bash: eval "$(proclaim completion bash)" in ~/.bashrc
_proclaim() {
  local cur=\${COMP_WORDS[COMP_CWORD]} flags='' args=0
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W ${quote([...specs.map((s) => s.name), '--help', '--version'].join(' '))} -- "$cur"))
    return
  fi
  case \${COMP_WORDS[1]} in
${cases.join('\n')}
  esac
  # Flags after a dash; otherwise files (complete -o default), or a command's own words.
  if [[ $cur == -* || $args == 1 ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  fi
}
complete -o default -F _proclaim proclaim
`
}

function zshScript(specs: readonly CompletionSpec[]): string {
  const commands = specs.map((s) => `    ${quote(`${s.name}:${s.summary}`)}`)
  const cases = specs.map(
    (s) =>
      `    ${s.name}) flags=(${s.words.map(quote).join(' ')})${s.arguments ? '; args=1' : ''} ;;`
  )
  return `#compdef proclaim
# proclaim completion for zsh: source <(proclaim completion zsh) in ~/.zshrc, or save it as _proclaim on $fpath
_proclaim() {
  local -a commands flags
  local args=0
  commands=(
${commands.join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case $words[2] in
${cases.join('\n')}
  esac
  if [[ $PREFIX == -* || $args == 1 ]]; then
    compadd -- $flags
  else
    _files
  fi
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _proclaim "$@"
else
  compdef _proclaim proclaim
fi
`
}
