/**
 * The one pass over a document's units, in document order: each unit is offered
 * to a table of readers (trailer, witness clause, dateline, signature, closing,
 * formula, header line, preamble or body) and the first that knows it reads it;
 * what a unit is depends on what came before it.
 */
import {search} from '../util/pattern.js'
import {trimEndOf} from '../util/trim-end.js'
import {wordsToNumber} from '../data/numbers.js'
import {presidentByName} from '../data/presidents.js'
import {independenceYear, printedDateToIso, spelledDateToIso} from '../document/dates.js'
import type {EnactingFormula, Preface, Remainder, WitnessClause} from '../document/types.js'
import {
  closingEnactment,
  closingVerb,
  continuesFormula,
  midParagraphFormula,
  splitUnit
} from './enactment.js'
import {concatMapped, sliceMapped, trimMapped, type MappedText} from './mapped-text.js'
import {
  authorityFormulaStart,
  authorityTail,
  bareDate,
  datelineStart,
  enactingTail,
  enactingWords,
  formulaAuthority,
  formulaPresident,
  headerPatterns,
  ownNumberPatterns,
  placeholderSurname,
  printedDate,
  proclamationFormulaStart,
  trailingAuthority,
  signatureName,
  signaturePlaceholder,
  ownNumberWithDate,
  trailerPatterns,
  unitStarters,
  witnessClause,
  witnessStart
} from './patterns.js'
import {
  fields,
  span,
  type StructureContext,
  type StructureProblem,
  type StructureState,
  type UnitBase
} from './structure-state.js'
import type {Unit} from './units.js'

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

function isAllCaps(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text) && text.length < 400
}

/** Read the unit at `index` if it is of the reader's kind: the index of the last unit taken, or undefined. */
type UnitReader = (state: StructureState, index: number) => number | undefined

/** The readers a unit is offered to, in order; the first that takes it reads it. */
const unitReaders: readonly UnitReader[] = [
  readTrailer,
  readWitnessClause,
  readDateline,
  readSignaturePlaceholder,
  readSignatureName,
  readClosingRemainder,
  readFormulaUnit,
  readHeaderLine,
  readPreambleOrBody
]

/** One pass in document order: what a unit is depends on what came before it. */
export function readUnits(units: readonly Unit[], ctx: StructureContext): StructureState {
  const state: StructureState = {
    units,
    ctx,
    titleKey: ctx.title ? key(ctx.title) : '',
    phase: 'header',
    children: [],
    problems: [],
    headerType: null,
    number: null,
    numberInTitle: false,
    headingDate: null,
    formula: null,
    formulaUnit: null,
    witness: null,
    dateline: null,
    signature: null,
    signerFromPlaceholder: null,
    pre: [],
    body: []
  }
  for (let index = 0; index < units.length; index++) {
    for (const read of unitReaders) {
      const last = read(state, index)
      if (last !== undefined) {
        index = last
        break
      }
    }
  }
  return state
}

/** A unit kept as it is, outside the document's parts. */
function pushRemainder(state: StructureState, unit: Unit): void {
  state.children.push({
    type: 'remainder',
    ...fields(state.ctx, unit.text, unit)
  } satisfies Remainder)
}

/** Lines that follow the document on a page ("###", "The White House"): kept as they are. */
function readTrailer(state: StructureState, index: number): number | undefined {
  const unit = state.units[index]!
  if (!trailerPatterns.some((p) => p.test(unit.text.text))) return undefined
  pushRemainder(state, unit)
  return index
}

function readWitnessClause(state: StructureState, index: number): number | undefined {
  const {units} = state
  const unit = units[index]!
  if (!witnessStart.test(unit.text.text)) return undefined
  // Scraped pages sometimes break the clause with a blank line ("... set my hand this" / "fourteenth day of ...").
  let text = unit.text
  let end = unit.end
  let last = index
  for (let k = 1; k <= 3 && !witnessClause.test(text.text); k++) {
    const next = units[last + 1]
    if (
      !next ||
      unitStarters.some((s) => s.test(next.text.text)) ||
      signatureName.test(next.text.text)
    )
      break
    text = concatMapped(text, next.text, ' ')
    end = next.end
    last++
  }
  const base = fields(state.ctx, text, {start: unit.start, end})
  state.witness = witnessOf(text, unit.start, base, state.problems)
  state.children.push(state.witness)
  state.phase = 'closing'
  return last
}

function readDateline(state: StructureState, index: number): number | undefined {
  const unit = state.units[index]!
  const t = unit.text.text
  if (!datelineStart.test(t) || state.phase === 'header') return undefined
  let text = unit.text
  let end = unit.end
  let last = index
  // The date may stand on the line after the place ("The White House," / "January 20, 2025.").
  const next = state.units[index + 1]
  if (!printedDate.test(t) && next && bareDate.test(next.text.text)) {
    text = concatMapped(text, next.text, ' ')
    end = next.end
    last++
  }
  const m = search(printedDate, text.text)
  state.dateline = {
    type: 'dateline',
    date: m ? printedDateToIso(m.groups.month, m.groups.day, m.groups.year) : null,
    ...fields(state.ctx, text, {start: unit.start, end})
  }
  state.children.push(state.dateline)
  state.phase = 'closing'
  return last
}

