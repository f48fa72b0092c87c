/**
 * Text that remembers where each character came from: the normalised text of
 * a unit, with the source offset of every UTF-16 unit, so that anything found
 * in the text (a label, a date, a citation) can be placed in the original file.
 */

import {characterReferenceAt} from './character-reference.js'
import {OffsetRuns, OffsetRunsBuilder} from './offset-runs.js'

export interface MappedText {
  text: string
  /** `offsets.offsetAt(i)` is the source offset of text[i] (slices are views, joins copy the runs). */
  offsets: OffsetRuns
  /** Ranges [start, end) of `text` that the source underlined or emphasised. */
  marks: Array<[number, number]>
}

export const emptyMapped: MappedText = Object.freeze({
  text: '',
  offsets: OffsetRuns.empty,
  marks: []
}) as MappedText

/** Accumulates characters with their source offsets. */
export class MappedTextBuilder {
  // Text is kept as slices of the source where it can be (one piece per run, not one per character).
  private pieces: string[] = []
  private offsets = new OffsetRunsBuilder()
  private marks: Array<[number, number]> = []
  private openMarks: number[] = []

  get length(): number {
    return this.offsets.length
  }

  private pushOffset(offset: number): void {
    this.offsets.push(offset)
  }

  /** Source characters taken verbatim. */
  pushSource(source: string, start: number, end: number): void {
    if (end <= start) return
    this.pieces.push(source.slice(start, end))
    this.offsets.pushRange(start, end - start)
  }

  /** One character standing for the source at `offset` (a break, a separator). */
  pushChar(char: string, offset: number): void {
    this.pieces.push(char)
    this.pushOffset(offset)
  }

  /**
   * A parsed value (escapes resolved, entities decoded) laid against the source
   * slice it came from: each value character is matched to the next equal
   * source character within a short window, so `\(` maps to `(` and `&amp;` to `&`.
   */
  pushAligned(value: string, source: string, start: number, end: number): void {
    // The common case: the value is the source slice itself.
    if (end - start === value.length && source.startsWith(value, start)) {
      this.pushSource(source, start, end)
      return
    }
    this.pieces.push(value)
    let j = start
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!
      // A character reference stands for what it decodes to, and is passed over whole (its digits are
      // not the text's: `&#49;9` is "19").
      const ref = j < end ? characterReferenceAt(source, j) : null
      if (ref && ref.end <= end && value.startsWith(ref.value, i)) {
        for (let k = 0; k < ref.value.length; k++) this.pushOffset(j)
        i += ref.value.length - 1
        j = ref.end
        continue
      }
      let found = -1
      for (let k = j, limit = Math.min(end, j + 10); k < limit; k++) {
        if (source[k] === ch) {
          found = k
          break
        }
      }
      if (found === -1) {
        this.pushOffset(Math.min(j, end - 1))
      } else {
        this.pushOffset(found)
        j = found + 1
      }
    }
  }

  openMark(): void {
    this.openMarks.push(this.length)
  }

  closeMark(): void {
    const start = this.openMarks.pop()
    if (start !== undefined && start < this.length) this.marks.push([start, this.length])
  }

  build(): MappedText {
    while (this.openMarks.length > 0) this.closeMark()
    return {
      text: this.pieces.join(''),
      offsets: this.offsets.build(),
      marks: this.marks.sort((a, b) => a[0] - b[0])
    }
  }
}

/** Cut a mapped text; marks are clipped to the cut. */
export function sliceMapped(m: MappedText, start: number, end = m.text.length): MappedText {
  const marks: Array<[number, number]> = []
  for (const [a, b] of m.marks) {
    const s = Math.max(a, start)
    const e = Math.min(b, end)
    if (s < e) marks.push([s - start, e - start])
  }
  return {text: m.text.slice(start, end), offsets: m.offsets.slice(start, end), marks}
}

/** Join two mapped texts with a separator placed at the end of the first. */
export function concatMapped(a: MappedText, b: MappedText, separator = ' '): MappedText {
  if (a.text === '') return b
  if (b.text === '') return a
  return joinMapped([a, b], separator)
}

/** Join mapped texts with a separator placed at the end of each one before it; one copy, not one per join. */
export function joinMapped(parts: readonly MappedText[], separator: string): MappedText {
  if (parts.length === 1) return parts[0]!
  const texts: string[] = []
  const offsets = new OffsetRunsBuilder()
  const marks: Array<[number, number]> = []
  let length = 0
  parts.forEach((part, i) => {
    if (i > 0) {
      const at = offsets.last ?? part.offsets.offsetAt(0) ?? 0
      for (let k = 0; k < separator.length; k++) offsets.push(at)
      texts.push(separator)
      length += separator.length
    }
    texts.push(part.text)
    offsets.pushFrom(part.offsets)
    for (const [a, b] of part.marks) marks.push([a + length, b + length])
    length += part.text.length
  })
  return {text: texts.join(''), offsets: offsets.build(), marks}
}

/** Characters read as a plain space. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x0d ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** Characters dropped from text: zero-width marks, soft hyphens. */
function isInvisible(code: number): boolean {
  return (
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0xad
  )
}

function isAlnum(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  )
}

