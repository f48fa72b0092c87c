/**
 * The Constitution: "Article II, section 3 of the Constitution", "Article I, Section 8, Clause 3
 * of the United States Constitution", "the First Amendment", "U.S. Const. art. I, § 8, cl. 17",
 * "U.S. Const. amend. IV".
 */
import {wordsToNumber} from '../data/numbers.js'
import {joinId} from './found.js'
import {typeOf} from '../data/citation-kinds.js'
import type {CitationReader} from './reader.js'
import {group, oneOf, optional, pattern, readAt, search, seq} from '../util/pattern.js'

const roman: Record<string, number> = {I: 1, V: 5, X: 10, L: 50}
export function romanToNumber(numeral: string): number {
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const v = roman[numeral.charAt(i).toUpperCase()] ?? 0
    const next = roman[numeral.charAt(i + 1).toUpperCase()] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/** A Roman numeral, as articles are numbered. */
const romanNumeral = '[IVX]+'
/** A number in figures. */
const figures = String.raw`\d+`
/** An ordinal, spelled out or in figures: "First", "Twenty-first", "14th". */
const ordinal = String.raw`[A-Z][a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th)`
/** "of the Constitution", "of the United States Constitution", "of the U.S. Constitution" (looked ahead to). */
const ofTheConstitution = String.raw`(?=\s+of\s+(?:the\s+)?(?:United States\s+|U\.S\.\s+)?Constitution)`
/** An amendment to some other text is not the Constitution's ("the First Amendment to the Agreement"). */
const notToAnotherText = String.raw`(?!\s+to\s+(?!the\s+(?:United States\s+)?Constitution))`
/** "U.S. Const.", "U.S. Constitution,", "U.S. CONST". */
const constitutionAbbreviated = String.raw`U\.\s?S\.\s?(?:Const|CONST)(?:\.|itution|ITUTION)?,?\s*`

/** "Article II, section 3, clause 1 of the Constitution". */
const article = pattern(
  'y',
  String.raw`Article\s+`,
  group('article', romanNumeral),
  optional(String.raw`,?\s+[Ss]ection\s+`, group('section', figures)),
  optional(String.raw`,?\s+[Cc]lause\s+`, group('clause', figures)),
  ofTheConstitution
)
/** "First Amendment", "14th Amendment". */
const amendment = pattern(
  'y',
  group('ordinal', ordinal),
  String.raw`\s+Amendment\b`,
  notToAnotherText
)
/** The ordinal before the trigger "Amendment", read backward. */
const ordinalBefore = pattern('', group('ordinal', ordinal), String.raw`\s+$`)
/** "U.S. Const. art. I, § 8, cl. 17", "U.S. Const. amend. IV". */
const abbreviated = pattern(
  'y',
  constitutionAbbreviated,
  oneOf(
    seq(
      String.raw`(?:[Aa]rt\.|[Aa]rticle)\s*`,
      group('article', romanNumeral),
      optional(String.raw`,?\s*(?:§|¶|[Ss]ec\.|[Ss]ection)\s*`, group('section', figures)),
      optional(String.raw`,?\s*cl\.\s*`, group('clause', figures))
    ),
    seq(String.raw`[Aa]mend(?:\.|ment)\s*`, group('amendment', '[IVXL]+'))
  )
)

function articleId(numeral: string, section?: string, clause?: string): string {
  return joinId(
    'const',
    'art',
    String(romanToNumber(numeral)),
    ...(section ? ['sec', section] : []),
    ...(clause ? ['cl', clause] : [])
  )
}

export const constitution: CitationReader = {
  name: 'const',
  trigger: String.raw`Article\s+[IVX]|Amendment\b|U\.\s?S\.\s?(?:Const|CONST)`,
  read(text, at) {
    const a = readAt(article, text, at)
    if (a) {
      const end = a.index + a[0].length
      const id = articleId(a.groups.article, a.groups.section, a.groups.clause)
      return {citations: [{id, type: typeOf('const'), start: at, end}], end}
    }
    const c = readAt(abbreviated, text, at)
    const {article: numeral, section, clause, amendment: amended} = c?.groups ?? {}
    const id = amended
      ? joinId('const', 'amend', String(romanToNumber(amended)))
      : numeral
        ? articleId(numeral, section, clause)
        : null
    if (c && id) {
      const end = c.index + c[0].length
      return {citations: [{id, type: typeOf('const'), start: at, end}], end}
    }
    // "the First Amendment": the ordinal stands before the trigger.
    const before = search(ordinalBefore, text.slice(Math.max(0, at - 30), at))
    const m = before ? readAt(amendment, text, at - before[0].length) : null
    if (m && before) {
      at -= before[0].length
      const printed = m.groups.ordinal
      const n = /^\d/.test(printed)
        ? Number.parseInt(printed, 10)
        : wordsToNumber(printed.toLowerCase())
      if (!n || n > 27) return null
      const end = m.index + m[0].length
      return {
        citations: [
          {id: joinId('const', 'amend', String(n)), type: typeOf('const'), start: at, end}
        ],
        end
      }
    }
    return null
  }
}