function readSignaturePlaceholder(state: StructureState, index: number): number | undefined {
  const unit = state.units[index]!
  const t = unit.text.text
  if (state.phase === 'header' || !signaturePlaceholder.test(t)) return undefined
  const surname = search(placeholderSurname, t)
  if (surname) state.signerFromPlaceholder = surname.groups.surname
  state.signature = {type: 'signature', name: null, ...fields(state.ctx, unit.text, unit)}
  state.children.push(state.signature)
  return index
}

function readSignatureName(state: StructureState, index: number): number | undefined {
  const unit = state.units[index]!
  const t = unit.text.text
  if (state.phase === 'header' || t.length >= 40 || !(signatureName.test(t) || presidentByName(t)))
    return undefined
  const name = t.replace(/\s+/g, ' ').trim()
  state.signature = {type: 'signature', name, ...fields(state.ctx, unit.text, unit)}
  state.children.push(state.signature)
  return index
}

/** After the witness clause or dateline, what is not a signature is kept as it is. */
function readClosingRemainder(state: StructureState, index: number): number | undefined {
  if (state.phase !== 'closing') return undefined
  const unit = state.units[index]!
  pushRemainder(state, unit)
  return index
}

function readFormulaUnit(state: StructureState, index: number): number | undefined {
  let unit = state.units[index]!
  const t = unit.text.text
  if (state.formula || state.phase === 'body') return undefined
  // "... of this invasion. NOW, THEREFORE, I, ...": the last finding's sentence and the formula share a paragraph.
  const mid = proclamationFormulaStart.test(t) ? -1 : midParagraphFormula(t)
  if (mid === -1 && !proclamationFormulaStart.test(t) && !authorityFormulaStart.test(t))
    return undefined
  let head: Unit | null = null
  if (mid !== -1) ({head, tail: unit} = splitUnit(unit, mid))
  const read = readFormula(state, unit)
  if (!read) return undefined
  if (head) {
    state.phase = 'pre'
    state.pre.push(head)
  }
  // Everything before the formula is preamble; everything after it is operative.
  state.phase = 'body'
  if (read.rest) state.body.push({text: read.rest, leadStrong: null})
  return index
}

/** A header line (title, number, date, addressee ...); the first unit that is none ends the header. */
function readHeaderLine(state: StructureState, index: number): number | undefined {
  if (state.phase !== 'header') return undefined
  const unit = state.units[index]!
  const role = headerRole(state, unit)
  if (!role) {
    state.phase = 'pre'
    return undefined
  }
  readOwnNumber(state, unit.text.text)
  state.children.push({
    type: 'preface',
    role,
    ...fields(state.ctx, unit.text, unit)
  } satisfies Preface)
  return index
}

function readPreambleOrBody(state: StructureState, index: number): number {
  const unit = state.units[index]!
  if (state.phase === 'pre') state.pre.push(unit)
  else state.body.push({text: unit.text, leadStrong: unit.leadStrong})
  return index
}

function headerRole(state: StructureState, unit: Unit): Preface['role'] | null {
  const t = unit.text.text
  for (const h of headerPatterns) {
    if (h.pattern.test(t)) {
      if (h.type && !state.headerType && h.role !== 'publication') state.headerType = h.type
      if (h.role === 'date' && state.headingDate === null) {
        const d = search(printedDate, t)
        if (d) state.headingDate = printedDateToIso(d.groups.month, d.groups.day, d.groups.year)
      }
      return h.role
    }
  }
  // Addressees of a memorandum run on over several capitalised lines.
  const previous = state.children[state.children.length - 1]
  if (previous?.type === 'preface' && previous.role === 'addressee' && isAllCaps(t))
    return 'addressee'
  const k = key(t)
  const {titleKey} = state
  if (
    titleKey &&
    k.length > 8 &&
    (titleKey.endsWith(k) || titleKey.startsWith(k) || k.endsWith(titleKey))
  )
    return 'title'
  if (isAllCaps(t) && t.split(/\s+/).length <= 40) return 'title'
  if (unit.kind === 'heading') return 'title'
  return null
}

/** The document's own number (and the date printed with it) from a header line. */
function readOwnNumber(state: StructureState, t: string): void {
  const dated = search(ownNumberWithDate, t)
  if (dated) {
    const {kind, number, month, day, year} = dated.groups
    if (state.number === null) state.number = number
    if (state.headingDate === null) state.headingDate = printedDateToIso(month, day, year)
    if (!state.headerType)
      state.headerType = kind === 'Proclamation' ? 'proclamation' : 'executive_order'
    return
  }
  for (const p of ownNumberPatterns) {
    const m = search(p.pattern, t)
    if (!m) continue
    const {series, number} = m.groups
    const value = series ? `${series.toUpperCase()}-${number}` : `${p.prefix}${number}`
    if (state.number === null) state.number = value
    const date = search(printedDate, t.slice(m[0].length))
    if (date && state.headingDate === null)
      state.headingDate = printedDateToIso(date.groups.month, date.groups.day, date.groups.year)
    return
  }
}

