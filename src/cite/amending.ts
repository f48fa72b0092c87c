/**
 * Provisions of another instrument named without its name: inside an amending instruction ("Executive Order
 * 14144 is hereby amended by: (a) striking subsections 2(a)-(b)" -> eo/14144/2/a, eo/14144/2/b; "Proclamation
 * 10976 is amended by revising clause 5" -> proc/10976/5), and through a back-reference to the instrument named
 * last ("section 6(d) of that order"), where that one is unambiguous (a bare "that order" cites nothing: the
 * instrument is cited where it is named).
 */
import {kindOfPrefix} from '../data/citation-kinds.js'
import type {CitationType} from '../document/types.js'
import type {CitationContext} from './context.js'
import {splitId} from '../util/instrument-id.js'
import {type FoundCitation, joinId} from './found.js'
import type {CitationReader} from './reader.js'
import {subsections} from './lex.js'
import {group, oneOf, optional, pattern, readAt, seq} from '../util/pattern.js'

/** Names of an instrument's provisions, singular or plural. */
export const provisionName = String.raw`(?:[Ss]ub)?(?:[Ss]ections?|[Pp]aragraphs?|[Cc]lauses?)|[Ss]ubparagraphs?`

/**
 * One provision of a list: "2(a)", "3(c)(i)(A)", "(b)" (a sibling of the one before), "(3)" (a clause), "1-501(c)"
 * (an order's sections numbered by part: a hyphen between numbers is part of the number, as in presidential.ts).
 */
const listItem = pattern(
  'y',
  optional(group('number', String.raw`\d+(?:-\d+)?[A-Za-z]?`)),
  group('subs', String.raw`(?:\((?:\d{1,3}|[a-zA-Z]{1,5})\))*`)
)
/** Between the items of a list, a range's ends marked: ", ", ", and ", " through ", "-". */
const listJoin = pattern(
  'y',
  oneOf(
    String.raw`\s*,\s*(?:and\s+|or\s+)?`,
    String.raw`\s+(?:and|or)\s+`,
    // "2(a)-(b)": a dash before a designator; "sections 6 through 11".
    group('range', String.raw`\s+(?:through|to)\s+(?=\d|\()|\s*[-–]\s*(?=\()`)
  ),
  String.raw`(?=\d|\()`
)
/** A designator's kind: a number, small letters (romans too), capitals. */
const kindOf = (d: string): string => (/^\d/.test(d) ? '1' : /^[a-z]/.test(d) ? 'a' : 'A')

/** "6-8" after a plural name ("sections 6-8"): a range of sections, not one numbered by part ("section 1-501"). */
const numberRange = /^(?<from>\d{1,2})-(?<to>\d{1,2})$/

/**
 * A list of provisions as printed: "subsections 2(c), 2(d), and 2(e)", "4(d)(ii)-(iii)", "6, 7, and 8"; `several`:
 * the name before it is plural ("sections 6-8" is 6 through 8).
 */
export function readProvisionList(
  text: string,
  at: number,
  several = false
): {paths: string[][]; through: boolean[]; end: number} | null {
  const paths: string[][] = []
  const through: boolean[] = []
  let pos = at
  // A list of designators alone ("subsections (c)-(f)"): its first designator may have siblings too.
  let lowest = 1
  for (;;) {
    const item = readAt(listItem, text, pos)
    if (!item || item[0].length === 0) break
    if (paths.length === 0 && item.groups.number === undefined) lowest = 0
    const printed = subsections(item.groups.subs)
    const previous = paths[paths.length - 1]
    let path: string[]
    if (item.groups.number !== undefined) path = [item.groups.number, ...printed]
    else if (!previous) path = printed
    else {
      // "(b)" after "2(a)": the same provision's sibling, replacing the last designator of its kind.
      let level = -1
      for (let i = previous.length - 1; i >= lowest && level === -1; i--)
        if (kindOf(previous[i]!) === kindOf(printed[0]!)) level = i
      if (level === -1) break
      path = [...previous.slice(0, level), ...printed]
    }
    const range = several && printed.length === 0 ? numberRange.exec(path[0] ?? '') : null
    if (range && Number(range.groups!.from) < Number(range.groups!.to)) {
      paths.push([range.groups!.from!], [range.groups!.to!])
      through.push(true, false)
    } else {
      paths.push(path)
      through.push(false)
    }
    pos = item.index + item[0].length
    const join = readAt(listJoin, text, pos)
    if (!join) break
    const next = readAt(listItem, text, join.index + join[0].length)
    if (!next || next[0].length === 0) break
    if (join.groups.range !== undefined) through[through.length - 1] = true
    pos = join.index + join[0].length
  }
  return paths.length > 0 ? {paths, through, end: pos} : null
}

