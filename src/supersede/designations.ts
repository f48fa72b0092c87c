/**
 * Provision designations as amending instructions print them, read into paths of a provision id
 * (docs/citation-ids.md): "subsections 2(a)-(b)" -> 2/a, 2/b; "sections 6, 7, and 11"; "clause
 * 3(a)(ii)"; "subsection (vi)" under the section an item is "in". Every expression is bounded.
 */
import {sameKind, under} from '../util/designators.js'

/** One designator in parentheses: "(a)", "(iv)", "(12)"; space inside allowed ("( d )" does not occur, "2 (d)" does). */
const designator = String.raw`\([0-9A-Za-z]{1,6}\)`

/** A section or clause number: "2", "1-504", "2.1", "5A". */
const sectionNumber = String.raw`\d{1,4}[A-Za-z]?(?:[.-]\d{1,4}[A-Za-z]?)*`

/** One designation: a number and its designators ("3(c)(i)(A)", "2 (d)"), or designators alone ("(vi)", "(a)(i)"). */
const one = String.raw`(?:${sectionNumber}(?:\s?${designator})*|(?:${designator})+)`

/** Between two designations of a list or range. */
const joiner = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[-–—]\s*|\s+(?:through|to)\s+)`

/** The words that name a provision before its designation. */
const provisionWord =
  '(?:[Ss]ections?|[Ss]ubsections?|[Cc]lauses?|[Pp]aragraphs?|[Ss]ubparagraphs?|[Ss]ubparts?)'

/** A list of designations. Group `list`. */
const listOf = `(?<list>${one}(?:${joiner}${one})*)`

/**
 * Provisions named with their word: "subsections 2(c), 2(d), and 2(e)", "section 5", "clause 3(a)(ii)".
 * Groups `list`; `of`: what follows, to tell a provision of another instrument or of the document itself.
 */
export const namedProvisions = new RegExp(
  String.raw`\b(?<word>${provisionWord})\s+${listOf}(?![\w(])(?<of>\s*,?\s*of\s+(?:the\s+|that\s+|such\s+|said\s+|this\s+)?[A-Za-z]+(?:\s+(?:[A-Za-z]+|\d{1,2}\s+[A-Z][a-z]+))?)?`,
  'g'
)

/** A bare list after "as": "as 5 and 6", "as 2(a), 2(b), and 2(c)". Group `list`. */
export const bareList = new RegExp(String.raw`^\s*${listOf}(?![\w(])`)

/** A provision word in the singular ("section", not "sections"): one provision, so "section 1-4" is one number. */
export const singularWord = (word: string | undefined): boolean => !/s$/i.test(word ?? '')

/** Whose provision a trailing "of ..." says it is: the same order ("of that order"), or not ours to read. */
const ofOther =
  /^\s*(?:,\s*)?of\s+(?:(?:the\s+)?(?:Executive|Proclamation|Presidential|National|Memorandum)|this\b|the\s+[A-Z][\w-]*\s+(?:\d{1,2}\s+)?(?:Order|Memo|Memorandum|Proclamation)\b)/

/** Whether the provisions a match names are of another instrument or of the amending document itself. */
export const ofAnother = (of: string | undefined): boolean => of !== undefined && ofOther.test(of)

/** A new provision beside another: "after clause (9)" a new "(10)" is 10, after subsection (vii) "(viii)" 2/b/viii. */
export function besides(anchor: readonly string[], relative: readonly string[]): string[] {
  const last = anchor[anchor.length - 1]
  return last !== undefined && sameKind(last, relative[0]!)
    ? [...anchor.slice(0, -1), ...relative]
    : [...anchor, ...relative]
}

const romans: ReadonlyArray<[string, number]> = [
  ['x', 10],
  ['ix', 9],
  ['v', 5],
  ['iv', 4],
  ['i', 1]
]

function fromRoman(s: string): number {
  let n = 0
  let rest = s.toLowerCase()
  while (rest) {
    const hit = romans.find(([r]) => rest.startsWith(r))
    if (!hit) return Number.NaN
    n += hit[1]
    rest = rest.slice(hit[0].length)
  }
  return n
}

function toRoman(n: number, upper: boolean): string {
  let out = ''
  let rest = n
  for (const [r, v] of romans) {
    while (rest >= v) {
      out += r
      rest -= v
    }
  }
  return upper ? out.toUpperCase() : out
}

/** Every designator from `a` to `b`, of one kind ("c".."e", "ii".."iii", "6".."11"); null if they are of none. */
function span(a: string, b: string): string[] | null {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return counted(Number(a), Number(b), String)
  const letters = /^[a-z]$/i.test(a) && /^[a-z]$/i.test(b)
  const [ra, rb] = [fromRoman(a), fromRoman(b)]
  if (!letters || (a.length > 1 && b.length > 1)) {
    if (/^[ivxl]+$/i.test(a) && /^[ivxl]+$/i.test(b) && ra > 0 && rb > 0)
      return counted(ra, rb, (n) => toRoman(n, a === a.toUpperCase()))
  }
  if (letters) return counted(a.charCodeAt(0), b.charCodeAt(0), (c) => String.fromCharCode(c))
  return null
}

/** Whether designator `b` comes right after `a` ("v" after "iv", "d" after "c", "7" after "6"). */
export const follows = (a: string, b: string): boolean => span(a, b)?.length === 2

/** The numbers from a to b as designators, when a short run (a misreading never yields hundreds). */
function counted(a: number, b: number, show: (n: number) => string): string[] | null {
  if (!(b > a) || b - a > 40) return null
  return Array.from({length: b - a + 1}, (_, i) => show(a + i))
}

/**
 * A hyphenated section number ("1-504", "2-101"), not a range ("sections 6-11"): short, then three digits or more;
 * after a singular word ("section 1-4") any hyphen is the number's.
 */
const hyphenatedNumber = /^\d{1,2}-\d{3,}$/

/** One designation's parts: "3(c)(i)(A)" -> 3, c, i, A; "(vi)" -> vi (relative: no number first). */
function partsOf(text: string): {parts: string[]; relative: boolean} {
  const number = /^\d[\w.-]*/.exec(text)?.[0]
  const designators = [...text.matchAll(/\(([0-9A-Za-z]{1,6})\)/g)].map((m) => m[1]!)
  return number
    ? {parts: [number, ...designators], relative: false}
    : {parts: designators, relative: true}
}

/**
 * The paths a list of designations names, ranges spelled out ("2(c)-(e)" -> [2,c], [2,d], [2,e]), each
 * relative one under `scope` or after the one before it in the list.
 */
export function pathsOf(list: string, scope: readonly string[], singular = false): string[][] {
  const paths: string[][] = []
  let kept = 0
  for (const m of list.matchAll(oneGlobal)) {
    // What stands between this designation and the one before: a range's hyphen or "through", or a list's comma.
    const range = /^\s*(?:[-–—]|through|to)\s*$/.test(list.slice(kept, m.index))
    kept = m.index + m[0].length
    const text = m[0].trim()
    // "6-11": a range inside what reads as one number ("1-504" is a number).
    const hyphen = /^(\d{1,4})-(\d{1,4})$/.exec(text)
    if (hyphen && !singular && !hyphenatedNumber.test(text)) {
      const run = span(hyphen[1]!, hyphen[2]!)
      if (run) {
        paths.push(...run.map((n) => [n]))
        continue
      }
    }
    const {parts, relative} = partsOf(text)
    if (parts.length === 0) continue
    const previous = paths[paths.length - 1]
    const path = !relative
      ? parts
      : previous
        ? [...previous.slice(0, Math.max(0, previous.length - parts.length)), ...parts]
        : under(scope, parts)
    if (range && previous && previous.length === path.length) {
      const run = span(previous[previous.length - 1]!, path[path.length - 1]!)
      if (run) {
        paths.push(...run.slice(1).map((d) => [...path.slice(0, -1), d]))
        continue
      }
    }
    paths.push(path)
  }
  return paths
}

/** Each designation of a list, left to right. */
const oneGlobal = new RegExp(one, 'g')

/** The designation an inserted provision opens with: "(viii) ..." -> viii; "Sec. 11. ..." -> 11; null if none. */
export function openingDesignation(text: string): {parts: string[]; relative: boolean} | null {
  const section = /^\s*(?:Sec(?:tion)?\.?|Clause)\s+(\d{1,4}[A-Za-z]?)\b/i.exec(text)
  if (section) return {parts: [section[1]!], relative: false}
  // "5. The Secretary ...", "1-4. Additional Exclusions.": a numbered paragraph or section.
  const numbered = /^\s*(\d{1,4}(?:-\d{1,4})?[A-Za-z]?)\.\s+[A-Z]/.exec(text)
  if (numbered) return {parts: [numbered[1]!], relative: false}
  const paren = /^\s*((?:\([0-9A-Za-z]{1,6}\))+)\s/.exec(text)
  return paren ? partsOf(paren[1]!) : null
}
