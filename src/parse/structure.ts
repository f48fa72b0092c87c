/**
 * Units -> the parts of a presidential document: header lines, findings,
 * enacting formula, provisions, witness clause, dateline, signature. One pass
 * in document order; what a unit is depends on what came before it.
 */
import type {Point, Position} from 'unist'
import type {
  Citation,
  DocumentContent,
  DocumentType,
  EnactingFormula,
  Finding,
  Preface,
  Provenance,
  Provision,
  ProvisionKind,
  Remainder,
  Signature,
  WitnessClause,
  Dateline
} from '../document/types.js'
import type {RuleId} from '../document/rules.js'
import {wordsToNumber} from '../data/numbers.js'
import {presidentByName, presidentBySurname, presidentOn} from '../data/presidents.js'
import {independenceYear, printedDateToIso, spelledDateToIso} from '../document/dates.js'
import {concatMapped, sliceMapped, trimMapped, type MappedText} from './mapped-text.js'
import {
  authorityFormulaStart,
  bareDate,
  embeddedEnactingWords,
  datelineStart,
  enactingTail,
  enactingWords,
  formulaAuthority,
  formulaPresident,
  headerPatterns,
  numberLabel,
  ownNumberPatterns,
  parenLabel,
  placeholderSurname,
  printedDate,
  proclamationFormulaStart,
  selfReference,
  trailingAuthority,
  sectionLabel,
  signatureName,
  signaturePlaceholder,
  memorandumNumberInTitle,
  otherOrderAuthorities,
  ownNumberWithDate,
  titleTypes,
  trailerPatterns,
  unitStarters,
  witnessClause,
  witnessStart
} from './patterns.js'
import {ProvisionBuilder} from './provisions.js'
import type {Unit} from './units.js'

type UnitBase = {
  text: string
  citations: Citation[]
  position: Position
  data: {offsets: ArrayLike<number>}
}

export interface StructureProblem {
  ruleId: RuleId
  message: string
  offset: number | null
}

export interface StructureContext {
  /** Point of a source offset (line and column in the original file). */
  toPoint: (offset: number) => Point
  /** Title from the front matter, if any. */
  title: string | null
  /** `document_type` from the front matter, if any. */
  frontMatterType: DocumentType | null
  /** `date` from the front matter, if valid. */
  date: string | null
  /** `number` from the front matter, if any. */
  frontMatterNumber: string | null
}

export interface Structure {
  children: DocumentContent[]
  type: DocumentType
  number: string | null
  signedDate: string | null
  signer: string | null
  provenance: Provenance
  /** Whether anything marks the text as a presidential document. */
  presidential: boolean
  problems: StructureProblem[]
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

function isAllCaps(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text) && text.length < 400
}

const documentTypes: readonly DocumentType[] = [
  'proclamation',
  'executive_order',
  'memorandum',
  'other'
]

/** Where the reading stands: header lines, then preamble, then (after a formula) body, then closing. */
type Phase = 'header' | 'pre' | 'body' | 'closing'

/** Text read as provisions, with the bold run it opens with. */
interface OperativeText {
  text: MappedText
  leadStrong: string | null
}

/** What the steps of `buildStructure` share: the units, and what has been read of them so far. */
interface StructureState {
  readonly units: readonly Unit[]
  readonly ctx: StructureContext
  /** The front matter title as a key (`key`), to know the title line by. */
  readonly titleKey: string
  phase: Phase
  /** Header lines, formula and closing parts, in the order read. */
  readonly children: DocumentContent[]
  readonly problems: StructureProblem[]
  /** The type a header line names. */
  headerType: DocumentType | null
  number: string | null
  /** Whether `number` was read from the title (a memorandum's series number). */
  numberInTitle: boolean
  /** The date a header line prints. */
  headingDate: string | null
  formula: EnactingFormula | null
  witness: WitnessClause | null
  dateline: Dateline | null
  signature: Signature | null
  /** Surname a signature placeholder gives (`Trump.EPS`). */
  signerFromPlaceholder: string | null
  /** Units after the header and before any formula: findings, or provisions where no formula comes. */
  readonly pre: Unit[]
  /** Text after the formula: provisions. */
  readonly body: OperativeText[]
}

/**
 * Units -> document parts, in named steps: read the units in one pass (`unitReaders`), take a
 * number from the title, split the preamble into findings and operative text, build findings
 * and provisions, then decide the document-level values.
 */
