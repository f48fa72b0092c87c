/**
 * When an action takes effect. The sentence of the action may say so ("Effective July 1, 2025, I hereby
 * terminate ..."); more often another sentence does, for a clause, a section or the whole document ("(2) The
 * modifications to the HTSUS made by clause 1 of this proclamation shall be effective with respect to goods
 * entered for consumption ... on or after 12:01 a.m. eastern daylight time on June 4, 2025"). Tariff actions
 * are dated so, weeks after signing; status on a date in between must not count them yet.
 */
import {wordsToNumber} from '../data/numbers.js'
import type {Parent} from 'unist'
import {visitParents} from 'unist-util-visit-parents'
import {printedDateToIso} from '../document/dates.js'
import type {DocumentContent, Provision, Supersession} from '../document/types.js'
import {opensWithQuotation} from './phrases.js'
import {sentences, unquoted} from './text.js'

/**
 * "12:01 a.m. eastern daylight time" ("12:01 am", "12:01 eastern daylight time" too): the hour an action takes
 * effect, before its day.
 */
const clock = String.raw`(?:12:01|11:59|12:00)\s+(?:[ap]\.?m\.?\s+)?[a-z ]{0,30}?`
/** "12:01 a.m. eastern daylight time on": before a printed date. */
const hour = String.raw`(?:${clock}\s*on\s+)?`
/** An hour a text says something starts at ("on or after 12:01 a.m. eastern ..."; not an end: "until 12:01 a.m."). */
const clockPrinted =
  /\b(?:on\s+(?:or|and)\s+after|effective|beginning|as\s+of|from)\s+(?:12:01|11:59|12:00)\s+(?:[ap]\.?m\.?\s+)?(?:eastern|e\.[sd]\.t\.)/i
const date = String.raw`(?<month>[A-Z][a-z]+)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})`

/**
 * A day counted from the document's own date: "3 days after the date of this order", "on the 15th day after the
 * date of this proclamation", "7 days from the date of this order", "within ten days of the date of this
 * proclamation". Groups: `relative` (the phrase), `days`.
 */
const relativeDay = String.raw`(?:${clock}\s+)?(?<relative>(?:on\s+the\s+|within\s+)?(?<days>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)?\s+(?:calendar\s+)?days?\s+(?:after|from|following|of)\s+(?:the\s+date\s+of\s+)?this\s+(?:order|proclamation|memorandum))`

/** Before "effective", words that date another action: "notwithstanding the increase contemplated effective June 1, 2025". */
const otherAction = String.raw`(?:contemplated|scheduled|originally|previously|otherwise)`

/** "is revoked as of", "is superseded, as of": a date printed with the action it dates. */
const actionAsOfWords = String.raw`\b(?:revoked|superseded|terminated|rescinded|suspended),?\s+as\s+of\s+`

/**
 * A date an action takes effect, in the forms the documents print it ("effective as of", "shall be
 * ineffective as of", "effective with respect to goods entered ... on or after", "shall take effect on",
 * "shall enter into force on", a sentence opening "As of 12:01 a.m. on March 12, 2025,"), or a day counted from
 * the document's date ("... on or after 12:01 a.m. eastern daylight time 3 days after the date of this order",
 * "shall take effect 90 days from the date of this proclamation"). Groups: `month` (its name), `day`, `year`;
 * `relative`, `days`.
 */
