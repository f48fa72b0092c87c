import type {EnactingFormula} from '../../document/types.js'
import {firstLine} from '../places.js'
import type {Rule} from '../types.js'

/** Instruments that enact by a formula. */
const enacting = new Set(['executive_order', 'proclamation'])

/** An order or proclamation enacts by a formula that cites the authority it is issued under. */
const rule: Rule = {
  meta: {
    id: 'enacting-formula',
    description:
      'An executive order or proclamation has an enacting formula ("By the authority vested in me ...", "NOW, THEREFORE, I ... do hereby proclaim").',
    rationale:
      'The formula is what enacts: an order or proclamation without one orders nothing, and the toolkit starts reading provisions there, so a missing one turns findings into provisions (or provisions into findings).',
    severity: 'error',
    fixable: false,
    category: 'structure',
    examples: {
      bad: 'Sec. 1. Revocation of Executive Order.  Executive Order 13801 of June 15, 2017, is hereby revoked.',
      good: 'By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered that:\n\nSec. 1. Revocation of Executive Order.  Executive Order 13801 of June 15, 2017, is hereby revoked.'
    }
  },
  check(context) {
    const meta = context.tree.data.meta
    if (!enacting.has(meta.type)) return
    const formula = context.tree.children.find(
      (n): n is EnactingFormula => n.type === 'enactingFormula'
    )
    if (formula) return
    const first = context.tree.children.find((n) => n.type === 'provision' || n.type === 'finding')
    context.report({
      message: `No enacting formula found: ${meta.type === 'proclamation' ? 'a proclamation says "NOW, THEREFORE, I, ..., do hereby proclaim"' : 'an order says "By the authority vested in me ..., it is hereby ordered"'}`,
      place: first ? firstLine(context, first.position) : context.at(context.frontMatter.bodyStart)
    })
  }
}

export default rule
