/**
 * The Internal Revenue Code, title 26 of the U.S. Code: "section 402A(d)(2) of the Internal Revenue
 * Code of 1986", "sections 45Y and 48E of the Internal Revenue Code", "I.R.C. § 6212", "Internal Revenue Code
 * section 402A(d)(2)" -> usc/26/...
 */
import type {CitationReader} from './reader.js'
import {before, readSections, sectionsOfBefore} from './lex.js'
import {group, oneOf, optional, pattern, readAt, search} from '../util/pattern.js'
import {uscCitations} from './usc.js'

/** The Code's title in the U.S. Code. */
const codeTitle = '26'
/** "sections 45Y and 48E of the", read backward from the Code's name. */
/** The name and the year of the codification: "Internal Revenue Code of 1986", "Internal Revenue Code, as amended". */
const codeName = /Internal Revenue Code(?:,?\s+of\s+(?:1954|1986)\b)?/y
/**
 * "I.R.C. § 6212", "I.R.C. §§ 1, 2", "Internal Revenue Code section 402A(d)(2)": the sections after the Code's
 * abbreviation or name.
 */
const abbreviated = pattern(
  'y',
  String.raw`(?:I\.R\.C\.|Internal\s+Revenue\s+Code(?:\s+of\s+(?:1954|1986),?)?\s+(?=§|[Ss]ec))\s*`,
  // The spaces after a marker are the marker's (as usc.ts reads them).
  optional(
    oneOf(group('several', '§§|[Ss]ections|[Ss]ecs\\.'), '§|[Ss]ection|[Ss]ec\\.'),
    String.raw`\s*`
  ),
  '(?=\\d)'
)

export const internalRevenueCode: CitationReader = {
  name: 'irc',
  trigger: String.raw`Internal Revenue Code\b|I\.R\.C\.`,
  read(text, at) {
    const short = readAt(abbreviated, text, at)
    if (short) {
      const refs = readSections(
        text,
        short.index + short[0].length,
        short.groups.several !== undefined
      )
      if (refs.length === 0) return null
      const citations = uscCitations(codeTitle, false, refs, {})
      citations[0]!.start = at
      return {citations, end: refs[refs.length - 1]!.end}
    }
    const name = readAt(codeName, text, at)
    if (!name) return null
    const end = name.index + name[0].length
    const {window, offset} = before(text, at, 200)
    const sections = search(sectionsOfBefore, window)
    if (!sections) return null
    const listStart = offset + sections.index + sections[0].indexOf(sections.groups.list)
    const refs = readSections(text, listStart, sections.groups.several !== undefined)
    if (refs.length === 0) return null
    // Named like an act's sections: a parallel "(26 U.S.C. 7701(a)(30))" after it is the same provision.
    const citations = uscCitations(codeTitle, false, refs, {}).map((c) => ({
      ...c,
      form: 'named' as const
    }))
    citations[0]!.start = offset + sections.index
    citations[citations.length - 1]!.end = end
    return {citations, end}
  }
}
