/**
 * Blocks -> units: a unit is one logical paragraph of the document. A block
 * may hold several (Federal Register text puts a whole section in one
 * indented block; a scraped paragraph may run "(a) ...:" into "(i) ..."),
 * and a paragraph broken by a page marker is joined again.
 */
import {presidentByName} from '../data/presidents.js'
import type {Block, BlockKind} from './blocks.js'
import {
  concatMapped,
  joinMapped,
  normalizeMapped,
  splitLines,
  trimMapped,
  type MappedText
} from './mapped-text.js'
import {
  abbreviationEnd,
  anyLabel,
  pageMarker,
  sentenceEnd,
  signatureName,
  unitStarters
} from './patterns.js'

export interface Unit {
  /** Normalised text with source offsets. */
  text: MappedText
  /** Source offsets [start, end). */
  start: number
  end: number
  kind: BlockKind
  leadStrong: string | null
  depth: number
}

interface Line {
  text: MappedText
  indent: number
  blank: boolean
}

function columnOf(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1
  return offset - lineStart
}

/**
 * "... 20 U.S.C. 107 et seq." / "(b) This order does not ...": a sentence may end in "et seq.", and a
 * lower-case label opening a sentence after it opens a unit (an acronym in parentheses, "(NEA),", does not).
 */
function afterEtSeq(line: string, previous: string): boolean {
  return (
    /\bet seq\.\s*$/.test(previous) && /^\\?\((?:[a-z]{1,4}|\d{1,3})\\?\)\s+["“]?[A-Z]/.test(line)
  )
}

function startsUnit(line: string, previous: string | undefined): boolean {
  for (const starter of unitStarters) if (starter.test(line)) return true
  if (previous === undefined) return false
  if (
    anyLabel.test(line) &&
    sentenceEnd.test(previous) &&
    (!abbreviationEnd.test(previous) || afterEtSeq(line, previous))
  )
    return true
  // A signature after the text or a complimentary close ("Sincerely,").
  if (
    line.length < 40 &&
    (signatureName.test(line) || presidentByName(line)) &&
    /[.,”"]\s*$/.test(previous)
  )
    return true
  return false
}

/** "Sec." or "Section" alone on a line: underlined pieces broken onto lines ("Sec</span>.  " / "<span>2</span>."). */
const sectionWordAlone = /^(?:Sec(?:tion)?|SEC(?:TION)?)\.?$/

/** A line as a unit would open with it: a section word alone joined to the number on the line after. */
function headOf(lines: readonly Line[], k: number): string {
  const text = lines[k]!.text.text
  const next = lines[k + 1]
  return sectionWordAlone.test(text) && next && !next.blank ? `${text} ${next.text.text}` : text
}

export function blocksToUnits(blocks: Block[], source: string): Unit[] {
  const units: Unit[] = []
  let pageBreakBefore = false

  const emit = (
    lines: MappedText[],
    block: Block,
    leadStrong: string | null,
    afterPageBreak: boolean
  ): void => {
    const text = normalizeMapped(joinMapped(lines, '\n'))
    if (text.text === '') return
    const unit: Unit = {
      text,
      start: text.offsets.offsetAt(0)!,
      end: text.offsets.offsetAt(text.offsets.length - 1)! + 1,
      kind: block.kind,
      leadStrong,
      depth: block.depth
    }
    const previous = units[units.length - 1]
    // A paragraph cut by a page marker mid-sentence goes on after it.
    if (
      afterPageBreak &&
      previous &&
      !sentenceEnd.test(previous.text.text) &&
      !anyLabel.test(text.text) &&
      !unitStarters.some((s) => s.test(text.text))
    ) {
      previous.text = concatMapped(previous.text, text, ' ')
      previous.end = unit.end
      return
    }
    units.push(unit)
  }

  for (const block of blocks) {
    if (block.kind === 'break') continue
    const lines: Line[] = splitLines(block.text).map((raw) => {
      const text = trimMapped(raw)
      return {
        text,
        indent: text.offsets.length > 0 ? columnOf(source, text.offsets.offsetAt(0)!) : 0,
        blank: text.text === ''
      }
    })
    const indents = lines.filter((l) => !l.blank).map((l) => l.indent)
    const baseIndent = indents.length > 0 ? Math.min(...indents) : 0

    let current: MappedText[] = []
    let previousLine: string | undefined
    let currentAfterBreak = pageBreakBefore
    let first = true
    const flush = (): void => {
      if (current.length > 0)
        emit(current, block, first ? block.leadStrong : null, currentAfterBreak)
      if (current.length > 0) first = false
      current = []
      previousLine = undefined
      currentAfterBreak = false
    }
    let blankBefore = false
    for (const [k, line] of lines.entries()) {
      if (pageMarker.test(line.text.text)) {
        flush()
        pageBreakBefore = true
        currentAfterBreak = true
        continue
      }
      if (line.blank) {
        blankBefore = true
        // Inside a Markdown paragraph a blank line is one of no-break spaces, which the page shows as
        // a blank line: the unit ends ("SUBJECT: ..." /  "\u00a0" / "Section 1. Purpose.").
        if (block.kind !== 'code') flush()
        continue
      }
      const text = line.text.text
      // In Federal Register text a blank line may fall mid-sentence ("... the United States of" / "America, it is
      // hereby ordered"): the paragraph goes on unless the line before ended one or this line starts another.
      if (blankBefore && block.kind === 'code') {
        const continues =
          previousLine !== undefined &&
          !sentenceEnd.test(previousLine) &&
          line.indent <= baseIndent &&
          !anyLabel.test(text) &&
          !unitStarters.some((s) => s.test(text))
        if (!continues) flush()
      }
      blankBefore = false
      const deeper = block.kind === 'code' && line.indent > baseIndent && previousLine !== undefined
      if (current.length > 0 && (deeper || startsUnit(headOf(lines, k), previousLine))) flush()
      current.push(line.text)
      previousLine = text
      pageBreakBefore = false
    }
    flush()
  }
  return units
}
