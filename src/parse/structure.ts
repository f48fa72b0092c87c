/**
 * Units -> the parts of a presidential document: header lines, findings,
 * enacting formula, provisions, witness clause, dateline, signature; and what
 * is decided of the document as a whole. The steps are modules of their own:
 * unit-readers (the one pass), preamble (findings and provisions),
 * document-values (type, number, signer), sharing structure-state.
 */
import type {DocumentContent, Finding, Provision} from '../document/types.js'
import {
  decideNumber,
  decideSigner,
  decideType,
  isPresidential,
  signedDateFrom
} from './document-values.js'
import {readFindings, readNumberInTitle, readProvisions, splitPreamble} from './preamble.js'
import type {Structure, StructureContext, StructureState} from './structure-state.js'
import {readUnits} from './unit-readers.js'
import type {Unit} from './units.js'

export type {Structure, StructureContext, StructureProblem} from './structure-state.js'

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
