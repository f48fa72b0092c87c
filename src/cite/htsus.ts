/**
 * Harmonized Tariff Schedule: "heading 9903.81.87", "subheadings 7208.10.15 and 7208.25.30",
 * "headings 9903.01.01 through 9903.01.05", "chapter 99 of the HTSUS", "general note 16(a) to the HTS".
 */
import {joinId, type FoundCitation} from './found.js'
import {typeOf} from '../data/citation-kinds.js'
import type {CitationReader} from './reader.js'
import {group, many, pattern, readAt} from '../util/pattern.js'
import {subsections} from './lex.js'

/** A heading or subheading: "9903", "9903.81", "9903.81.87", "7208.10.1500". */
const code = String.raw`\d{4}(?:\.\d{2}(?:\.\d{2,4})?)?`
/** Between the codes of a list: ", and ", " through ", "-". */
const codeJoin = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through|to)\s+|\s*[-–]\s*)`
/** "subheadings 7208.10.15 and 7208.25.30". */
const codes = pattern(
  'y',
  String.raw`(?:[Ss]ubh|[Hh])eadings?\s+`,
  group('codes', code, many(codeJoin, code))
)
/** Each code of a printed list. */
const printedCode = new RegExp(code, 'g')
/** The number a heading has now, after its old one: "subheading 8541.40.60 (currently 8541.42.00)". */
const renumbered = pattern(
  'y',
  String.raw`\s*\((?:currently|now|formerly|previously)\s+(?:(?:sub)?headings?\s+)?`,
  group('codes', code, many(codeJoin, code)),
  String.raw`\)`
)
/** The schedule named near an undotted number makes it a heading. */
const htsusNear = /\b(?:HTSUS|HTS|Harmonized Tariff Schedule)\b/
/** A chapter number. */
const chapter = String.raw`\d{1,2}`
/** Between the chapters of a list: ", ", ", and ", " and ", " through ". */
const chapterJoin = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through)\s+|\s*[-–]\s*)`
/** "chapters 72 and 73 of the HTSUS", "Chapters 72, 73, 74, and 76 of the HTSUS" (a sentence may open with it). */
const chapters = pattern(
  'y',
  String.raw`[Cc]hapters?\s+`,
  group('first', chapter),
  group('further', many(chapterJoin, chapter)),
  String.raw`\s+of\s+(?:the\s+)?(?:HTSUS|HTS\b|Harmonized Tariff Schedule)`
)
/** Each chapter of a printed list. */
const chapterNumber = new RegExp(chapter, 'g')
/** "chapter 99" alone, after an HTSUS note: "U.S. note 16 to subchapter III of chapter 99" (the chapter's notes). */
const chapterAlone = pattern(
  'y',
  String.raw`[Cc]hapter\s+`,
  group('number', chapter),
  String.raw`\b(?!\s+of\s+title\b)`
)
/**
 * After a chapter alone, a further chapter of the schedule joined to it: "subchapter XXIII of chapter 98 and
 * subchapter XXII of chapter 99 of the HTSUS" names the schedule for both.
 */
