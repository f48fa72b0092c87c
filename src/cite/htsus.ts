/**
 * Harmonized Tariff Schedule: "heading 9903.81.87", "subheadings 7208.10.15 and 7208.25.30",
 * "headings 9903.01.01 through 9903.01.05", "chapter 99 of the HTSUS".
 */
import {joinId, type FoundCitation} from './found.js'
import type {CitationReader} from './reader.js'
import {readAt} from './lex.js'

const code = String.raw`\d{4}(?:\.\d{2}(?:\.\d{2,4})?)?`
const codes = new RegExp(
  String.raw`(?:sub)?headings?\s+(${code}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through|to)\s+|\s*[-–]\s*)${code})*)`,
  'y'
)
const htsusNear = /\b(?:HTSUS|HTS|Harmonized Tariff Schedule)\b/
const chapters =
  /chapters?\s+(\d{1,2})((?:\s*(?:,|and|through)\s*\d{1,2})*)\s+of\s+(?:the\s+)?(?:HTSUS|HTS\b|Harmonized Tariff Schedule)/y

export const htsusHeading: CitationReader = {
  name: 'htsus',
  trigger: String.raw`(?:sub)?headings?\s+\d{4}`,
  read(text, at) {
    const m = readAt(codes, text, at)
    if (!m) return null
    const end = m.index + m[0].length
    const printed = m[1]!.match(/\d{4}(?:\.\d{2}(?:\.\d{2,4})?)?/g) ?? []
    // An undotted four- or six-digit number is a heading only where the HTSUS is named near it.
    const context = htsusNear.test(text.slice(Math.max(0, at - 40), end + 80))
    const citations: FoundCitation[] = printed
      .filter((c) => c.includes('.') || context)
      .map((c) => ({id: joinId('htsus', c), type: 'htsus', start: at, end}))
    return citations.length > 0 ? {citations, end} : null
  }
}

export const htsusChapter: CitationReader = {
  name: 'htsus-chapter',
  trigger: String.raw`chapters?\s+\d`,
  read(text, at) {
    const m = readAt(chapters, text, at)
    if (!m) return null
    const end = m.index + m[0].length
    const numbers = [m[1]!, ...(m[2]?.match(/\d{1,2}/g) ?? [])]
    return {
      citations: numbers.map((n) => ({
        id: joinId('htsus', 'ch', n),
        type: 'htsus',
        start: at,
        end
      })),
      end
    }
  }
}