export function buildStructure(units: Unit[], ctx: StructureContext): Structure {
  const state = readUnits(units, ctx)
  readNumberInTitle(state)
  const split = splitPreamble(state)
  const findings = readFindings(state, split.findings)
  const provisions = readProvisions(state, split.operative)
  const children = inDocumentOrder(state, findings, provisions)
  const signedDate = state.witness?.date ?? state.dateline?.date ?? state.headingDate
  const type = decideType(state, provisions)
  const number = decideNumber(state)
  const signer = decideSigner(state, signedDate, type.type)
  return {
    children,
    type: type.type,
    number: number.number,
    signedDate,
    signer: signer.signer,
    provenance: {
      type: type.from,
      number: number.from,
      signedDate: signedDateFrom(state),
      signer: signer.from
    },
    presidential: isPresidential(state, provisions),
    problems: state.problems
  }
}

// ---- Reading the units ------------------------------------------------------

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
function readUnits(units: readonly Unit[], ctx: StructureContext): StructureState {
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

/** Lines that follow the document on a page ("###", "The White House"): kept as they are. */
function readTrailer(state: StructureState, index: number): number | undefined {
  const unit = state.units[index]!
  if (!trailerPatterns.some((p) => p.test(unit.text.text))) return undefined
  state.children.push({
    type: 'remainder',
    ...fields(state.ctx, unit.text, unit)
  } satisfies Remainder)
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
  const m = printedDate.exec(text.text)
  state.dateline = {
    type: 'dateline',
    date: m ? printedDateToIso(m[1]!, m[2]!, m[3]!) : null,
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
  const surname = placeholderSurname.exec(t)
  if (surname) state.signerFromPlaceholder = surname[1]!
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
  state.children.push({
    type: 'remainder',
    ...fields(state.ctx, unit.text, unit)
  } satisfies Remainder)
  return index
}

function readFormulaUnit(state: StructureState, index: number): number | undefined {
  const unit = state.units[index]!
  const t = unit.text.text
  if (state.formula || state.phase === 'body') return undefined
  if (!proclamationFormulaStart.test(t) && !authorityFormulaStart.test(t)) return undefined
  const read = readFormula(state, unit)
  if (!read) return undefined
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
        const d = printedDate.exec(t)
        if (d) state.headingDate = printedDateToIso(d[1]!, d[2]!, d[3]!)
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
  const dated = ownNumberWithDate.exec(t)
  if (dated) {
    if (state.number === null) state.number = dated[2]!
    if (state.headingDate === null)
      state.headingDate = printedDateToIso(dated[3]!, dated[4]!, dated[5]!)
    if (!state.headerType)
      state.headerType = dated[1] === 'Proclamation' ? 'proclamation' : 'executive_order'
    return
  }
  for (const p of ownNumberPatterns) {
    const m = p.pattern.exec(t)
    if (!m) continue
    const value = m.length > 2 && m[2] ? `${m[1]!.toUpperCase()}-${m[2]}` : `${p.prefix}${m[1]}`
    if (state.number === null) state.number = value
    const date = printedDate.exec(t.slice(m[0].length))
    if (date && state.headingDate === null)
      state.headingDate = printedDateToIso(date[1]!, date[2]!, date[3]!)
    return
  }
}

/**
 * The enacting formula a unit opens with, kept on the state and read in order, and the
 * text after it (null when none); null when the unit enacts nothing.
 */
function readFormula(
  state: StructureState,
  unit: Unit
): {formula: EnactingFormula; rest: MappedText | null} | null {
  const t = unit.text.text
  const words = enactingWords.exec(t)
  const isProclamation = proclamationFormulaStart.test(t)
  // "By the authority vested in me ..., Executive Order 11016 ... is further amended as follows:": the formula
  // enacts without enacting words, what follows being the amendment.
  const enactsWhatFollows = authorityFormulaStart.test(t) && /\bas\s+follows\s*:\s*$/.test(t)
  if (!words && !isProclamation && !enactsWhatFollows) return null
  let end = words ? words.index + words[0].length : t.length
  const tail = enactingTail.exec(t.slice(end))
  if (tail) end += tail[0].length
  // "I hereby order, by the authority vested in me by ..., that ...": the authority follows the verb.
  const trailing = words ? trailingAuthority.exec(t.slice(end)) : null
  if (trailing) end += trailing[0].length
  const text = trimMapped(sliceMapped(unit.text, 0, end))
  let rest = trimMapped(sliceMapped(unit.text, end))
  rest = trimMapped(sliceMapped(rest, /^[,;]?\s*/.exec(rest.text)![0].length))
  const president = formulaPresident.exec(t.slice(0, end))
  const authorityStart = formulaAuthority.exec(t)
  let authority: string | null = null
  if (authorityStart && authorityStart.index < (words?.index ?? end)) {
    authority =
      t
        .slice(authorityStart.index + authorityStart[0].length, words?.index ?? end)
        .replace(/[\s,;]+$/, '')
        .replace(/,?\s*(?:and\s+)?(?:I|it is|do)$/i, '')
        .trim() || null
  } else if (trailing) {
    authority = trailing[1]!.trim()
  }
  const verbs =
    (words?.[1] ?? words?.[2])
      ?.toLowerCase()
      .split(/[\s,]+(?:and\s+)?/)
      .filter((v) => v && v !== 'and') ?? []
  const lastVerb = verbs[verbs.length - 1]
  const formula: EnactingFormula = {
    type: 'enactingFormula',
    president: president ? president[1]!.replace(/,$/, '').trim() : null,
    authority,
    verb: lastVerb ? baseVerb(lastVerb) : null,
    ...fields(state.ctx, text, span(text, unit.start))
  }
  state.formula = formula
  state.children.push(formula)
  return {formula, rest: rest.text === '' ? null : rest}
}

// ---- Findings and provisions ------------------------------------------------

/** Memoranda print their series number in the title ("National Security Presidential Memorandum/NSPM-2"). */
function readNumberInTitle(state: StructureState): void {
  if (state.number !== null || !state.ctx.title) return
  const m = memorandumNumberInTitle.exec(state.ctx.title)
  if (!m) return
  state.number = `${m[1]!.toUpperCase()}-${m[2]}`
  state.numberInTitle = true
}

const asOperative = (u: Unit): OperativeText => ({text: u.text, leadStrong: u.leadStrong})

/** The preamble's units that are findings, and the text that is operative (provisions). */
function splitPreamble(state: StructureState): {findings: Unit[]; operative: OperativeText[]} {
  const {pre, body} = state
  if (state.formula) return {findings: pre, operative: body}
  const firstLabelled = pre.findIndex(
    (u) => sectionLabel.test(u.text.text) || parenLabel.test(u.text.text)
  )
  // Some proclamations enact mid-paragraph: "As a mark of respect ..., I hereby order, by the authority ...".
  const limit = firstLabelled === -1 ? pre.length : firstLabelled
  const at = pre.slice(0, limit).findIndex((u) => embeddedEnactingWords.test(u.text.text))
  const read = at === -1 ? null : readFormula(state, pre[at]!)
  if (read) {
    authorityBefore(read.formula, pre.slice(0, at))
    return {
      findings: pre.slice(0, at),
      operative: [
        ...(read.rest ? [{text: read.rest, leadStrong: null}] : []),
        ...pre.slice(at + 1).map(asOperative),
        ...body
      ]
    }
  }
  if (firstLabelled !== -1)
    return {
      findings: pre.slice(0, firstLabelled),
      operative: [...pre.slice(firstLabelled).map(asOperative), ...body]
    }
  if (state.headerType !== 'proclamation' && !state.witness)
    return {findings: [], operative: [...pre.map(asOperative), ...body]}
  return {findings: pre, operative: body}
}

/** The authority may stand in a paragraph of its own before the findings ("By the authority ..., / I, ..., find that ..."). */
function authorityBefore(formula: EnactingFormula, before: Unit[]): void {
  if (formula.authority !== null) return
  const unit = before.find((u) => authorityFormulaStart.test(u.text.text))
  const authority = unit ? formulaAuthority.exec(unit.text.text) : null
  if (!unit || !authority) return
  formula.authority =
    unit.text.text.slice(authority.index + authority[0].length).replace(/[\s,;:]+$/, '') || null
}

/** Findings: a numbered unit opens one, and the units after it extend it; an unnumbered unit is one. */
function readFindings(state: StructureState, units: Unit[]): Finding[] {
  const findings: Finding[] = []
  for (const unit of units) {
    const m = numberLabel.exec(unit.text.text)
    if (m) {
      const text = trimMapped(sliceMapped(unit.text, m[0].length))
      findings.push({type: 'finding', label: m[1]!, ...fields(state.ctx, text, unit)})
      continue
    }
    const last = findings[findings.length - 1]
    if (last && last.label !== null) {
      extendUnit(last, unit.text, unit.end, state.ctx)
      continue
    }
    findings.push({type: 'finding', label: null, ...fields(state.ctx, unit.text, unit)})
  }
  return findings
}

function readProvisions(state: StructureState, operative: OperativeText[]): Provision[] {
  const {ctx} = state
  const provisions = new ProvisionBuilder({
    make: (label, kind, heading, text, at) =>
      makeProvision(label, kind, heading, fields(ctx, text, at)),
    extend: (node, text) => extendUnit(node, text, span(text, 0).end, ctx)
  })
  for (const unit of operative) provisions.add(unit.text, unit.leadStrong)
  return provisions.roots
}

/** Document order: header lines, findings, formula, provisions, closing. */
function inDocumentOrder(
  state: StructureState,
  findings: Finding[],
  provisions: Provision[]
): DocumentContent[] {
  const {children, formula} = state
  return [
    ...children.filter((c) => c.type === 'preface'),
    ...findings,
    ...(formula ? [formula] : []),
    ...provisions,
    ...children.filter((c) => c.type !== 'preface' && c !== formula)
  ]
}

// ---- Document-level values --------------------------------------------------

function signedDateFrom(state: StructureState): Provenance['signedDate'] {
  if (state.witness?.date) return 'witness'
  if (state.dateline?.date) return 'dateline'
  return state.headingDate ? 'heading' : null
}

const hasSections = (provisions: Provision[]): boolean =>
  provisions.some((p) => p.kind === 'section')

/** The type the front matter title names ("Proclamation on ...", "Executive Order ..."). */
function titleTypeOf(ctx: StructureContext): DocumentType | null {
  if (!ctx.title) return null
  const title = ctx.title.trim()
  return titleTypes.find((t) => t.pattern.test(title))?.type ?? null
}

/** Read a document's type from one source; null when that source does not tell. */
type TypeSource = (state: StructureState, provisions: Provision[]) => DocumentType | null

/** Where a document's type is read from, most trusted first: the first that tells decides. */
const typeSources: ReadonlyArray<{from: Provenance['type']; read: TypeSource}> = [
  {
    from: 'heading',
    // A proclamation heading over a text that proclaims nothing: the title ("Presidential Message on ...") decides.
    read: (state) =>
      state.headerType === 'proclamation' &&
      !state.formula &&
      !state.witness &&
      titleTypeOf(state.ctx) === 'other'
        ? null
        : state.headerType
  },
  {from: 'title', read: (state) => titleTypeOf(state.ctx)},
  {
    from: 'formula',
    read: (state, provisions) => {
      const f = state.formula
      if (!f) return null
      if (f.verb === 'proclaim' || (proclamationFormulaStart.test(f.text) && state.witness))
        return 'proclamation'
      if (otherOrderAuthorities.some((a) => a.test(f.text))) return 'other'
      return /\bit is hereby ordered\b/i.test(f.text) && hasSections(provisions)
        ? 'executive_order'
        : null
    }
  },
  {
    from: 'body',
    read: (state, provisions) => {
      if (state.witness) return 'proclamation'
      const whole = state.units.map((u) => u.text.text).join(' ')
      const orders = whole.match(/\bthis order\b/gi)?.length ?? 0
      const memos = whole.match(/\bthis memorandum\b/gi)?.length ?? 0
      if (memos > orders) return 'memorandum'
      return orders > 0 && (state.dateline || hasSections(provisions)) ? 'executive_order' : null
    }
  },
  {
    from: 'frontMatter',
    read: (state) => {
      const type = state.ctx.frontMatterType
      return type && documentTypes.includes(type) ? type : null
    }
  }
]

/** The document's type and where it was read; 'other', from the body, when no source tells. */
function decideType(
  state: StructureState,
  provisions: Provision[]
): {type: DocumentType; from: Provenance['type']} {
  for (const source of typeSources) {
    const type = source.read(state, provisions)
    if (type) return {type, from: source.from}
  }
  return {type: 'other', from: 'body'}
}

function decideNumber(state: StructureState): {number: string | null; from: Provenance['number']} {
  const {number} = state
  if (number !== null)
    return {number, from: number ? (state.numberInTitle ? 'title' : 'text') : null}
  const fromFrontMatter = state.ctx.frontMatterNumber
  return fromFrontMatter
    ? {number: fromFrontMatter, from: 'frontMatter'}
    : {number: null, from: null}
}

/** The signer: from the signature, a placeholder's surname, or else the president in office on the date. */
function decideSigner(
  state: StructureState,
  signedDate: string | null,
  type: DocumentType
): {signer: string | null; from: Provenance['signer']} {
  const {signature: sig, ctx} = state
  let signer: string | null = null
  let from: Provenance['signer'] = null
  if (sig?.name) {
    signer = presidentByName(sig.name)?.name ?? sig.name
    from = 'signature'
  } else if (state.signerFromPlaceholder) {
    signer = presidentBySurname(state.signerFromPlaceholder, signedDate ?? undefined)?.name ?? null
    from = signer ? 'placeholder' : null
  }
  // A document that prints no signature is still the act of the president in office on its date.
  const actDate = signedDate ?? ctx.date
  if (!signer && actDate && (state.witness || state.dateline || sig || type !== 'other')) {
    signer = presidentOn(actDate)?.name ?? null
    if (signer) {
      from = 'term'
      state.problems.push({
        ruleId: 'missing-signature',
        message: `No signature line; signer taken as the president in office on ${actDate}`,
        offset: null
      })
    }
  }
  if (sig && !sig.name && signer) sig.name = signer
  return {signer, from}
}

/** Whether anything marks the text as a presidential document. */
function isPresidential(state: StructureState, provisions: Provision[]): boolean {
  return Boolean(
    state.headerType ||
      state.formula ||
      state.witness ||
      state.dateline ||
      state.signature ||
      hasSections(provisions) ||
      state.units.some((u) => selfReference.test(u.text.text))
  )
}

// ---- Nodes --------------------------------------------------------------------

function position(ctx: StructureContext, start: number, end: number): Position {
  return {start: ctx.toPoint(start), end: ctx.toPoint(end)}
}

/** Source offsets a text spans; `fallback` for an empty one. */
function span(text: MappedText, fallback: number): {start: number; end: number} {
  return text.offsets.length > 0
    ? {start: text.offsets[0]!, end: text.offsets[text.offsets.length - 1]! + 1}
    : {start: fallback, end: fallback}
}

/** What every unit node carries: its text, citations (filled by the citation stage), position and offsets. */
function fields(
  ctx: StructureContext,
  text: MappedText,
  at: {start: number; end: number}
): UnitBase {
  return {
    text: text.text,
    citations: [],
    position: position(ctx, at.start, at.end),
    data: {offsets: text.offsets}
  }
}

function baseVerb(verb: string): string {
  if (verb === 'found') return 'find'
  return verb.replace(/(?<=[a-z]{3})ed$/, '').replace(/(?<=determin)$/, 'e')
}

function makeProvision(
  label: string | null,
  kind: ProvisionKind,
  heading: string | null,
  f: UnitBase
): Provision {
  return {type: 'provision', label, kind, heading, ...f, children: []}
}

/** Add a further paragraph to a unit node: text joined by a blank line, position extended. */
function extendUnit(
  node: {text: string; position?: Position; data?: {offsets?: ArrayLike<number>}},
  text: MappedText,
  end: number,
  ctx: StructureContext
): void {
  if (text.text === '') return
  const offsets = node.data?.offsets ?? []
  const sep = offsets[offsets.length - 1] ?? text.offsets[0] ?? 0
  node.text = node.text === '' ? text.text : `${node.text}\n\n${text.text}`
  if (node.text === text.text) node.data = {...node.data, offsets: text.offsets}
  else {
    const joined = new Int32Array(offsets.length + 2 + text.offsets.length)
    for (let i = 0; i < offsets.length; i++) joined[i] = offsets[i]!
    joined[offsets.length] = sep
    joined[offsets.length + 1] = sep
    joined.set(text.offsets, offsets.length + 2)
    node.data = {...node.data, offsets: joined}
  }
  if (node.position) node.position = {start: node.position.start, end: ctx.toPoint(end)}
}

function witnessOf(
  text: MappedText,
  start: number,
  base: UnitBase,
  problems: StructureProblem[]
): WitnessClause {
  const m = witnessClause.exec(text.text)
  let date: string | null = null
  let year: number | null = null
  if (m) {
    date = spelledDateToIso(m[1]!, m[2]!, m[3]!)
    year = wordsToYear(m[4]!)
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
