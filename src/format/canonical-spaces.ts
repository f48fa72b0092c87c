/**
 * No-break spaces where they mean something, plain spaces elsewhere. whitehouse.gov pages use NBSPs three
 * ways: to bind a number to its unit ("19 U.S.C.", "section 1862"), which a reader wants kept on one line;
 * as the second space after a sentence; and in runs, as indentation. Only the first is meaningful.
 */
import type {Root, Text} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'

const nbsp = '\u00a0'

/** An NBSP binding a number or `§` to the word beside it (no space on either side). */
const binding = /(?<=[\d§¶])\u00a0(?=[^\s\u00a0])|(?<=[^\s\u00a0])\u00a0(?=\d)/g

/** A run of spaces and NBSPs (those without an NBSP are left as they are: a run of spaces alone is read once). */
const run = /[ \u00a0]+/g

const keep = '\u0000'

/** Replace the NBSPs of a text that carry no meaning. */
export function canonicalSpaces(value: string, atLineStart = true): string {
  if (!value.includes(nbsp)) return value
  return (
    value
      .replace(binding, keep)
      // A run at a line's start is indentation (Markdown would drop it or read a code block);
      // elsewhere it is spacing, one space.
      .replace(run, (spaces: string, offset: number, whole: string) =>
        !spaces.includes(nbsp)
          ? spaces
          : (offset === 0 && atLineStart) || whole[offset - 1] === '\n'
            ? ''
            : ' '
      )
      .replaceAll(keep, nbsp)
  )
}

/** Whether a node of `source` starts its line (only spaces before it there). */
function startsLine(node: Text, source: string): boolean {
  const start = node.position?.start.offset
  if (start === undefined) return false
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  return source.slice(lineStart, start).trim() === ''
}

/** The transform: every text node's spaces made canonical. */
export function canonicaliseSpaces(tree: Root, source: string): void {
  visit(tree, 'text', (node: Text) => {
    // A text after an inline node (an underline tag, a link) does not start its line.
    node.value = canonicalSpaces(node.value, startsLine(node, source))
  })
  // What the spaces held up goes too: empty texts, a hard break closing a paragraph (written as a stray
  // backslash), and a paragraph of NBSPs alone (a spacer line).
  visit(tree, 'paragraph', (node, index, parent) => {
    node.children = node.children.filter((child) => child.type !== 'text' || child.value !== '')
    while (node.children.at(-1)?.type === 'break') node.children.pop()
    if (!parent || index === undefined) return
    if (node.children.every((child) => child.type === 'text' && child.value.trim() === '')) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
  })
}
