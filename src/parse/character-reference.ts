/**
 * Character references (`&amp;`, `&#41;`, `&#x29;`) as CommonMark reads them: where one begins in the
 * source, what it stands for, and where it ends. The parse lays decoded text against the source with
 * them, and anything spliced into the source (annotate's links) must never cut one in two.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

// CommonMark's limits: up to 7 decimal or 6 hexadecimal digits, names of up to 31 characters after the first.
const reference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y

/** The reference beginning at `at`, if one does: the text it stands for and the offset after its `;`. */
export function characterReferenceAt(
  source: string,
  at: number
): {value: string; end: number} | null {
  if (source.charCodeAt(at) !== 38 /* & */) return null
  reference.lastIndex = at
  const m = reference.exec(source)
  if (!m) return null
  const end = at + m[0].length
  if (m[3] !== undefined) {
    const named = decodeNamedCharacterReference(m[3])
    return named === false ? null : {value: named, end}
  }
  const code = Number.parseInt(m[1] ?? m[2]!, m[1] !== undefined ? 16 : 10)
  // As CommonMark: NUL, surrogates and what lies beyond Unicode become the replacement character.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
  return {value: valid ? String.fromCodePoint(code) : '\uFFFD', end}
}

/**
 * `offset` moved out of any character reference it falls inside: to the reference's end when `toEnd`
 * (a range's end), else to its `&` (a range's start).
 */
export function outsideCharacterReference(source: string, offset: number, toEnd: boolean): number {
  // The longest reference is 33 characters: look no further back than that.
  const amp = source.lastIndexOf('&', offset - 1)
  if (amp === -1 || offset - amp > 34) return offset
  const found = characterReferenceAt(source, amp)
  if (!found || found.end <= offset) return offset
  return toEnd ? found.end : amp
}