export const effectiveDate = new RegExp(
  String.raw`(?:(?<!\b${otherAction}\s+)(?:\b|\bin)[Ee]ffective\s+(?:(?:as\s+of|on|at|beginning|from)\s+|(?:with\s+respect\s+to|for)\s+[^;]{0,240}?\bon\s+(?:or|and)\s+after\s+)?` +
    // "The rates of duty established in this proclamation shall apply with respect to goods entered ... on or after".
    // "This order shall apply retroactively to all entries of merchandise ... made on or after March 4, 2025".
    String.raw`|\bshall\s+apply\s+(?:retroactively\s+)?(?:with\s+respect\s+)?to\s+[^;]{0,240}?\bon\s+(?:or|and)\s+after\s+` +
    // The goods an action reaches, as a relative clause: "products of the PRC ... that are entered for consumption,
    // or withdrawn from warehouse for consumption, on or after 12:01 am eastern daylight time on May 2, 2025".
    String.raw`|\b(?:that|which)\s+are\s+entered\s+for\s+consumption,?\s+(?:or\s+withdrawn\s+from\s+warehouse\s+for\s+consumption,?\s+)?on\s+(?:or|and)\s+after\s+` +
    // A rate changed from the day it is in force: "increase the per postal item containing goods duty in section
    // 2(c)(ii) of Executive Order 14256 that is in effect on or after 12:01 a.m. eastern daylight time on June 1, 2025".
    String.raw`|\b(?:that|which)\s+(?:is|are)\s+in\s+effect\s+on\s+(?:or|and)\s+after\s+` +
    // "Executive Order 13838 ... is revoked as of January 30, 2022", "is superseded, as of January 30, 2022, to the extent".
    `|${actionAsOfWords}` +
    String.raw`|^\s*As\s+of\s+|\b(?:take|takes|took|enter|enters)\s+(?:into\s+)?(?:effect|force)\s+(?:(?:on|at|as\s+of)\s+)?)(?:${hour}${date}|${relativeDay})`
)

const actionAsOf = new RegExp(actionAsOfWords)

/** "from and after the date of this proclamation": from the day it is signed. */
const fromItsDate =
  /\bfrom\s+and\s+after\s+the\s+date\s+of\s+this\s+(?:proclamation|order|memorandum)\b/

/** "... that is in effect on or after": the day a rate is in force, named with the rate changed. */
const rateInForceFrom = /\b(?:that|which)\s+(?:is|are)\s+in\s+effect\s+on\s+(?:or|and)\s+after\b/

/** When a sentence says something takes effect: the ISO date, and for a day counted from the document's date, its phrase. */
export interface EffectiveWhen {
  date: string
  /** "3 days after the date of this order": the phrase the date was counted from. */
  phrase?: string
}

/**
 * When a sentence says something takes effect; null when it says none, or counts days from the document's date and
 * `signed` (that date, ISO) is not known.
 */
export function effectiveWhen(sentence: string, signed?: string | null): EffectiveWhen | null {
  const g = effectiveDate.exec(sentence)?.groups
  if (!g) {
    // "... amend and supersede the exceptions set forth in section 4(b) of Proclamation 10949 ... from and after the
    // date of this proclamation": the day it is signed.
    const from = fromItsDate.exec(sentence)
    return from && signed ? {date: signed, phrase: from[0].replace(/\s+/g, ' ')} : null
  }
  if (g.relative === undefined) {
    const iso = printedDateToIso(g.month!, g.day!, g.year!)
    return iso ? {date: iso} : null
  }
  const days = /^\d+$/.test(g.days!) ? Number(g.days) : wordsToNumber(g.days!)
  if (days === undefined || !signed) return null
  return {date: addDays(signed, days), phrase: g.relative.replace(/\s+/g, ' ')}
}

/** The date a sentence says something takes effect, as an ISO date; null when it says none. */
export function effectiveIn(sentence: string, signed?: string | null): string | null {
  return effectiveWhen(sentence, signed)?.date ?? null
}

/** An ISO date plus a number of days. */
function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/**
 * The provisions of this document a sentence names ("made by clauses 1-9 of this proclamation", "section 2
 * of this order", "this proclamation in clause 4"), as their numbers. Groups: `list`.
 */
const namedClauses =
  /\b(?:clauses?|sections?|paragraphs?)\s+(?<list>\d+[a-z]?(?:\s*(?:,\s*(?:and\s+)?|and|-|–|through|to)\s*\d+[a-z]?)*)(?=\s+of\s+this\s+(?:proclamation|order|memorandum)\b)|\bthis\s+(?:proclamation|order|memorandum)\s+in\s+(?:clauses?|sections?)\s+(?<list2>\d+[a-z]?(?:\s*(?:,\s*(?:and\s+)?|and|-|–|through|to)\s*\d+[a-z]?)*)/g

