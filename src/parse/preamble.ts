/**
 * After the pass over the units: the preamble split into findings and operative
 * text (where no formula divides them), then findings and provisions made.
 */
import {search} from '../util/pattern.js'
import {trimEndOf} from '../util/trim-end.js'
import type {Position} from 'unist'
import type {
  EnactingFormula,
  Finding,
  Provision,
  ProvisionKind,
  SourceOffsets
} from '../document/types.js'
import {concatMapped, sliceMapped, trimMapped, type MappedText} from './mapped-text.js'
import {OffsetRuns, OffsetRunsBuilder} from './offset-runs.js'
import {closingEnactment, sentenceStartBefore, splitUnit, unitOfText} from './enactment.js'
import {
  authorityFormulaStart,
  authorityTail,
  embeddedEnactingWords,
  enactingWords,
  formulaAuthority,
  formulaPresident,
  numberLabel,
  parenLabel,
  sectionLabel,
  memorandumNumberInTitle
} from './patterns.js'
import {ProvisionBuilder} from './provisions.js'
import {
  fields,
  type OperativeText,
  span,
  type StructureContext,
  type StructureState,
  type UnitBase
} from './structure-state.js'
import {readFormula} from './unit-readers.js'
import type {Unit} from './units.js'

/** Memoranda print their series number in the title ("National Security Presidential Memorandum/NSPM-2"). */
export function readNumberInTitle(state: StructureState): void {
  if (state.number !== null || !state.ctx.title) return
  const m = search(memorandumNumberInTitle, state.ctx.title)
  if (!m) return
  state.number = `${m.groups.series.toUpperCase()}-${m.groups.number}`
  state.numberInTitle = true
}

const asOperative = (u: Unit): OperativeText => ({text: u.text, leadStrong: u.leadStrong})

/** The preamble's units that are findings, and the text that is operative (provisions). */
export interface PreambleSplit {
  findings: Unit[]
  operative: OperativeText[]
}

/** The preamble's units that are findings, and the text that is operative (provisions). */
export function splitPreamble(state: StructureState): PreambleSplit {
  return closingFormula(state, firstSplit(state))
}

/** A unit that opens a provision: "Sec. 2.", "(a)", "1.". */
const labelled = (text: string): boolean =>
  sectionLabel.test(text) || parenLabel.test(text) || numberLabel.test(text)

/**
 * Unnumbered paragraphs between a formula and the first provision that end in a sentence
 * enacting what follows ("By the authority ..., I hereby proclaim:" / findings / "NOW, THEREFORE,
 * I, ..., hereby direct as follows:"; "I hereby declare a national emergency ..." / findings /
 * "Accordingly, I hereby order:"): that sentence is the formula, what stands before it findings,
 * the earlier formula's paragraph among them.
 */
function closingFormula(state: StructureState, split: PreambleSplit): PreambleSplit {
  const {operative} = split
  const first = operative.findIndex((o) => labelled(o.text.text))
  if (first === -1) return split
  // No formula, and the provisions begin at once: the last finding may close in one ("Accordingly, it is
  // hereby ordered that:").
  if (first === 0) {
    const last = split.findings[split.findings.length - 1]
    const at = last && !state.formula ? closingEnactment(last.text.text) : -1
    if (at === -1) return split
    const unit = splitUnit(last!, at)
    const findings = [...split.findings.slice(0, -1), ...(unit.head ? [unit.head] : [])]
    return formulaFrom(state, unit.tail, findings, operative) ?? split
  }
  const last = operative[first - 1]!
  const at = closingEnactment(last.text.text)
  const old = state.formulaUnit
  // Text read from the old formula's own paragraph goes back with it.
  const inOld = (o: OperativeText): boolean =>
    old !== null &&
    o.text.offsets.length > 0 &&
    o.text.offsets.offsetAt(0)! >= old.start &&
    o.text.offsets.offsetAt(0)! < old.end
  if (at === -1 || inOld(last)) return split
  const asUnit = (o: OperativeText): Unit => ({
    ...unitOfText(o.text, {kind: 'paragraph', depth: 0}),
    leadStrong: o.leadStrong
  })
  const unit = splitUnit(asUnit(last), at)
  const between = operative.slice(0, first - 1).filter((o) => !inOld(o))
  // The enacting sentence alone, right after the formula's paragraph ("NOW, THEREFORE, I, ..., hereby find
  // that ... / Accordingly, I hereby proclaim:"): the formula goes on into it.
  if (old && between.length === 0 && !unit.head) {
    // From where the formula starts in its paragraph: sentences before it stay findings.
    const start = state.formula?.position.start.offset ?? old.start
    const from = Math.max(0, old.text.offsets.firstAtLeast(start))
    const joined = unitOfText(
      concatMapped(sliceMapped(old.text, from), unit.tail.text, '\n\n'),
      old
    )
    return formulaFrom(state, joined, split.findings, operative.slice(first)) ?? split
  }
  // Findings cut from the old formula's paragraph go back into it.
  const within = (u: Unit): boolean => old !== null && u.start >= old.start && u.end <= old.end
  const findings = [
    ...split.findings.filter((u) => !within(u)),
    ...(old ? [old] : []),
    ...between.map(asUnit),
    ...(unit.head ? [unit.head] : [])
  ]
  return formulaFrom(state, unit.tail, findings, operative.slice(first)) ?? split
}

