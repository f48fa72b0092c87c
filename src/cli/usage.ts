/**
 * A usage error as one line, and where to read more: `proclaim search: unknown option '--cit': did
 * you mean '--cite'?` then `Run 'proclaim search --help' for usage.` For every command, whether its
 * own check failed (UsageError) or `util.parseArgs` refused the arguments.
 */
import type {ParseArgsConfig} from 'node:util'
import {UsageError} from './io.js'
import {closest} from './suggest.js'

/** A command's `parseArgs` options (its exported `NAMEOptions`). */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>

/** Every flag of a command: `--name`, and `-x` where it has a short form. */
export function optionFlags(options: CommandOptions): string[] {
  return Object.entries(options).flatMap(([name, o]) =>
    o.short ? [`--${name}`, `-${o.short}`] : [`--${name}`]
  )
}

/** The long flags a help text lists, for a command that does not export its options. */
export function helpFlags(help: string): string[] {
  return [...new Set(help.match(/--[a-z][a-z0-9-]*/g) ?? [])]
}

/** Whether `error` is bad usage (exit 2) rather than a failure of the command. */
export function isUsageError(error: unknown): boolean {
  const code = (error as {code?: unknown} | null)?.code
  return (
    error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
  )
}

/** ` did you mean 'x'?` when something known is close to `typed`, else nothing. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const near = closest(typed, known)
  return near ? `: did you mean '${near}'?` : ''
}

/**
 * The one line saying what was wrong (without the `proclaim NAME: ` before it). `flags` are the
 * command's options, to suggest from. parseArgs's messages are read for the flag they name.
 */
export function usageMessage(error: Error, flags: readonly string[]): string {
  const code = (error as {code?: string}).code
  // The flag named first in the message: `'--cit'`, or `'-o, --output <value>'` (then the long one).
  const named = /'(-[^',\s]+)(?:, (--[^'\s]+))?/.exec(error.message)
  const flag = named?.[2] ?? named?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `unknown option '${flag}'${
      flag.startsWith('--')
        ? didYouMean(
            flag,
            flags.filter((f) => f.startsWith('--'))
          )
        : ''
    }`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(error.message)
      ? `option '${flag}' takes no value`
      : /ambiguous/.test(error.message)
        ? `option '${flag}' needs a value (one that begins with - is written ${flag}=-VALUE)`
        : `option '${flag}' needs a value`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /'([^']*)'/.exec(error.message)?.[1] ?? ''
    return `unexpected argument '${argument}': this command takes options only`
  }
  return error.message.split('\n')[0]!
}

/** The line after a usage error. */
export function usageHint(command: string | undefined): string {
  return `Run 'proclaim ${command ? `${command} ` : ''}--help' for usage.`
}
