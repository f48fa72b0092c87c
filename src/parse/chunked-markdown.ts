/**
 * A long Markdown text parsed in pieces, the same tree as one parse: micromark holds events, tokens and
 * their points for the whole text until the tree is made (about 45 bytes of memory a byte of input), so a
 * 50 MB document would take more than 2 GB; pieces of 16 KiB each take less than 1 MB, and only the tree stays.
 *
 * A text is cut before an unindented line that follows a blank line: there every container (list item,
 * block quote) and leaf (paragraph, indented code, HTML block ended by a blank line) has ended, but for:
 * - each piece is parsed with the first line of the next after it, whose node is dropped: what that line
 *   ends, it ends as in the whole text (a fence inside a list item holds a blank line before a next item and
 *   not before a paragraph; at the end of a text it holds it too);
 * - a fenced code block or an HTML block ended by a closing tag runs on over blank lines, and swallows that
 *   line: the piece is cut before the open block instead (or grown, when the block starts it);
 * - a list runs on when the line is an item of its kind: the item is dropped, and the two lists are joined;
 * - a link reference definition is read from anywhere in the text: a text with `]:` is parsed whole.
 * Equivalence, positions included, is tested on every bundled document cut at every place a cut is allowed
 * (test/chunked-markdown.test.ts).
 */
import type {List, Root, RootContent} from 'mdast'
import type {Node, Position} from 'unist'

export interface ChunkOptions {
  /**
   * A text shorter than this (UTF-16 units) is parsed whole, as every document printed is. Default: 1 MiB
   * (1,048,576), twenty times the longest bundled document.
   */
  minLength?: number
  /**
   * How long a piece grows before it is cut at the next place a cut is allowed. Default: 16 KiB (16,384): what
   * micromark makes of a piece then dies young, in V8's new space, instead of filling the old one until a full
   * collection (a fair 50 MB body peaks at 0.7 GB in pieces of 16 KiB, 1.6 GB in pieces of 64 or 256 KiB, no
   * faster).
   */
  chunkLength?: number
  /**
   * The longest text read by Markdown at once (UTF-16 units): a longer text with no place to cut it, or a longer
   * piece of one (a paragraph without a blank line, a fence or HTML block left open, a long text holding `]:`), is
   * refused with a `MarkdownTooLongError`, since one parse takes about 45 times its length in memory. Default:
   * 12 MiB (`defaultMaxPieceLength`).
   */
  maxPieceLength?: number
  /** Called after each piece of a text parsed in pieces, with the characters read and the text's length. */
  onProgress?: (done: number, total: number) => void
}

/** The default of `ChunkOptions.maxPieceLength`: 12 MiB, about 0.55 GB of one parse. */
export const defaultMaxPieceLength = 12 * 1024 * 1024

/** A text, or a piece of one, longer than `ChunkOptions.maxPieceLength` with no place to cut it. */
export class MarkdownTooLongError extends Error {
  constructor(
    readonly length: number,
    readonly limit: number
  ) {
    super(
      `${(length / 1048576).toFixed(1)} MB of the document has no place where it can be cut (a paragraph without a blank line, a fenced code or HTML block left open, or a link definition "]:" in a long text); at most ${(limit / 1048576).toFixed(0)} MB is read at once`
    )
  }
}

/** The default of `ChunkOptions.minLength`. */
export const defaultChunkMinLength = 1024 * 1024
/** The default of `ChunkOptions.chunkLength`. */
export const defaultChunkLength = 16 * 1024

/** What parses one piece: remark-parse's processor (its `parse`). */
export interface MarkdownParser {
  parse(text: string): Root
}

/**
 * Places a cut is allowed: the start of a line that has text and no indent (its first character is no space,
 * tab or other white space, byte order mark included), after a blank line. A lone carriage return ends a line for
 * Markdown, not here: such a place is only not found, never wrongly found.
 */
const cutPlace = /\n[ \t]*\r?\n(?=\S)/g

/** The first place a cut is allowed at or after `from`; the text's length when there is none. */
function nextCut(text: string, from: number): number {
  cutPlace.lastIndex = Math.max(0, from - 1)
  const match = cutPlace.exec(text)
  return match ? match.index + match[0].length : text.length
}