/** The provisions of `instrument` a list names, one citation each, a range's first end carrying `through`. */
export function provisionsOf(
  instrument: string,
  list: {paths: string[][]; through: boolean[]},
  start: number,
  end: number,
  extra: Partial<FoundCitation> = {}
): FoundCitation[] {
  const type = kindOfPrefix(instrument.split('/')[0])?.type as CitationType
  const citations = list.paths.map(
    (p): FoundCitation => ({id: joinId(instrument, ...p), type, start, end, ...extra})
  )
  for (let i = 0; i + 1 < citations.length; i++)
    if (list.through[i]) citations[i]!.through = citations[i + 1]!.id
  return citations
}

/** The instrument a provision's id belongs to: eo/14144/2/e -> eo/14144; eo/2026-02-20/{slug}/1 -> eo/2026-02-20/{slug}. */
export function instrumentOf(id: string): string {
  const parts = id.split('/')
  const second = parts[1] ?? ''
  const dated = second.length === 10 && second[4] === '-' && second[7] === '-'
  return parts.slice(0, dated ? 3 : 2).join('/')
}

/** How far back a quotation's opening mark is looked for. */
const quoteReach = 4000

/** Whether `at` stands inside a quotation (“...”): the new text of an instruction, not the instruction. */
export function quoted(text: string, at: number): boolean {
  const from = Math.max(0, at - quoteReach)
  const window = text.slice(from, at)
  return window.lastIndexOf('“') > window.lastIndexOf('”')
}

/** Where the sentence holding `from` ends: its full stop outside quotations, or the end of the text. */
function sentenceEnd(text: string, from: number): number {
  let depth = 0
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '“') depth++
    else if (c === '”') depth = Math.max(0, depth - 1)
    else if (c === '.' && depth === 0 && isFullStop(text, i)) return i
  }
  return text.length
}

/** Abbreviations whose point is no full stop, as the text before the point ends. */
const abbreviation = /(?:^|[\s.(])[A-Z]$|\b(?:Sec|No|Nos|U\.S)$/

/** A full stop, not the point of an abbreviation ("U.S. Government", "Sec. 2", "No. 5"). */
function isFullStop(text: string, i: number): boolean {
  // A space, then a capital, a quotation or a parenthesis (char codes: the test runs at every point).
  const space = text.charCodeAt(i + 1)
  if (space !== 0x20 && space !== 0x0a && space !== 0xa0) return false
  const next = text.charCodeAt(i + 2)
  const opens = (next >= 0x41 && next <= 0x5a) || next === 0x201c || next === 0x22 || next === 0x28
  return opens && !abbreviation.test(text.slice(Math.max(0, i - 4), i))
}

/** How far back the start of a sentence is looked for. */
const sentenceReach = 2000

/** Where the sentence holding `at` starts (or `sentenceReach` before it). */
function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - sentenceReach)
  for (let i = text.lastIndexOf('.', at - 1); i >= limit; i = text.lastIndexOf('.', i - 1))
    if (isFullStop(text, i)) return i + 1
  return limit
}

/**
 * "is hereby further amended by", "are amended as follows", "amend Executive Order 13894 by", "are replaced with new
 * subsections 1(a)(iv)(B) through 1(a)(vi)", "is revised to read".
 */