const joinedChapterOfSchedule = pattern(
  'y',
  String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:subchapter\s+[IVXL]+\s+(?:of|to)\s+)?[Cc]hapters?\s+`,
  chapter,
  many(chapterJoin, chapter),
  String.raw`\s+of\s+(?:the\s+)?(?:HTSUS|HTS\b|Harmonized Tariff Schedule)`
)
/** "U.S. note 16 to ", "U.S. note 2(v)(iii) to subchapter III of ", read backward from the chapter. */
const noteBefore =
  /\bU\.S\.\s+notes?\s+\d+[a-z]?(?:\([a-z0-9]+\))*\s+to\s+(?:subchapter\s+[IVXL]+\s+(?:of|to)\s+)?$/
/** "HTSUS subheadings in chapter 90": the schedule named before its headings, then their chapter. */
const headingsOfScheduleBefore = /\b(?:HTSUS|HTS)\s+(?:sub)?headings?\s+(?:in|of|under)\s+$/

/** The numbers of a printed list, each with whether a range ends at it ("9903.01.25 through 9903.01.35", "72-76"). */
function listed(list: string, numbers: RegExp): Array<{number: string; range: boolean}> {
  const found: Array<{number: string; range: boolean}> = []
  let last = 0
  for (const m of list.matchAll(numbers)) {
    found.push({number: m[0], range: found.length > 0 && rangeJoin.test(list.slice(last, m.index))})
    last = m.index + m[0].length
  }
  return found
}

/** A join that makes a range: " through ", " to ", a dash. */
const rangeJoin = /^\s*(?:through|to|[-–])\s*$/

/** A range's first end carries `through`, the other end's id. */
function throughRanges(cited: ReadonlyArray<FoundCitation & {range: boolean}>): FoundCitation[] {
  return cited.map(({range: _, ...c}, i) =>
    cited[i + 1]?.range ? {...c, through: cited[i + 1]!.id} : c
  )
}

export const htsusHeading: CitationReader = {
  name: 'htsus',
  trigger: String.raw`(?:[Ss]ubh|[Hh])eadings?\s+\d{4}`,
  read(text, at) {
    const m = readAt(codes, text, at)
    if (!m) return null
    const now = readAt(renumbered, text, m.index + m[0].length)
    const end = now ? now.index + now[0].length : m.index + m[0].length
    // An undotted four- or six-digit number is a heading only where the HTSUS is named near it.
    const context = htsusNear.test(text.slice(Math.max(0, at - 40), end + 80))
    const printed = [
      ...listed(m.groups.codes, printedCode),
      ...(now ? listed(now.groups.codes, printedCode) : [])
    ]
    const citations = printed
      .filter(({number}) => number.includes('.') || context)
      .map((c) => ({
        id: joinId('htsus', c.number),
        type: typeOf('htsus'),
        start: at,
        end,
        range: c.range
      }))
    return citations.length > 0 ? {citations: throughRanges(citations), end} : null
  }
}

export const htsusChapter: CitationReader = {
  name: 'htsus-chapter',
  trigger: String.raw`[Cc]hapters?\s+\d`,
  read(text, at) {
    const m = readAt(chapters, text, at)
    if (!m) {
      // The schedule's notes: cited as its chapter (the annotators' convention, test/fixtures/annotated).
      const alone = readAt(chapterAlone, text, at)
      if (!alone) return null
      const end = alone.index + alone[0].length
      const before = text.slice(Math.max(0, at - 60), at)
      const note = noteBefore.exec(before)
      if (
        !note &&
        !headingsOfScheduleBefore.test(before) &&
        !readAt(joinedChapterOfSchedule, text, end)
      )
        return null
      const id = joinId('htsus', 'ch', alone.groups.number)
      return {
        citations: [{id, type: typeOf('htsus'), start: at - (note?.[0].length ?? 0), end}],
        end
      }
    }
    const end = m.index + m[0].length
    const numbers = listed(m.groups.first + m.groups.further, chapterNumber)
    const citations = numbers.map((c) => ({
      id: joinId('htsus', 'ch', c.number),
      type: typeOf('htsus'),
      start: at,
      end,
      range: c.range
    }))
    return {citations: throughRanges(citations), end}
  }
}

/** A general note and its designators: "11", "16(a)", "3(c)(i)". */
const generalNote = String.raw`\d{1,2}(?:\([a-z0-9]{1,4}\))*`
/**
 * "general note 11 to the HTSUS", "general notes 3(a)(iv) and 15 of the Harmonized Tariff Schedule of the United
 * States", "general note 3(c)(i) to the tariff schedule": only with the schedule named after them.
 */
const generalNotes = pattern(
  'y',
  String.raw`[Gg]eneral\s+notes?\s+`,
  group('list', generalNote, many(chapterJoin, generalNote)),
  String.raw`\s+(?:to|of)\s+(?:the\s+)?(?:HTSUS|HTS\b|Harmonized\s+Tariff\s+Schedule|tariff\s+schedule\b)`
)
/** Each note of a printed list, its designators after it. Groups `note`, `subs`. */
const noteNumber = /(?<note>\d{1,2})(?<subs>(?:\([a-z0-9]{1,4}\))*)/g

export const htsusGeneralNote: CitationReader = {
  name: 'htsus-general-note',
  trigger: String.raw`[Gg]eneral\s+notes?\s+\d`,
  read(text, at) {
    const m = readAt(generalNotes, text, at)
    if (!m) return null
    const end = m.index + m[0].length
    const citations = [...m.groups.list.matchAll(noteNumber)].map((n) => ({
      id: joinId('htsus', 'gn', n.groups!.note!, ...subsections(n.groups!.subs!)),
      type: typeOf('htsus'),
      start: at,
      end
    }))
    return {citations, end}
  }
}
