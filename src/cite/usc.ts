/**
 * U.S. Code: "19 U.S.C. 1862(c)(3)(A)(i)", "19 USC § 1862", "50 U.S.C. 1701 et seq.",
 * "19 U.S.C. 3805 note", "19 U.S.C. 2251-2254", "19 U.S.C. 1862, 2483", "50 U.S.C. App. 595",
 * "Section 14123(a)(2) of 49 U.S.C.".
 */
import type {FoundCitation} from './found.js'
import {joinId} from './found.js'
import type {CitationReader} from './reader.js'
import {before, readAt, readSections, subsections, subsectionRun, type SectionRef} from './lex.js'

const titleBefore = /(\d{1,2})\s*$/
const afterCode =
  /\s*(App(?:endix|\.)?\s*)?((?:§§|Sections|Secs\.|sections|secs\.|S\.)|(?:§|Section|Sec\.|section|sec\.))?\s*(?=\d)/y
const chaptersAfter = /\s*[Cc]hapters?\b/y
const note = /\s+note\b/y
const etSeq = /,?\s+(?:et\s+seq\.?|\*et seq\*\.?)/y
const sectionOfTitleBefore = new RegExp(
  `\\b[Ss]ections?\\s+(\\d+[A-Za-z]*)(${subsectionRun})\\s+of\\s+$`
)

export function uscCitations(
  title: string,
  app: boolean,
  refs: SectionRef[],
  extra: {noteAt?: number; etSeq?: boolean}
): FoundCitation[] {
  return refs.map((ref, i) => {
    const last = i === refs.length - 1
    const subs = [...ref.subs, ...(last && extra.noteAt !== undefined ? ['note'] : [])]
    const c: FoundCitation = {
      id: joinId('usc', title, app ? 'app' : undefined, ref.section, ...subs),
      type: 'usc',
      start: ref.start,
      end: ref.end
    }
    if (last && extra.etSeq) c.etSeq = true
    return c
  })
}

export const usc: CitationReader = {
  name: 'usc',
  trigger: String.raw`U\.\s?S\.\s?C\.(?:[ASU]\.)?|USC\b|usc\b|U\.S\. Code\b`,
  read(text, at) {
    const {window, offset} = before(text, at, 12)
    const title = titleBefore.exec(window)
    const trigger = readAt(/U\.\s?S\.\s?C\.(?:[ASU]\.)?|USC|usc|U\.S\. Code/y, text, at)!
    let pos = at + trigger[0].length
    if (!title) return null
    const start = offset + title.index
    // "Section 14123(a)(2) of 49 U.S.C.": the section comes first.
    const back = before(text, start, 80)
    const sectionFirst = sectionOfTitleBefore.exec(back.window)
    if (sectionFirst && !readAt(afterCode, text, pos)) {
      return {
        citations: [
          {
            id: joinId('usc', title[1], sectionFirst[1], ...subsections(sectionFirst[2])),
            type: 'usc',
            start: back.offset + sectionFirst.index,
            end: pos
          }
        ],
        end: pos
      }
    }
    if (readAt(chaptersAfter, text, pos)) return null
    const lead = readAt(afterCode, text, pos)
    if (!lead) return null
    pos = lead.index + lead[0].length
    const plural = lead[2] !== undefined && /§§|Sections|Secs|sections|secs|S\./.test(lead[2])
    const refs = readSections(text, pos, plural)
    if (refs.length === 0) return null
    let end = refs[refs.length - 1]!.end
    const hasNote = readAt(note, text, end)
    if (hasNote) end = hasNote.index + hasNote[0].length
    const seq = readAt(etSeq, text, end)
    if (seq) end = seq.index + seq[0].length
    const citations = uscCitations(title[1]!, Boolean(lead[1]), refs, {
      noteAt: hasNote ? end : undefined,
      etSeq: Boolean(seq)
    })
    citations[0]!.start = start
    citations[citations.length - 1]!.end = end
    return {citations, end}
  }
}
