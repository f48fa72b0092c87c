/**
 * Where each citation of a unit stands in its text, and whether it may be what an action acts on: an
 * instrument the sentence cites in passing ("as amended by Executive Order 14266") is not a target, and
 * neither is the rest of a list it heads.
 */
import type {Citation, DocumentContent} from '../document/types.js'
import {instrumentOf, splitId} from '../util/instrument-id.js'
import {pathsOf} from './designations.js'
import {notADutySource, notATarget, targetTypes} from './actions.js'
import type {DatedReference} from './dated.js'
import {andWord, listContinuation, moreOfTheList, objectListGap} from './phrases.js'

/** A unit of text that may act: a finding, the enacting formula, a provision. */
export type Unit = Extract<DocumentContent, {type: 'finding' | 'enactingFormula' | 'provision'}>

export interface Placed {
  citation: Citation
  start: number
  end: number
  /** An instrument the sentence may act on (not one it merely cites). */
  target: boolean
  /** An instrument a change of duties may act on: a target, or cited as what imposed them ("imposed under Proclamation 9704"). */
  source: boolean
  /** Cited inside another citation's words (its title). */
  nested?: boolean
}

/** How far before a citation `notATarget` looks. */
const lookBehind = 40

/**
 * Where each citation stands in the unit's text (citations are in text order), and whether it may be a target; with
 * the instruments the unit names by date and title (dated.ts), where no citation stands over the same words.
 */
export function place(unit: Unit, dated: readonly DatedReference[] = []): Placed[] {
  const cited = placeCitations(unit)
  const placed = [...cited]
  for (const ref of dated) {
    const under = cited.filter((p) => p.start < ref.end && ref.start < p.end)
    // A citation of the text over the same words stands, unless it is the same instrument read within them,
    // perhaps without all the provisions named before it ("section 2(a), section 2(b), ... and section 2(f) of the
    // Executive Order of ... (Title)"): the references, one a provision, replace it.
    const narrower = under.every(
      (p) =>
        p.start >= ref.start &&
        p.end <= ref.end &&
        instrumentOf(p.citation.id) === instrumentOf(ref.id)
    )
    if (under.length > 0 && !narrower) continue
    for (const p of under) if (placed.includes(p)) placed.splice(placed.indexOf(p), 1)
    const at = placed.findIndex((p) => p.start > ref.start)
    const index = at === -1 ? placed.length : at
    const previous = placed[index - 1]
    // The provisions of one list ("sections 2(a) and 2(d) of the Executive Order of ...") share its place.
    const sameList = previous && previous.start === ref.start && previous.end === ref.end
    const before = unit.text.slice(Math.max(0, ref.start - lookBehind), ref.start)
    const target = sameList ? previous.target : !notATarget.test(before)
    const source = sameList ? previous.source : !notADutySource.test(before)
    const citation = {
      id: ref.id,
      type: ref.id.split('/')[0] as Citation['type'],
      text: unit.text.slice(ref.start, ref.end),
      position: unit.position!,
      url: null
    }
    placed.splice(index, 0, {citation, start: ref.start, end: ref.end, target, source})
  }
  return placed
}