/** "1-9", "1, 2, and 4", "6 through 11" -> the numbers in them. */
function clauseNumbers(list: string): number[] {
  const numbers: number[] = []
  for (const part of list.split(/,|\band\b/).map((p) => p.trim())) {
    const range = /^(\d+)[a-z]?\s*(?:-|–|through|to)\s*(\d+)/.exec(part)
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])]
      // A range runs forward and stays within what a document holds.
      for (let n = from; n <= to && to - from < 100; n++) numbers.push(n)
    } else if (/^\d+/.test(part)) numbers.push(Number.parseInt(part, 10))
  }
  return numbers
}

/**
 * The whole document as what takes effect: "This order is effective ...", "The modifications to the HTS made by
 * this proclamation, including Annex I hereto, shall be effective ..." (not "as set forth in Annex I to this
 * proclamation", which dates one clause).
 */
const documentTakesEffect =
  /\b[Tt]his\s+(?:proclamation|order|memorandum)(?:,\s+including\s+[^,]{1,60},)?\s+(?:is|are|shall|will|becomes?)\b/

/** The top-level number of a provision's label path: "(3)(a)" and "Sec. 3(a)" -> 3; null for none. */
function topNumber(provision: string | null): number | null {
  const m = provision === null ? null : /^(?:Sec(?:tion)?\.?\s*)?\(?(\d+)/.exec(provision)
  return m ? Number(m[1]) : null
}

/** What the document's sentences say takes effect when, by reach. */
interface EffectiveClauses {
  /** Top-level provision number -> date, from a sentence naming it ("made by clause 1 of this proclamation"). */
  named: Map<number, EffectiveWhen>
  /** Top-level provision number -> date, from an unqualified sentence inside it ("The modifications set out in this section"). */
  own: Map<number, EffectiveWhen>
  /** The date the whole document takes effect ("This order is effective at 12:01 a.m. ... on ..."). */
  document: EffectiveWhen | null
  /** Top-level provisions that print an hour of their own ("that is in effect on or after 12:01 a.m. ... on May 2"). */
  clocked: Set<number>
  /** The day a national emergency would have ended, that a continuance runs from ("must continue in effect beyond April 15, 2023"). */
  anniversary: EffectiveWhen | null
}

/** The effective-date sentences of a document's provisions, each given its reach. */
function effectiveClauses(children: DocumentContent[], signed: string | null): EffectiveClauses {
  const clauses: EffectiveClauses = {
    named: new Map(),
    own: new Map(),
    document: null,
    clocked: new Set(),
    anniversary: null
  }
  visitParents({type: 'root', children} as Parent, 'provision', (node, ancestors) => {
    const provision = node as Provision
    const top = [...ancestors, provision].find(
      (n): n is Provision => n.type === 'provision' && (n as Provision).label !== null
    )
    const own = topNumber(top?.label ?? null)
    // Text an amendment puts in ("... are revised to read as follows:" + "“In order to ...”") dates the amended
    // instrument, not this document.
    if (opensWithQuotation.test(provision.text)) return
    const text = unquoted(provision.text)
    if (own !== null && clockPrinted.test(text)) clauses.clocked.add(own)
    const beyond = continuedBeyond.exec(text)?.groups
    const anniversary = beyond ? printedDateToIso(beyond.month!, beyond.day!, beyond.year!) : null
    if (anniversary) clauses.anniversary ??= {date: anniversary}
    for (const [start, end] of sentences(text)) {
      const sentence = text.slice(start, end)
      // The day a rate is in force dates the change of that rate only, not its section's others.
      if (rateInForceFrom.test(sentence)) continue
      // "... is revoked as of January 30, 2022": the date of that action only.
      if (actionAsOf.test(sentence)) continue
      const iso = effectiveWhen(sentence, signed)
      if (!iso) continue
      const named = [...sentence.matchAll(namedClauses)].flatMap((m) =>
        clauseNumbers(m.groups!.list ?? m.groups!.list2!)
      )
      // The first date given for a reach is the one it starts from ("on or after ... and prior to ...").
      if (named.length > 0) for (const n of named) setOnce(clauses.named, n, iso)
      else if (documentTakesEffect.test(sentence)) clauses.document ??= iso
      else if (own !== null) setOnce(clauses.own, own, iso)
    }
  })
  return clauses
}

function setOnce(map: Map<number, EffectiveWhen>, key: number, value: EffectiveWhen): void {
  if (!map.has(key)) map.set(key, value)
}

/**
 * Gives each entry that states no date of its own the date the document sets for it, most specific first: a
 * sentence of its own section or clause, one naming its clause, one for the whole document. A change of rates or
 * scope stated where no date reaches it (the findings: "I have further determined to extend the safeguard measure
 * proclaimed in Proclamation 9693 ... as follows:"; a first section: "I have determined that it is necessary ... to
 * deal with the national emergency declared in Executive Order 14257 by imposing ... in lieu of ...") is carried out
 * by the provisions that modify the tariff schedule: it takes the date they take effect when the document sets one
 * date only, unless its own section prints an hour of its own ("increase the ... duty ... that is in effect on or
 * after 12:01 a.m. ... on May 2, 2025").
 */
export function applyEffectiveDates(
  entries: Supersession[],
  children: DocumentContent[],
  signed: string | null = null
): void {
  if (entries.every((e) => e.effective !== undefined)) return
  const clauses = effectiveClauses(children, signed)
  const dates = new Set(
    [clauses.document, ...clauses.named.values(), ...clauses.own.values()].flatMap((w) =>
      w ? [w.date] : []
    )
  )
  const onlyDate =
    dates.size === 1
      ? (clauses.document ?? [...clauses.named.values(), ...clauses.own.values()][0])
      : null
  for (const entry of entries) {
    // "... is terminated, effective immediately": on the day of signing.
    if (entry.effective !== undefined || immediately.test(entry.text)) continue
    // "As of the date of publication of the Federal Register notice described in subsection (b)": a day not yet known.
    if (byNotice.test(entry.text)) continue
    if (entry.action === 'continue' && clauses.anniversary) {
      setEffective(entry, clauses.anniversary)
      continue
    }
    const top = topNumber(entry.provision)
    // "... is superseded as of the effective dates specified in section 7 of this order": that section's first date.
    const pointed = datesIn.exec(entry.text)?.groups?.section
    const there = pointed
      ? (clauses.own.get(Number(pointed)) ?? clauses.named.get(Number(pointed)))
      : undefined
    if (there) {
      setEffective(entry, there)
      continue
    }
    const iso =
      (entry.provision === null
        ? clauses.document
        : ((top !== null ? (clauses.own.get(top) ?? clauses.named.get(top)) : undefined) ??
          clauses.document)) ??
      (changesDuties(entry) && (top === null || !clauses.clocked.has(top)) ? onlyDate : null)
    if (iso) setEffective(entry, iso)
  }
}

/**
 * A change of duties: a `modify`, `suspend` or `terminate` whose words name duties, not an emergency's scope ("I hereby expand the
 * scope of ...").
 */
export function changesDuties(entry: Supersession): boolean {
  return (
    (entry.action === 'modify' || entry.action === 'suspend' || entry.action === 'terminate') &&
    /\b(?:dut(?:y|ies)|tariffs?|safeguard|suspension)\b/.test(entry.text) &&
    !/\bexpand\s+the\s+scope\b/.test(entry.text)
  )
}

/** An action dated by another section of the document: "as of the effective dates specified in section 7". */
const datesIn =
  /\b(?:as\s+of|on)\s+the\s+effective\s+dates?\s+(?:specified|set\s+forth|provided(?:\s+for)?)\s+in\s+section\s+(?<section>\d+)\b/

/** "the national emergency declared in Executive Order 14024 ... must continue in effect beyond April 15, 2023". */
const continuedBeyond = new RegExp(String.raw`\bcontinue\s+in\s+effect\s+beyond\s+${date}`)

/** A day a later notice sets: "as of the date of publication of the *Federal Register* notice described in ...". */
const byNotice =
  /\b(?:as\s+of|on|upon|from)\s+(?:the\s+(?:date|day)\s+of\s+)?(?:the\s+)?publication\s+of\s+(?:the|a)\s+(?:\*?Federal\s+Register\*?\s+)?notice\b/i

/** An action taking effect at once: its date is the document's. */
const immediately = /\b(?:effective\s+)?immediately\b/

/** An entry's date, and the phrase it was counted from when it is one. */
export function setEffective(entry: Supersession, when: EffectiveWhen): void {
  entry.effective = when.date
  if (when.phrase !== undefined) entry.effectivePhrase = when.phrase
}
