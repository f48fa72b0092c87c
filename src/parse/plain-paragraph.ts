/**
 * A paragraph as remark-parse makes it, read without micromark, for the inline forms the documents use most:
 * text, backslash escapes, hard breaks, underline tags (`<span style="text-decoration: underline">`, `<u>`, their
 * closing tags, a tag broken over two lines) and emphasis or strong emphasis that opens and closes plainly
 * (`*Federal Register*`, `**Sec. 4.**`), brackets that can make no link and ampersands that begin no character
 * reference. Anything else (links, code, entities, nested or ambiguous emphasis, other HTML) answers null: the
 * caller leaves the paragraph to remark-parse. Positions follow micromark's tokens:
 * a line's leading and trailing spaces belong to no node; a line ending starts at the newline and ends where the
 * next line starts.
 */
import type {Emphasis, Html, Paragraph, PhrasingContent, Strong, Text} from 'mdast'
import type {Point} from 'unist'

/** Start and end offsets of a line (the end before its newline). */
export type LineRange = [number, number]

/** The point of an offset on a line (0-based). */
export const pointAt = (lines: readonly LineRange[], offset: number, line: number): Point => ({
  line: line + 1,
  column: offset - lines[line]![0] + 1,
  offset
})

const space = 32
const backslash = 92
const star = 42

