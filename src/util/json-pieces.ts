/**
 * `JSON.stringify(value, null, 2)` made in pieces of whole lines, for printing or writing a large document
 * without holding its JSON as one string: the JSON of a 50 MB document is 140 million characters, 280 MB as
 * one string, and each copy made of it to indent, escape or end it with a line break costs as much again.
 * Joined by line breaks, the pieces are that string exactly (tested in test/json-pieces.test.ts).
 */

export interface JsonPiecesOptions {
  /** Put before every line (the indent of an element of an enclosing array). Default: none. */
  indent?: string
  /** Levels of arrays and objects taken apart; below them a value is stringified whole. Default: 4. */
  depth?: number
  /** Lines joined into one piece until it is this long (characters). Default: `defaultPieceLength`. */
  pieceLength?: number
}

/**
 * The length of a piece, in characters: short enough that a piece of two-byte text (32 KiB) is made and dropped
 * in V8's young generation. A piece of 64 Ki characters (128 KiB of two-byte text) went to the large-object space,
 * which only a full collection empties: writing a 50 MB document's JSON left hundreds of megabytes of such pieces
 * between two collections.
 */
export const defaultPieceLength = 16384

/** A value JSON.stringify writes inside an object (it leaves out undefined, functions and symbols). */
const kept = (v: unknown): boolean =>
  v !== undefined && typeof v !== 'function' && typeof v !== 'symbol'

function* lines(
  value: unknown,
  indent: string,
  prefix: string,
  suffix: string,
  depth: number
): Generator<string> {
  // A value with its own toJSON (a Date) is what that gives.
  if (value !== null && typeof (value as {toJSON?: unknown}).toJSON === 'function')
    value = (value as {toJSON: () => unknown}).toJSON()
  const isArray = Array.isArray(value)
  const entries: Array<[string, unknown]> =
    depth <= 0 || value === null || typeof value !== 'object'
      ? []
      : isArray
        ? (value as unknown[]).map((v) => ['', kept(v) ? v : null])
        : Object.entries(value as object).filter(([, v]) => kept(v))
  if (entries.length === 0) {
    const text = JSON.stringify(value, null, 2) ?? 'null'
    yield `${indent}${prefix}${text.replaceAll('\n', `\n${indent}`)}${suffix}`
    return
  }
  const inner = `${indent}  `
  yield `${indent}${prefix}${isArray ? '[' : '{'}`
  for (const [i, [key, v]] of entries.entries())
    yield* lines(
      v,
      inner,
      isArray ? '' : `${JSON.stringify(key)}: `,
      i < entries.length - 1 ? ',' : '',
      depth - 1
    )
  yield `${indent}${isArray ? ']' : '}'}${suffix}`
}

/** The lines of `JSON.stringify(value, null, 2)`, each line prefixed by `indent`, in pieces of whole lines. */
export function jsonPieces(value: unknown, options: JsonPiecesOptions = {}): string[] {
  return [...eachJsonPiece(value, options)]
}

/**
 * The pieces of `jsonPieces`, made one at a time as they are asked for: a file written from them never holds
 * more than one piece of its JSON (a 50 MB document's is 280 MB of pieces).
 */
export function* eachJsonPiece(value: unknown, options: JsonPiecesOptions = {}): Generator<string> {
  const pieceLength = options.pieceLength ?? defaultPieceLength
  let group: string[] = []
  let length = 0
  for (const line of lines(value, options.indent ?? '', '', '', options.depth ?? 4)) {
    group.push(line)
    length += line.length + 1
    if (length >= pieceLength) {
      yield group.join('\n')
      group = []
      length = 0
    }
  }
  if (group.length > 0) yield group.join('\n')
}

/** The text of `JSON.stringify(value)` in parts, arrays and objects taken apart `depth` levels down. */
function* compactParts(value: unknown, depth: number): Generator<string> {
  if (value !== null && typeof (value as {toJSON?: unknown}).toJSON === 'function')
    value = (value as {toJSON: () => unknown}).toJSON()
  if (depth <= 0 || value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  const isArray = Array.isArray(value)
  yield isArray ? '[' : '{'
  let first = true
  for (const [key, v] of Object.entries(value as object)) {
    if (!isArray && !kept(v)) continue
    if (!first) yield ','
    first = false
    if (!isArray) yield `${JSON.stringify(key)}:`
    yield* compactParts(isArray && !kept(v) ? null : v, depth - 1)
  }
  yield isArray ? ']' : '}'
}

const utf8 = new TextEncoder()

/**
 * `JSON.stringify(value)` (no indent) as UTF-8, in pieces of about `pieceLength` bytes, each in a buffer of
 * its own: a large value's JSON is never one string (the outcome of a fair 50 MB document is 85 MB of it, twice
 * that as a string), and the pieces can be handed to another thread without a copy. The text is encoded a few
 * thousand characters at a time into one buffer, each piece copied out of it: no string made on the way is
 * longer than `defaultPieceLength`, but for a part of the value that is longer by itself (a long leaf).
 */
export function jsonUtf8Pieces(value: unknown, pieceLength = 65536, depth = 4): Uint8Array[] {
  const pieces: Uint8Array[] = []
  // Room for a piece and one group after it (3 bytes of UTF-8 at most for each UTF-16 unit).
  const groupLength = Math.min(pieceLength, defaultPieceLength)
  const buffer = new Uint8Array(pieceLength + 3 * groupLength)
  let used = 0
  const flush = (): void => {
    if (used > 0) pieces.push(buffer.slice(0, used))
    used = 0
  }
  const encode = (text: string): void => {
    if (used + 3 * text.length > buffer.length) flush()
    if (3 * text.length > buffer.length) pieces.push(utf8.encode(text))
    else used += utf8.encodeInto(text, buffer.subarray(used)).written
    if (used >= pieceLength) flush()
  }
  let group: string[] = []
  let length = 0
  for (const part of compactParts(value, depth)) {
    group.push(part)
    length += part.length
    if (length >= groupLength) {
      encode(group.join(''))
      group = []
      length = 0
    }
  }
  if (group.length > 0) encode(group.join(''))
  flush()
  return pieces
}
