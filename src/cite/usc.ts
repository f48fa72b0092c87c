/**
 * U.S. Code: "19 U.S.C. 1862(c)(3)(A)(i)", "19 USC § 1862", "50 U.S.C. 1701 et seq.",
 * "19 U.S.C. 3805 note", "19 U.S.C. 2251-2254", "19 U.S.C. 1862, 2483", "50 U.S.C. App. 595",
 * "Section 14123(a)(2) of 49 U.S.C.".
 */
import type {FoundCitation} from './found.js'
import {joinId, markRanges} from './found.js'
import {typeOf} from '../data/citation-kinds.js'
import type {CitationReader} from './reader.js'
import {
  before,
  readSections,
  startsCitation,
  subsections,
  subsectionRun,
  type SectionRef
} from './lex.js'
import {group, oneOf, optional, pattern, readAt, search} from '../util/pattern.js'

/** "App.", "app.", "Appendix": the title's appendix. */
const appendix = String.raw`[Aa]pp(?:endix|\.)?\s*`
/** The title before "U.S.C.", read backward; "46 App. U.S.C.": its appendix, printed before the code's name. */
const titleBefore = pattern(
  '',
  group('title', String.raw`\d{1,2}`),
  String.raw`\s*`,
  optional(group('appBefore', String.raw`App\.\s*`)),
  '$'
)
/** Markers announcing several sections, which makes "10a-10c" a range. */
const severalSections = String.raw`§§|Sections|Secs\.|sections|secs\.|S\.`
/** Markers announcing one section. */
const oneSection = String.raw`§|Section|Sec\.|section|sec\.`
/** Between "U.S.C." and the first section number. */
const afterCode = pattern(
  'y',
  String.raw`\s*`,
  optional(group('app', appendix)),
  // The spaces after a marker are the marker's: a `\s*` on each side of an optional piece would share a run of them.
  optional(oneOf(group('several', severalSections), oneSection), String.raw`\s*`),
  '(?=\\d)'
)
/** "50 U.S.C. chapter 35", "49 U.S.C. chapters 5, 51, 131-141": chapters, not sections. Group `several`. */
const chaptersAfter = /\s*[Cc]hapter(?<several>s)?\s+(?=\d)/y
/** "19 U.S.C. 3805 note"; "19 U.S.C. 2483 and note": the section and its note. */
const note = pattern(
  'y',
  String.raw`\s+`,
  optional(group('and', String.raw`and\s+`)),
  String.raw`note\b`
)
/** ", " or ", and " before a further section of the list after a note. */
const listAfterNote = /\s*,\s*(?:and\s+)?(?=\d)/y
/** "5 U.S.C. App.", "5 U.S.C. App. (FACA)": the appendix as a whole, no section after it. */
const wholeAppendix = /\s*(?:App\.|Appendix\b|app\.)(?!\s*(?:§+\s*)?\d)/y
/** "50 U.S.C. 1701 et seq.", also with the Markdown emphasis it is often printed in. */
const etSeq = /,?\s+(?:et\.?\s+seq\.?|\*et seq\*\.?)/y
/** "Section 14123(a)(2) of 49 U.S.C.", read backward from the title. */
const sectionOfTitleBefore = pattern(
  '',
  String.raw`\b[Ss]ections?\s+`,
  group('section', String.raw`\d+[A-Za-z]*`),
  group('subs', subsectionRun),
  String.raw`\s+of\s+$`
)

export function uscCitations(
  title: string,
  app: boolean,
  refs: SectionRef[],
  extra: {noteAt?: number; etSeq?: boolean; andNote?: boolean}
): FoundCitation[] {
  const citations = refs.map((ref, i) => {
    const last = i === refs.length - 1
    const subs = [
      ...ref.subs,
      ...(last && extra.noteAt !== undefined && !extra.andNote ? ['note'] : [])
    ]
    const c: FoundCitation = {
      id: joinId('usc', title, app ? 'app' : undefined, ref.section, ...subs),
      type: typeOf('usc'),
      start: ref.start,
      end: ref.end
    }
    if (last && extra.etSeq) c.etSeq = true
    return c
  })
  markRanges(refs, citations)
  // "19 U.S.C. 2483 and note": the section, then its note.
  const last = citations[citations.length - 1]
  if (last && extra.andNote && extra.noteAt !== undefined)
    citations.push({...last, id: joinId(last.id, 'note'), end: extra.noteAt})
  return citations
}

