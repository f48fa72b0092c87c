/**
 * Small anchored scanners shared by the citation readers. Each takes the text and
 * a position and reads forward (sticky expressions) or backward (expressions
 * anchored at the end of a short window), so no reader scans the whole text.
 */
import {group, matchesIn, oneOf, optional, pattern, readAt, seq} from '../util/pattern.js'

/** A window of the text ending at `end`, for reading backward. */
export function before(text: string, end: number, size = 160): {window: string; offset: number} {
  const start = Math.max(0, end - size)
  return {window: text.slice(start, end), offset: start}
}

/** A printed section number and its subsections, with where it ends. */
export interface SectionRef {
  section: string
  subs: string[]
  start: number
  end: number
}

/** Designators in parentheses directly after a section: "(c)(3)(A)(i)". */
export const subsectionRun = '(?:\\((?:[0-9]{1,3}|[a-zA-Z]{1,4})\\))*'

/**
 * A list of sections as printed, read loosely (readSections reads it exactly): "1862",
 * "101, 212, and 214", "2251 through 2254", "668-668d", "232(b)".
 */
export const sectionList = String.raw`\d[\dA-Za-z()]*(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through)\s+|[-–]{1,2})\d[\dA-Za-z()]*)*`
/** "section", "§" before a section list; `several` where the marker announces more than one ("sections", "§§"). */
export const sectionsMarker = oneOf(group('several', '[Ss]ections|§§'), '[Ss]ection|§')
/** "sections 101, 212, and 214": the marker and its list, which an act's name or a title follows. */
export const sectionsListed = seq(
  String.raw`\b`,
  sectionsMarker,
  String.raw`\s+`,
  group('list', sectionList)
)

/** A section number: "1862", "10a", "470aaa". */
const sectionNumber = String.raw`\d+[A-Za-z]*`
/** One or two hyphens or dashes: a range, or a hyphen inside a number ("1320a-7b"). */
const dash = '[-–]{1,2}'
const sectionToken = pattern(
  'y',
  group('first', sectionNumber),
  // "-2254", "-7b": a range's other end or the rest of the number, told apart by the reader.
  group('hyphenated', optional(dash, sectionNumber)),
  group('subs', subsectionRun)
)
/** Between the items of a list: ", ", ", and ", " or " (a number follows). */
const listJoin = /(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=\d)/y
/** Between the ends of a range: " through ", " to ", "-" (a number follows). */
const rangeJoin = /\s*(?:through|to|[-–]{1,2})\s*(?=\d)/y
/**
 * Further designators of the same section, each a sibling of the last printed ones: "5531(b), (c), and (d)",
 * "1313(a)-(b)", "552a(b)(1) through (11)" (both ends of a range cited).
 */