const instruction = pattern(
  'y',
  oneOf(
    String.raw`(?:replaced\s+with|revised\s+to\s+read)\b`,
    // "Section 3 of Executive Order 13389 ... is amended:", "... as amended, is further amended;": the items follow.
    String.raw`amended\s*[:;](?=\s*$)`,
    seq(
      String.raw`(?:amend(?:ed)?|revised)\s+`,
      oneOf(
        String.raw`by\b|as\s+follows\b|to\s+read\b`,
        seq(
          group('name', String.raw`Executive\s+Order|Proclamation`),
          String.raw`\s+(?:No\.\s*)?`,
          group('number', String.raw`\d{3,5}`),
          String.raw`\b`
        )
      )
    )
  )
)
/** The passive of an instruction, before its verb: "is hereby further ", "are ". */
const passiveBefore = /\b(?:is|are|be)\s+(?:hereby\s+)?(?:further\s+)?$/

/** Reads where an amending instruction starts and which instrument it acts on; cites nothing itself. */
export const amendingInstruction: CitationReader = {
  name: 'amending-instruction',
  // The instrument after "amend" is left to its own reader (a lookahead: the scan goes on before it).
  // "is further revised by striking section 5": "revised" as "amended" (its passive only).
  trigger: String.raw`(?:replaced\s+with|revised\s+to\s+read)\b|amended\s*[:;]\s*$|revised\s+(?:by|as\s+follows)\b|amend(?:ed)?\s+(?:by|as\s+follows|to\s+read|(?=(?:Executive\s+Order|Proclamation)\s+(?:No\.\s*)?\d))`,
  read(text, at, ctx) {
    const m = readAt(instruction, text, at)
    if (!m) return null
    let subject: string
    let scope: string[] | undefined
    if (m.groups.number !== undefined) {
      if (quoted(text, at)) return null
      subject = joinId(m.groups.name === 'Proclamation' ? 'proc' : 'eo', m.groups.number)
    } else {
      // "Executive Order 14193 ..., as amended by Executive Order 14197 ..., is further amended by": the sentence's
      // first instrument is the one acted on ("as amended by" is no instruction).
      if (!passiveBefore.test(text.slice(Math.max(0, at - 24), at)) || quoted(text, at)) return null
      const from = sentenceStart(text, at)
      const first = ctx.unitCitations.find(
        (c) =>
          c.start >= from &&
          c.start < at &&
          (c.type === 'eo' || c.type === 'proc' || c.type === 'memo')
      )
      if (!first) return null
      subject = instrumentOf(first.id)
      const path = splitId(first.id).path
      if (path.length > 0) scope = path
    }
    const end = sentenceEnd(text, at)
    ctx.amending = {id: subject, end, ...(scope ? {scope} : {})}
    // "... is hereby amended by:": the items that follow are its instructions.
    if (end === text.length && /[:;]$/.test(text.trimEnd())) ctx.openAmending = ctx.amending
    return null
  }
}

/** The kind of instrument a back-reference names, as the last-named table keys it. */
export function instrumentKey(type: CitationType): string | null {
  return type === 'eo'
    ? 'order'
    : type === 'proc'
      ? 'proclamation'
      : type === 'memo'
        ? 'memorandum'
        : null
}

/** A full stop between two offsets of a text. */
function sentenceBetween(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('.', from); i !== -1 && i < to; i = text.indexOf('.', i + 1))
    if (isFullStop(text, i)) return true
  return false
}

/**
 * The instrument of a kind named last before `at` in a text's citations (in order), and whether its sentence named
 * another of that kind too (then "that order" is ambiguous); undefined when the text names none before `at`.
 */
function namedLast(
  text: string,
  cited: readonly FoundCitation[],
  kind: string,
  at: number
): {id: string; ambiguous: boolean} | undefined {
  let i = cited.length - 1
  while (i >= 0 && (cited[i]!.start >= at || instrumentKey(cited[i]!.type) !== kind)) i--
  if (i < 0) return undefined
  const last = cited[i]!
  const id = instrumentOf(last.id)
  for (let j = i - 1, from = last.start; j >= 0; j--) {
    const c = cited[j]!
    if (instrumentKey(c.type) !== kind) continue
    if (sentenceBetween(text, c.end, from)) break
    if (instrumentOf(c.id) !== id) return {id, ambiguous: true}
    from = c.start
  }
  return {id, ambiguous: false}
}

