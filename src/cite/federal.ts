/**
 * CFR ("19 CFR 10.1", "15 CFR part 705", "5 CFR §531.610(f)"), Public and Private Laws
 * ("Public Law 115-232", "Pub. L. No. 115-232, § 1101", "section 4402(e) of Public Law 107-171"),
 * Statutes at Large ("132 Stat. 1636") and the Federal Register ("90 FR 9115", "88 Fed. Reg. 43,247").
 */
import {joinId} from './found.js'
import {typeOf} from '../data/citation-kinds.js'
import type {CitationReader} from './reader.js'
import {before, subsectionRun, subsections} from './lex.js'
import {group, oneOf, optional, pattern, readAt, search, seq} from '../util/pattern.js'

/** The volume (or title) printed before the trigger, read backward: "19 CFR", "132 Stat.". */
const volumeBefore = pattern('', group('volume', String.raw`\d{1,3}`), String.raw`\s*$`)

/** What may stand between "CFR" and the part: ", part ", "§§". */
const cfrUnitMarker = String.raw`,?\s*(?:[Pp]arts?\s+|[Pp]ts?\.\s*|§§?\s*)?`
/** A part: "705", "10a", "200-1". */
const cfrPart = String.raw`\d+[A-Za-z]?(?:-\d+)?`
/** A section of the part, after its dot: "1", "0-7", "610", "2(a)-1". */
const cfrSection = String.raw`[0-9A-Za-z]+(?:(?:\([0-9A-Za-z]{1,4}\))*[-.–][0-9A-Za-z]+)*`
/** Designators, each perhaps after a space: "(f)", " (c)(3)". */
const cfrDesignators = String.raw`(?:\s?\((?:[0-9]{1,3}|[a-zA-Z]{1,4})\))*`
const cfrUnit = pattern(
  'y',
  cfrUnitMarker,
  group('part', cfrPart),
  optional(String.raw`\.`, group('section', cfrSection)),
  group('subs', cfrDesignators)
)

export const cfr: CitationReader = {
  name: 'cfr',
  trigger: String.raw`C\.F\.R\.|CFR\b|\d{1,2}CFR\b`,
  read(text, at) {
    // "5CFR": the trigger starts at the title.
    const glued = readAt(/\d{1,2}(?=CFR)/y, text, at)
    if (glued) at += glued[0].length
    const {window, offset} = before(text, at, 6)
    const title = search(volumeBefore, window)
    if (!title) return null
    const trigger = readAt(/C\.F\.R\.|CFR/y, text, at)!
    const m = readAt(cfrUnit, text, at + trigger[0].length)
    if (!m) return null
    const {part, section: inPart, subs: printed} = m.groups
    // "(whatever)" and "(2019)" after a space are not designators; "(c)" is.
    const subs = subsections(printed).filter(
      (s, i) => !(i === 0 && /^\s/.test(printed) && s.length > 3)
    )
    const first = cfrCitation(
      title.groups.volume,
      part,
      inPart,
      subs,
      offset + title.index,
      m.index + m[0].length
    )!
    // "31 CFR parts 501 and 560", "15 CFR §§ 744.21, 744.22": the further members of a list its marker announces.
    if (!severalParts.test(text.slice(at + trigger[0].length, m.index + m[0].length))) return first
    let end = first.end
    for (let next = readAt(cfrFurther, text, end); next; next = readAt(cfrFurther, text, end)) {
      end = next.index + next[0].length
      const g = next.groups
      first.citations.push(
        ...cfrCitation(
          title.groups.volume,
          g.part,
          g.section,
          subsections(g.subs),
          next.index,
          end
        )!.citations
      )
    }
    return {citations: first.citations, end}
  }
}

