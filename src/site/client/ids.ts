/**
 * Canonical ids as the site's files and the browser's search read them: where an id's page and
 * search shard live, and what a typed citation names. No imports and no Node.js: this module is
 * shipped to the browser as it compiles, and the site's builder uses the same functions, so a page
 * and the shard the browser asks for are always named alike.
 */

/**
 * One id segment as a file name: letters, digits, `.` and `-` kept (case too), every other
 * character `_` and its code in hex then `_`; a leading dot escaped, so no segment is `..`.
 */
export function fileSegment(segment: string): string {
  return segment
    .replace(/[^A-Za-z0-9.-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)
    .replace(/^\./, '_2e_')
}

/** The path (under the site's root, without extension) of the page and shard of a page id: `c/usc/19/1862`. */
export function citedPath(pageId: string): string {
  return `c/${pageId.split('/').map(fileSegment).join('/')}`
}

/** Segments naming the instrument of an eo/proc id: three for one named by date and title. */
const instrumentLength = (parts: readonly string[]): number =>
  parts.length >= 3 && /^\d{4}-\d{2}-\d{2}$/.test(parts[1]!) ? 3 : 2

/**
 * The id whose page lists an id: its section or instrument (`usc/19/1862/c` -> `usc/19/1862`), by
 * each kind's roll-up depth (`depths`, from the citation kinds table; 2 for a prefix it lacks).
 */
export function pageIdOf(id: string, depths: Readonly<Record<string, number>>): string {
  const parts = id.split('/')
  const prefix = parts[0]!
  const depth =
    prefix === 'eo' || prefix === 'proc' ? instrumentLength(parts) : (depths[prefix] ?? 2)
  return parts.slice(0, Math.min(depth, parts.length)).join('/')
}

/** A citation the user typed, read: its id at the section or instrument, and the subsections after it. */
export interface TypedCitation {
  id: string
  subsections: string[]
}

/** `(c)(3)(A)` -> c, 3, A. */
function designators(text: string): string[] {
  return [...text.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!.trim())
}

/** `3(b)(ii)` -> 3, b, ii. */
function pathOf(text: string): string[] {
  const [, head, rest] = /^([^(\s]+)\s*((?:\([^()]*\))*)$/.exec(text.trim()) ?? []
  return head ? [head.replace(/\.$/, '').toLowerCase(), ...designators(rest ?? '')] : []
}

// Every form reads text whose spaces are single (readCitation folds them): a space is ' ', not `\s+`, so no
// two pieces of a form can share a run of spaces.
const subs = String.raw` ?((?:\([^()]+\))*)`

/**
 * The forms of citation people type, each with the id it gives: a table, tried in order. Forms the
 * table does not read (named acts, short forms such as "section 232") are looked up in the names the
 * corpus's own documents print (`search/names.json`).
 */
const forms: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => TypedCitation | null]> = [
  // An id as written: usc/19/1862/c.
  [/^([a-z]+(?:\/[^\s/]+)+)$/, (m) => ({id: m[1]!, subsections: []})],
  // 19 U.S.C. 1862(c), 19 USC § 1862, 50 U.S.C. 1701 et seq.
  [
    new RegExp(
      String.raw`^(\d+) ?U\.? ?S\.? ?C\.? ?(?:A\.? ?)?(?:§+|sec(?:tion|\.)?)? ?(\d[\w-]*)${subs}(?: ?et\.? ?seq\.?)?$`,
      'i'
    ),
    (m) => ({id: `usc/${m[1]}/${m[2]}`, subsections: designators(m[3] ?? '')})
  ],
  // section 301 of title 3, United States Code
  [
    /^(?:section|sec\.?|§) ?(\d[\w-]*)(?: ?((?:\([^()]+\))+))? of title (\d+)(?:,? ?United States Code)?$/i,
    (m) => ({id: `usc/${m[3]}/${m[1]}`, subsections: designators(m[2] ?? '')})
  ],
  // 19 CFR 10.1, 15 CFR part 705
  [
    /^(\d+) ?C\.? ?F\.? ?R\.? ?(?:part ?|§+ ?)?(\d[\d.]*)$/i,
    (m) => ({id: `cfr/${m[1]}/${m[2]}`, subsections: []})
  ],
  // Public Law 115-232, Pub. L. 115-232
  [
    /^(?:public law|pub\.? ?l\.?) ?(?:no\.? ?)?(\d+) ?[-–] ?(\d+)$/i,
    (m) => ({id: `pl/${m[1]}/${m[2]}`, subsections: []})
  ],
  // 132 Stat. 1636
  [/^(\d+) ?Stat\.? ?(\d+)$/i, (m) => ({id: `stat/${m[1]}/${m[2]}`, subsections: []})],
  // 90 FR 9115, 88 Fed. Reg. 43,247
  [
    /^(\d+) ?(?:FR|Fed\.? ?Reg\.?) ?([\d,]+)$/i,
    (m) => ({id: `fr/${m[1]}/${m[2]!.replace(/,/g, '')}`, subsections: []})
  ],
  // section 3(b) of Executive Order 14257, clause 2 of Proclamation 9705
  [
    /^(?:section|sec\.?|clause|paragraph) (.+?) of (executive order|exec\.? ?order|e\.? ?o\.?|proclamation|proc\.?) ?(?:no\.? ?)?(\d+)$/i,
    (m) => ({id: `${/^p/i.test(m[2]!) ? 'proc' : 'eo'}/${m[3]}`, subsections: pathOf(m[1]!)})
  ],
  // Executive Order 14257, EO 14257, Proclamation 9705, Proc. 9705
  [
    /^(executive order|exec\.? ?order|e\.? ?o\.?|proclamation|proc\.?) ?(?:no\.? ?)?(\d+)$/i,
    (m) => ({id: `${/^p/i.test(m[1]!) ? 'proc' : 'eo'}/${m[2]}`, subsections: []})
  ]
]

/**
 * The longest text read as a typed citation: longer is words to search. The table's forms are short; bounded, no
 * query makes their backtracking (a name's length tried against what follows it) cost more than a glance.
 */
export const maxTypedCitation = 200

/** A typed citation in the table's forms, or null (words, or a form only the corpus's names know). */
export function readCitation(text: string): TypedCitation | null {
  const typed = text.trim().replace(/\s+/g, ' ')
  if (typed.length > maxTypedCitation) return null
  for (const [pattern, make] of forms) {
    const m = pattern.exec(typed)
    if (m) return make(m)
  }
  return null
}

/**
 * A name as `search/names.json` keys it: lower case, "the", "as amended", punctuation and spacing
 * dropped, so "Section 232 of the Trade Expansion Act of 1962, as amended" and "section 232 of
 * Trade Expansion Act of 1962" are one key. Subsections are read apart (`splitSubsections`).
 */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/,? ?as amended\b/g, '')
    .replace(/\bthe\b/g, '')
    .replace(/[^a-z0-9§]+/g, ' ')
    .trim()
}

/** A run of designators at a place: "(c)(3)". */
const designatorRun = /(?:\([^()]+\))+/y

/**
 * "section 232(c)(3)" -> "section 232" and c, 3; a name with no subsections is all name. The first run of
 * designators after some name, found by reading at each opening parenthesis once (an expression with a lazy name
 * before it tried every length of the name against the rest).
 */
export function splitSubsections(text: string): {name: string; subsections: string[]} {
  const typed = text.trim().replace(/\s+/g, ' ')
  for (
    let at = typed.indexOf('(');
    at !== -1 && typed.length <= maxTypedCitation;
    at = typed.indexOf('(', at + 1)
  ) {
    if (typed.slice(0, at).trim() === '') continue
    designatorRun.lastIndex = at
    const run = designatorRun.exec(typed)
    if (!run) continue
    const name = `${typed.slice(0, at)}${typed.slice(at + run[0].length)}`
      .replace(/ {2,}/g, ' ')
      .trim()
    return {name, subsections: designators(run[0])}
  }
  return {name: text.trim(), subsections: []}
}
