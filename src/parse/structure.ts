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

export function buildStructure(units: Unit[], ctx: StructureContext): Structure {
  const problems: StructureProblem[] = []
  const children: DocumentContent[] = []

  const position = (start: number, end: number): Position => ({
    start: ctx.toPoint(start),
    end: ctx.toPoint(end)
  })
  const span = (text: MappedText, fallback: number): {start: number; end: number} =>
    text.offsets.length > 0
      ? {start: text.offsets[0]!, end: text.offsets[text.offsets.length - 1]! + 1}
      : {start: fallback, end: fallback}
  const fields = (text: MappedText, at: {start: number; end: number}): UnitBase => ({
    text: text.text,
    citations: [],
    position: position(at.start, at.end),
    data: {offsets: text.offsets}
  })

  let phase: 'header' | 'pre' | 'body' | 'closing' = 'header'
  let headerType: DocumentType | null = null
  let number: string | null = null
  let headingDate: string | null = null
  let formula: EnactingFormula | null = null
  let witness: WitnessClause | null = null
  let dateline: Dateline | null = null
  let signature: Signature | null = null
  let signerFromPlaceholder: string | null = null
  const pre: Unit[] = []
  const body: Array<{text: MappedText; leadStrong: string | null}> = []
  const titleKey = ctx.title ? key(ctx.title) : ''

  const headerRole = (unit: Unit): Preface['role'] | null => {
    const t = unit.text.text
    for (const h of headerPatterns) {
      if (h.pattern.test(t)) {
        if (h.type && !headerType && h.role !== 'publication') headerType = h.type
        if (h.role === 'date' && headingDate === null) {
          const d = printedDate.exec(t)
          if (d) headingDate = printedDateToIso(d[1]!, d[2]!, d[3]!)
        }
        return h.role
      }
    }
    // Addressees of a memorandum run on over several capitalised lines.
    const previous = children[children.length - 1]
    if (previous?.type === 'preface' && previous.role === 'addressee' && isAllCaps(t))
      return 'addressee'
    const k = key(t)
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

  const readOwnNumber = (t: string): void => {
    const dated = ownNumberWithDate.exec(t)
    if (dated) {
      if (number === null) number = dated[2]!
      if (headingDate === null) headingDate = printedDateToIso(dated[3]!, dated[4]!, dated[5]!)
      if (!headerType) headerType = dated[1] === 'Proclamation' ? 'proclamation' : 'executive_order'
      return
    }
    for (const p of ownNumberPatterns) {
      const m = p.pattern.exec(t)
      if (!m) continue
      const value = m.length > 2 && m[2] ? `${m[1]!.toUpperCase()}-${m[2]}` : `${p.prefix}${m[1]}`
      if (number === null) number = value
      const date = printedDate.exec(t.slice(m[0].length))
      if (date && headingDate === null) headingDate = printedDateToIso(date[1]!, date[2]!, date[3]!)
      return
    }
  }

  const readFormula = (unit: Unit): MappedText | null => {
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
    formula = {
      type: 'enactingFormula',
      president: president ? president[1]!.replace(/,$/, '').trim() : null,
      authority,
      verb: lastVerb ? baseVerb(lastVerb) : null,
      ...fields(text, span(text, unit.start))
    }
    children.push(formula)
    return rest.text === '' ? null : rest
  }

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    const t = unit.text.text

    if (trailerPatterns.some((p) => p.test(t))) {
      children.push({type: 'remainder', ...fields(unit.text, unit)} satisfies Remainder)
      continue
    }
    if (witnessStart.test(t)) {
      // Scraped pages sometimes break the clause with a blank line ("... set my hand this" / "fourteenth day of ...").
      let text = unit.text
      let end = unit.end
      for (let k = 1; k <= 3 && !witnessClause.test(text.text); k++) {
        const next = units[index + 1]
        if (
          !next ||
          unitStarters.some((s) => s.test(next.text.text)) ||
          signatureName.test(next.text.text)
        )
          break
        text = concatMapped(text, next.text, ' ')
        end = next.end
        index++
      }
      witness = readWitness(text, unit.start, fields(text, {start: unit.start, end}), problems)
      children.push(witness)
      phase = 'closing'
      continue
    }
    if (datelineStart.test(t) && phase !== 'header') {
      let text = unit.text
      let end = unit.end
      const next = units[index + 1]
      if (!printedDate.test(t) && next && bareDate.test(next.text.text)) {
        text = concatMapped(text, next.text, ' ')
        end = next.end
        index++
      }
      const m = printedDate.exec(text.text)
      dateline = {
        type: 'dateline',
        date: m ? printedDateToIso(m[1]!, m[2]!, m[3]!) : null,
        ...fields(text, {start: unit.start, end})
      }
      children.push(dateline)
      phase = 'closing'
      continue
    }
    if (phase !== 'header' && signaturePlaceholder.test(t)) {
      const surname = placeholderSurname.exec(t)
      if (surname) signerFromPlaceholder = surname[1]!
      signature = {type: 'signature', name: null, ...fields(unit.text, unit)}
      children.push(signature)
      continue
    }
    if (phase !== 'header' && t.length < 40 && (signatureName.test(t) || presidentByName(t))) {
      const name = t.replace(/\s+/g, ' ').trim()
      signature = {type: 'signature', name, ...fields(unit.text, unit)}
      children.push(signature)
      continue
    }
    if (phase === 'closing') {
      children.push({type: 'remainder', ...fields(unit.text, unit)} satisfies Remainder)
      continue
    }
    if (
      !formula &&
      phase !== 'body' &&
      (proclamationFormulaStart.test(t) || authorityFormulaStart.test(t))
    ) {
      const rest = readFormula(unit)
      if (formula) {
        // Everything before the formula is preamble; everything after it is operative.
        phase = 'body'
        if (rest) body.push({text: rest, leadStrong: null})
        continue
      }
    }
    if (phase === 'header') {
      const role = headerRole(unit)
      if (role) {
        readOwnNumber(t)
        children.push({type: 'preface', role, ...fields(unit.text, unit)} satisfies Preface)
        continue
      }
      phase = 'pre'
    }
    if (phase === 'pre') pre.push(unit)
    else body.push({text: unit.text, leadStrong: unit.leadStrong})
  }

  // Memoranda print their series number in the title ("National Security Presidential Memorandum/NSPM-2").
  let titleNumber = false
  if (number === null && ctx.title) {
    const m = memorandumNumberInTitle.exec(ctx.title)
    if (m) {
      number = `${m[1]!.toUpperCase()}-${m[2]}`
      titleNumber = true
    }
  }

  // ---- Findings and provisions ----------------------------------------------
  let findingUnits = pre
  let operative = body
  const asOperative = (u: Unit) => ({text: u.text, leadStrong: u.leadStrong})
  const firstLabelled = pre.findIndex(
    (u) => sectionLabel.test(u.text.text) || parenLabel.test(u.text.text)
  )
  if (!formula) {
    // Some proclamations enact mid-paragraph: "As a mark of respect ..., I hereby order, by the authority ...".
    const limit = firstLabelled === -1 ? pre.length : firstLabelled
    const at = pre.slice(0, limit).findIndex((u) => embeddedEnactingWords.test(u.text.text))
    if (at !== -1) {
      const rest = readFormula(pre[at]!)
      if (formula) {
        // The authority may stand in a paragraph of its own before the findings ("By the authority ..., / I, ..., find that ...").
        const f = formula as EnactingFormula
        const authorityUnit =
          f.authority === null
            ? pre.slice(0, at).find((u) => authorityFormulaStart.test(u.text.text))
            : undefined
        const authority = authorityUnit ? formulaAuthority.exec(authorityUnit.text.text) : null
        if (authorityUnit && authority) {
          f.authority =
            authorityUnit.text.text
              .slice(authority.index + authority[0].length)
              .replace(/[\s,;:]+$/, '') || null
        }
        findingUnits = pre.slice(0, at)
        operative = [
          ...(rest ? [{text: rest, leadStrong: null}] : []),
          ...pre.slice(at + 1).map(asOperative),
          ...body
        ]
      }
    }
  }
  if (!formula) {
    if (firstLabelled !== -1) {
      findingUnits = pre.slice(0, firstLabelled)
      operative = [...pre.slice(firstLabelled).map(asOperative), ...body]
    } else if (headerType !== 'proclamation' && !witness) {
      findingUnits = []
      operative = [...pre.map(asOperative), ...body]
    }
  }

  const findings: Finding[] = []
  for (const unit of findingUnits) {
    const m = numberLabel.exec(unit.text.text)
    if (m) {
      const text = trimMapped(sliceMapped(unit.text, m[0].length))
      findings.push({type: 'finding', label: m[1]!, ...fields(text, unit)})
      continue
    }
    const last = findings[findings.length - 1]
    if (last && last.label !== null) {
      extendUnit(last, unit.text, unit.end, ctx)
      continue
    }
    findings.push({type: 'finding', label: null, ...fields(unit.text, unit)})
  }

  const provisions = new ProvisionBuilder({
    make: (label, kind, heading, text, at) => makeProvision(label, kind, heading, fields(text, at)),
    extend: (node, text) => extendUnit(node, text, span(text, 0).end, ctx)
  })
  for (const unit of operative) provisions.add(unit.text, unit.leadStrong)

  // Document order: header lines, findings, formula, provisions, closing.
  const ordered: DocumentContent[] = [
    ...children.filter((c) => c.type === 'preface'),
    ...findings,
    ...(formula ? [formula] : []),
    ...provisions.roots,
    ...children.filter((c) => c.type !== 'preface' && c !== formula)
  ]

  // ---- Document-level values ---------------------------------------------------
  const signedDate = witness?.date ?? dateline?.date ?? headingDate
  const provenance: Provenance = {
    type: 'heading',
    number: number ? (titleNumber ? 'title' : 'text') : null,
    signedDate: witness?.date
      ? 'witness'
      : dateline?.date
        ? 'dateline'
        : headingDate
          ? 'heading'
          : null,
    signer: null
  }

  let type: DocumentType | null = headerType
  const titleType = ctx.title
    ? (titleTypes.find((t) => t.pattern.test(ctx.title!.trim()))?.type ?? null)
    : null
  // A proclamation heading over a text that proclaims nothing: the title ("Presidential Message on ...") decides.
  if (type === 'proclamation' && !formula && !witness && titleType === 'other') type = null
  if (!type && ctx.title) {
    type = titleType
    provenance.type = 'title'
  }
  if (!type && formula) {
    const f = formula as EnactingFormula
    type =
      f.verb === 'proclaim' || (proclamationFormulaStart.test(f.text) && witness)
        ? 'proclamation'
        : otherOrderAuthorities.some((a) => a.test(f.text))
          ? 'other'
          : /\bit is hereby ordered\b/i.test(f.text) &&
              provisions.roots.some((p) => p.kind === 'section')
            ? 'executive_order'
            : null
    provenance.type = 'formula'
  }
  if (!type) {
    const whole = units.map((u) => u.text.text).join(' ')
    const orders = whole.match(/\bthis order\b/gi)?.length ?? 0
    const memos = whole.match(/\bthis memorandum\b/gi)?.length ?? 0
    type = witness
      ? 'proclamation'
      : memos > orders
        ? 'memorandum'
        : orders > 0 && (dateline || provisions.roots.some((p) => p.kind === 'section'))
          ? 'executive_order'
          : null
    provenance.type = 'body'
  }
  if (!type && ctx.frontMatterType && documentTypes.includes(ctx.frontMatterType)) {
    type = ctx.frontMatterType
    provenance.type = 'frontMatter'
  }
  if (!type) type = 'other'

  if (number === null && ctx.frontMatterNumber) {
    number = ctx.frontMatterNumber
    provenance.number = 'frontMatter'
  }

  let signer: string | null = null
  const sig = signature as Signature | null
  if (sig?.name) {
    signer = presidentByName(sig.name)?.name ?? sig.name
    provenance.signer = 'signature'
  } else if (signerFromPlaceholder) {
    signer = presidentBySurname(signerFromPlaceholder, signedDate ?? undefined)?.name ?? null
    provenance.signer = signer ? 'placeholder' : null
  }
  // A document that prints no signature is still the act of the president in office on its date.
  const actDate = signedDate ?? ctx.date
  if (!signer && actDate && (witness || dateline || sig || type !== 'other')) {
    signer = presidentOn(actDate)?.name ?? null
    if (signer) {
      provenance.signer = 'term'
      problems.push({
        ruleId: 'missing-signature',
        message: `No signature line; signer taken as the president in office on ${actDate}`,
        offset: null
      })
    }
  }
  if (sig && !sig.name && signer) sig.name = signer

  const presidential = Boolean(
    headerType ||
      formula ||
      witness ||
      dateline ||
      signature ||
      provisions.roots.some((p) => p.kind === 'section') ||
      units.some((u) => selfReference.test(u.text.text))
  )
  return {children: ordered, type, number, signedDate, signer, provenance, presidential, problems}
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

function readWitness(
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
