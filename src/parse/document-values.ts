/**
 * What is decided of a document as a whole once its parts are read: its type
 * (from a table of sources, most trusted first), number, signer, and whether it
 * is a presidential document at all; each with where it was read from.
 */
import {presidentByName, presidentBySurname, presidentOn} from '../data/presidents.js'
import type {DocumentType, Provenance, Provision} from '../document/types.js'
import {
  proclamationFormulaStart,
  selfReference,
  otherOrderAuthorities,
  titleTypes
} from './patterns.js'
import type {StructureContext, StructureState} from './structure-state.js'

/** The types a front matter `document_type` may give. */
const documentTypes: readonly DocumentType[] = [
  'proclamation',
  'executive_order',
  'memorandum',
  'other'
]

/** Where the signing date was read: the witness clause, the dateline, or a header line. */
export function signedDateFrom(state: StructureState): Provenance['signedDate'] {
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
export function decideType(
  state: StructureState,
  provisions: Provision[]
): {type: DocumentType; from: Provenance['type']} {
  for (const source of typeSources) {
    const type = source.read(state, provisions)
    if (type) return {type, from: source.from}
  }
  return {type: 'other', from: 'body'}
}

/** The number the text or title gives, else the front matter's. */
export function decideNumber(state: StructureState): {
  number: string | null
  from: Provenance['number']
} {
  const {number} = state
  if (number !== null)
    return {number, from: number ? (state.numberInTitle ? 'title' : 'text') : null}
  const fromFrontMatter = state.ctx.frontMatterNumber
  return fromFrontMatter
    ? {number: fromFrontMatter, from: 'frontMatter'}
    : {number: null, from: null}
}

/** The signer: from the signature, a placeholder's surname, or else the president in office on the date. */
export function decideSigner(
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
export function isPresidential(state: StructureState, provisions: Provision[]): boolean {
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
