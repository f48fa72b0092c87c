/**
 * Character references (`&amp;`, `&#41;`, `&#x29;`) as CommonMark reads them: where one begins in the
 * source, what it stands for, and where it ends. The parse lays decoded text against the source with
 * them, and anything spliced into the source (annotate's links) must never cut one in two.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'

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
  // micromark's own decoder: what the parse's text holds for the reference, controls and all.
  const hex = m[1] !== undefined
  return {value: decodeNumericCharacterReference(hex ? m[1]! : m[2]!, hex ? 16 : 10), end}
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
