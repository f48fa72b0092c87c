/**
 * Indented code blocks that are prose made paragraphs again. A presidential document has no code: a block
 * indented four spaces is a paragraph the source indented (whitehouse.gov pages indent five spaces, the
 * Federal Register's plain text sixteen), which Markdown renders as a grey, unwrapped box.
 */
import type {Paragraph, Root, RootContent} from 'mdast'

/**
 * Where a paragraph ends: at a blank line, and around a line that is a printer's note in angle brackets
 * (`<GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>`), which is no part of the sentence before it.
 */
const paragraphBreak = /\n[ \t]*\n|\n(?=[ \t]*<[^>\n]*>[ \t]*(?:\n|$))|(?<=\n[ \t]*<[^>\n]*>[ \t]*)\n/

/** The paragraphs a code block's text holds: split at blank lines, each line's indent dropped. */
function paragraphsOf(value: string): Paragraph[] {
  return value
    .split(paragraphBreak)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n')
    )
    .filter((text) => text !== '')
    .map((text) => ({type: 'paragraph', children: [{type: 'text', value: text}]}))
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
