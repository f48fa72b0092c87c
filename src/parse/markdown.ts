/**
 * Markdown -> mdast with remark-parse, the same tree, faster: micromark reads every character through its
 * state machines, although two kinds of block are only their lines. Indented code blocks (three quarters of
 * Federal Register plain text) are their lines less four spaces; paragraphs of text with only the inline forms
 * `plainParagraph` reads (escapes, hard breaks, underline tags, plain emphasis: most of a whitehouse.gov page) are
 * their lines trimmed, read by a small reader of those forms. Both are cut
 * out before the parse (their lines emptied, so line numbers hold) and made after; where a cut could change
 * what remark would read (a list or quotation before it, a node running across it, a tab in an indent), the
 * text is parsed whole. The tree is deep-equal to remark-parse's own (tested on every bundled document). What
 * is left to remark is parsed in pieces when it is long (chunked-markdown.ts), in bounded memory.
 */
import type {Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {type ChunkOptions, parseChunked, shift} from './chunked-markdown.js'
import {plainParagraph, pointAt, type LineRange} from './plain-paragraph.js'

const processor = unified().use(remarkParse)

/** Start and end offsets of each line (the end before its newline). */
function lineRanges(text: string): LineRange[] {
  const lines: LineRange[] = []
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
function isBlank(text: string, [start, end]: LineRange): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== space && c !== tab) return false
  }
  return true
}

/** Whether a line opens with four spaces: a line of code, or (whitespace only) one that extends a code block. */
const isIndented = (text: string, [start, end]: LineRange): boolean =>
  end - start >= 4 && text.startsWith('    ', start)

/** Whether a tab stands in a line's indentation (columns then differ from characters). */
function tabInIndent(text: string, [start, end]: LineRange): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === tab) return true
    if (c !== space) return false
  }
  return false
}

