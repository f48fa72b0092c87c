/** Checks of option values shared by the commands: each bad value is a UsageError (one line, exit 2). */
import {UsageError} from './io.js'

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 does not). */
export function isoDateOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const m = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/.exec(value)
  const {year, month, day} = m?.groups ?? {}
  const date = m ? new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))) : null
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new UsageError(
      `--${flag} \`${value}\` is not a date: write it YYYY-MM-DD, such as 2025-06-15`
    )
  return value
}

/** A whole number of at least `min` (1 unless told). */
export function integerOption(
  flag: string,
  value: string | undefined,
  min = 1
): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new UsageError(`--${flag} \`${value}\` is not a whole number of at least ${min}`)
  return Number(value)
}

/** One of a fixed list of values. */
export function choiceOption<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[]
): T | undefined {
  if (value === undefined) return undefined
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be one of ${choices.join(', ')}, not \`${value}\``)
  return value as T
}
