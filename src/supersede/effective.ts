/**
 * When an action takes effect. The sentence of the action may say so ("Effective July 1, 2025, I hereby
 * terminate ..."); more often another sentence does, for a clause, a section or the whole document ("(2) The
 * modifications to the HTSUS made by clause 1 of this proclamation shall be effective with respect to goods
 * entered for consumption ... on or after 12:01 a.m. eastern daylight time on June 4, 2025"). Tariff actions
 * are dated so, weeks after signing; status on a date in between must not count them yet.
 */
import type {Parent} from 'unist'
import {visitParents} from 'unist-util-visit-parents'
import {printedDateToIso} from '../document/dates.js'
import type {DocumentContent, Provision, Supersession} from '../document/types.js'
import {sentences, unquoted} from './text.js'

/** "12:01 a.m. eastern daylight time on": the hour an action takes effect, before its date. */
const hour = String.raw`(?:(?:12:01|11:59|12:00)\s+[ap]\.m\.\s+[a-z ]{0,30}?\s*on\s+)?`
const date = String.raw`(?<month>[A-Z][a-z]+)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})`

/**
 * A date an action takes effect, in the forms the documents print it ("effective as of", "shall be
 * ineffective as of", "effective with respect to goods entered ... on or after", "shall take effect on",
 * "shall enter into force on", a sentence opening "As of 12:01 a.m. on March 12, 2025,"). Groups: `month` (its name), `day`, `year`.
 */
export const effectiveDate = new RegExp(
  String.raw`(?:(?:\b|\bin)[Ee]ffective\s+(?:(?:as\s+of|on|at|beginning|from)\s+|with\s+respect\s+to\s+[^;]{0,240}?\bon\s+or\s+after\s+)?` +
    String.raw`|^\s*As\s+of\s+|\b(?:take|takes|took|enter|enters)\s+(?:into\s+)?(?:effect|force)\s+(?:on|at|as\s+of)\s+)${hour}${date}`
)

/** The date a sentence says something takes effect, as an ISO date; null when it says none. */
export function effectiveIn(sentence: string): string | null {
  const g = effectiveDate.exec(sentence)?.groups
  return g ? printedDateToIso(g.month!, g.day!, g.year!) : null
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
  for (const part of list.split(/\s*(?:,\s*(?:and\s+)?|\band\b)\s*/)) {
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
  named: Map<number, string>
  /** Top-level provision number -> date, from an unqualified sentence inside it ("The modifications set out in this section"). */
  own: Map<number, string>
  /** The date the whole document takes effect ("This order is effective at 12:01 a.m. ... on ..."). */
  document: string | null
}

/** The effective-date sentences of a document's provisions, each given its reach. */
function effectiveClauses(children: DocumentContent[]): EffectiveClauses {
  const clauses: EffectiveClauses = {named: new Map(), own: new Map(), document: null}
  visitParents({type: 'root', children} as Parent, 'provision', (node, ancestors) => {
    const provision = node as Provision
    const top = [...ancestors, provision].find(
      (n): n is Provision => n.type === 'provision' && (n as Provision).label !== null
    )
    const own = topNumber(top?.label ?? null)
    const text = unquoted(provision.text)
    for (const [start, end] of sentences(text)) {
      const sentence = text.slice(start, end)
      const iso = effectiveIn(sentence)
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

function setOnce(map: Map<number, string>, key: number, value: string): void {
  if (!map.has(key)) map.set(key, value)
}

/**
 * Gives each entry that states no date of its own the date the document sets for it, most specific first: a
 * sentence of its own section or clause, one naming its clause, one for the whole document. Entries of the
 * findings and the formula keep the document's date.
 */
export function applyEffectiveDates(entries: Supersession[], children: DocumentContent[]): void {
  if (entries.every((e) => e.effective !== undefined || e.provision === null)) return
  const clauses = effectiveClauses(children)
  for (const entry of entries) {
    if (entry.effective !== undefined || entry.provision === null) continue
    const top = topNumber(entry.provision)
    const iso =
      (top !== null ? (clauses.own.get(top) ?? clauses.named.get(top)) : undefined) ??
      clauses.document
    if (iso) entry.effective = iso
  }
}
