/** Where the citation index lists an id: under itself and every enclosing provision of what it cites. */
import {kindOfPrefix} from '../data/citation-kinds.js'

/** Parts naming the instrument, for an id whose prefix no kind has. */
const defaultDepth = 2

/** The id and every enclosing id down to the instrument or section: usc/19/1862/c/3 -> .../c, usc/19/1862. */
export function rollUp(id: string): string[] {
  const parts = id.split('/')
  const depth = kindOfPrefix(parts[0])?.rollUpDepth ?? defaultDepth
  const ids: string[] = []
  for (let n = parts.length; n >= Math.min(depth, parts.length); n--)
    ids.push(parts.slice(0, n).join('/'))
  return ids
}

/** Longest run a range is listed under, section by section. */
const maxSpanned = 200

/** The designators from `a` to `b` of one letter repeated ("a".."d", "aa".."mm"), both excluded; null if not such a run. */
function letterRun(a: string, b: string): string[] | null {
  const repeated = /^([a-zA-Z])\1*$/
  if (!repeated.test(a) || !repeated.test(b) || a.length !== b.length) return null
  // Roman numerals ("(i)" through "(v)") are not runs of letters.
  if (/^[ivxlIVXL]$/.test(a) && /^[ivxlIVXL]$/.test(b)) return null
  const out: string[] = []
  for (let c = a.charCodeAt(0) + 1; c < b.charCodeAt(0); c++)
    out.push(String.fromCharCode(c).repeat(a.length))
  return out
}

/** What stands between two ends of one level, in order, where it can be told: "668".."668d" -> 668a, 668b, 668c. */
function between(a: string, b: string): string[] | null {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const out: string[] = []
    for (let n = Number(a) + 1; n < Number(b); n++) out.push(String(n))
    return out
  }
  let common = 0
  while (common < a.length && a[common] === b[common]) common++
  const stem = a.slice(0, common)
  const from = a.slice(common)
  const to = b.slice(common)
  // "470aaa".."470aaa-11": the numbered sections after the stem.
  const numbered = /^-(\d+)$/.exec(to)
  if (from === '' && numbered)
    return Array.from({length: Number(numbered[1]) - 1}, (_, i) => `${stem}-${i + 1}`)
  // "668".."668d": the stem's lettered sections before the last.
  if (from === '' && /^[a-z]$/.test(to) && /\d$/.test(stem)) {
    const out: string[] = []
    for (let c = 0x61; c < to.charCodeAt(0); c++) out.push(stem + String.fromCharCode(c))
    return out
  }
  if (/\d$/.test(stem) || stem === '') {
    const run = letterRun(from, to)
    if (run) return run.map((l) => stem + l)
  }
  return null
}

/**
 * The ids a range spans between its ends, both excluded, where their order can be told: "usc/16/668" through
 * "usc/16/668d" spans usc/16/668a, 668b, 668c; "usc/5/552a/b/1" through ".../b/11" spans .../b/2 ... .../b/10. The
 * citation index lists a range under each (the ends are citations of their own).
 */
export function spanned(from: string, through: string): string[] {
  const a = from.split('/')
  const b = through.split('/')
  if (a.length !== b.length || a.slice(0, -1).join('/') !== b.slice(0, -1).join('/')) return []
  const parent = a.slice(0, -1).join('/')
  const run = between(a[a.length - 1]!, b[b.length - 1]!) ?? []
  return run.length > maxSpanned ? [] : run.map((last) => `${parent}/${last}`)
}
