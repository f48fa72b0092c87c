/**
 * U.S. Code by title: "section 301 of title 3, United States Code", "sections 3301 and 3302
 * of title 5", "title 3, United States Code, section 301", "chapter 35 of title 44",
 * "section 89, title 14, United States Code", "21, United States Code, Section 853".
 */
import type {CitationReader} from './reader.js'
import {before, readSections, sectionsListed} from './lex.js'
import {group, optional, pattern, readAt, search} from '../util/pattern.js'
import {uscChapters, uscCitations} from './usc.js'

/** A title number. */
const titleNumberPiece = group('title', String.raw`\d{1,2}`)
/** "sections 3301 and 3302 of title 5", "section 89, title 14", read backward from the title. */
const sectionsBefore = pattern('', sectionsListed, String.raw`(?:\s*,\s*|\s+of\s+)$`)
/** "chapter 35 of title 44", "chapters 5, 51, and 131-141 of title 49", "chapter 35, title 44", read backward. */
const chapterBefore = pattern(
  '',
  String.raw`\b(?:[Ss]ubchapter\s+[IVXLC]+\s+of\s+)?[Cc]hapter`,
  optional(group('several', 's')),
  String.raw`\s+`,
  group(
    'list',
    String.raw`\d+[A-Z]?(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|through)\s+|\s*[-–]\s*)\d+[A-Z]?)*`
  ),
  String.raw`(?:\s+of\s+|,\s+)$`
)
const titleAt = pattern('y', String.raw`[Tt]itle\s+`, titleNumberPiece, String.raw`\b`)
/** "21, United States Code": the title before the Code's name, read backward. */
const titleBeforeCode = pattern('', titleNumberPiece, String.raw`,\s+$`)
/** ", United States Code", " of the U.S. Code" after the title. */
const codeAfter = /(?:,\s*|\s+of\s+the\s+|\s+)(?:United States Code|U\.S\. Code|U\.S\.C\.)/y
/** " of the ... Act", " of Public Law 114-94" after a title: the title is a law's. */
const ofAnAct =
  /\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|and|the|for|on|to|in)\s+)?){1,12}?Act\b|\s+of\s+(?:Public\s+Law|Pub\.\s*L\.)/y
/** ", section " before the sections of "title 3, United States Code, section 301". */
const sectionAfter = /,?\s*(?:[Ss]ections?|§§?)\s*(?=\d)/y
/** ", et seq." after the title. */
const etSeq = /,?\s+et\s+seq\.?/y

export const title: CitationReader = {
  name: 'usc-title',
  trigger: String.raw`[Tt]itle\s+\d|United States Code,\s+[Ss]ection`,
  read(text, at) {
    const t = readAt(titleAt, text, at)
    let pos: number
    let titleNumber: string
    let start = at
    let namedCode = false
    if (t) {
      titleNumber = t.groups.title
      pos = t.index + t[0].length
    } else {
      namedCode = true
      // "21, United States Code, Section 853": the title stands before.
      const back = search(titleBeforeCode, before(text, at, 8).window)
      const code = readAt(/United States Code/y, text, at)
      if (!back || !code) return null
      titleNumber = back.groups.title
      start = at - back[0].length
      pos = at + code[0].length
    }
    const code = readAt(codeAfter, text, pos)
    if (code) pos = code.index + code[0].length
    // "section 41003 of title 41 of the Fixing America’s Surface Transportation Act": a title of the act, which the
    // act's reader cites, not of the Code.
    if (!code && !namedCode && readAt(ofAnAct, text, pos)) return null
    const {window, offset} = before(text, at, 200)

    const sections = search(sectionsBefore, window)
    if (sections) {
      const listStart = offset + sections.index + sections[0].indexOf(sections.groups.list)
      const refs = readSections(text, listStart, sections.groups.several !== undefined)
      if (refs.length === 0) return null
      const seq = readAt(etSeq, text, pos)
      if (seq) pos = seq.index + seq[0].length
      const citations = uscCitations(titleNumber, false, refs, {etSeq: Boolean(seq)})
      citations[0]!.start = offset + sections.index
      citations[citations.length - 1]!.end = pos
      return {citations, end: pos}
    }
    const chapter = search(chapterBefore, window)
    if (chapter) {
      const listStart = offset + chapter.index + chapter[0].lastIndexOf(chapter.groups.list)
      const refs = readSections(text, listStart, chapter.groups.several !== undefined)
      const citations = uscChapters(titleNumber, refs)
      if (citations.length === 0) return null
      citations[0]!.start = offset + chapter.index
      citations[citations.length - 1]!.end = pos
      return {citations, end: pos}
    }
    // "title 3, United States Code, section 301"
    const after = code || namedCode ? readAt(sectionAfter, text, pos) : null
    if (after) {
      const refs = readSections(text, after.index + after[0].length, /s\b|§§/.test(after[0]))
      if (refs.length === 0) return null
      const citations = uscCitations(titleNumber, false, refs, {})
      citations[0]!.start = start
      return {citations, end: refs[refs.length - 1]!.end}
    }
    return null
  }
}
