/** Points in a file from source offsets, as every stage places what it finds. */
import type {Point} from 'unist'
import type {VFile} from 'vfile'

/** Where an offset stands when the file gives no place for it. */
const start: Point = {line: 1, column: 1, offset: 0}

/**
 * Where each line but the first starts: the offset after each line break (`\r\n`, `\r` or `\n`, as
 * vfile-location reads them), in one typed array of 4 bytes a line, so a 50 MB document's index is a
 * few megabytes and nothing is kept per character.
 */
export function lineStarts(text: string): Uint32Array {
  const ends: number[] = []
  let cr = text.indexOf('\r')
  let lf = text.indexOf('\n')
  if (cr === -1) cr = Number.POSITIVE_INFINITY
  if (lf === -1) lf = Number.POSITIVE_INFINITY
  while (cr !== Number.POSITIVE_INFINITY || lf !== Number.POSITIVE_INFINITY) {
    // A CR LF pair is one break, after its LF.
    const end = cr + 1 === lf ? lf : Math.min(cr, lf)
    ends.push(end + 1)
    if (cr <= end) {
      cr = text.indexOf('\r', end + 1)
      if (cr === -1) cr = Number.POSITIVE_INFINITY
    }
    if (lf <= end) {
      lf = text.indexOf('\n', end + 1)
      if (lf === -1) lf = Number.POSITIVE_INFINITY
    }
  }
  return Uint32Array.from(ends)
}

/** Each file's line starts, made once for all the stages that place points in it. */
const indexes = new WeakMap<VFile, {text: string; starts: Uint32Array}>()

/**
 * The point (line, column, offset) of each source offset in a file. An offset
 * past either end of the text is taken at that end.
 */
export function pointLocator(file: VFile): (offset: number) => Point {
  const text = String(file)
  let index = indexes.get(file)
  if (index?.text !== text) {
    index = {text, starts: lineStarts(text)}
    indexes.set(file, index)
  }
  const {starts} = index
  const length = text.length
  return (offset) => {
    if (Number.isNaN(offset)) return {...start}
    const at = Math.min(Math.max(offset, 0), length)
    // The number of lines that start at or before `at`, past the first.
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (starts[middle]! <= at) low = middle + 1
      else high = middle
    }
    return {line: low + 1, column: at - (low > 0 ? starts[low - 1]! : 0) + 1, offset: at}
  }
}
