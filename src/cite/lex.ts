/**
 * Small anchored scanners shared by the citation readers. Each takes the text and
 * a position and reads forward (sticky expressions) or backward (expressions
 * anchored at the end of a short window), so no reader scans the whole text.
 */
import {group, many, matchesIn, oneOf, pattern, readAt, seq} from '../util/pattern.js'

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
  /** The first end of a range: the next ref is its last end ("668" of "668-668d"). */
  through?: boolean
}

/** Designators in parentheses directly after a section: "(c)(3)(A)(i)". */
export const subsectionRun = '(?:\\((?:[0-9]{1,3}|[a-zA-Z]{1,4})\\))*'

/**
 * A list of sections as printed, read loosely (readSections reads it exactly): "1862",
 * "101, 212, and 214", "2251 through 2254", "668-668d", "232(b)".
 */
export const sectionList = String.raw`\d[\dA-Za-z()]*(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through)\s+|[-–]{1,2})(?:\d|\([\dA-Za-z]{1,4}\))[\dA-Za-z()]*)*`
/** "section", "§" before a section list; `several` where the marker announces more than one ("sections", "§§"). */
// "subsection 721(f) of the Defense Production Act": a subsection printed with its section's number.
export const sectionsMarker = oneOf(
  group('several', String.raw`[Ss]ections|§§|[Ss]ubsections(?=\s+\d)`),
  String.raw`[Ss]ection|§|[Ss]ubsection(?=\s+\d)`
)
/** "sections 101, 212, and 214": the marker and its list, which an act's name or a title follows. */
export const sectionsListed = seq(
  String.raw`\b`,
  sectionsMarker,
  String.raw`\s+`,
  group('list', sectionList)
)

/** "sections 101 and 102 of the " before a name (an act's, the Code's): the list read back from where the name begins. */
export const sectionsOfBefore = pattern(
  '',
  sectionsListed,
  // "section 41003 of title 41 of the ...": a title of the act between.
  String.raw`\s+of\s+(?:title\s+[\dIVXLC]{1,6}\s+of\s+)?(?:the\s+)?$`
)

/** A section number: "1862", "10a", "470aaa". */
const sectionNumber = String.raw`\d+[A-Za-z]*`
/** One or two hyphens or dashes: a range, or a hyphen inside a number ("1320a-7b"). */
const dash = '[-–]{1,2}'
const sectionToken = pattern(
  'y',
  // "1862", "1320a-7b", "668-668d", "470aaa–470aaa–11": numbers joined by dashes, split by splitChain.
  group('chain', sectionNumber, many(dash, sectionNumber)),
  // "30 U.S.C. 1606 (a)(3)": a line wrapped before the subsections leaves a space; only a small letter or a number
  // opens them there ("1701 (NEA)" is a name).
  group('subs', String.raw`(?: (?=\((?:[a-z]{1,2}|\d{1,3})\)))?`, subsectionRun)
)
/** A dash of a chain and the number after it. */
const chainLink = /([-–]{1,2})(\d+[A-Za-z]*)/g
/** A chain's numbers and the dashes between them: "470aaa–470aaa–11" -> [470aaa, 470aaa, 11], [–, –]. */
function chainOf(chain: string): {parts: string[]; dashes: string[]} {
  if (!chain.includes('-') && !chain.includes('–')) return {parts: [chain], dashes: []}
  const first = /^\d+[A-Za-z]*/.exec(chain)![0]
  const parts = [first]
  const dashes: string[] = []
  for (const m of chain.slice(first.length).matchAll(chainLink)) {
    dashes.push(m[1]!)
    parts.push(m[2]!)
  }
  return {parts, dashes}
}
/**
 * The last end of a range printed short, its first digits left to the first end's: "11323-25" is 11323 through 11325,
 * "551-59" 551 through 559. Null unless it has two digits or more ("288-1" is a section of its own), is shorter and
 * comes after.
 */
export function abbreviatedEnd(first: string, last: string): string | null {
  if (!/^\d+$/.test(first) || !/^\d{2,}$/.test(last) || last.length >= first.length) return null
  const end = first.slice(0, first.length - last.length) + last
  return Number(end) > Number(first) ? end : null
}

/** The leading digits of a section number. */
const leadingDigits = (s: string): string => /^\d+/.exec(s)![0]

/**
 * Where a chain of dashed numbers is a range, the index of its last end's first part; -1 when it is one number.
 * A range's last end repeats the first's leading digits ("668-668d", "470aaa-470aaa-11", "470aa–470mm" with
 * an en dash) or the two are numbers ascending, of as many digits ("2251-2254", "801-946a"); a double dash is always a range; a hyphen
 * with other digits after it is part of the number ("1320a-7b", "288-1"). `marked`: "§§ 10a-10c".
 */