/** Characters that start inline markup this reader does not read (code, underscores) or a tab. */
const unread = /[_`\t]/

/** Characters that end a run of text: each is read on its own. */
const stops: ReadonlySet<number> = new Set([...'*<\\[&_`\t'].map((c) => c.charCodeAt(0)))

/** What an ampersand may begin: a character reference (left to remark); any other `&` is text. */
const reference = /&#?[0-9A-Za-z]+;/y

/** An underline tag, opening (a newline and the next line's indent may stand for the space) or closing. */
const tag = /<(?:span(?: +|\n *)style="text-decoration: underline;?"|u)>|<\/(?:span|u)>/y

/** An opening tag alone on a paragraph's first line makes an HTML block, not a paragraph. */
const tagAlone = /^ {0,3}<\/?(?:span|u)\b[^>\n]*>\s*$/

const asciiPunctuation = /[!-/:-@[-`{-~]/
const punctuation = /\p{P}|\p{S}/u
const whitespace = /\s/

/** micromark's classes of a character beside a delimiter run: 1 whitespace (or none), 2 punctuation, 0 other. */
function classOf(code: number): 0 | 1 | 2 {
  if (Number.isNaN(code)) return 1
  const char = String.fromCharCode(code)
  return whitespace.test(char) ? 1 : punctuation.test(char) ? 2 : 0
}

type Token =
  | {kind: 'text'; value: string; start: number; end: number}
  | {kind: 'break' | 'html'; value: string; start: number; end: number}
  /** A run of asterisks, by what it can do: open, close, or either (it closes an open run before it). */
  | {kind: 'open' | 'close' | 'either'; size: number; start: number; end: number}

/** `](`, where an inline link or image would end its text. */
function inlineLink(text: string, start: number, end: number): boolean {
  const at = text.indexOf('](', start)
  return at !== -1 && at < end
}

export interface PlainParagraphOptions {
  /**
   * Whether the text defines no link label (no `]:` anywhere in it): then `[text]` is only text unless `](` follows
   * (default false: a bracket closed later in the paragraph is left to remark).
   */
  noDefinitions?: boolean
}

/**
 * Where a paragraph line's content ends (before its trailing spaces, and before a backslash that breaks the line),
 * and whether it ends in a hard break: two spaces or a backslash right at the end of a line but the last ("\\ " is a
 * backslash, its space dropped).
 */
function lineEnding(
  text: string,
  [start, end]: LineRange,
  isLast: boolean
): {to: number; hard: boolean} {
  let to = end
  while (to > start && text.charCodeAt(to - 1) === space) to--
  const backslashBreak = !isLast && to === end && text.charCodeAt(to - 1) === backslash
  return {to: backslashBreak ? to - 1 : to, hard: !isLast && (end - to >= 2 || backslashBreak)}
}

/** The tokens of lines first..last, or null where something is not read here. */
function tokenize(
  text: string,
  lines: readonly LineRange[],
  first: number,
  last: number,
  options: PlainParagraphOptions
): Token[] | null {
  const tokens: Token[] = []
  const regionStart = lines[first]![0]
  const regionEnd = lines[last]![1]
  const at = (i: number): number =>
    i < regionStart || i >= regionEnd ? Number.NaN : text.charCodeAt(i)
  for (let k = first; k <= last; k++) {
    let p = lines[k]![0]
    while (text.charCodeAt(p) === space) p++
    // The line's end moves to the next line's when a tag runs over to it.
    let lineEnd = lines[k]![1]
    let {to, hard} = lineEnding(text, lines[k]!, k === last)
    while (p < to) {
      const code = text.charCodeAt(p)
      if (code === star) {
        let end = p
        while (text.charCodeAt(end) === star) end++
        const size = end - p
        if (size > 2) return null
        // Flanking, as CommonMark defines it: a run that can only open, or only close.
        const before = classOf(at(p - 1))
        const after = classOf(at(end))
        const left = after !== 1 && (after !== 2 || before !== 0)
        const right = before !== 1 && (before !== 2 || after !== 0)
        if (!left && !right) return null
        tokens.push({kind: left && right ? 'either' : left ? 'open' : 'close', size, start: p, end})
        p = end
        continue
      }
      if (code === 60) {
        tag.lastIndex = p
        const match = tag.exec(text)
        if (!match) return null
        const end = p + match[0].length
        // A tag broken over two lines goes on to the next; it must end before that line's trailing spaces.
        if (end > lineEnd) {
          k++
          if (k > last) return null
          lineEnd = lines[k]![1]
          ;({to, hard} = lineEnding(text, lines[k]!, k === last))
          if (hard || end > to) return null
        }
        tokens.push({kind: 'html', value: match[0].replace(/\n */g, '\n'), start: p, end})
        p = end
        continue
      }
      if (code === backslash && p + 1 < to && asciiPunctuation.test(text[p + 1]!)) {
        tokens.push({kind: 'text', value: text[p + 1]!, start: p, end: p + 2})
        p += 2
        continue
      }
      if (unread.test(text[p]!)) return null
      // A bracket is text where it can make no link: no closing bracket after it, or (in a text that defines no link
      // label) no inline link in the paragraph. An ampersand that begins no character reference is itself.
      if (code === 91) {
        const closing = text.indexOf(']', p)
        if (
          closing !== -1 &&
          closing < regionEnd &&
          !(options.noDefinitions && !inlineLink(text, regionStart, regionEnd))
        )
          return null
      }
      if (code === 38) {
        reference.lastIndex = p
        if (reference.test(text)) return null
      }
      let end = p + 1
      while (end < to && !stops.has(text.charCodeAt(end))) end++
      tokens.push({kind: 'text', value: text.slice(p, end), start: p, end})
      p = end
    }
    if (k < last) {
      const [, end] = lines[k]!
      const next = lines[k + 1]![0]
      tokens.push(
        hard
          ? {kind: 'break', value: '', start: to, end: next}
          : {kind: 'text', value: '\n', start: end, end: next}
      )
    }
  }
  return tokens
}

/**
 * The paragraph on lines first..last (0-based) as remark-parse makes it, or null where it holds something
 * this reader leaves to remark-parse.
 */
export function plainParagraph(
  text: string,
  lines: readonly LineRange[],
  first: number,
  last: number,
  options: PlainParagraphOptions = {}
): Paragraph | null {
  if (tagAlone.test(text.slice(...lines[first]!))) return null
  const tokens = tokenize(text, lines, first, last, options)
  if (!tokens || tokens.length === 0) return null
  let line = first
  /** The point of an offset; offsets are asked for in increasing order, save a token's start after its text. */
  const point = (offset: number): Point => {
    while (line < last && offset > lines[line]![1]) line++
    while (line > first && offset < lines[line]![0]) line--
    return pointAt(lines, offset, line)
  }
  const textNode = (run: Token[]): Text => ({
    type: 'text',
    value: run.map((t) => ('value' in t ? t.value : '')).join(''),
    position: {start: point(run[0]!.start), end: point(run[run.length - 1]!.end)}
  })
  const children: PhrasingContent[] = []
  let run: Token[] = []
  const flush = (): void => {
    if (run.length > 0) children.push(textNode(run))
    run = []
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'text') {
      run.push(token)
      continue
    }
    flush()
    if (token.kind === 'close') return null
    if (token.kind === 'open' || token.kind === 'either') {
      // Its closer is the next run, of the same size (two runs of one or two never make a multiple of three), with
      // only text between.
      let j = i + 1
      while (j < tokens.length && tokens[j]!.kind === 'text') j++
      const closer = tokens[j]
      if (
        !closer ||
        (closer.kind !== 'close' && closer.kind !== 'either') ||
        closer.size !== token.size ||
        j === i + 1
      )
        return null
      const start = point(token.start)
      const inner = textNode(tokens.slice(i + 1, j))
      const node: Emphasis | Strong = {
        type: token.size === 1 ? 'emphasis' : 'strong',
        children: [inner],
        position: {start, end: point(closer.end)}
      }
      children.push(node)
      i = j
      continue
    }
    const position = {start: point(token.start), end: point(token.end)}
    children.push(
      token.kind === 'html'
        ? ({type: 'html', value: token.value, position} satisfies Html)
        : {type: 'break', position}
    )
  }
  flush()
  // The paragraph runs from its first character to the end of its last line.
  return {
    type: 'paragraph',
    children,
    position: {start: {...children[0]!.position!.start}, end: pointAt(lines, lines[last]![1], last)}
  }
}
