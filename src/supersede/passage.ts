/**
 * The passage an amending instruction reads: the head (its own words after its verb, to its sentence's
 * end, and the quotations right after it), the items below it, and the quotations they insert, over
 * however many units (paragraphs, provisions) those run. Each piece's words with its quotations blanked,
 * and each quotation's text, its quoted provisions' labels kept.
 */
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import type {Provision} from '../document/types.js'
import type {Unit} from './place.js'

/** A range of a unit's text the instruction reads: its words, or (continuing a quotation) quoted text only. */
export interface Piece {
  unit: Unit
  start: number
  end: number
  /** The piece whose scope this one inherits ("(a) in subsection 1(f):" for its items). */
  parent: number | null
}

/** A quotation of the passage: its text (over several paragraphs, joined by blank lines), where it opens. */
export interface Quote {
  text: string
  piece: number
  start: number
  /** Taken by a clause, as its struck or inserted text or an anchor. */
  used: boolean
  /** Its closing mark was read (a quotation never closed runs on to the passage's end). */
  closed?: boolean
}

/** What the reader is given of the amendment: the unit, the verb, and every unit after it in document order. */
export interface Instruction {
  unit: Unit
  /** The sentence of the verb, in the unit's text. */
  sentenceStart: number
  sentenceEnd: number
  /** The amending verb ("is further amended"): where it begins and ends, and its words. */
  verbStart: number
  verbEnd: number
  verb: string
  /** Units after the verb's, in document order (its items and the quotations they insert among them). */
  following: readonly Unit[]
  /** Whether a unit states an action of its own (an item "(b) Executive Order 13279 ... is further amended"). */
  acts: (unit: Unit) => boolean
  /** Where a range of a unit's text stands in the source file. */
  place: (unit: Unit, start: number, end: number) => Position
}

/** An insertion that waits for the quotation after it: "the following:", "to read as follows:". */
export const wantsText = /\bthe\s+following\b|\bto\s+read\b|:\s*$/i

/** Quotation marks: opening and closing curly quotes, Federal Register `` and '', straight quotes. */
const quoteMark = /``|''|“|”|"/g

/** Characters of the instruction's words (outside quotations): a letter ends the head's passage. */
const letter = /[A-Za-z]/

/**
 * The passage: the head (after the verb, to the sentence's end, and the quotations right after it), the items
 * below it (its provisions that state no action of their own), and every unit a quotation opened in them runs
 * on into, or that opens with the quotation an insertion waits for.
 */
export function passage(at: Instruction): {
  pieces: Piece[]
  quotes: Quote[]
  words: string[]
  headEnd: number
} {
  const pieces: Piece[] = [
    {unit: at.unit, start: at.verbEnd, end: at.unit.text.length, parent: null}
  ]
  const inside = new Map<Unit, Unit>()
  if (at.unit.type === 'provision') {
    visit(at.unit as Provision, 'provision', (node, _, parent) => {
      if (node !== at.unit && parent) inside.set(node as Unit, parent as Unit)
    })
  }
  const quotes: Quote[] = []
  const words: string[] = []
  let open: Quote | null = null
  let depth = 0
  let straight = false
  // The head's unit goes on with another sentence: the passage is the head's alone.
  let cut = false
  // "... is amended as follows: (a) in section 2(b), by ...; (b) ...": the items run on in the head's unit.
  const itemsFollow = /^\s*\((?:[A-Za-z]{1,4}|\d{1,3})\)\s/.test(at.unit.text.slice(at.sentenceEnd))
  // Quotations, piece by piece: their marks blanked out of the words, their text kept.
  const scan = (index: number, head: boolean): void => {
    const piece = pieces[index]!
    const text = piece.unit.text
    let out = ''
    let kept = piece.start
    let quoteFrom = piece.start
    let end = piece.end
    quoteMark.lastIndex = piece.start
    for (let m = quoteMark.exec(text); m !== null && m.index < end; m = quoteMark.exec(text)) {
      const mark = m[0]
      const opens = mark === '“' || mark === '``' || (mark === '"' && !straight && depth === 0)
      const closes = mark === '”' || mark === "''" || (mark === '"' && straight)
      if (depth === 0 && opens) {
        // The head ends at its sentence's end, then reads only quotations: words there are another sentence.
        if (
          head &&
          !itemsFollow &&
          m.index >= at.sentenceEnd &&
          letter.test(text.slice(Math.max(kept, at.sentenceEnd), m.index))
        ) {
          end = kept
          cut = true
          break
        }
        out += text.slice(kept, m.index)
        open = {text: '', piece: index, start: m.index, used: false}
        quotes.push(open)
        quoteFrom = m.index + mark.length
        kept = m.index
        depth = 1
        straight = mark === '"'
      } else if (depth > 0 && opens && !straight) {
        depth++
      } else if (depth > 0 && closes) {
        depth--
        if (depth === 0) {
          open!.text += labelOf(piece, quoteFrom) + text.slice(quoteFrom, m.index)
          open!.closed = true
          out += ' '.repeat(m.index + mark.length - kept)
          kept = m.index + mark.length
          open = null
          straight = false
        }
      }
    }
    if (depth > 0) {
      open!.text += `${labelOf(piece, quoteFrom)}${text.slice(quoteFrom, end)}\n\n`
      out += ' '.repeat(end - kept)
    } else {
      let rest = text.slice(kept, end)
      if (head) {
        // Past the sentence's end, only what a quotation holds is the instruction's.
        const from = Math.max(0, at.sentenceEnd - kept)
        if (!itemsFollow && letter.test(rest.slice(from))) {
          rest = rest.slice(0, from)
          cut = true
        }
      }
      out += rest
    }
    piece.end = piece.start + out.length
    words[index] = out
  }
  scan(0, true)
  let waiting = wantsText.test(words[0]!)
  const ownAction = new Set<Unit>()
  for (const unit of cut && depth === 0 ? [] : at.following) {
    const parent = inside.get(unit)
    const continuing = depth > 0
    const item = !continuing && parent !== undefined && !ownAction.has(parent) && !at.acts(unit)
    const quoted = continuing || (!item && waiting && /^\s*(?:“|``|")/.test(unit.text))
    if (!item && !quoted) {
      // A unit of the passage's own provision that acts on its own: its items are its own too.
      if (parent !== undefined) {
        ownAction.add(unit)
        continue
      }
      break
    }
    const parentIndex = parent ? pieces.findIndex((p) => p.unit === parent) : 0
    pieces.push({
      unit,
      start: 0,
      end: unit.text.length,
      parent: quoted ? null : Math.max(parentIndex, 0)
    })
    scan(pieces.length - 1, false)
    if (!quoted) waiting = wantsText.test(words[pieces.length - 1]!)
    else waiting = false
  }
  return {pieces, quotes, words, headEnd: itemsFollow ? pieces[0]!.end : at.sentenceEnd}
}

/**
 * A quoted provision's label, which its unit's text leaves out ("(i)" of "(i) By August 1, 2025, ..."), when the
 * quotation runs on into it from the units before.
 */
function labelOf(piece: Piece, from: number): string {
  if (from !== 0 || piece.unit.type !== 'provision') return ''
  const label = (piece.unit as Provision).label
  return label ? `${label} ` : ''
}