export function rangeSplit(
  parts: readonly string[],
  dashes: readonly string[],
  marked: boolean
): number {
  const double = dashes.findIndex((d) => d.length > 1)
  if (double !== -1) return double + 1
  const first = parts[0]!
  for (let k = 1; k < parts.length; k++) {
    const right = parts[k]!
    // "470aaa-470aaa-11", "1320a-7b-1320a-7e": the last end starts as the first did.
    if (right === first) return k
    if (leadingDigits(right) !== leadingDigits(first)) continue
    // "668-668d": a plain number, then the same with letters; "470aa–470mm": lettered ones across an en dash.
    if (/^\d+$/.test(first) || dashes[k - 1] === '–' || marked) return k
  }
  if (parts.length === 2 && /^\d+$/.test(parts[0]!) && /^\d+$/.test(parts[1]!))
    return Number(parts[1]) > Number(parts[0]) || abbreviatedEnd(parts[0]!, parts[1]!) ? 1 : -1
  // "10 U.S.C. 801-946a": a plain number, then a higher one of as many digits with letters (a hyphen inside a
  // number is followed by a short one: "288-1", "1320a-7b").
  if (parts.length === 2 && /^\d+$/.test(parts[0]!) && /^\d+[A-Za-z]+$/.test(parts[1]!)) {
    const digits = leadingDigits(parts[1]!)
    if (digits.length === parts[0]!.length && Number(digits) > Number(parts[0])) return 1
  }
  // "§§ 2000bb-1(a), (b)": even where several are announced, other digits after a hyphen are part of the number.
  return -1
}

/** Between the items of a list: ", ", ", and ", " or " (a number follows); "(3)and" with its space lost after a parenthesis. */
const listJoin = /(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|(?<=\))(?:and|or)\s+)(?=\d)/y
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
    const {chain, subs: subsPrinted} = m.groups
    const start = pos
    pos = m.index + m[0].length
    const {parts, dashes} = chainOf(chain)
    const split = parts.length > 1 ? rangeSplit(parts, dashes, rangeMarked) : -1
    if (split !== -1) {
      const firstEnd = parts.slice(0, split).join('-')
      // The first end as printed: its parts and the dashes between them.
      const printedLength = parts
        .slice(0, split)
        .reduce((n, part, i) => n + part.length + (i > 0 ? dashes[i - 1]!.length : 0), 0)
      refs.push({section: firstEnd, subs: [], start, end: start + printedLength, through: true})
      const last = parts.slice(split).join('-')
      refs.push({
        section: (split === 1 && abbreviatedEnd(firstEnd, last)) || last,
        subs: subsections(subsPrinted),
        start,
        end: pos
      })
    } else {
      const first = parts.join('-')
      const range = readAt(rangeJoin, text, pos)
      const afterSubs = subsections(subsPrinted)
      if (range && /through|to/.test(range[0]) === true) {
        const next = readAt(sectionToken, text, range.index + range[0].length)
        if (next) {
          refs.push({section: first, subs: afterSubs, start, end: pos, through: true})
          pos = next.index + next[0].length
          refs.push({
            section: chainOf(next.groups.chain).parts.join('-'),
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
        if (next && !/[-–]/.test(next.groups.chain)) {
          refs.push({section: first, subs: afterSubs, start, end: pos, through: true})
          pos = next.index + next[0].length
          refs.push({
            section: next.groups.chain,
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
        if (level === -1) break
        // "307(d)(1)(B) and (d)(2)": the same designators first, then a later one where they part.
        let k = 0
        while (k < printed.length && printed[k] === last[level + k]) k++
        const was = last[level + k]
        const now = printed[k]
        if (
          now === undefined ||
          was === undefined ||
          designatorKind(was) !== designatorKind(now) ||
          !designatorFollows(was, now)
        )
          break
        // "(b)(1) through (11)", "(a)–(b)": the designator before is a range's first end.
        if (/^\s*(?:through|to|[-–])/.test(sib[0])) refs[refs.length - 1]!.through = true
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

/** Whether the next citation (a title or volume and a code's name) starts at `at`, not another section of a list. */
export function startsCitation(text: string, at: number): boolean {
  return readAt(nextCitation, text, at) !== null
}

/** A title or volume and a code's name: the start of the next citation, not another section of a list. */
const nextCitation =
  /\d+\s*(?:U\.?\s?S\.?\s?C|C\.?F\.?R|CFR|Stat\b|F\.?R\b|Fed\.?\s?Reg\b|U\.S\. Code)/y

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

/** A name as an id segment (one rule for acts, memoranda and dated instruments: util/instrument-id.ts). */
export {titleSlug as slug} from '../util/instrument-id.js'
