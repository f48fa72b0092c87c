/** The place of a label in its sequence: "Sec. 3" and "(3)" are 3, "(c)" 3, "(iv)" 4, "(aa)" 27. */
import type {ProvisionKind} from '../document/types.js'

const romanDigits: Readonly<Record<string, number>> = {i: 1, v: 5, x: 10, l: 50, c: 100}

function romanValue(numeral: string): number | null {
  let total = 0
  const s = numeral.toLowerCase()
  for (let i = 0; i < s.length; i++) {
    const v = romanDigits[s[i]!]
    if (v === undefined) return null
    const next = romanDigits[s[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/** "c" -> 3, "aa" -> 27 (the letter repeated: the drafting habit past "z"). */
function letterValue(letters: string): number | null {
  const s = letters.toLowerCase()
  if (!/^([a-z])\1*$/.test(s)) return null
  return (s.length - 1) * 26 + (s.charCodeAt(0) - 96)
}

/** The label's ordinal, or null when it has none that sequence can be told by ("Sec. 1-501", unlabelled). */
export function labelOrdinal(label: string | null, kind: ProvisionKind): number | null {
  if (label === null) return null
  const inner = /^\(([^()]+)\)$/.exec(label)?.[1] ?? label.replace(/^Sec(?:tion)?\.?\s*/i, '')
  switch (kind) {
    case 'section':
    case 'number':
      return /^\d+$/.test(inner) ? Number(inner) : null
    case 'lower':
    case 'upper':
      return letterValue(inner)
    case 'roman':
    case 'upperRoman':
      return romanValue(inner)
    default:
      return null
  }
}

/** The label that should stand at `ordinal` in a sequence of `label`'s kind: "Sec. 3", "(c)", "(iii)". */
export function labelAt(label: string, kind: ProvisionKind, ordinal: number): string {
  const wrap = (s: string) => (label.startsWith('(') ? `(${s})` : s)
  switch (kind) {
    case 'section':
      return label.replace(/\d+/, String(ordinal))
    case 'number':
      return wrap(String(ordinal))
    case 'lower':
    case 'upper': {
      const letter = String.fromCharCode(96 + ((ordinal - 1) % 26) + 1).repeat(
        Math.floor((ordinal - 1) / 26) + 1
      )
      return wrap(kind === 'upper' ? letter.toUpperCase() : letter)
    }
    case 'roman':
    case 'upperRoman': {
      const numerals: Array<[number, string]> = [
        [100, 'c'],
        [90, 'xc'],
        [50, 'l'],
        [40, 'xl'],
        [10, 'x'],
        [9, 'ix'],
        [5, 'v'],
        [4, 'iv'],
        [1, 'i']
      ]
      let n = ordinal
      let out = ''
      for (const [v, s] of numerals)
        while (n >= v) {
          out += s
          n -= v
        }
      return wrap(kind === 'upperRoman' ? out.toUpperCase() : out)
    }
    default:
      return label
  }
}