/** The formula read from `unit` in place of any read before, with the findings before it and the provisions after. */
function formulaFrom(
  state: StructureState,
  unit: Unit,
  findings: Unit[],
  operative: OperativeText[]
): PreambleSplit | null {
  const oldFormula = state.formula
  const oldUnit = state.formulaUnit
  const read = readFormula(state, unit)
  if (!read) {
    state.formula = oldFormula
    state.formulaUnit = oldUnit
    return null
  }
  if (oldFormula) state.children.splice(state.children.indexOf(oldFormula), 1)
  findingsBefore(read.formula, findings)
  return {
    findings,
    operative: [...(read.rest ? [{text: read.rest, leadStrong: null}] : []), ...operative]
  }
}

/** The split the formula (or its absence) makes, before any closing enactment is looked for. */
function firstSplit(state: StructureState): PreambleSplit {
  const {pre, body} = state
  if (state.formula) return {findings: pre, operative: body}
  const firstLabelled = pre.findIndex(
    (u) => sectionLabel.test(u.text.text) || parenLabel.test(u.text.text)
  )
  // Some proclamations enact mid-paragraph: "As a mark of respect ..., I hereby order, by the authority ...".
  const limit = firstLabelled === -1 ? pre.length : firstLabelled
  const at = pre.slice(0, limit).findIndex((u) => embeddedEnactingWords.test(u.text.text))
  // The formula begins with the sentence of the enacting words; the sentences before it are a finding.
  const unit = at === -1 ? null : pre[at]!
  const words = unit ? embeddedEnactingWords.exec(unit.text.text) : null
  const parts =
    unit && words ? splitUnit(unit, sentenceStartBefore(unit.text.text, words.index)) : null
  const read = parts ? readFormula(state, parts.tail) : null
  // The whole paragraph, should a later enacting sentence make it a finding again.
  if (read) state.formulaUnit = unit
  if (read) {
    const findings = [...pre.slice(0, at), ...(parts?.head ? [parts.head] : [])]
    findingsBefore(read.formula, findings)
    return {
      findings,
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

/**
 * The authority and the president may stand in paragraphs before the formula ("By the authority
 * ..., / I, ..., find that ..."; "By the authority ..., I, ..., find ... / Accordingly, I hereby order:").
 */
function findingsBefore(formula: EnactingFormula, before: Unit[]): void {
  if (formula.president === null) {
    for (const u of before) {
      const president = formulaPresident.exec(u.text.text)
      if (!president) continue
      formula.president = president[1]!.replace(/,$/, '').trim()
      break
    }
  }
  if (formula.authority !== null) return
  const unit = before.find((u) => authorityFormulaStart.test(u.text.text))
  const authority = unit ? formulaAuthority.exec(unit.text.text) : null
  if (!unit || !authority) return
  // The authority runs to the enacting words or the first-person clause, where the paragraph has them.
  const text = unit.text.text.slice(authority.index + authority[0].length)
  const words = search(enactingWords, text)
  formula.authority =
    trimEndOf(text.slice(0, words?.index ?? text.length), /[\s,;:]/)
      .replace(authorityTail, '')
      .replace(/,\s*I,\s+[^,\s][^,]*,\s+President\b[\s\S]*$/, '')
      .trim() || null
}

/** Findings: a numbered unit opens one, and the units after it extend it; an unnumbered unit is one. */
export function readFindings(state: StructureState, units: Unit[]): Finding[] {
  const findings: Finding[] = []
  for (const unit of units) {
    const m = search(numberLabel, unit.text.text)
    if (m) {
      const text = trimMapped(sliceMapped(unit.text, m[0].length))
      findings.push({type: 'finding', label: m.groups.number, ...fields(state.ctx, text, unit)})
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

export function readProvisions(state: StructureState, operative: OperativeText[]): Provision[] {
  const {ctx} = state
  const provisions = new ProvisionBuilder({
    make: (label, kind, heading, text, at) =>
      makeProvision(label, kind, heading, fields(ctx, text, at)),
    extend: (node, text) => extendUnit(node, text, span(text, 0).end, ctx)
  })
  for (const unit of operative) provisions.add(unit.text, unit.leadStrong)
  return provisions.roots
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
  node: {text: string; position?: Position; data?: {offsets?: SourceOffsets}},
  text: MappedText,
  end: number,
  ctx: StructureContext
): void {
  if (text.text === '') return
  const offsets = node.data?.offsets ?? OffsetRuns.empty
  const sep = offsets.offsetAt(offsets.length - 1) ?? text.offsets.offsetAt(0) ?? 0
  node.text = node.text === '' ? text.text : `${node.text}\n\n${text.text}`
  if (node.text === text.text) node.data = {...node.data, offsets: text.offsets}
  else {
    const joined = new OffsetRunsBuilder()
    joined.pushFrom(offsets)
    joined.push(sep)
    joined.push(sep)
    joined.pushFrom(text.offsets)
    node.data = {...node.data, offsets: joined.build()}
  }
  if (node.position) node.position = {start: node.position.start, end: ctx.toPoint(end)}
}