/**
 * The enacting formula a unit opens with, kept on the state and read in order, and the
 * text after it (null when none); null when the unit enacts nothing.
 */
export function readFormula(
  state: StructureState,
  unit: Unit
): {formula: EnactingFormula; rest: MappedText | null} | null {
  const t = unit.text.text
  const words = search(enactingWords, t)
  const isProclamation = proclamationFormulaStart.test(t)
  // "By the authority vested in me ..., Executive Order 11016 ... is further amended as follows:": the formula
  // enacts without enacting words, what follows being the amendment.
  const enactsWhatFollows = authorityFormulaStart.test(t) && /\bas\s+follows\s*:\s*$/.test(t)
  if (!words && !isProclamation && !enactsWhatFollows) return null
  let end = words ? words.index + words[0].length : t.length
  const tail = enactingTail.exec(t.slice(end))
  if (tail) end += tail[0].length
  // "I hereby order, by the authority vested in me by ..., that ...": the authority follows the verb.
  const trailing = words ? search(trailingAuthority, t.slice(end)) : null
  if (trailing) end += trailing[0].length
  // "..., hereby find that ... I therefore hereby proclaim the following:": the formula runs on to the colon,
  // and enacts with the verb of its last sentence.
  const restStart = end
  let verb = verbOf(words)
  if (continuesFormula(t.slice(end), verb)) {
    end = t.length
    const closing = restStart + Math.max(0, closingEnactment(t.slice(restStart)))
    const again = closingVerb(t.slice(closing))
    if (again) verb = baseVerb(again)
  }
  const text = trimMapped(sliceMapped(unit.text, 0, end))
  let rest = trimMapped(sliceMapped(unit.text, end))
  rest = trimMapped(sliceMapped(rest, /^[,;]?\s*/.exec(rest.text)![0].length))
  const president = formulaPresident.exec(t.slice(0, end))
  const authorityStart = formulaAuthority.exec(t)
  let authority: string | null = null
  if (authorityStart && authorityStart.index < (words?.index ?? end)) {
    authority =
      trimEndOf(
        t.slice(authorityStart.index + authorityStart[0].length, words?.index ?? end),
        /[\s,;]/
      )
        .replace(authorityTail, '')
        .trim() || null
  } else if (trailing) {
    authority = trailing.groups.authority.trim()
  }
  const formula: EnactingFormula = {
    type: 'enactingFormula',
    president: president ? president[1]!.replace(/,$/, '').trim() : null,
    authority,
    verb,
    ...fields(state.ctx, text, span(text, unit.start))
  }
  state.formula = formula
  state.formulaUnit = unit
  state.children.push(formula)
  return {formula, rest: rest.text === '' ? null : rest}
}

/** The last verb of the enacting words ("find and proclaim" proclaim; "further proclaim" proclaim). */
function verbOf(words: {groups: {verbs?: string; verb?: string}} | null): string | null {
  const verbs =
    (words?.groups.verbs ?? words?.groups.verb)
      ?.toLowerCase()
      .split(/[\s,]+(?:and\s+)?/)
      .filter((v: string) => v && v !== 'and' && v !== 'further') ?? []
  const last = verbs[verbs.length - 1]
  return last ? baseVerb(last) : null
}

function baseVerb(verb: string): string {
  if (verb === 'found') return 'find'
  return verb.replace(/(?<=[a-z]{3})ed$/, '').replace(/(?<=determin)$/, 'e')
}

function witnessOf(
  text: MappedText,
  start: number,
  base: UnitBase,
  problems: StructureProblem[]
): WitnessClause {
  const m = search(witnessClause, text.text)
  let date: string | null = null
  let year: number | null = null
  if (m) {
    date = spelledDateToIso(m.groups.day, m.groups.month, m.groups.year)
    year = wordsToYear(m.groups.independence)
  }
  if (!date) {
    problems.push({
      ruleId: 'unparsed-witness-date',
      message: 'Witness clause found, but its date could not be read',
      offset: start
    })
  } else if (year !== null && year !== independenceYear(date)) {
    problems.push({
      ruleId: 'independence-year-mismatch',
      message: `Witness clause gives the ${year}th year of Independence, but ${date} falls in the ${independenceYear(date)}th`,
      offset: start
    })
  }
  return {type: 'witnessClause', date, independenceYear: year, ...base}
}

function wordsToYear(words: string): number | null {
  return wordsToNumber(words.replace(/\.$/, '')) ?? null
}
