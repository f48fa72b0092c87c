/**
 * A unit's text as the detector reads it: quotations blanked (they speak for the amended order), cut
 * into sentences, and every match of a pattern in it.
 */
import {getOrCreate} from '../util/get-or-create.js'
import {anyQuote, pairedQuotes, sentenceEnd, straightQuotation} from './phrases.js'

/** Sentences as [start, end) ranges; a citation's own full stops ("U.S.C.") do not end one. */
export function sentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  // One expression shared by every call: its place in the text is set here.
  sentenceEnd.lastIndex = 0
  for (let m = sentenceEnd.exec(text); m !== null; m = sentenceEnd.exec(text)) {
    ranges.push([start, m.index + 1])
    start = m.index + 1
  }
  if (start < text.length) ranges.push([start, text.length])
  return ranges
}

/** Quoted text (the words an amendment inserts) blanked out: it speaks for the amended order, not this one. */
export function unquoted(text: string): string {
  // Most units quote nothing: no copy.
  if (!anyQuote.test(text)) return text
  let out = ''
  let kept = 0
  let depth = 0
  let from = -1
  // A quotation may run past the paragraph.
  pairedQuotes.lastIndex = 0
  for (let m = pairedQuotes.exec(text); m !== null; m = pairedQuotes.exec(text)) {
    const opens = m[0] === '``' || m[0] === '“'
    if (opens) {
      if (depth === 0) from = m.index
      depth++
    } else if (depth > 0) {
      depth--
      if (depth === 0) {
        const end = m.index + m[0].length
        out += text.slice(kept, from) + ' '.repeat(end - from)
        kept = end
      }
    }
  }
  out += depth > 0 ? text.slice(kept, from) + ' '.repeat(text.length - from) : text.slice(kept)
  return out.replace(straightQuotation, (q) => ' '.repeat(q.length))
}

const globalCopies = new WeakMap<RegExp, RegExp>()

/** Every match of a pattern in a text, left to right. */
export function everyMatch(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = getOrCreate(globalCopies, pattern, (p) => new RegExp(p.source, `${p.flags}g`))
  return [...text.matchAll(global)]
}

/** A quotation opened after a colon ("to read as follows: “Section 1. ..."): new text that may run on over paragraphs. */
const opensAfterColon = /:\s*(?:``|“)$/

/** How many paragraphs a quotation may run on over: beyond, an unclosed mark is a misprint, not new text. */
const quotationReach = 80

/** The depth of quotation at a text's end from `depth` at its start, and where it first comes back to none (-1: never). */
function quotationDepth(
  text: string,
  from: number,
  depth: number
): {depth: number; closedAt: number; opened: boolean} {
  let closedAt = -1
  let opened = false
  pairedQuotes.lastIndex = from
  for (let m = pairedQuotes.exec(text); m !== null; m = pairedQuotes.exec(text)) {
    if (m[0] === '``' || m[0] === '“') {
      if (depth === 0)
        opened = opensAfterColon.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))
      depth++
    } else if (depth > 0) {
      depth--
      if (depth === 0 && closedAt === -1) closedAt = m.index + m[0].length
    }
  }
  return {depth, closedAt, opened}
}

/**
 * For the units inside a quotation an earlier unit opened after a colon and closed in a later one ("Sections 1 through
 * 5 are revised to read as follows: “Section 1. Purpose. ..." then "Sec. 2. Policy. ...", "Sec. 5. ... is
 * revoked.”."): how far into each the quotation runs (Infinity: all of it). Those words are the amended order's, not
 * this one's. A quotation that does not close within reach (a misprinted mark) marks nothing.
 */
export function continuedQuotations<U extends {text: string}>(units: readonly U[]): Map<U, number> {
  const inside = new Map<U, number>()
  for (let i = 0; i < units.length; i++) {
    const open = quotationDepth(units[i]!.text, 0, 0)
    if (open.depth === 0 || !open.opened) continue
    let depth = open.depth
    for (let j = i + 1; j < units.length && j <= i + quotationReach; j++) {
      const next = quotationDepth(units[j]!.text, 0, depth)
      if (next.closedAt === -1) {
        depth = next.depth
        continue
      }
      for (let k = i + 1; k < j; k++) inside.set(units[k]!, Number.POSITIVE_INFINITY)
      inside.set(units[j]!, next.closedAt)
      i = j - 1
      break
    }
  }
  return inside
}