const siblingDesignators = pattern(
  'y',
  String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through|to)\s+|\s*[-–]\s*)`,
  group('subs', String.raw`(?:\((?:[0-9]{1,3}|[a-zA-Z]{1,4})\))+`)
)

/** A designator's kind: a number, small letters, capitals. */
const designatorKind = (d: string): string => (/^\d/.test(d) ? '1' : /^[a-z]/.test(d) ? 'a' : 'A')

/** The index of the last designator of a kind in a list, -1 if none. */
function lastIndexOfKind(list: readonly string[], kind: string): number {
  for (let i = list.length - 1; i >= 0; i--) if (designatorKind(list[i]!) === kind) return i
  return -1
}

/** Whether designator `b` comes after `a` of the same kind ("(11)" after "(1)", "(c)" after "(b)"). */
function designatorFollows(a: string, b: string): boolean {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(b) > Number(a)
  return a.length === b.length ? b > a : b.length > a.length
}
/**
 * A list of sections: "1862", "1862(c)(3)", "2251-2254", "2251 through 2254",
 * "3301 and 3302", "1862, 2483". Ranges yield both ends; `rangeMarked` says the
 * printing announced several ("§§", "sections"), which turns "10a-10c" into a range.
 */
export function readSections(text: string, at: number, rangeMarked: boolean): SectionRef[] {
  const refs: SectionRef[] = []
  let pos = at
  for (;;) {
    const m = readAt(sectionToken, text, pos)
    if (!m) break
    const {first, hyphenated, subs: subsPrinted} = m.groups
    const start = pos
    pos = m.index + m[0].length
    if (hyphenated) {
      const second = hyphenated.replace(/^[-–]+/, '')
      const double = /^[-–]{2}/.test(hyphenated)
      const numeric = /^\d+$/.test(first) && /^\d+$/.test(second)
      const isRange = double || rangeMarked || (numeric && Number(second) > Number(first))
      if (isRange) {
        refs.push({section: first, subs: [], start, end: start + first.length})
        refs.push({section: second, subs: subsections(subsPrinted), start, end: pos})
      } else {
        refs.push({section: `${first}-${second}`, subs: subsections(subsPrinted), start, end: pos})
      }
    } else {
      const range = readAt(rangeJoin, text, pos)
      const afterSubs = subsections(subsPrinted)
      if (range && /through|to/.test(range[0]) === true) {
        const next = readAt(sectionToken, text, range.index + range[0].length)
        if (next) {
          refs.push({section: first, subs: afterSubs, start, end: pos})
          pos = next.index + next[0].length
          refs.push({
            section: next.groups.first + next.groups.hyphenated,
            subs: subsections(next.groups.subs),
            start,
            end: pos
          })
          const join = readAt(listJoin, text, pos)
          if (!join || readAt(nextCitation, text, join.index + join[0].length)) break
          pos = join.index + join[0].length
          continue
        }
      }
      // "10a(1)-10c(2)": a range whose ends carry subsections.
      if (range && afterSubs.length > 0) {
        const next = readAt(sectionToken, text, range.index + range[0].length)
        if (next && !next.groups.hyphenated) {
          refs.push({section: first, subs: afterSubs, start, end: pos})
          pos = next.index + next[0].length
          refs.push({
            section: next.groups.first,
            subs: subsections(next.groups.subs),
            start,
            end: pos
          })
          break
        }
      }
      refs.push({section: first, subs: afterSubs, start, end: pos})
      // "(c), and (d)" after "5531(b)": the same section's further subsections, each replacing the last printed
      // designator of its kind ("102(4)(A), (5)" is 102(5); "2301(b)(1), (2)" is 2301(b)(2)), and after it in
      // order ("6701(3), and (2) are not required": a list item of the document, not a subsection).
      let last = afterSubs
      for (
        let sib = readAt(siblingDesignators, text, pos);
        sib;
        sib = readAt(siblingDesignators, text, pos)
      ) {
        const printed = subsections(sib.groups.subs)
        const level = lastIndexOfKind(last, designatorKind(printed[0]!))
        if (level === -1 || !designatorFollows(last[level]!, printed[0]!)) break
        last = [...last.slice(0, level), ...printed]
        const at = sib.index + sib[0].length - sib.groups.subs.length
        pos = sib.index + sib[0].length
        refs.push({section: first, subs: last, start: at, end: pos})
      }
    }
    const join = readAt(listJoin, text, pos)
    if (!join) break
    // "43 U.S.C. 1733, 43 C.F.R. 8360.0-7": the number after the comma is the next citation's title.
    if (readAt(nextCitation, text, join.index + join[0].length)) break
    pos = join.index + join[0].length
  }
  return refs
}

/** A title or volume and a code's name: the start of the next citation, not another section of a list. */
const nextCitation =
  /\d+\s*(?:U\.?\s?S\.?\s?C|C\.?F\.?R|CFR|Stat\.|F\.?R\b|Fed\.\s?Reg|U\.S\. Code)/y

/** One designator in parentheses, spaces allowed inside: "(c)", "( 3 )". */
const designator = pattern(
  'g',
  String.raw`\(\s*`,
  group('label', '[0-9A-Za-z]{1,6}'),
  String.raw`\s*\)`
)

/** Subsection designators as printed: "(c)(3)(A)(i)" -> ["c", "3", "A", "i"]. */
export function subsections(printed: string | undefined): string[] {
  if (!printed) return []
  const out: string[] = []
  for (const m of matchesIn(designator, printed)) out.push(m.groups.label)
  return out
}

/** Find the parenthesis closing the one at `open`, within `limit` characters. */
export function closingParen(text: string, open: number, limit = 400): number {
  let depth = 0
  for (let i = open, end = Math.min(text.length, open + limit); i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x28) depth++
    else if (c === 0x29) {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
