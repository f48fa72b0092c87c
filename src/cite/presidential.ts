/**
 * Presidential instruments: "Executive Order 14257 of April 2, 2025 (Regulating ...)",
 * "Executive Orders 13985, 13986, and 13987", "section 3(b) of Executive Order 14257",
 * "Proclamation 9705 of March 8, 2018 (...), as amended", "clause 2 of Proclamation 9705",
 * "National Security Memorandum 22", "NSPM-7", "Presidential Policy Directive 8".
 */
import {printedDateToIso} from '../document/dates.js'
import {joinId, type FoundCitation} from './found.js'
import {typeOf} from '../data/citation-kinds.js'
import type {CitationReader, ReadResult} from './reader.js'
import type {CitationContext} from './context.js'
import {before, closingParen, slug, subsectionRun, subsections} from './lex.js'
import {
  group,
  many,
  matchesIn,
  type Match,
  oneOf,
  optional,
  type Pattern,
  pattern,
  readAt,
  search,
  seq
} from '../util/pattern.js'

/** An instrument's number: "14257", "9705"; with a thousands comma, as legal citation prints it ("No. 13,771"). */
const instrumentNumber = String.raw`(?:\d{1,2},\d{3}|\d{3,5})\b`
/** Each number of a list, as `instrumentNumber` reads it. */
const everyInstrumentNumber = new RegExp(instrumentNumber, 'g')
/** A number without the comma: after a list's comma, "13,771" could be "13" and an amount. */
const plainNumber = String.raw`\d{3,5}\b`
/** ", and No. 13986", " and 13987", ", or 10285": a further number of a list. */
const furtherNumber = oneOf(
  String.raw`\s*,\s*(?:No\.\s*)?${plainNumber}`,
  String.raw`(?:\s*,\s+|\s+)(?:and|or)\s+(?:No\.\s*)?${instrumentNumber}`
)
/** The numbers after the instrument's name: " 14257", " No. 9705", "s 13985, 13986, and 13987". */
const numberList = pattern(
  'y',
  String.raw`\s+(?:No\.?\s+)?`,
  group('first', instrumentNumber),
  group('further', many(furtherNumber))
)
/** A printed date: "March 8, 2018", "Feb. 7, 2019". */
export const printedDate = seq(
  group('month', '[A-Z][a-z]+'),
  String.raw`\.?\s+`,
  group('day', String.raw`\d{1,2}`),
  String.raw`,\s+`,
  group('year', String.raw`\d{4}`)
)
/**
 * ", 12831 of January 15, 1993", "; 8467 of December 23, 2009", ", 14020 and 14021 of March 8, 2021": a further item of a
 * dated list (numbers of one date sharing it).
 */
const datedListItem = pattern(
  'y',
  String.raw`\s*[,;]\s*(?:and\s+)?`,
  group('number', String.raw`\d{3,5}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{3,5}){0,20}`),
  String.raw`\s+of\s+`,
  printedDate
)
/** " of March 8, 2018" after the number. */
// "of March 8, 2018", "dated April 8, 2025".
const ofDate = pattern('y', String.raw`\s+(?:of|dated)\s+`, printedDate)

export function isoDate(m: Match<'month' | 'day' | 'year'>): string | null {
  return printedDateToIso(m.groups.month, m.groups.day, m.groups.year)
}

