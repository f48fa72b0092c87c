/**
 * What a body holds, counted before the Markdown parser sees it: the parser and the later stages keep nodes and their
 * positions for every paragraph, list item, quotation or heading, so a flood of tiny blocks is refused by their
 * number, not by its size. Measured (peak of `parse --format json`): 245,000 one-word paragraphs 0.77 GB, 50,000
 * one-letter list items 0.91 GB, 1.45 million lines in a code fence 3.4 GB (a fair 50 MB document, hard-wrapped:
 * 69,000 blocks, 29,000 list items, 819,000 lines, no fence, 0.73 GB).
 */

export interface BodyShape {
  /** Paragraphs and other blocks: lines after a blank line, or opening a list item, a quotation or a heading. */
  blocks: number
  /** Lines opening a list item ("- ", "* ", "+ ", "1. ", "2) "). */
  listItems: number
  /** Lines inside code fences (``` or ~~~), closed or not. */
  fencedLines: number
  lines: number
}

/** A list item's marker at a line's start, after its indentation. */
const listMarker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/
/** A quotation's or a heading's marker. */
const blockMarker = /^[ \t]*[>#]/
/** A code fence. */
const fence = /^[ \t]{0,3}(?:```|~~~)/

/** The shape of a body, line by line. */
export function bodyShape(body: string): BodyShape {
  const shape: BodyShape = {blocks: 0, listItems: 0, fencedLines: 0, lines: 0}
  let blank = true
  let fenced = false
  for (let start = 0; start <= body.length; ) {
    const nl = body.indexOf('\n', start)
    const end = nl === -1 ? body.length : nl
    // A line's first characters tell its kind: a long line is not copied whole.
    const line = body.slice(start, Math.min(end, start + 16))
    shape.lines++
    if (fence.test(line)) fenced = !fenced
    else if (fenced) shape.fencedLines++
    else if (line.trim() === '' && end - start < 16) blank = true
    else {
      const item = listMarker.test(line)
      if (item) shape.listItems++
      if (blank || item || blockMarker.test(line)) shape.blocks++
      blank = false
    }
    if (nl === -1) break
    start = nl + 1
  }
  return shape
}
