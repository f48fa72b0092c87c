/**
 * U.S. Code by title: "section 301 of title 3, United States Code", "sections 3301 and 3302
 * of title 5", "title 3, United States Code, section 301", "chapter 35 of title 44",
 * "section 89, title 14, United States Code", "21, United States Code, Section 853".
 */
import {joinId} from './found.js'
import type {CitationReader} from './reader.js'
import {before, readAt, readSections} from './lex.js'
import {uscCitations} from './usc.js'

const sectionList = String.raw`\d[\dA-Za-z()]*(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through)\s+|[-–]{1,2})\d[\dA-Za-z()]*)*`
const sectionsBefore = new RegExp(
  String.raw`\b([Ss]ections?|§§?)\s+(${sectionList})\s*(?:,\s*|\s+of\s+)$`
)
const chapterBefore = /\b(?:[Ss]ubchapter\s+[IVXLC]+\s+of\s+)?[Cc]hapters?\s+(\d+[A-Z]?)\s+of\s+$/
const titleAt = /[Tt]itle\s+(\d{1,2})\b/y
const codeAfter = /(?:,\s*|\s+of\s+the\s+|\s+)(?:United States Code|U\.S\. Code|U\.S\.C\.)/y
const sectionAfter = /,?\s*(?:[Ss]ections?|§§?)\s*(?=\d)/y
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
      titleNumber = t[1]!
      pos = t.index + t[0].length
    } else {
      namedCode = true
      // "21, United States Code, Section 853": the title stands before.
      const back = /(\d{1,2}),\s+$/.exec(before(text, at, 8).window)
      const code = readAt(/United States Code/y, text, at)
      if (!back || !code) return null
      titleNumber = back[1]!
      start = at - back[0].length
      pos = at + code[0].length
    }
    const code = readAt(codeAfter, text, pos)
    if (code) pos = code.index + code[0].length
    const {window, offset} = before(text, at, 200)

    const sections = sectionsBefore.exec(window)
    if (sections) {
      const listStart = offset + sections.index + sections[0].indexOf(sections[2]!)
      const refs = readSections(text, listStart, sections[1]!.endsWith('s') || sections[1] === '§§')
      if (refs.length === 0) return null
      const seq = readAt(etSeq, text, pos)
      if (seq) pos = seq.index + seq[0].length
      const citations = uscCitations(titleNumber, false, refs, {etSeq: Boolean(seq)})
      citations[0]!.start = offset + sections.index
      citations[citations.length - 1]!.end = pos
      return {citations, end: pos}
    }
    const chapter = chapterBefore.exec(window)
    if (chapter) {
      start = offset + chapter.index
      return {
        citations: [
          {id: joinId('usc', titleNumber, 'ch', chapter[1]), type: 'usc', start, end: pos}
        ],
        end: pos
      }
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
