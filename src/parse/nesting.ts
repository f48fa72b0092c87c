/**
 * Nesting bounded before the Markdown parser sees it. micromark and every tree walk after it go as deep as the
 * text nests: 5,000 block quotes or 10,000 emphasis marks overflow the stack, and lists nested a thousand deep take
 * minutes. No document nests more than a few levels, so beyond `maxDepth` the marks are blanked (same length, so
 * every position stays the file's own) and the rest of the line is read flat.
 */

/** Deeper than any presidential document: clauses go (a)(1)(A)(i), four levels, five with a quotation. */
export const maxDepth = 32

/** Emphasis marks one line may hold before they are read as text (10,000 nested `*` take micromark seconds). */
export const maxEmphasisMarks = 64

/** Leading block quote marks and list markers, each with the spaces after it. */
const containerMark = /(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/y

export interface Flattened {
  text: string
  /** 1-based lines that were read flat, and how deep the deepest was. */
  lines: number[]
  depth: number
}

/** Indent (in columns, a tab to the next multiple of 4) a list can nest by: each level at least two. */
function indentOf(line: string): number {
  let columns = 0
  for (const ch of line) {
    if (ch === ' ') columns++
    else if (ch === '\t') columns += 4 - (columns % 4)
    else break
  }
  return columns
}

/** A line of one mark repeated, with spaces: a thematic break or a printer's rule. */
const markLine = /^[ \t]*([*_])(?:[ \t]*\1)*[ \t]*$/

const blank = (s: string) => s.replace(/[^\n]/g, ' ')

/** The text with nesting beyond the bounds blanked. */
export function flattenDeepNesting(text: string): Flattened {
  const lines: number[] = []
  let depth = 0
  let changed = false
  const out = text.split('\n').map((line, index) => {
    let result = line
    // Containers opened on one line ("> > > ...", "- - - ...") after its indent.
    let at = line.length - line.trimStart().length
    let marks = 0
    let cut = -1
    containerMark.lastIndex = at
    for (let m = containerMark.exec(line); m !== null; m = containerMark.exec(line)) {
      marks++
      if (marks === maxDepth) cut = containerMark.lastIndex
      at = containerMark.lastIndex
    }
    // A list nested by indentation: two columns a level at the least.
    const indentDepth = Math.floor(indentOf(line) / 2)
    let deepest = marks + indentDepth
    if (marks > maxDepth)
      result = result.slice(0, cut) + blank(result.slice(cut, at)) + result.slice(at)
    else if (indentDepth > maxDepth && marks > 0) {
      const start = line.length - line.trimStart().length
      result = result.slice(0, start) + blank(result.slice(start, at)) + result.slice(at)
    } else deepest = Math.min(deepest, maxDepth)
    // Emphasis marks past the bound are text's spaces.
    let emphasis = 0
    // A line of marks alone ("______" under a Federal Register header) is a rule, not emphasis.
    if ((result.includes('*') || result.includes('_')) && !markLine.test(result))
      result = result.replace(/[*_]/g, (mark) => (++emphasis > maxEmphasisMarks ? ' ' : mark))
    if (emphasis > maxEmphasisMarks) deepest = Math.max(deepest, Math.ceil(emphasis / 2))
    if (result !== line) {
      changed = true
      lines.push(index + 1)
      depth = Math.max(depth, deepest)
    }
    return result
  })
  return {text: changed ? out.join('\n') : text, lines, depth}
}