// "section 3(b) of", "sections 401(3)-(4) of", "Sections 1 through 7 of", "sections 1, 2, and 4 of", "Part 1-4 of":
// every provision named (a range by its two ends, as sections of the Code are).
const provisionItem = String.raw`\d+(?:-\d+)?[A-Za-z]?${subsectionRun}`
/** Between two provisions of a list, each perhaps with its word again ("section 2(a), section 2(b), and section 2(f)", "section 2(a) or section 2(b)"). */
const provisionJoin = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:through|and|or|to)\s+)(?:[Ss]ection\s+)?`
/** Names of an order's provisions. */
const eoProvisionName = String.raw`(?:[Ss]ections?|[Ss]ec\.|[Ss]ubsections?|[Pp]aragraphs?|[Pp]arts?)`
/** "-(4)" of "401(3)-(4)": the other end of a range of subsections. */
const subsectionRangeEnd = String.raw`\s*[-–]\s*\([0-9A-Za-z]{1,4}\)`
/** " and Schedule A", " and Annex I": a further part named with them, not cited. */
const andSchedule = String.raw`(?:\s+and\s+(?:[Ss]chedule|[Aa]nnex|[Ss]ection|[Pp]art)\s+[\w().-]{1,12})?`
/** "section 3(b) of", "sections 401(3)-(4) and Annex I of", read backward from the order. */
const eoProvisionBefore = pattern(
  '',
  String.raw`\b${eoProvisionName}\s+`,
  group('list', provisionItem, many(provisionJoin, provisionItem)),
  optional(group('rangeEnd', subsectionRangeEnd)),
  andSchedule,
  String.raw`\s+of\s+$`
)
/** "subsection (b) of section 3 of", read backward from the order. */
const subsectionOfSectionBefore = pattern(
  '',
  String.raw`\bsubsection\s+\(`,
  group('subsection', '[a-z]{1,3}'),
  String.raw`\)\s+of\s+section\s+`,
  group('section', String.raw`\d+[A-Za-z]?`),
  String.raw`\s+of\s+$`
)
/** A clause of a proclamation, perhaps in parentheses: "2", "(3)", "1(b)". */
const clauseItem = String.raw`\(?\d+\)?${subsectionRun}`
/** "clause 2 of", "clauses (1) and (3) of", read backward from the proclamation. */
const procProvisionBefore = pattern(
  '',
  String.raw`\b(?:[Cc]lauses?|[Pp]aragraphs?|[Ss]ections?|[Ss]ubparagraphs?)\s+`,
  group('list', clauseItem, many(provisionJoin, clauseItem)),
  String.raw`\s+of\s+$`
)
/** One provision of a printed list: "3(b)", "(2)", "1-4". */
const listedProvision = pattern(
  'g',
  String.raw`\(?`,
  group('provision', String.raw`\d+(?:-\d+)?[A-Za-z]?`),
  String.raw`\)?`,
  group('subs', subsectionRun)
)

/** The provisions named before an instrument: where they begin, their paths, and which begin a range not spelled out. */
export type ProvisionBefore = (
  window: string
) => {index: number; paths: string[][]; ranges?: ReadonlySet<number>} | null

/** Longest run of sections a range is spelled out to: an order's sections are numbered without gaps. */
const maxRangeSpelledOut = 30

/**
 * The provisions of a printed list: "1 and 2" -> [1], [2]; "2(a) and 3" -> [2, a], [3]; "1 through 4" -> [1] ... [4]
 * (a range of whole sections spelled out; of subsections, its two ends).
 */
function listedPaths(printed: string): {paths: string[][]; ranges: Set<number>} {
  const paths: string[][] = []
  // Paths that begin a range left as its two ends ("1(a)(iv)(B) through 1(a)(v)"): they carry `through`.
  const ranges = new Set<number>()
  let previousEnd = 0
  for (const m of matchesIn(listedProvision, printed)) {
    const path = [m.groups.provision, ...subsections(m.groups.subs)]
    const last = paths[paths.length - 1]
    const from = last && last.length === 1 && /^\d+$/.test(last[0]!) ? Number(last[0]) : NaN
    const to = path.length === 1 && /^\d+$/.test(path[0]!) ? Number(path[0]) : NaN
    if (last && /\b(?:through|to)\b/.test(printed.slice(previousEnd, m.index))) {
      if (to > from && to - from <= maxRangeSpelledOut)
        for (let n = from + 1; n < to; n++) paths.push([String(n)])
      else ranges.add(paths.length - 1)
    }
    paths.push(path)
    previousEnd = m.index + m[0].length
  }
  return {paths, ranges}
}

export const eoProvision: ProvisionBefore = (window) => {
  const nested = search(subsectionOfSectionBefore, window)
  if (nested)
    return {index: nested.index, paths: [[nested.groups.section, nested.groups.subsection]]}
  const m = search(eoProvisionBefore, window)
  if (!m) return null
  const {paths, ranges} = listedPaths(m.groups.list)
  // "sections 401(3)-(4)": the other end of the range is a subsection of the same section.
  const {rangeEnd} = m.groups
  const end = rangeEnd ? subsections(rangeEnd.replace(/^\s*[-–]\s*/, '')) : []
  if (end.length > 0) {
    ranges.add(paths.length - 1)
    paths.push([...paths[paths.length - 1]!.slice(0, -1), ...end])
  }
  return {index: m.index, paths, ranges}
}

export const procProvision: ProvisionBefore = (window) => {
  const m = search(procProvisionBefore, window)
  return m ? {index: m.index, ...listedPaths(m.groups.list)} : null
}

/** ", titled “...”", ", entitled \"...\"": a title in quotation marks after the date. Group `title`. */
export const titledAfter =
  /^,?\s+(?:en)?titled,?\s+(?:“(?<title>[A-Z][^”]{2,300})”|"(?<title2>[A-Z][^"]{2,300})")/

/**
 * An order or proclamation named by its date and title, with no number: "the Executive Order of February 20, 2026
 * (Continuing the Suspension ...)" -> `eo/2026-02-20/continuing-the-suspension-...` (as `pm/{date}/{slug}`).
 */
export function datedInstrument(
  prefix: 'eo' | 'proc',
  text: string,
  at: number,
  nameLength: number,
  ctx: CitationContext
): ReadResult | null {
  const date = readAt(ofDate, text, at + nameLength)
  const iso = date ? isoDate(date) : null
  if (!date || !iso) return null
  const afterDate = date.index + date[0].length
  // "my Executive Order of February 1, 2025, titled “Imposing Duties to Address the Situation at Our Northern
  // Border”": the title in quotation marks after "titled".
  const titled = titledAfter.exec(text.slice(afterDate, afterDate + 400))
  if (titled) {
    const title = (titled.groups!.title ?? titled.groups!.title2!).replace(/[,.]$/, '').trim()
    const end = afterDate + titled[0].length
    ctx.datedTitles.set(`${prefix}/${iso}`, slug(title))
    return {
      citations: [
        {id: joinId(prefix, iso, slug(title)), type: typeOf(prefix), start: at, end, title}
      ],
      end
    }
  }
  const printedTitle = titleAfter(text, afterDate)
  if (!printedTitle) {
    // "the Executive Order of February 1, 2025" after it was named with its title: that one.
    const named = ctx.datedTitles.get(`${prefix}/${iso}`)
    return named
      ? {
          citations: [
            {id: joinId(prefix, iso, named), type: typeOf(prefix), start: at, end: afterDate}
          ],
          end: afterDate
        }
      : null
  }
  const title = text.slice(printedTitle.from, printedTitle.close).trim()
  const end = printedTitle.close + 1
  ctx.datedTitles.set(`${prefix}/${iso}`, slug(title))
  return {
    citations: [
      // The date is in the id; no `date` field, which would make it a numbered one to the graph's identities.
      {id: joinId(prefix, iso, slug(title)), type: typeOf(prefix), start: at, end, title}
    ],
    end
  }
}

/**
 * A title printed in parentheses right after `end` ("(Adjusting Imports of Steel into the United States)"): where its
 * words begin and where its closing parenthesis is; null when none opens there with a capital or a quotation mark.
 */
function titleAfter(text: string, end: number): {from: number; close: number} | null {
  const open = /^\s*\(/.exec(text.slice(end, end + 3))
  if (!open || !/[A-Z“"]/.test(text[end + open[0].length] ?? '')) return null
  const close = closingParen(text, end + open[0].length - 1)
  return close === -1 ? null : {from: end + open[0].length, close}
}

/** Read numbers, date and title after the instrument's name, and a provision named before it. */
function readInstrument(
  prefix: 'eo' | 'proc',
  text: string,
  at: number,
  nameLength: number,
  provisionBefore: ProvisionBefore,
  ctx: CitationContext
): ReadResult | null {
  const list = readAt(numberList, text, at + nameLength)
  if (!list) {
    // "section 2(a), section 2(b), ... and section 2(f) of the Executive Order of February 1, 2025", "section 3 of my
    // Executive Order of ..., titled “...”": the provisions named before it, "the" or "my" between.
    const dated = datedInstrument(prefix, text, at, nameLength, ctx)
    if (dated) {
      const {window, offset} = before(text, at, 120)
      const article = /(?:the|my)\s+$/.exec(window)
      if (article)
        withProvisions(dated.citations, window.slice(0, article.index), offset, provisionBefore)
    }
    return dated
  }
  let end = list.index + list[0].length
  const numbers = [
    list.groups.first,
    ...(list.groups.further.match(everyInstrumentNumber) ?? [])
  ].map((n) => n.replace(',', ''))
  const citations: FoundCitation[] = numbers.map((n) => ({
    id: joinId(prefix, n),
    type: typeOf(prefix),
    start: at,
    end
  }))
  if (numbers.length > 1) return {citations, end}

  const first = citations[0]!
  const date = readAt(ofDate, text, end)
  if (date) {
    const iso = isoDate(date)
    if (iso) first.date = iso
    end = date.index + date[0].length
    // "Executive Orders 12810 of June 5, 1992, 12831 of January 15, 1993, and 13192 of January 17, 2001": one list, each
    // dated; the name may be singular ("in Proclamation 8334 of December 31, 2008; 8467 of December 23, 2009; ...").
    let next = readAt(datedListItem, text, end)
    if (next) {
      for (; next; next = readAt(datedListItem, text, end)) {
        const itemDate = isoDate(next)
        for (const number of next.groups.number.match(/\d+/g)!) {
          const item: FoundCitation = {
            id: joinId(prefix, number),
            type: typeOf(prefix),
            start: at,
            end
          }
          if (itemDate) item.date = itemDate
          citations.push(item)
        }
        end = next.index + next[0].length
      }
      if (citations.length > 1) {
        for (const c of citations) c.end = end
        return {citations, end}
      }
    }
  }
  // "(Adjusting Imports of Steel into the United States)": the title, where printed.
  const printedTitle = titleAfter(text, end)
  if (printedTitle) {
    first.title = text.slice(printedTitle.from, printedTitle.close).trim()
    end = printedTitle.close + 1
  }
  first.end = end
  const {window, offset} = before(text, at, 80)
  withProvisions(citations, window, offset, provisionBefore)
  // What the title cites is read too: "Executive Order 13672 of July 21, 2014 (Further Amendments to Executive Order
  // 11478, Equal Employment Opportunity in the Federal Government, and Executive Order 11246, ...)".
  return printedTitle ? {citations, end, resume: printedTitle.from} : {citations, end}
}

/**
 * The provisions named right before an instrument ("sections 2 and 3 of"), in `window` ending where the name
 * begins: the first citation becomes the first provision's, one more for each other (members of one list, sharing
 * the printed span).
 */
export function withProvisions(
  citations: FoundCitation[],
  window: string,
  offset: number,
  provisionBefore: ProvisionBefore
): void {
  const provision = provisionBefore(window)
  if (!provision) return
  const first = citations[0]!
  const whole = first.id
  const [head, ...rest] = provision.paths
  first.id = joinId(whole, ...head!)
  first.start = offset + provision.index
  const from = citations.length - 1
  for (const p of rest) citations.push({...first, id: joinId(whole, ...p)})
  provision.ranges?.forEach((i) => {
    const start = i === 0 ? first : citations[from + i]
    const next = citations[from + i + 1]
    if (start && next) start.through = next.id
  })
}

export const executiveOrder: CitationReader = {
  name: 'eo',
  trigger: String.raw`Executive Orders?\s|Exec\.\s+Orders?\s|E\.\s?O\.`,
  read(text, at, ctx) {
    const name = readAt(/Executive Orders?|Exec\.\s+Orders?|E\.\s?O\./y, text, at)!
    return readInstrument('eo', text, at, name[0].length, eoProvision, ctx)
  }
}

export const proclamation: CitationReader = {
  name: 'proc',
  trigger: String.raw`Proclamations?\s+(?:(?:No\.?\s*)?\d|of\s+[A-Z])`,
  read(text, at, ctx) {
    const name = readAt(/Proclamations?/y, text, at)!
    return readInstrument('proc', text, at, name[0].length, procProvision, ctx)
  }
}

/** A memorandum's number after its series' name: "-7", " 22". */
const seriesNumber = seq(
  String.raw`[-\u2010\u2011\u2013\s]?`,
  group('number', String.raw`\d{1,3}`),
  String.raw`\b`
)

/** Numbered memoranda, as data: printed forms and the id prefix each stands for. */
const memoranda: ReadonlyArray<{
  printed: Pattern<'number'>
  prefix: 'nsm' | 'nspm' | 'ppd' | 'nspd' | 'hspd' | 'pdd' | 'nsd' | 'nsdd' | 'nssm' | 'psd'
}> = [
  {
    printed: pattern(
      'y',
      String.raw`(?:National Security Presidential Memorandum(?:\s*\/\s*NSPM)?|NSPM)`,
      seriesNumber
    ),
    prefix: 'nspm'
  },
  {printed: pattern('y', '(?:National Security Memorandum|NSM)', seriesNumber), prefix: 'nsm'},
  {printed: pattern('y', '(?:Presidential Policy Directive|PPD)', seriesNumber), prefix: 'ppd'},
  // Directives of earlier administrations: "National Security Presidential Directive 52", "HSPD-12", "PDD-62",
  // "National Security Directive 42 (NSD-42)", "NSDD-145".
  {
    printed: pattern('y', '(?:National Security Presidential Directive|NSPD)', seriesNumber),
    prefix: 'nspd'
  },
  {
    printed: pattern('y', '(?:Homeland Security Presidential Directive|HSPD)', seriesNumber),
    prefix: 'hspd'
  },
  {printed: pattern('y', '(?:Presidential Decision Directive|PDD)', seriesNumber), prefix: 'pdd'},
  {
    printed: pattern('y', '(?:National Security Decision Directive|NSDD)', seriesNumber),
    prefix: 'nsdd'
  },
  {printed: pattern('y', '(?:National Security Directive|NSD)', seriesNumber), prefix: 'nsd'},
  // Study memoranda and directives, which order a review: "National Security Study Memorandum 1 (NSSM-1)", "PSD-1".
  {
    printed: pattern('y', '(?:National Security Study Memorandum|NSSM)', seriesNumber),
    prefix: 'nssm'
  },
  {printed: pattern('y', '(?:Presidential Study Directive|PSD)', seriesNumber), prefix: 'psd'}
]

/** Unnumbered memoranda are known by their date; presidential determinations by their number. */
const datedMemorandum = pattern(
  'y',
  String.raw`(?:Presidential\s+)?Memorandum\s+of\s+`,
  printedDate
)
/** "Presidential Determination No. 2022-13", "Presidential Determination 22-15". */
const determination = pattern(
  'y',
  String.raw`Presidential\s+Determination\s+(?:No\.\s*)?`,
  group('number', String.raw`\d{4}-\d{1,3}|\d{2}-\d{1,3}`),
  String.raw`\b`
)

/**
 * "section 2 of the Presidential Memorandum of February 7, 2019 (...)", "section 3(e) of NSPM-16": a memorandum's
 * sections are read as an order's, "the" or "my" between.
 */
function memorandumProvisions(citations: FoundCitation[], text: string, at: number): void {
  const {window, offset} = before(text, at, 120)
  const article = /(?:the|my)\s+$/.exec(window)
  withProvisions(citations, article ? window.slice(0, article.index) : window, offset, eoProvision)
}

export const memorandum: CitationReader = {
  name: 'memo',
  trigger:
    'National Security (?:Presidential )?Memorandum|Presidential Policy Directive|NSPM|NSM|PPD|National Security (?:Presidential |Decision )?Directive|Homeland Security Presidential Directive|Presidential Decision Directive|National Security Study Memorandum|Presidential Study Directive|NSPD|HSPD|PDD|NSDD?|NSSM|PSD|(?:Presidential )?Memorandum of [A-Z]|Presidential Determination',
  read(text, at, ctx) {
    for (const {printed, prefix} of memoranda) {
      const m = readAt(printed, text, at)
      if (!m) continue
      const numbered = m.index + m[0].length
      // Its date and title are its words, as an order's are ("National Security Presidential Directive 52 of June
      // 28, 2007 (U.S. Policy toward Cuba), and Presidential Policy Directive 43 ..." is one list); the title is read
      // on for what it cites.
      const dated = readAt(ofDate, text, numbered)
      const afterDate = dated ? dated.index + dated[0].length : numbered
      const printedTitle = dated ? titleAfter(text, afterDate) : null
      const end = printedTitle ? printedTitle.close + 1 : afterDate
      const citations: FoundCitation[] = [
        {id: joinId(prefix, m.groups.number), type: typeOf(prefix), start: at, end}
      ]
      memorandumProvisions(citations, text, at)
      return printedTitle ? {citations, end, resume: printedTitle.from} : {citations, end}
    }
    const dated = readAt(datedMemorandum, text, at)
    const iso = dated ? isoDate(dated) : null
    if (dated && iso) {
      let end = dated.index + dated[0].length
      // Several memoranda may share a day: the printed title tells them apart.
      const citation: FoundCitation = {
        id: joinId('pm', iso),
        type: typeOf('pm'),
        start: at,
        end,
        date: iso
      }
      const printedTitle = titleAfter(text, end)
      if (printedTitle) {
        citation.title = text.slice(printedTitle.from, printedTitle.close).trim()
        citation.id = joinId('pm', iso, slug(citation.title))
        ctx.datedTitles.set(`pm/${iso}`, slug(citation.title))
        // What a memorandum's title cites is read too ("(Delegation of Authority Under Section 6501(b)(2) of the ...)").
        const resume = printedTitle.from
        end = printedTitle.close + 1
        citation.end = end
        const citations = [citation]
        memorandumProvisions(citations, text, at)
        return {citations, end, resume}
      }
      // "the Presidential Memorandum of September 27, 2023" after it was named with its title: that one.
      const named = ctx.datedTitles.get(`pm/${iso}`)
      const citations = [citation]
      // Its provisions only with its title in the id: `pm/{date}/2` would read as a memorandum titled "2".
      if (named) {
        citation.id = joinId('pm', iso, named)
        memorandumProvisions(citations, text, at)
      }
      return {citations, end}
    }
    const pd = readAt(determination, text, at)
    if (pd) {
      const end = pd.index + pd[0].length
      return {
        citations: [{id: joinId('pd', pd.groups.number), type: typeOf('pd'), start: at, end}],
        end
      }
    }
    return null
  }
}