/** Chapters of a title, each `usc/{title}/ch/{n}`; a range of chapters as a range ("131-141": both ends). */
export function uscChapters(title: string, refs: SectionRef[]): FoundCitation[] {
  const citations = refs.map(
    (ref): FoundCitation => ({
      id: joinId('usc', title, 'ch', ref.section),
      type: typeOf('usc'),
      start: ref.start,
      end: ref.end
    })
  )
  markRanges(refs, citations)
  return citations
}

/** The Code's name as printed; "18 U.S.C 545": the last full stop left out (check reports it; the citation is read). */
const codeName = String.raw`U\.\s?S\.\s?C(?:\.(?:[ASU]\.)?|(?= \d))|USC[AS]?\b|usc\b|U\.S\. Code\b`
const codeNameAt = new RegExp(codeName, 'y')

export const usc: CitationReader = {
  name: 'usc',
  trigger: codeName,
  read(text, at) {
    const {window, offset} = before(text, at, 12)
    const title = search(titleBefore, window)
    const trigger = readAt(codeNameAt, text, at)!
    let pos = at + trigger[0].length
    if (!title) return null
    const start = offset + title.index
    const appBefore = title.groups.appBefore !== undefined
    // "Section 14123(a)(2) of 49 U.S.C.": the section comes first.
    const back = before(text, start, 80)
    const sectionFirst = search(sectionOfTitleBefore, back.window)
    if (sectionFirst && !readAt(afterCode, text, pos)) {
      return {
        citations: [
          {
            id: joinId(
              'usc',
              title.groups.title,
              sectionFirst.groups.section,
              ...subsections(sectionFirst.groups.subs)
            ),
            type: typeOf('usc'),
            start: back.offset + sectionFirst.index,
            end: pos
          }
        ],
        end: pos
      }
    }
    const chapters = readAt(chaptersAfter, text, pos)
    if (chapters) {
      const refs = readSections(
        text,
        chapters.index + chapters[0].length,
        chapters.groups?.several !== undefined
      )
      if (refs.length === 0) return null
      const citations = uscChapters(title.groups.title, refs)
      citations[0]!.start = start
      return {citations, end: refs[refs.length - 1]!.end}
    }
    const whole = readAt(wholeAppendix, text, pos)
    if (whole) {
      const end = whole.index + whole[0].length
      const id = joinId('usc', title.groups.title, 'app')
      return {citations: [{id, type: typeOf('usc'), start, end}], end}
    }
    const lead = readAt(afterCode, text, pos)
    if (!lead) return null
    pos = lead.index + lead[0].length
    const refs = readSections(text, pos, lead.groups.several !== undefined)
    if (refs.length === 0) return null
    let end = refs[refs.length - 1]!.end
    const hasNote = readAt(note, text, end)
    if (hasNote) end = hasNote.index + hasNote[0].length
    // "8 U.S.C. 1101 note, 1182": the list goes on after the note.
    const goesOn = hasNote ? readAt(listAfterNote, text, end) : null
    const more =
      goesOn && !startsCitation(text, goesOn.index + goesOn[0].length)
        ? readSections(text, goesOn.index + goesOn[0].length, lead.groups.several !== undefined)
        : []
    const seq = readAt(etSeq, text, end)
    if (seq) end = seq.index + seq[0].length
    const app = appBefore || lead.groups.app !== undefined
    const citations = uscCitations(title.groups.title, app, refs, {
      noteAt: hasNote ? hasNote.index + hasNote[0].length : undefined,
      andNote: hasNote?.groups.and !== undefined,
      etSeq: Boolean(seq)
    })
    citations[0]!.start = start
    citations[citations.length - 1]!.end = end
    if (more.length > 0) {
      citations.push(...uscCitations(title.groups.title, app, more, {}))
      end = more[more.length - 1]!.end
    }
    return {citations, end}
  }
}