function placeCitations(unit: Unit): Placed[] {
  const placed: Placed[] = []
  // The last citation placed that is no part of another's words: the only one a later citation can be inside, as
  // citations come in text order (looked for among all of them, a unit of thousands took quadratic time).
  let top: Placed | undefined
  for (const citation of unit.citations) {
    // Citations of one printed list share its text and place; others follow the one before.
    const last = placed[placed.length - 1]
    const [a, b] = [last?.citation.position?.start.offset, citation.position?.start.offset]
    const sameSpan =
      last !== undefined &&
      last.citation.text === citation.text &&
      (a !== undefined && b !== undefined ? a === b : last.citation.id !== citation.id)
    // One cited in another's title ("Executive Order 10444 of April 10, 1953 (Amendment of Executive Order No. 8809
    // ..., As Amended by Executive Order No. 9323 ...)") is part of that citation's words: no target, and no member
    // of the list around it. Its words are inside that citation's.
    const outer = top && within(citation, top.citation) ? top : undefined
    if (outer) {
      const at = unit.text.indexOf(citation.text, outer.start + 1)
      if (at === -1) continue
      placed.push({
        citation,
        start: at,
        end: at + citation.text.length,
        target: false,
        source: false,
        nested: true
      })
      continue
    }
    const cursor = last ? (sameSpan ? last.start : (top ?? last).end) : 0
    const start = unit.text.indexOf(citation.text, cursor)
    if (start === -1) continue
    const end = start + citation.text.length
    const before = unit.text.slice(Math.max(0, start - lookBehind), start)
    const previous = top
    // One printed list ("Executive Orders 13065, 13081, and 13102"): its members stand or fall together.
    if (previous && previous.start === start) {
      const listed = targetTypes.has(citation.type)
      top = {
        citation,
        start,
        end,
        target: previous.target && listed,
        source: previous.source && listed
      }
      placed.push(top)
      continue
    }
    // "as amended by section 3 of Executive Order 13025, Executive Order 13041, sections 1, 2, and that part of
    // section 3 of Executive Order 13064": the whole list is cited, not acted on.
    const gap = previous && previous.end <= start ? unit.text.slice(previous.end, start) : null
    // A comma alone continues a list only before more of it ("A, B, and C"); "in order to clarify A, B is amended" does not.
    const continues =
      previous !== undefined &&
      gap !== null &&
      listContinuation.test(gap) &&
      (andWord.test(gap) || moreOfTheList.test(unit.text.slice(end)))
    const listedAfterMere =
      continues && !previous.target && !earlier(citation.id, previous.citation.id)
    const target = targetTypes.has(citation.type) && !notATarget.test(before) && !listedAfterMere
    const source =
      targetTypes.has(citation.type) &&
      !notADutySource.test(before) &&
      !(continues && !previous.source)
    top = {citation, start, end, target, source}
    placed.push(top)
  }
  return placed
}

/** Whether a citation's words are inside another's (by their places in the source), and not the same words. */
function within(inner: Citation, outer: Citation): boolean {
  const [a, b] = [inner.position, outer.position]
  if (!a || !b) return false
  const [s, e, os, oe] = [a.start.offset, a.end.offset, b.start.offset, b.end.offset]
  if (s === undefined || e === undefined || os === undefined || oe === undefined) return false
  return os <= s && e <= oe && e - s < oe - os
}

/**
 * Whether an instrument is numbered before another of its kind. The orders of an "as amended by" list follow the
 * one they amend and each other in time ("as amended by Executive Order 13559 of November 17, 2010 (...), Executive
 * Order 13280 of December 12, 2002 (...), ... are hereby amended"): an earlier one after it is back in the list
 * the sentence acts on.
 */
function earlier(id: string, than: string): boolean {
  const [kind, number] = id.split('/')
  const [otherKind, otherNumber] = than.split('/')
  return (
    kind === otherKind &&
    /^\d+$/.test(number ?? '') &&
    /^\d+$/.test(otherNumber ?? '') &&
    Number(number) < Number(otherNumber)
  )
}

/** The object of an active verb: the first instrument after it and those listed with it, not those of later clauses. */
export function objectList(after: Placed[], text: string): Placed[] {
  const list = after.slice(0, 1)
  for (const next of after.slice(1)) {
    // "Executive Orders 12865, 13069, and 13098": one printed list, several citations.
    if (next.start === list[list.length - 1]!.start) {
      list.push(next)
      continue
    }
    const gap = text.slice(list[list.length - 1]!.end, next.start)
    if (!objectListGap.test(gap)) break
    list.push(next)
  }
  return list
}

/**
 * The ids of placed citations; a range of provisions of one instrument ("Subsections 1(a)(iv)(B) through 1(a)(v) of
 * Executive Order 13851", "sections 2 through 5 of ...") by every provision it spans where their order can be told,
 * else by both ends.
 */
export const ids = (placed: readonly Placed[]): string[] =>
  placed.flatMap(({citation: {id, through}}) => (through ? spanOf(id, through) : [id]))

/** The provisions from one id to another of the same instrument: both ends at least. */
function spanOf(first: string, last: string): string[] {
  const instrument = instrumentOf(first)
  if (instrument !== instrumentOf(last) || first === instrument) return [first, last]
  const designation = (id: string) => {
    const [section, ...rest] = splitId(id).path
    return `${section ?? ''}${rest.map((d) => `(${d})`).join('')}`
  }
  const paths = pathsOf(`${designation(first)} through ${designation(last)}`, [])
  const spanned = paths.map((path) => [instrument, ...path].join('/'))
  return spanned.length >= 2 ? spanned : [first, last]
}