/** Indented code blocks as micromark reads them: [first line, last line], 0-based; null where a tab makes it unsure. */
function indentedCodeBlocks(text: string, lines: LineRange[]): LineRange[] | null {
  const blocks: LineRange[] = []
  for (let i = 0; i < lines.length; i++) {
    if (tabInIndent(text, lines[i]!)) return null
    // A code block starts after a blank line (it cannot interrupt a paragraph) on a line with text.
    if (
      !isIndented(text, lines[i]!) ||
      isBlank(text, lines[i]!) ||
      (i > 0 && !isBlank(text, lines[i - 1]!))
    )
      continue
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

/** A line of a paragraph read here: none of the characters that start inline markup `plainParagraph` does not read, no tab. */
const plainLine = /^[^_`\t]*$/
/** A line that could start or interrupt a block other than a paragraph (up to three spaces of indent). */
const blockStart = /^ {0,3}(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|=+\s*$|-+\s*$|~~~)/

/**
 * Paragraphs between blank lines, outside the code blocks, made here: no inline markup `plainParagraph` leaves to
 * remark, nothing that could make a line anything but text. Lines first..last, 0-based.
 */
function plainParagraphs(
  text: string,
  lines: LineRange[],
  taken: ReadonlySet<number>
): Array<{first: number; last: number; node: RootContent}> {
  const paragraphs: Array<{first: number; last: number; node: RootContent}> = []
  // A link label defined anywhere (in a quotation or list too) could make a bracket in any paragraph a link.
  const noDefinitions = !text.includes(']:')
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i) || isBlank(text, lines[i]!) || (i > 0 && !isBlank(text, lines[i - 1]!)))
      continue
    let last = i
    while (last + 1 < lines.length && !isBlank(text, lines[last + 1]!) && !taken.has(last + 1))
      last++
    // A first line indented four spaces or more would be code (and is taken as such when it follows a blank line).
    const plain =
      !text.startsWith('    ', lines[i]![0]) &&
      (last + 1 >= lines.length || isBlank(text, lines[last + 1]!))
    let ok = plain
    for (let k = i; ok && k <= last; k++) {
      const line = text.slice(...lines[k]!)
      // Two spaces or a backslash at the end of a line are a hard break; two backslashes (an escape) are left to remark.
      ok = plainLine.test(line) && !blockStart.test(line) && !/\\\\ *$/.test(line)
    }
    const node = ok ? plainParagraph(text, lines, i, last, {noDefinitions}) : null
    if (node) paragraphs.push({first: i, last, node})
    i = last
  }
  return paragraphs
}

/** Positions of a tree parsed from the kept lines, put back on the lines of the text: `lineOf` maps each parsed line to its own. */
function restorePositions(tree: Root, lines: LineRange[], lineOf: readonly number[]): void {
  visit(tree, (node) => {
    const position = node.position
    if (!position) return
    for (const point of [position.start, position.end]) {
      const line = lineOf[point.line - 1]!
      point.line = line + 1
      point.offset = lines[line]![0] + point.column - 1
    }
  })
}

/** A code block as remark-parse makes it: its lines less four spaces of indent. */
function codeNode(text: string, lines: LineRange[], first: number, last: number): RootContent {
  const value: string[] = []
  for (let i = first; i <= last; i++) {
    const [s, e] = lines[i]!
    let n = 0
    while (n < 4 && s + n < e && text.charCodeAt(s + n) === space) n++
    value.push(text.slice(s + n, e))
  }
  const end = lines[last]![1]
  return {
    type: 'code',
    lang: null,
    meta: null,
    // As mdast-util-from-markdown: one line ending at the end (a last line of only its indent) is dropped.
    value: value.join('\n').replace(/\n$/, ''),
    position: {start: pointAt(lines, lines[first]![0], first), end: pointAt(lines, end, last)}
  }
}

export interface MarkdownOptions {
  /** How a long text is parsed in pieces; default: `ChunkOptions`' defaults (texts of 1 MiB and more, in pieces of 16 KiB). */
  chunks?: ChunkOptions
  /**
   * Where the text starts in a file it ends, at the start of a line (`offset`, after `line` lines): the tree is
   * then the file's with all before blanked (blank lines start no node), positions the file's. A body is read so
   * without a copy of the file. Default: the text is the file.
   */
  from?: {offset: number; line: number}
}

export function parseMarkdown(text: string, options: MarkdownOptions = {}): Root {
  const root = parseText(text, options.chunks)
  const from = options.from
  if (from && (from.offset > 0 || from.line > 0)) {
    shift(root, from.line, from.offset)
    // The root spans the whole file.
    root.position = {start: {line: 1, column: 1, offset: 0}, end: root.position!.end}
  }
  return root
}

function parseText(text: string, chunks: ChunkOptions | undefined): Root {
  const parser = {parse: (t: string) => parseChunked(processor, t, chunks)}
  const lines = lineRanges(text)
  const codeBlocks = indentedCodeBlocks(text, lines)
  if (!codeBlocks) return parser.parse(text)
  const taken = new Set<number>()
  for (const [first, last] of codeBlocks) for (let i = first; i <= last; i++) taken.add(i)
  const cuts = [
    ...codeBlocks.map(([first, last]) => ({first, last, node: codeNode(text, lines, first, last)})),
    ...plainParagraphs(text, lines, taken)
  ].sort((x, y) => x.first - y.first)
  if (cuts.length === 0) return parser.parse(text)

  // Each cut block, with the blank lines around it, becomes one empty line: micromark spends as much on a blank line
  // as on a short line of text, and the Federal Register texts cut to hundreds of them.
  const regions: LineRange[] = []
  for (const {first, last} of cuts) {
    let from = first
    while (from > 0 && isBlank(text, lines[from - 1]!)) from--
    let to = last
    while (to + 1 < lines.length && isBlank(text, lines[to + 1]!)) to++
    const previous = regions[regions.length - 1]
    if (previous && from <= previous[1] + 1) previous[1] = Math.max(previous[1], to)
    else regions.push([from, to])
  }
  let rest = ''
  const lineOf: number[] = []
  let kept = 0
  const keep = (end: number): void => {
    if (end <= kept) return
    rest += text.slice(lines[kept]![0], end < lines.length ? lines[end]![0] : text.length)
    for (let i = kept; i < end; i++) lineOf.push(i)
  }
  for (const [from, to] of regions) {
    keep(from)
    rest += '\n'
    lineOf.push(from)
    kept = to + 1
  }
  // The line after a text that ends in a cut: nothing stands on it.
  if (kept === lines.length) lineOf.push(lines.length - 1)
  keep(lines.length)
  const root = parser.parse(rest)
  restorePositions(root, lines, lineOf)
  // The root spans the whole text.
  root.position = {
    start: {line: 1, column: 1, offset: 0},
    end: pointAt(lines, text.length, lines.length - 1)
  }

  let k = 0
  for (const {first, last} of cuts) {
    const start = lines[first]![0]
    const end = lines[last]![1]
    while (k < root.children.length && root.children[k]!.position!.end.offset! <= start) k++
    // A node running across the block (a list item, fenced code, an HTML block) or a container just before it
    // (whose continuation the lines may be): remark must read the whole.
    if (k < root.children.length && root.children[k]!.position!.start.offset! < end)
      return parser.parse(text)
    // A fence or HTML block left open runs on to the end of the text, over the cut lines, which it would hold.
    const before = root.children[k - 1]
    if (
      before &&
      (before.type === 'list' ||
        before.type === 'blockquote' ||
        before.type === 'code' ||
        before.type === 'html')
    )
      return parser.parse(text)
  }
  const children: RootContent[] = []
  let c = 0
  for (const node of root.children) {
    while (c < cuts.length && cuts[c]!.node.position!.start.offset! < node.position!.start.offset!)
      children.push(cuts[c++]!.node)
    children.push(node)
  }
  while (c < cuts.length) children.push(cuts[c++]!.node)
  root.children = children
  return root
}
