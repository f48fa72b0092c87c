/**
 * Presidential instruments named without a number: by their date and title ("the Order of August 14, 2020
 * (Regarding the Acquisition of Musical.ly by ByteDance Ltd.)", "On January 3, 2025, ... issued an order titled
 * “Regarding ...”"), then by the short name the document gave them ("(Divestment Order)", "(April 7 Memo)"):
 * "Section 2(b) of the Divestment Order" -> eo/2020-08-14/regarding-.../2/b.
 */
import {typeOf} from '../data/citation-kinds.js'
import {escapeRegExp, pattern, readAt, search} from '../util/pattern.js'
import type {CitationContext} from './context.js'
import {joinId, type FoundCitation} from './found.js'
import {before, slug} from './lex.js'
import {
  datedInstrument,
  eoProvision,
  isoDate,
  printedDate,
  type ProvisionBefore,
  procProvision,
  titledAfter,
  withProvisions
} from './presidential.js'
import type {CitationReader, ReadResult} from './reader.js'

/** The prefix of an instrument named by its kind's word. */
const prefixOf = (word: string): 'eo' | 'proc' | 'pm' =>
  /^proc/i.test(word) ? 'proc' : /^memo/i.test(word) ? 'pm' : 'eo'

/** The provisions named before an instrument of the prefix ("Sections 2(b) and 2(c) of the ..."). */
const provisionsBefore = (prefix: string): ProvisionBefore =>
  prefix === 'proc' ? procProvision : eoProvision

/** Provisions printed before `start` ("Section 2(a) of the|my ..."): the citations become theirs. */
function withProvisionsBefore(
  citations: FoundCitation[],
  text: string,
  start: number,
  prefix: string
): void {
  const {window, offset} = before(text, start, 120)
  withProvisions(citations, window, offset, provisionsBefore(prefix))
}

/** "the Order of August 14, 2020 (Regarding ...)": an order of the President named by date and title. */
export const datedOrder: CitationReader = {
  name: 'dated-order',
  trigger: String.raw`Order\s+of\s+[A-Z][a-z]+\.?\s+\d`,
  read(text, at, ctx) {
    // "Executive Order of ..." is the executive-order reader's; an order of a court or agency is no instrument.
    const article = /(?:^|\s)(?:the|The|an|An|my)\s+$/.exec(text.slice(Math.max(0, at - 8), at))
    if (!article) return null
    const dated = datedInstrument('eo', text, at, 'Order'.length, ctx)
    if (!dated) return null
    const start = at - (article[0].length - article[0].search(/\S/))
    withProvisionsBefore(dated.citations, text, start, 'eo')
    return dated
  }
}

/** The noun of "an order titled “...”", "a Presidential Memorandum, entitled “...”" (the title read by `titledAfter`). */
const titledNoun = /[Oo]rder|[Mm]emorandum|[Pp]roclamation/y
/** "On January 3, 2025," in the sentence before: the day it was issued. */
const onDate = pattern('', String.raw`\b[Oo]n\s+`, printedDate, ',')
/** What may stand before the noun: "an", "a Presidential", "an executive". */
const articleBefore = /\b(?:an?|the)\s+(?:(?:Presidential|[Ee]xecutive)\s+)?$/

/**
 * "On January 3, 2025, ... then-President Biden issued an order titled “Regarding ...”": the instrument the sentence
 * dates. Null unless the sentence gives the day ("On {date},") before the noun.
 */
export const titledInstrument: CitationReader = {
  name: 'titled-instrument',
  trigger: String.raw`(?:[Oo]rder|[Mm]emorandum|[Pp]roclamation),?\s+(?:en)?titled,?\s+[“"]`,
  read(text, at, ctx) {
    const {window, offset} = before(text, at, 300)
    const article = articleBefore.exec(window)
    if (!article) return null
    // The date in the same sentence: after the last full stop before the noun.
    const sentence =
      window
        .slice(0, article.index)
        .split(/[.;]\s+(?=[A-Z(])/)
        .pop() ?? ''
    const date = search(onDate, sentence)
    const iso = date ? isoDate(date) : null
    const noun = readAt(titledNoun, text, at)
    if (!iso || !noun) return null
    const nounEnd = noun.index + noun[0].length
    const titled = titledAfter.exec(text.slice(nounEnd, nounEnd + 400))
    if (!titled) return null
    const title = (titled.groups!.title ?? titled.groups!.title2!).replace(/[,.]$/, '').trim()
    const end = nounEnd + titled[0].length
    const prefix = prefixOf(noun[0])
    ctx.datedTitles.set(`${prefix}/${iso}`, slug(title))
    const citation: FoundCitation = {
      id: joinId(prefix, iso, slug(title)),
      type: typeOf(prefix),
      start: offset + article.index,
      end,
      title
    }
    return {citations: [citation], end}
  }
}

/** A short name a document gives an instrument: "Divestment Order", "January 3 Order", "April 7 Memo". */
export const instrumentShortName =
  /^(?:[A-Z0-9][\w.-]*\s+){1,4}(?:Order|Memo|Memorandum|Proclamation|Directive)$/

/** The kind's word a short name ends with. */
const shortNameEnd = /(?:Order|Memo|Memorandum|Proclamation|Directive)\b/y

/**
 * "the Divestment Order", "Section 2(a) of the January 3 Order": an instrument by the short name the document gave it
 * (`CitationContext.instrumentNames`), with the provisions named before it.
 */
export const definedInstrument: CitationReader = {
  name: 'defined-instrument',
  trigger: String.raw`(?:Order|Memo|Memorandum|Proclamation|Directive)\b`,
  read(text, at, ctx) {
    if (ctx.instrumentNames.length === 0) return null
    const word = readAt(shortNameEnd, text, at)
    if (!word) return null
    const end = at + word[0].length
    const {window, offset} = before(text, end, 80)
    for (const named of ctx.instrumentNames) {
      const m = named.pattern.exec(window)
      if (!m) continue
      const start = offset + m.index + m[0].search(/\S/)
      const citations: FoundCitation[] = [{id: named.id, type: named.type, start, end}]
      withProvisionsBefore(citations, text, start, named.id.split('/')[0]!)
      return {citations, end} satisfies ReadResult
    }
    return null
  }
}

/** Remember a short name defined for an instrument just cited ("(Divestment Order)"). */
export function defineInstrumentName(
  ctx: CitationContext,
  name: string,
  cited: FoundCitation
): void {
  const words = name.trim().split(/\s+/)
  const printed = words.map(escapeRegExp).join(String.raw`\s+`)
  ctx.instrumentNames.push({
    id: cited.id,
    type: cited.type,
    pattern: new RegExp(String.raw`(?:^|\s)(?:the|The|that|such)\s+${printed}$`)
  })
}