/** The end of the line that starts at `from`. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) return i
  }
  return text.length
}

/** A node's position moved to where its piece stands in the text (a piece starts at a line start: columns hold). */
export function shift(node: Node, lines: number, offset: number): void {
  const position = node.position
  if (position) {
    // New points, not the old ones changed: a point object shared by two nodes is moved once.
    const move = (p: Position['start']) => ({
      line: p.line + lines,
      column: p.column,
      offset: p.offset === undefined ? undefined : p.offset + offset
    })
    node.position = {start: move(position.start), end: move(position.end)}
  }
  const children = (node as {children?: Node[]}).children
  if (children) for (const child of children) shift(child, lines, offset)
}

/** The marker of a list that starts at `offset`: a bullet (`-`, `+`, `*`) or an ordered list's delimiter (`.`, `)`). */
function markerOf(text: string, list: List): string {
  let i = list.position!.start.offset!
  while (text[i] === ' ' || text[i] === '\t') i++
  if (list.ordered) while (text[i]! >= '0' && text[i]! <= '9') i++
  return text[i] ?? ''
}

/** Put a piece's nodes after those of the pieces before, joining a list the cut parted. */
function append(text: string, children: RootContent[], nodes: RootContent[]): void {
  const last = children[children.length - 1]
  const first = nodes[0]
  if (
    last?.type === 'list' &&
    first?.type === 'list' &&
    last.ordered === first.ordered &&
    markerOf(text, last) === markerOf(text, first)
  ) {
    last.children.push(...first.children)
    // Loose if either part is (the first part was parsed with the item after the cut: the blank line between is in it).
    last.spread = last.spread || first.spread
    last.position = {start: last.position!.start, end: first.position!.end}
    nodes = nodes.slice(1)
  }
  for (const node of nodes) children.push(node)
}

/** The tree `parser.parse(text)` gives, made piece by piece when the text is long. */
export function parseChunked(
  parser: MarkdownParser,
  text: string,
  options: ChunkOptions = {}
): Root {
  const minLength = options.minLength ?? defaultChunkMinLength
  const chunkLength = Math.max(1, options.chunkLength ?? defaultChunkLength)
  const maxPiece = options.maxPieceLength ?? defaultMaxPieceLength
  const parse = (piece: string): Root => {
    if (piece.length > maxPiece) throw new MarkdownTooLongError(piece.length, maxPiece)
    return parser.parse(piece)
  }
  if (text.length < minLength || text.includes(']:')) return parse(text)

  const children: RootContent[] = []
  // Where the piece starts: its offset in the text, and the lines before it.
  let start = 0
  let lines = 0
  let length = chunkLength
  for (;;) {
    const end = nextCut(text, start + length)
    if (end >= text.length) {
      const root = parse(text.slice(start))
      shift(root, lines, start)
      append(text, children, root.children)
      root.children = children
      root.position = {
        start: {line: 1, column: 1, offset: 0},
        end: root.position!.end
      }
      return root
    }
    // The piece and the first line of the next: what that line ends (or continues) it ends as the whole text does.
    const nodes = parse(text.slice(start, lineEnd(text, end))).children
    const cut = end - start
    const last = nodes[nodes.length - 1]!
    const lastStart = last.position!.start
    const item = last.type === 'list' ? last.children[last.children.length - 1] : undefined
    const next =
      lastStart.offset === cut ? last : item?.position?.start.offset === cut ? item : null
    if (next) {
      // Nothing open at the cut but a list the line goes on with: the line's node is the next piece's.
      if (next === last) nodes.pop()
      else (last as List).children.pop()
      shift({type: 'root', children: nodes} as Node, lines, start)
      append(text, children, nodes)
      start = end
      lines += next.position!.start.line - 1
      length = chunkLength
      options.onProgress?.(start, text.length)
      continue
    }
    // A block open at the cut (a fence, an HTML block), which swallowed the next line, starts on this line.
    const lineStart = lastStart.offset! - (lastStart.column - 1)
    if (lineStart > 0) {
      nodes.pop()
      shift({type: 'root', children: nodes} as Node, lines, start)
      append(text, children, nodes)
      start += lineStart
      lines += lastStart.line - 1
      length = chunkLength
      options.onProgress?.(start, text.length)
    } else {
      // The open block starts the piece: a longer piece, twice as long each time, so that a long block is
      // read a bounded number of times over.
      length = 2 * (end - start)
    }
  }
}
