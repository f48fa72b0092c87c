/**
 * The Constitution: "Article II, section 3 of the Constitution", "Article I, Section 8, Clause 3
 * of the United States Constitution", "the First Amendment", "U.S. Const. art. I, § 8, cl. 17",
 * "U.S. Const. amend. IV".
 */
import {wordsToNumber} from '../data/numbers.js'
import {joinId} from './found.js'
import type {CitationReader} from './reader.js'
import {readAt} from './lex.js'

const roman: Record<string, number> = {I: 1, V: 5, X: 10, L: 50}
export function romanToNumber(numeral: string): number {
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const v = roman[numeral[i]!.toUpperCase()] ?? 0
    const next = roman[numeral[i + 1]?.toUpperCase() ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

const article =
  /Article\s+([IVX]+)(?:,?\s+[Ss]ection\s+(\d+))?(?:,?\s+[Cc]lause\s+(\d+))?(?=\s+of\s+(?:the\s+)?(?:United States\s+|U\.S\.\s+)?Constitution)/y
const amendment =
  /([A-Z][a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+Amendment\b(?!\s+to\s+(?!the\s+(?:United States\s+)?Constitution))/y
const abbreviated =
  /U\.\s?S\.\s?(?:Const|CONST)(?:\.|itution|ITUTION)?,?\s*(?:(?:[Aa]rt\.|[Aa]rticle)\s*([IVX]+)(?:,?\s*(?:§|¶|[Ss]ec\.|[Ss]ection)\s*(\d+))?(?:,?\s*cl\.\s*(\d+))?|[Aa]mend(?:\.|ment)\s*([IVXL]+))/y

export const constitution: CitationReader = {
  name: 'const',
  trigger: String.raw`Article\s+[IVX]|Amendment\b|U\.\s?S\.\s?(?:Const|CONST)`,
  read(text, at) {
    const a = readAt(article, text, at)
    if (a) {
      const end = a.index + a[0].length
      const id = joinId(
        'const',
        'art',
        String(romanToNumber(a[1]!)),
        ...(a[2] ? ['sec', a[2]] : []),
        ...(a[3] ? ['cl', a[3]] : [])
      )
      return {citations: [{id, type: 'const', start: at, end}], end}
    }
    const c = readAt(abbreviated, text, at)
    if (c) {
      const end = c.index + c[0].length
      const id = c[4]
        ? joinId('const', 'amend', String(romanToNumber(c[4])))
        : joinId(
            'const',
            'art',
            String(romanToNumber(c[1]!)),
            ...(c[2] ? ['sec', c[2]] : []),
            ...(c[3] ? ['cl', c[3]] : [])
          )
      return {citations: [{id, type: 'const', start: at, end}], end}
    }
    // "the First Amendment": the ordinal stands before the trigger.
    const ordinal = /([A-Z][a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+$/.exec(
      text.slice(Math.max(0, at - 30), at)
    )
    const m = ordinal ? readAt(amendment, text, at - ordinal[0].length) : null
    if (m && ordinal) {
      at -= ordinal[0].length
      const n = /^\d/.test(m[1]!) ? Number.parseInt(m[1]!, 10) : wordsToNumber(m[1]!.toLowerCase())
      if (!n || n > 27) return null
      const end = m.index + m[0].length
      return {
        citations: [{id: joinId('const', 'amend', String(n)), type: 'const', start: at, end}],
        end
      }
    }
    return null
  }
}
