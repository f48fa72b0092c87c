import type {EnactingFormula} from '../../document/types.js'
import {firstLine} from '../places.js'
import type {Rule} from '../types.js'

/** Words that name an authority in a formula without a citation the extractor reads. */
const namesAuthority =
  /\bConstitution\b|\bauthority\s+vested\b|\blaws\s+of\s+the\s+United\s+States\b|\bby\s+virtue\s+of\b/i

/** The enacting formula cites the authority the document is issued under. */
const rule: Rule = {
  meta: {
    id: 'formula-authority',
    description:
      'The enacting formula of an order or proclamation cites at least one authority (the Constitution and laws, a statute, "the authority vested in me").',
    rationale:
      '1 CFR 19.1 requires each order and proclamation to cite the authority under which it is issued. Commemorative proclamations often omit it, which is why this is a warning: an operative one without it is open to challenge.',
    severity: 'warning',
    fixable: false,
    category: 'structure',
    examples: {
      bad: 'NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, do hereby proclaim as follows:',
      good: 'NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by the authority vested in me by the Constitution and the laws of the United States, including section 232, 19 U.S.C. 1862, do hereby proclaim as follows:'
    }
  },
  check(context) {
    const formula = context.tree.children.find(
      (n): n is EnactingFormula => n.type === 'enactingFormula'
    )
    if (!formula || formula.authority !== null || formula.citations.length > 0) return
    if (namesAuthority.test(formula.text)) return
    context.report({
      message:
        'The enacting formula cites no authority (the Constitution and laws, a statute, "the authority vested in me")',
      place: firstLine(context, formula.position)
    })
  }
}

export default rule