/** Characters copied as they are: not a space of any kind, an asterisk, an invisible character or a Unicode hyphen. */
const plainCodes = (() => {
  const table = new Uint8Array(0x10000)
  for (let code = 0x21; code < 0x10000; code++) {
    table[code] =
      code !== 0x2a &&
      code !== 0xa0 &&
      code !== 0xad &&
      !(code >= 0x2000 && code <= 0x2011) &&
      code !== 0x202f &&
      code !== 0x205f &&
      code !== 0x3000 &&
      code !== 0xfeff
        ? 1
        : 0
  }
  return table
})()

/**
 * Normalise: hard-wrapped lines joined with a space (a line ending in a hyphen
 * joined without one: "court-\nmartial" -> "court-martial"), NBSPs and other
 * spaces folded to one space, invisible characters dropped, ends trimmed.
 */
export function normalizeMapped(m: MappedText): MappedText {
  const {text, offsets} = m
  const length = text.length
  // Output is built from runs of unchanged characters, copied by slice.
  const pieces: string[] = []
  const outOffsets = new OffsetRunsBuilder()
  // Where each input character went: needed only to move the marks.
  const inToOut = m.marks.length > 0 ? new Int32Array(length + 1) : null
  let outLength = 0
  let pendingSpace = -1
  let lastCode = 0
  let beforeLastCode = 0
  const emitChar = (char: string, offset: number): void => {
    pieces.push(char)
    outOffsets.push(offset)
    beforeLastCode = lastCode
    lastCode = char.charCodeAt(0)
    outLength++
  }
  let i = 0
  while (i < length) {
    if (inToOut) inToOut[i] = outLength
    const code = text.charCodeAt(i)
    if (plainCodes[code] === 1) {
      if (pendingSpace !== -1) {
        emitChar(' ', pendingSpace)
        pendingSpace = -1
      }
      // The run goes on over single spaces between plain characters: they stay as they are.
      let end = i + 1
      while (end < length) {
        const next = text.charCodeAt(end)
        if (plainCodes[next] === 1) end++
        else if (next === 0x20 && end + 1 < length && plainCodes[text.charCodeAt(end + 1)] === 1)
          end += 2
        else break
      }
      if (inToOut) for (let k = i; k < end; k++) inToOut[k] = outLength + k - i
      pieces.push(text.slice(i, end))
      outOffsets.pushFrom(offsets, i, end)
      outLength += end - i
      beforeLastCode = end - i >= 2 ? text.charCodeAt(end - 2) : lastCode
      lastCode = text.charCodeAt(end - 1)
      i = end
      continue
    }
    if (isInvisible(code)) {
      i++
      continue
    }
    // Emphasis markers Markdown left as text ("**\u00a0**", "Iran*. *") are not words of the document.
    if (code === 0x2a) {
      i++
      continue
    }
    if (code === 0x0a && lastCode === 0x2d && isAlnum(beforeLastCode) && pendingSpace === -1) {
      // A line ending in a hyphen after a letter or digit joins the next line directly.
      let k = i + 1
      while (k < length && isSpace(text.charCodeAt(k))) k++
      if (k < length && isAlnum(text.charCodeAt(k))) {
        if (inToOut) for (let s = i; s < k; s++) inToOut[s] = outLength
        i = k
        continue
      }
    }
    if (isSpace(code)) {
      if (pendingSpace === -1 && outLength > 0) pendingSpace = offsets.offsetAt(i)!
      i++
      continue
    }
    if (pendingSpace !== -1) {
      emitChar(' ', pendingSpace)
      pendingSpace = -1
      if (inToOut) inToOut[i] = outLength
    }
    // Non-breaking and plain Unicode hyphens read as the ASCII hyphen.
    emitChar(code === 0x2010 || code === 0x2011 ? '-' : text[i]!, offsets.offsetAt(i)!)
    i++
  }
  const out = pieces.join('')
  const marks: Array<[number, number]> = []
  if (inToOut) {
    inToOut[length] = outLength
    for (const [a, b] of m.marks) {
      let s = inToOut[a]!
      const e = inToOut[b]!
      while (s < e && out.charCodeAt(s) === 0x20) s++
      if (s >= e) continue
      // Runs marked separately but parted only by white space ("<u>Publication and</u>\n<u>Transmittal</u>") are one.
      const last = marks[marks.length - 1]
      if (last && s >= last[1] && out.slice(last[1], s).trim() === '')
        last[1] = Math.max(last[1], e)
      else marks.push([s, e])
    }
  }
  return {text: out, offsets: outOffsets.build(), marks}
}

/** Split at line feeds, keeping offsets; the line feeds themselves are dropped. */
export function splitLines(m: MappedText): MappedText[] {
  const lines: MappedText[] = []
  let start = 0
  for (let i = m.text.indexOf('\n'); i !== -1; i = m.text.indexOf('\n', start)) {
    lines.push(sliceMapped(m, start, i))
    start = i + 1
  }
  lines.push(sliceMapped(m, start))
  return lines
}

/** Drop leading and trailing spaces (of any kind). */
export function trimMapped(m: MappedText): MappedText {
  let s = 0
  let e = m.text.length
  while (s < e && isSpace(m.text.charCodeAt(s))) s++
  while (e > s && isSpace(m.text.charCodeAt(e - 1))) e--
  return s === 0 && e === m.text.length ? m : sliceMapped(m, s, e)
}
