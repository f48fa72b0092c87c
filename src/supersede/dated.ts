/**
 * Orders and proclamations named by signing date and title, with no number: "the Executive Order of February 1,
 * 2025 (Imposing Duties to Address the Synthetic Opioid Supply Chain in the People's Republic of China)", "my
 * Executive Order of February 1, 2025, titled “Imposing Duties to Address the Situation at Our Southern Border”",
 * "the Proclamation of February 20, 2026 (...)". Each is `eo/{date}/{title slug}` (`proc/...`), a provision
 * named before it ("sections 2(a) and 2(d) of the Executive Order of ...") its path after; the build resolves
 * the id to the document signed that day under that title (src/corpus/dated.ts). A later mention by date alone
 * ("the Executive Order of February 1, 2025, are amended") is the one last named with its title that day.
 *
 * The citation stage does not read these; a citation it does read over the same words stands (`place`).
 */
import {printedDateToIso} from '../document/dates.js'
import {datedId} from '../util/instrument-id.js'
import {group, matchesIn, oneOf, optional, pattern, seq} from '../util/pattern.js'
import type {Unit} from './place.js'
import {unquoted} from './text.js'

/** A dated reference where it stands in its unit's text: one id per provision it names. */
export interface DatedReference {
  id: string
  start: number
  end: number
}

const month = group(
  'month',
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`
)

/** The printed kinds and their id prefixes. */
const kinds: Readonly<Record<string, string>> = {'Executive Order': 'eo', Proclamation: 'proc'}

/** "(Title)" or ", titled “Title”": a title opens with a capital, a definition (“the Executive Order of ...”) with a quote. */
const titled = oneOf(
  seq(String.raw`,?\s*\(`, group('title', String.raw`[A-Z][^()]{2,300}?`), String.raw`\)`),
  seq(
    String.raw`,?\s+(?:en)?titled,?\s+(?:“|"|‘|'|\`\`)`,
    group('quoted', String.raw`[A-Z][^”"’'\n]{2,300}?`),
    String.raw`(?:”|"|’|'')`
  )
)

/** "the Executive Order of February 1, 2025", then its title if printed. */
const datedInstrument = pattern(
  'g',
  String.raw`\b`,
  group('kind', String.raw`Executive\s+Order|Proclamation`),
  String.raw`\s+of\s+`,
  month,
  String.raw`\s+`,
  group('day', String.raw`\d{1,2}`),
  String.raw`,\s+`,
  group('year', String.raw`\d{4}`),
  String.raw`\b`,
  optional(titled)
)

/** One provision of a list: "2(a)" (its word, "section", "sections", "subsection", once or before each). */
const provision = pattern(
  'g',
  group('section', String.raw`\d+[A-Za-z]?`),
  group('paragraphs', String.raw`(?:\([0-9A-Za-z]{1,4}\))*`)
)

/** A provision with its word: "section 2(a)", "sections 2(d)", "subsection 3(b)". */
const provisionWord = String.raw`(?:[Ss]ub)?[Ss]ections?\s+`
const designation = String.raw`\d+[A-Za-z]?(?:\([0-9A-Za-z]{1,4}\))*`

/**
 * The provisions named right before the instrument: "sections 2(a), sections 2(d), and section 2(e) of the ",
 * "sections 2(a) and 2(d) of my ".
 */
const provisionsBefore = pattern(
  '',
  group(
    'list',
    provisionWord,
    designation,
    String.raw`(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:${provisionWord})?${designation})*`
  ),
  String.raw`\s+of\s+(?:the\s+|my\s+)?$`
)

/** How far before the instrument a list of its provisions may begin. */
const lookBehind = 300

/** The dated references of every unit, in document order; a unit without any is absent. */
export function datedReferences(units: readonly Unit[]): Map<Unit, DatedReference[]> {
  const found = new Map<Unit, DatedReference[]>()
  // kind/date -> the id last named with a title that day: what a mention by date alone stands for.
  const titledOn = new Map<string, string>()
  for (const unit of units) {
    const text = unit.text
    if (!/\bof\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}/.test(text)) continue
    // A mention inside a quotation (a definition, “the Executive Order of February 1, 2025”) is no reference.
    const blanked = unquoted(text)
    const refs: DatedReference[] = []
    for (const m of matchesIn(datedInstrument, text)) {
      const iso = printedDateToIso(m.groups.month, m.groups.day, m.groups.year)
      const kind = kinds[m.groups.kind.replace(/\s+/g, ' ')]
      if (!iso || !kind || blanked[m.index] !== text[m.index]) continue
      const title = m.groups.title ?? m.groups.quoted
      const slot = `${kind}/${iso}`
      const id = title ? datedId(kind, iso, title) : titledOn.get(slot)
      if (title) titledOn.set(slot, id!)
      if (!id) continue
      const before = provisionsBefore.exec(text.slice(Math.max(0, m.index - lookBehind), m.index))
      const end = m.index + m[0].length
      if (!before) {
        refs.push({id, start: m.index, end})
        continue
      }
      const start = m.index - (before.input.length - before.index)
      for (const p of matchesIn(provision, before.groups!.list!)) {
        const paragraphs = [...p.groups.paragraphs.matchAll(/\(([0-9A-Za-z]{1,4})\)/g)].map(
          (x) => x[1]!
        )
        refs.push({id: [id, p.groups.section, ...paragraphs].join('/'), start, end})
      }
    }
    if (refs.length > 0) found.set(unit, refs)
  }
  return found
}
