/** Dates as printed in presidential documents, read to ISO form. */
import {months, wordsToNumber} from '../data/numbers.js'

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** ISO date from numbers, or null if no such day exists. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (month < 1 || month > 12 || day < 1 || year < 1776 || year > 2999) return null
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCMonth() !== month - 1) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Month number from its name (or a three-letter abbreviation), 1-12. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '')
  const index = months.findIndex(
    (m) => m === key || (key.length >= 3 && m.startsWith(key) && key.length <= m.length)
  )
  return index === -1 ? undefined : index + 1
}

/** "January 30, 2017" parts -> "2017-01-30". */
export function printedDateToIso(month: string, day: string, year: string): string | null {
  const m = monthNumber(month)
  return m === undefined ? null : isoDate(Number(year), m, Number(day))
}

/** "fourteenth", "January", "two thousand twenty-six" -> "2026-01-14". */
export function spelledDateToIso(day: string, month: string, year: string): string | null {
  const d = wordsToNumber(day) ?? (/^\d+/.test(day) ? Number.parseInt(day, 10) : undefined)
  const m = monthNumber(month)
  const y = wordsToNumber(year) ?? (/^\d{4}$/.test(year) ? Number(year) : undefined)
  if (d === undefined || m === undefined || y === undefined) return null
  return isoDate(y, m, d)
}

/**
 * The year of American Independence on a date: the first year began on July 4, 1776,
 * so 2026-01-14 falls in the 250th and 2026-07-04 begins the 251st.
 */
export function independenceYear(iso: string): number {
  const year = Number(iso.slice(0, 4))
  const monthDay = iso.slice(5)
  return year - 1776 + (monthDay >= '07-04' ? 1 : 0)
}

/** Whole days from one ISO date to another. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
}
