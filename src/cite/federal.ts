/**
 * CFR ("19 CFR 10.1", "15 CFR part 705", "5 CFR §531.610(f)"), Public and Private Laws
 * ("Public Law 115-232", "Pub. L. No. 115-232, § 1101", "section 4402(e) of Public Law 107-171"),
 * Statutes at Large ("132 Stat. 1636") and the Federal Register ("90 FR 9115", "88 Fed. Reg. 43,247").
 */
import {joinId} from './found.js'
import type {CitationReader} from './reader.js'
import {before, readAt, subsectionRun, subsections} from './lex.js'

const volumeBefore = /(\d{1,3})\s*$/
const cfrUnit =
  /,?\s*(?:[Pp]arts?\s+|§§?\s*)?(\d+[A-Za-z]?(?:-\d+)?)(?:\.([0-9A-Za-z]+(?:(?:\([0-9A-Za-z]{1,4}\))*[-.–][0-9A-Za-z]+)*))?((?:\s?\((?:[0-9]{1,3}|[a-zA-Z]{1,4})\))*)/y

export const cfr: CitationReader = {
  name: 'cfr',
  trigger: String.raw`C\.F\.R\.|CFR\b|\d{1,2}CFR\b`,
  read(text, at) {
    // "5CFR": the trigger starts at the title.
    const glued = readAt(/\d{1,2}(?=CFR)/y, text, at)
    if (glued) at += glued[0].length
    const {window, offset} = before(text, at, 6)
    const title = volumeBefore.exec(window)
    if (!title) return null
    const trigger = readAt(/C\.F\.R\.|CFR/y, text, at)!
    const m = readAt(cfrUnit, text, at + trigger[0].length)
    if (!m) return null
    const section = m[2] ? `${m[1]}.${m[2].replace(/–/g, '-')}` : m[1]!
    // "(whatever)" and "(2019)" after a space are not designators; "(c)" is.
    const subs = subsections(m[3]).filter((s, i) => !(i === 0 && /^\s/.test(m[3]!) && s.length > 3))
    return {
      citations: [
        {
          id: joinId('cfr', title[1], section, ...subs),
          type: 'cfr',
          start: offset + title.index,
          end: m.index + m[0].length
        }
      ],
      end: m.index + m[0].length
    }
  }
}

const lawNumber = /\s*(?:No\.?\s*|Number\s+)?(\d{2,3})\s*[-–]\s*(\d{1,4})\b/y
const lawSectionBefore = new RegExp(
  `\\b[Ss]ections?\\s+(\\d+[A-Za-z]?)(${subsectionRun})\\s+of\\s+$`
)
const lawSectionAfter = new RegExp(
  `,\\s*(?:§|[Ss]ec\\.|[Ss]ection)\\s*(\\d+[A-Za-z]?)(${subsectionRun})`,
  'y'
)

export const law: CitationReader = {
  name: 'law',
  trigger: String.raw`Pub(?:lic|\.)?\s*L|Priv(?:ate|\.)?\s*L|P\.\s?L\.|PL\s*\d`,
  read(text, at) {
    const trigger = readAt(
      /(?:(Pub(?:lic)?|Priv(?:ate)?)\.?\s*L(?:aw|\.)?|P\.\s?L\.|PL)/y,
      text,
      at
    )!
    const kind = trigger[1]?.startsWith('Priv') ? 'privl' : 'pl'
    const m = readAt(lawNumber, text, at + trigger[0].length)
    if (!m) return null
    let start = at
    let end = m.index + m[0].length
    let section: string[] = []
    const {window, offset} = before(text, at, 60)
    const back = lawSectionBefore.exec(window)
    if (back) {
      section = [back[1]!, ...subsections(back[2])]
      start = offset + back.index
    } else {
      const after = readAt(lawSectionAfter, text, end)
      if (after) {
        section = [after[1]!, ...subsections(after[2])]
        end = after.index + after[0].length
      }
    }
    return {citations: [{id: joinId(kind, m[1], m[2], ...section), type: 'pl', start, end}], end}
  }
}

const page = /\s*(\d{1,3}(?:,\d{3})+|\d+)\b/y

export const stat: CitationReader = {
  name: 'stat',
  trigger: String.raw`Stat\.`,
  read(text, at) {
    const {window, offset} = before(text, at, 6)
    const volume = volumeBefore.exec(window)
    const p = readAt(page, text, at + 5)
    if (!volume || !p) return null
    const end = p.index + p[0].length
    return {
      citations: [
        {
          id: joinId('stat', volume[1], p[1]!.replace(/,/g, '')),
          type: 'stat',
          start: offset + volume.index,
          end
        }
      ],
      end
    }
  }
}

export const federalRegister: CitationReader = {
  name: 'fr',
  trigger: String.raw`FR\b|F\.R\.|Fed\.\s?Reg\.`,
  read(text, at) {
    const {window, offset} = before(text, at, 6)
    const volume = volumeBefore.exec(window)
    const trigger = readAt(/FR|F\.R\.|Fed\.\s?Reg\./y, text, at)!
    const p = readAt(page, text, at + trigger[0].length)
    if (!volume || !p) return null
    const end = p.index + p[0].length
    return {
      citations: [
        {
          id: joinId('fr', volume[1], p[1]!.replace(/,/g, '')),
          type: 'fr',
          start: offset + volume.index,
          end
        }
      ],
      end
    }
  }
}