/** At the end of a text: keep it if it names an instrument, for "that order" in the texts after it. */
export function noteInstruments(
  text: string,
  cited: readonly FoundCitation[],
  ctx: CitationContext
): void {
  for (const c of cited)
    if (c.type === 'eo' || c.type === 'proc' || c.type === 'memo') {
      ctx.namingTexts.push({text, cited})
      return
    }
}

/** The instrument of a kind named last before `at`: in this text, else in the texts before it. */
function antecedent(
  text: string,
  at: number,
  kind: string,
  ctx: CitationContext
): {id: string; ambiguous: boolean} | undefined {
  const here = namedLast(text, ctx.unitCitations, kind, at)
  if (here) return here
  for (let i = ctx.namingTexts.length - 1; i >= 0; i--) {
    const earlier = ctx.namingTexts[i]!
    const last = namedLast(earlier.text, earlier.cited, kind, earlier.text.length)
    if (last) return last
  }
  return undefined
}

/** " of that order", " of such proclamation" after a provision list (not "that Proclamation 10908", cited as such). */
const ofInstrumentReferredTo = pattern(
  'y',
  String.raw`\s+of\s+(?:that|such|said)\s+`,
  group('kind', 'order|proclamation|memorandum'),
  String.raw`\b(?!\s+(?:No\.\s*)?\d)`
)
/** A plural name: "sections ", "clauses ". */
export const pluralName = /s\s+$/

/** A provision's name and the space after it: "subsections ", "clause ". */
const provisionNameAt = new RegExp(String.raw`(?:${provisionName})\s+`, 'y')

/** A provision list at `at` with its name ("sections 1, 6, and 8"); null if none is there. */
function listAt(text: string, at: number) {
  const name = readAt(provisionNameAt, text, at)
  const list =
    name && readProvisionList(text, name.index + name[0].length, pluralName.test(name[0]))
  return name && list ? {name, list} : null
}

/**
 * "section 6(d) of that order", "clause 2 of such proclamation": provisions of the instrument of that kind named
 * last, if its sentence named no other. The provision list is read at `at`; null when no back-reference follows.
 */
export function provisionOfInstrumentReferredTo(
  text: string,
  at: number,
  ctx: CitationContext
): {citations: FoundCitation[]; end: number} | null {
  const read = listAt(text, at)
  const ref = read && readAt(ofInstrumentReferredTo, text, read.list.end)
  if (!read || !ref) return null
  const {list} = read
  const kind = ref.groups.kind
  const last = antecedent(text, at, kind, ctx)
  if (!last || last.ambiguous) return null
  const end = ref.index + ref[0].length
  return {citations: provisionsOf(last.id, list, at, end, {resolvedFrom: ref[0].trim()}), end}
}

/** " thereof" after a provision list: of the instrument just named. */
const thereof = /\s+thereof\b/y

/**
 * "Proclamation 10294, except sections 1, 6, 7, and 8 thereof": provisions of the instrument cited last before them in
 * the same sentence. Null when no "thereof" follows the list.
 */
export function provisionsThereof(
  text: string,
  at: number,
  ctx: CitationContext
): {citations: FoundCitation[]; end: number} | null {
  const read = listAt(text, at)
  const ref = read && readAt(thereof, text, read.list.end)
  if (!read || !ref) return null
  const {name, list} = read
  const cited = ctx.unitCitations
  let i = cited.length - 1
  while (i >= 0 && (cited[i]!.start >= at || instrumentKey(cited[i]!.type) === null)) i--
  const last = cited[i]
  if (!last || sentenceBetween(text, last.end, at)) return null
  const end = ref.index + ref[0].length
  // "striking section 4, except subsection (b) thereof": designators alone are under the provision named last.
  const of = text[name.index + name[0].length] === '(' ? last.id : instrumentOf(last.id)
  return {citations: provisionsOf(of, list, at, end, {resolvedFrom: 'thereof'}), end}
}