/** A marker announcing several parts or sections: "parts", "§§". */
const severalParts = /^,?\s*(?:[Pp]arts|§§)/
/** ", 560", " and 560", ", and 744.22(b)": a further member of the list. */
const cfrFurther = pattern(
  'y',
  String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:§\s*)?`,
  group('part', cfrPart),
  optional(String.raw`\.`, group('section', cfrSection)),
  group('subs', String.raw`(?:\((?:[0-9]{1,3}|[a-zA-Z]{1,4})\))*`),
  String.raw`(?![\w.-]*\s*(?:U\.?\s?S\.?\s?C|C\.?F\.?R|CFR|Stat\b|F\.?R\b|Fed\.?\s?Reg\b))`
)

/** One CFR citation: its title, part, section of the part (if any) and designators, from start to end. */
function cfrCitation(
  title: string,
  part: string,
  inPart: string | undefined,
  subs: string[],
  start: number,
  end: number
): ReturnType<CitationReader['read']> {
  // "40 CFR parts 1500-1508": a range of parts when both ends have as many digits and it ascends ("41 CFR part
  // 102-79" and "part 300-3" are parts of their own).
  const parts = !inPart && subs.length === 0 ? /^(\d+)-(\d+)$/.exec(part) : null
  if (parts && parts[1]!.length === parts[2]!.length && Number(parts[2]) > Number(parts[1])) {
    const last = {id: joinId('cfr', title, parts[2]), type: typeOf('cfr'), start, end}
    return {citations: [{...last, id: joinId('cfr', title, parts[1]), through: last.id}, last], end}
  }
  const section = inPart ? `${part}.${inPart.replace(/–/g, '-')}` : part
  // "226.1-226.5": a range of the part's sections when the last end names the part again ("8360.0-7" is one section).
  const cut = inPart && subs.length === 0 ? section.indexOf(`-${part}.`) : -1
  if (cut > 0) {
    const last = {id: joinId('cfr', title, section.slice(cut + 1)), type: typeOf('cfr'), start, end}
    const first = {id: joinId('cfr', title, section.slice(0, cut)), type: typeOf('cfr'), start, end}
    return {citations: [{...first, through: last.id}, last], end}
  }
  return {
    citations: [{id: joinId('cfr', title, section, ...subs), type: typeOf('cfr'), start, end}],
    end
  }
}

/**
 * The CFR spelled out, read backward from its name: "part 705 of title 15 of the Code of Federal
 * Regulations", "section 10.1 of title 19, Code of Federal Regulations" (and so "Supplement No. 1 to
 * part 705 of title 15 ...").
 */
const spelledCfrBefore = pattern(
  '',
  String.raw`\b(?:[Pp]arts?|[Ss]ections?|§)\s*`,
  group('part', cfrPart),
  optional(String.raw`\.`, group('section', cfrSection)),
  group('subs', cfrDesignators),
  String.raw`\s+of\s+title\s+`,
  group('title', String.raw`\d{1,2}`),
  String.raw`,?\s+(?:of\s+)?(?:the\s+)?$`
)

/** One part of a list, its section after the dot: "102-79", "210.102". */
const cfrListMember = String.raw`${cfrPart}(?:\.${cfrSection})?`

/**
 * The title first, then the parts: "title 41, parts 102-79 and 102-83, Code of Federal Regulations", "title 5,
 * part 362, subpart D, Code of Federal Regulations", read backward from the name.
 */
const spelledCfrTitleFirst = pattern(
  '',
  String.raw`\btitle\s+`,
  group('title', String.raw`\d{1,2}`),
  String.raw`,\s+(?:[Pp]arts?|[Ss]ections?|§§?)\s*`,
  group('list', String.raw`${cfrListMember}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${cfrListMember})*`),
  String.raw`(?:,\s+[Ss]ubparts?\s+[A-Z]{1,3})?,?\s+(?:of\s+)?(?:the\s+)?$`
)

/** Each part of such a list, its section after the dot. Groups `part`, `section`. */
const cfrListMembers = new RegExp(
  String.raw`(?<!\d)(?<part>${cfrPart})(?:\.(?<section>${cfrSection}))?(?![\w-])`,
  'g'
)

export const cfrSpelled: CitationReader = {
  name: 'cfr-spelled',
  trigger: String.raw`Code\s+of\s+Federal\s+Regulations\b`,
  read(text, at) {
    const {window, offset} = before(text, at, 80)
    const m = search(spelledCfrBefore, window)
    if (!m) return titleFirst(text, at, window, offset)
    const {part, section: inPart, subs: printed, title} = m.groups
    const name = readAt(/Code\s+of\s+Federal\s+Regulations/y, text, at)!
    return cfrCitation(
      title,
      part,
      inPart,
      subsections(printed),
      offset + m.index,
      name.index + name[0].length
    )
  }
}

/** The title-first form of the CFR spelled out: a citation of each part it lists. */
function titleFirst(
  text: string,
  at: number,
  window: string,
  offset: number
): ReturnType<CitationReader['read']> {
  const m = search(spelledCfrTitleFirst, window)
  if (!m) return null
  const name = readAt(/Code\s+of\s+Federal\s+Regulations/y, text, at)!
  const start = offset + m.index
  const end = name.index + name[0].length
  const citations = [...m.groups.list.matchAll(cfrListMembers)].flatMap(
    (p) =>
      cfrCitation(m.groups.title, p.groups!.part!, p.groups!.section, [], start, end)!.citations
  )
  return citations.length > 0 ? {citations, end} : null
}

/**
 * The Federal Acquisition Regulation, title 48 of the CFR (its chapter 1, whose parts are the FAR's): "FAR 52.212-5",
 * "FAR part 25", "section 25.104(a) of the FAR", "Part 25 of the Federal Acquisition Regulation". A subpart ("subpart
 * 25.1") is cited as its part. Not "the FAR Council".
 */
const farName = /(?:FAR|Federal\s+Acquisition\s+Regulations?)\b/y
const farUnit = '(?:[Pp]arts?|[Ss]ubparts?|[Ss]ections?|§§?)'
/** A part, perhaps a section of it, and designators: "25", "52.212-5", "25.104(a)". */
const farDesignation = seq(
  group('part', String.raw`\d{1,3}`),
  optional(String.raw`\.`, group('section', String.raw`\d{1,4}(?:-\d{1,4})?`)),
  group('subs', cfrDesignators)
)
/** "FAR 52.212-5", "FAR part 25", "FAR subpart 25.1": the unit after the name. */
const farAfter = pattern(
  'y',
  String.raw`\s+`,
  optional(group('unit', farUnit), String.raw`\s*`),
  farDesignation,
  String.raw`(?![\w.]*\d)`
)
/** "section 25.104(a) of the ", "Part 25 of the ": the unit before the name. */
const farBefore = pattern(
  '',
  String.raw`\b`,
  group('unit', farUnit),
  String.raw`\s*`,
  farDesignation,
  String.raw`\s+of\s+(?:the\s+)?$`
)

export const acquisitionRegulation: CitationReader = {
  name: 'far',
  trigger: String.raw`FAR\b|Federal\s+Acquisition\s+Regulations?\b`,
  read(text, at) {
    const name = readAt(farName, text, at)
    if (!name) return null
    const nameEnd = name.index + name[0].length
    const {window, offset} = before(text, at, 60)
    const printedBefore = search(farBefore, window)
    const after = printedBefore ? null : readAt(farAfter, text, nameEnd)
    // "FAR 52.212-5" needs a section; a bare "FAR 25" is no citation.
    const m = printedBefore ?? (after && (after.groups.unit || after.groups.section) ? after : null)
    if (!m) return null
    const subpart = /^[Ss]ubpart/.test(m.groups.unit ?? '')
    const section = subpart ? undefined : m.groups.section
    const start = printedBefore ? offset + printedBefore.index : at
    const end = printedBefore ? nameEnd : m.index + m[0].length
    return cfrCitation(
      '48',
      m.groups.part,
      section,
      subpart ? [] : subsections(m.groups.subs),
      start,
      end
    )
  }
}

/** "Pub. L.", "Public Law", "Private Law", "P.L.", "PL": which law it is, where the name says. */
const lawName = pattern(
  'y',
  oneOf(
    seq(group('which', 'Pub(?:lic)?|Priv(?:ate)?'), String.raw`\.?\s*L(?:aws?|\.)?`),
    // In running text, lower case: "public law 111-148".
    String.raw`public\s+laws?`,
    String.raw`P\.\s?L\.`,
    'PL'
  )
)
/** "115-232", "No. 115-232": the Congress and the law's number in it. */
const lawNumber = pattern(
  'y',
  String.raw`\s*(?:No\.?\s*|Number\s+)?`,
  group('congress', String.raw`\d{2,3}`),
  String.raw`\s*[-–]\s*`,
  group('number', String.raw`\d{1,4}`),
  String.raw`\b`
)
/** "; 89-670", ", and 89-670", " and Pub. L. 89-670": a further law of a list after the first. */
const furtherLaw = pattern(
  'y',
  String.raw`\s*(?:[;,]\s*)?(?:(?:and|or)\s+)?(?:(?:Pub(?:lic)?\.?\s*L(?:aws?|\.)?|P\.\s?L\.)\s*(?:No\.?\s*)?)?`,
  group('congress', String.raw`\d{2,3}`),
  String.raw`\s*[-–]\s*`,
  group('number', String.raw`\d{1,4}`),
  String.raw`\b(?![-–.]\d)`
)
/** A section of a law: "232", "4402(e)". */
const lawSection = [
  group('section', String.raw`\d+[A-Za-z]?`),
  group('subs', subsectionRun)
] as const
/** "section 4402(e) of Public Law 107-171", read backward. */
const lawSectionBefore = pattern(
  '',
  String.raw`\b[Ss]ections?\s+`,
  ...lawSection,
  String.raw`\s+of\s+$`
)
/** "Public Law 115-232, § 1101"; not "Public Law 109-163, section 1244 of the RCIA" (another act's section, listed next). */
const lawSectionAfter = pattern(
  'y',
  String.raw`,\s*(?:§|[Ss]ec\.|[Ss]ection)\s*`,
  ...lawSection,
  String.raw`(?![\dA-Za-z(]|\s+of\b)`
)

export const law: CitationReader = {
  name: 'law',
  trigger: String.raw`Pub(?:lic|\.)?\s*L|public\s+law\b|Priv(?:ate|\.)?\s*L|P\.\s?L\.|PL\s*\d`,
  read(text, at) {
    const trigger = readAt(lawName, text, at)!
    const kind = trigger.groups.which?.startsWith('Priv') ? 'privl' : 'pl'
    const m = readAt(lawNumber, text, at + trigger[0].length)
    if (!m) return null
    let start = at
    let end = m.index + m[0].length
    let section: string[] = []
    const {window, offset} = before(text, at, 60)
    const back = search(lawSectionBefore, window)
    if (back) {
      section = [back.groups.section, ...subsections(back.groups.subs)]
      start = offset + back.index
    } else {
      const after = readAt(lawSectionAfter, text, end)
      if (after) {
        section = [after.groups.section, ...subsections(after.groups.subs)]
        end = after.index + after[0].length
      }
    }
    const {congress, number} = m.groups
    const citations = [
      {id: joinId(kind, congress, number, ...section), type: typeOf(kind), start, end}
    ]
    // "Pub. L. 89-564; 89-670", "Public Laws 115-232 and 116-92": the further laws of one list.
    if (section.length === 0)
      for (let next = readAt(furtherLaw, text, end); next; next = readAt(furtherLaw, text, end)) {
        const at = next.index + next[0].length
        citations.push({
          id: joinId(kind, next.groups.congress, next.groups.number),
          type: typeOf(kind),
          start: end,
          end: at
        })
        end = at
      }
    return {citations, end}
  }
}

/** A page, perhaps with thousands separated: "1636", "43,247". */
const page = pattern(
  'y',
  String.raw`\s*`,
  group('page', String.raw`\d{1,3}(?:,\d{3})+|\d+`),
  String.raw`\b`
)

/** A volume-and-page citation (Statutes at Large, Federal Register) from its volume and the page read after the trigger. */
function volumeAndPage(
  prefix: 'stat' | 'fr',
  volume: string,
  page: {index: number; 0: string; groups: {page: string}},
  start: number
): ReturnType<CitationReader['read']> {
  const end = page.index + page[0].length
  // The one object literal of every reader's citations (a spread gives them varied shapes: slower).
  return {
    citations: [
      {
        id: joinId(prefix, volume, page.groups.page.replace(/,/g, '')),
        type: typeOf(prefix),
        start,
        end
      }
    ],
    end
  }
}

export const stat: CitationReader = {
  name: 'stat',
  // "124 Stat. 119", and without its period before a page ("124 Stat 119").
  trigger: String.raw`Stat\.|Stat(?=\s+\d)`,
  read(text, at) {
    const {window, offset} = before(text, at, 6)
    const volume = search(volumeBefore, window)
    const p = readAt(page, text, at + (text[at + 4] === '.' ? 5 : 4))
    if (!volume || !p) return null
    return volumeAndPage('stat', volume.groups.volume, p, offset + volume.index)
  }
}

export const federalRegister: CitationReader = {
  name: 'fr',
  trigger: String.raw`FR\b|F\.R\.|Fed\.?\s?Reg\b\.?`,
  read(text, at) {
    const {window, offset} = before(text, at, 6)
    const volume = search(volumeBefore, window)
    const trigger = readAt(/FR|F\.R\.|Fed\.?\s?Reg\b\.?/y, text, at)!
    const p = readAt(page, text, at + trigger[0].length)
    if (!volume || !p) return null
    return volumeAndPage('fr', volume.groups.volume, p, offset + volume.index)
  }
}
