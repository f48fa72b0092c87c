/**
 * A unit's text as the detector reads it: quotations blanked (they speak for the amended order), cut
 * into sentences, and every match of a pattern in it.
 */
import {getOrCreate} from '../util/get-or-create.js'
import {anyQuote, pairedQuotes, sentenceEnd, straightQuotation} from './phrases.js'

/**
 * The longest sentence read whole. The longest of the bundled and bulk documents has 5,237 characters (a
 * section 232 clause); a longer run without a full stop is no sentence but hostile input, and is read in
 * pieces, so that no expression of the detector meets more than this much text at once.
 */
export const maxSentenceLength = 8000

/** Sentences as [start, end) ranges; a citation's own full stops ("U.S.C.") do not end one. */
export function sentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  const push = (end: number) => {
    // Cut at the last space of each piece where there is one.
    while (end - start > maxSentenceLength) {
      const space = text.lastIndexOf(' ', start + maxSentenceLength)
      const cut = space > start ? space + 1 : start + maxSentenceLength
      ranges.push([start, cut])
      start = cut
    }
    if (end > start) ranges.push([start, end])
    start = end
  }
  // One expression shared by every call: its place in the text is set here.
  sentenceEnd.lastIndex = 0
  for (let m = sentenceEnd.exec(text); m !== null; m = sentenceEnd.exec(text)) push(m.index + 1)
  if (start < text.length) push(text.length)
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

/**
 * A quotation printed as paragraphs of its own, after the words that introduce it: found at its quotation mark, the
 * blank line read back from there (searched from each line end, `\n\s*\n\s*“` reads a run of blank lines once for
 * each line in it).
 */
const quotedBlock = /(?=“)(?<=\n[^\S\n]*\n\s*)“/

/**
 * Where words from `from` to `end` stop before a quotation printed as paragraphs of its own ("is revised to read as
 * follows:" + "“(2)(a) ..."), which the parser reads into the same provision; `end` when none begins there.
 */
export function wordsEnd(text: string, from: number, end: number): number {
  const words = text.slice(from, end)
  const quote = quotedBlock.exec(words)
  if (!quote) return end
  // From the first line end of the spaces before it.
  let spaces = quote.index
  while (spaces > 0 && /\s/.test(words[spaces - 1]!)) spaces--
  return from + words.indexOf('\n', spaces)
}
