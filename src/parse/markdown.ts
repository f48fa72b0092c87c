/**
 * Markdown -> mdast with remark-parse, the same tree, faster on Federal Register text: its body
 * is indented code blocks (three quarters of its characters), which micromark reads character
 * by character although a code block's value is only its lines less four spaces. Those blocks
 * are cut out before the parse (their lines emptied, so line numbers hold) and put back after;
 * where the cut could change what remark would read (a list or quotation before it, a node
 * running across it, a tab in an indent), the text is parsed whole. The tree is deep-equal to
 * remark-parse's own (tested on every bundled document).
 */
import type {Code, Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse)

/** Start and end offsets of each line (the end before its newline). */
function lineRanges(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let start = 0
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push([start, end])
    start = end + 1
  }
  lines.push([start, text.length])
  return lines
}

const space = 32
const tab = 9

/** Whether a line holds nothing but spaces and tabs. */
function isBlank(text: string, [start, end]: [number, number]): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== space && c !== tab) return false
  }
  return true
}

/** Whether a line opens with four spaces: a line of code, or (whitespace only) one that extends a code block. */
const isIndented = (text: string, [start, end]: [number, number]): boolean => end - start >= 4 && text.startsWith('    ', start)

/** Whether a tab stands in a line's indentation (columns then differ from characters). */
function tabInIndent(text: string, [start, end]: [number, number]): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === tab) return true
    if (c !== space) return false
  }
  return false
}

/** Indented code blocks as micromark reads them: [first line, last line], 0-based; null where a tab makes it unsure. */
function indentedCodeBlocks(text: string, lines: Array<[number, number]>): Array<[number, number]> | null {
  const blocks: Array<[number, number]> = []
  for (let i = 0; i < lines.length; i++) {
    if (tabInIndent(text, lines[i]!)) return null
    // A code block starts after a blank line (it cannot interrupt a paragraph) on a line with text.
    if (!isIndented(text, lines[i]!) || isBlank(text, lines[i]!) || (i > 0 && !isBlank(text, lines[i - 1]!))) continue
    let last = i
    for (let j = i + 1; j < lines.length; j++) {
      if (tabInIndent(text, lines[j]!)) return null
      // A whitespace line of four spaces or more extends the block; a shorter one only continues it.
      if (isIndented(text, lines[j]!)) last = j
      else if (!isBlank(text, lines[j]!)) break
    }
    blocks.push([i, last])
    i = last
  }
  return blocks
}

/** Offsets recomputed from line and column, which the emptied lines left as they were in the text. */
function restoreOffsets(node: Nodes, lines: Array<[number, number]>): void {
  const position = node.position
  if (position) {
    position.start.offset = lines[position.start.line - 1]![0] + position.start.column - 1
    position.end.offset = lines[position.end.line - 1]![0] + position.end.column - 1
  }
  if ('children' in node) for (const child of node.children) restoreOffsets(child, lines)
}

export function parseMarkdown(text: string): Root {
  const lines = lineRanges(text)
  const blocks = indentedCodeBlocks(text, lines)
  if (!blocks || blocks.length === 0) return processor.parse(text)

  let rest = ''
  let kept = 0
  for (const [first, last] of blocks) {
    rest += text.slice(kept, lines[first]![0]) + '\n'.repeat(last - first)
    kept = lines[last]![1]
  }
  rest += text.slice(kept)
  const root = processor.parse(rest)
  restoreOffsets(root, lines)

  const codes: Code[] = []
  let k = 0
  for (const [first, last] of blocks) {
    const start = lines[first]![0]
    const end = lines[last]![1]
    while (k < root.children.length && root.children[k]!.position!.end.offset! <= start) k++
    // A node running across the block (a list item, fenced code, an HTML block) or a container just before it
    // (whose continuation the indented lines may be): remark must read the whole.
    if (k < root.children.length && root.children[k]!.position!.start.offset! < end) return processor.parse(text)
    const before = root.children[k - 1]
    if (before && (before.type === 'list' || before.type === 'blockquote')) return processor.parse(text)
    const value: string[] = []
    for (let i = first; i <= last; i++) {
      const [s, e] = lines[i]!
      let n = 0
      while (n < 4 && s + n < e && text.charCodeAt(s + n) === space) n++
      value.push(text.slice(s + n, e))
    }
    codes.push({
      type: 'code',
      lang: null,
      meta: null,
      value: value.join('\n'),
      position: {start: {line: first + 1, column: 1, offset: start}, end: {line: last + 1, column: end - lines[last]![0] + 1, offset: end}}
    })
  }
  const children: RootContent[] = []
  let c = 0
  for (const node of root.children) {
    while (c < codes.length && codes[c]!.position!.start.offset! < node.position!.start.offset!) children.push(codes[c++]!)
    children.push(node)
  }
  while (c < codes.length) children.push(codes[c++]!)
  root.children = children
  // A block at the very end ends the document where it ends (its lines were empty in what was parsed).
  const lastCode = codes[codes.length - 1]!.position!.end
  if (root.position && lastCode.offset! > root.position.end.offset!) root.position.end = {...lastCode}
  return root
}
