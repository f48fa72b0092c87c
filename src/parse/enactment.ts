/**
 * Where an enacting sentence stands inside a paragraph: a proclamation's "NOW, THEREFORE, I, ..."
 * after the last finding's sentence, and the sentence that closes a preamble by enacting what
 * follows ("Accordingly, I hereby order:", "I therefore hereby proclaim the following:",
 * "For these reasons, I hereby declare and order:").
 */
import {sliceMapped, trimMapped, type MappedText} from './mapped-text.js'
import type {Unit} from './units.js'

/** "NOW, THEREFORE, I" after a sentence's end, inside a paragraph. */
// The lookbehind only where NOW stands (looked back from every place, a run of spaces is read again and again).
const nowTherefore = /(?=NOW)(?<=[.!?:;]["”’')\]]*\s+)NOW,?\s+THEREFORE,?\s+I\b/g

/**
 * First-person enacting words in a sentence ("I hereby", "I therefore hereby", "it is hereby
 * ordered", "I order", "and further order", "I, JOSEPH R. BIDEN JR., President ..., in order to
 * ..., hereby order"): the passive "is hereby amended" is an instruction, not a formula.
 */
const firstPersonEnacting =
  /^I,[^:]*\bhereby\s+[a-z]+|\bI\b[^.;:]{0,80}?\bhereby\b|\bit\s+is\s+hereby\s+ordered\b|\bI\s+(?:(?:therefore|further|also|now)\s+)*(?:order|direct|proclaim|determine|declare)\b|\bfurther\s+order\b/

/** A passive clause of the sentence's own ("is amended", "are hereby revoked"): an instruction. */
const passiveClause = /\b(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?[a-z]+ed\b/

/** Sentence ends: a full stop, not an initial's or an abbreviation's ("J.", "U.S.", "Sec."), then a capital. */
const sentenceBreak = /[.!?]["”’')\]]*\s+(?=["“(]?[A-Z])/g
const abbreviation =
  /(?:^|[\s.(])(?:[A-Z]|No|Nos|Sec|Secs|Stat|Pub|St|Jr|JR|Sr|Mr|Ms|Dr|Inc|Co|Corp|Ltd|v|vs|et seq|U\.S\.C)$/

/** Offsets at which sentences after the first begin. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = []
  for (const m of text.matchAll(sentenceBreak)) {
    const stop = m.index + m[0].search(/[.!?]/)
    if (abbreviation.test(text.slice(Math.max(0, stop - 12), stop))) continue
    starts.push(m.index + m[0].length)
  }
  return starts
}

/** Where the sentence holding offset `at` begins (0 for the first). */
export function sentenceStartBefore(text: string, at: number): number {
  let start = 0
  for (const s of sentenceStarts(text)) if (s <= at) start = s
  return start
}

/** Where a mid-paragraph "NOW, THEREFORE, I" begins (the last one), or -1. */
export function midParagraphFormula(text: string): number {
  let at = -1
  for (const m of text.matchAll(nowTherefore)) at = m.index
  return at
}

/**
 * Where the sentence begins that closes the text by enacting what follows: the text ends in a
 * colon, and its last sentence (or its "NOW, THEREFORE", wherever it stands) enacts in the first
 * person. -1 when the text does not close so.
 */
export function closingEnactment(text: string): number {
  if (!/:\s*$/.test(text)) return -1
  const formula = /^NOW,?\s+THEREFORE,?\s+I\b/.test(text) ? 0 : midParagraphFormula(text)
  if (formula !== -1) return formula
  const starts = sentenceStarts(text)
  const at = starts[starts.length - 1] ?? 0
  return firstPersonEnacting.test(text.slice(at)) ? at : -1
}

/** Verbs whose object is a finding, not an operative act: "hereby find that ...", "do hereby declare an emergency". */
const findingVerbs: ReadonlySet<string> = new Set(['find', 'determine', 'declare'])

/**
 * Whether the text after a formula's enacting words goes on with the formula up to the colon
 * that opens the provisions: one sentence with no instruction of its own ("to the Secretary of
 * State the following authorities:", "pursuant to section 303(a)(5) of the Act, that:"), or,
 * after a verb of finding (`verb`), text whose last sentence enacts again ("hereby find that ...
 * is not detrimental to the interests of the United States. I therefore hereby proclaim the
 * following:"). After "do hereby proclaim that ..." the sentences are operative: provisions.
 */
export function continuesFormula(rest: string, verb: string | null): boolean {
  if (!/:\s*$/.test(rest)) return false
  if (sentenceStarts(rest).length === 0) return !passiveClause.test(rest)
  return verb !== null && findingVerbs.has(verb) && closingEnactment(rest) > 0
}

/**
 * The verb of a closing enacting sentence ("I therefore hereby proclaim the following:" proclaim,
 * "do hereby further proclaim" proclaim, "it is hereby ordered" ordered), or null.
 */
export function closingVerb(sentence: string): string | null {
  const verb =
    'order|direct|proclaim|determine|declare|find|establish|designate|delegate|make|authorize|grant'
  const m =
    new RegExp(
      String.raw`\b(?:hereby|I)\s+(?:(?:therefore|further|also|now|hereby)\s+)*(?<verbs>(?:${verb})(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:${verb}))*)\b`
    ).exec(sentence) ?? /\bit\s+is\s+hereby\s+(?<verbs>ordered)\b/.exec(sentence)
  return m?.groups?.verbs?.split(/[\s,]+/).pop() ?? null
}

/** A unit made of part of a unit's text (split at a sentence): its offsets give its span. */
export function unitOfText(text: MappedText, like: Pick<Unit, 'kind' | 'depth'>): Unit {
  return {
    text,
    start: text.offsets.offsetAt(0)!,
    end: text.offsets.offsetAt(text.offsets.length - 1)! + 1,
    kind: like.kind,
    leadStrong: null,
    depth: like.depth
  }
}

/** A unit's text split at an offset into the units before and from it (the first null when empty). */
export function splitUnit(unit: Unit, at: number): {head: Unit | null; tail: Unit} {
  const head = trimMapped(sliceMapped(unit.text, 0, at))
  const tail = trimMapped(sliceMapped(unit.text, at))
  return {
    head: head.text === '' ? null : {...unitOfText(head, unit), leadStrong: unit.leadStrong},
    tail: unitOfText(tail, unit)
  }
}
