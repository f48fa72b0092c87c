/**
 * Indented code blocks that are prose made paragraphs again. A presidential document has no code: a block
 * indented four spaces is a paragraph the source indented (whitehouse.gov pages indent five spaces, the
 * Federal Register's plain text sixteen), which Markdown renders as a grey, unwrapped box.
 */
import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {anyLabel, pageMarker, sentenceEnd, unitStarters} from '../parse/patterns.js'

/** A line that is a printer's note in angle brackets (`<GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>`). */
const printersNote = /^<[^>\n]*>$/

/** The indent of a line, in columns. */
const indentOf = (line: string): number => line.length - line.trimStart().length

/**
 * The paragraphs a code block's text holds, read as the parser reads Federal Register text (src/parse/units.ts):
 * a paragraph ends at a blank line unless the sentence runs on across it, and before a line indented deeper than
 * the block's body (the Federal Register indents a paragraph's first line); a page marker or a printer's note
 * stands alone. Each line's indent is dropped.
 */
function paragraphsOf(value: string): Paragraph[] {
  const lines = value.split('\n')
  const indents = lines.filter((line) => line.trim() !== '').map(indentOf)
  const base = indents.length > 0 ? Math.min(...indents) : 0
  const groups: string[][] = []
  let current: string[] = []
  let blankBefore = false
  const close = () => {
    if (current.length > 0) groups.push(current)
    current = []
  }
  for (const line of lines) {
    const text = line.trim()
    if (text === '') {
      blankBefore = true
      continue
    }
    const previous = current.at(-1)
    const alone = pageMarker.test(text) || printersNote.test(text)
    const runsOn =
      previous !== undefined &&
      !sentenceEnd.test(previous) &&
      indentOf(line) <= base &&
      !anyLabel.test(text) &&
      !unitStarters.some((starter) => starter.test(text))
    if (alone || (blankBefore && !runsOn) || indentOf(line) > base) close()
    current.push(text)
    blankBefore = false
    if (alone) close()
  }
  close()
  return groups.map((group) => ({type: 'paragraph', children: phrasingOf(group.join('\n'))}))
}

/**
 * A GPO typesetting code that Markdown reads as an HTML tag (`<Clinton1>`, the signer's placeholder): kept as
 * raw HTML, which the parser reads as the code block's text was read (tags dropped, the name kept for the
 * signer). Other angle-bracket text (`<GRAPHIC(S) ...>`) is no tag to Markdown and stays text.
 */
const typesettingCode =
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g

/** A paragraph's text as text and raw tags. */
function phrasingOf(text: string): PhrasingContent[] {
  const children: PhrasingContent[] = []
  let last = 0
  for (const m of text.matchAll(typesettingCode)) {
    if (m.index > last) children.push({type: 'text', value: text.slice(last, m.index)})
    children.push({type: 'html', value: m[0]})
    last = m.index + m[0].length
  }
  if (last < text.length) children.push({type: 'text', value: text.slice(last)})
  return children
}

/** A fence opening a line: three backticks or tildes after at most three spaces. */
const fence = /^ {0,3}(?:```|~~~)/

/** The transform: each top-level indented (not fenced) code block of `source` replaced by its paragraphs. */
export function proseFromCode(tree: Root, source: string): void {
  tree.children = tree.children.flatMap((node): RootContent[] =>
    node.type === 'code' && !isFenced(node, source) ? paragraphsOf(node.value) : [node]
  )
}

/** Whether a code block opens with a fence (its position starts at the line, fence or indent). */
function isFenced(node: {position?: {start: {offset?: number}}}, source: string): boolean {
  const start = node.position?.start.offset
  return start === undefined || fence.test(source.slice(start, start + 8))
}
