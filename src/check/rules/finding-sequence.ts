import type {Finding} from '../../document/types.js'
import {firstLine} from '../places.js'
import type {Rule} from '../types.js'

/** Numbered findings run 1, 2, 3 ... without a gap or a repeat. */
const rule: Rule = {
  meta: {
    id: 'finding-sequence',
    description: 'Numbered findings run 1, 2, 3 ... in order, without a gap or a repeat.',
    rationale:
      'Later documents cite findings by number ("finding 4 of Proclamation 10895"); a gap or a repeat means a finding was lost or pasted twice, and makes such a citation point at the wrong text.',
    severity: 'error',
    fixable: false,
    category: 'structure',
    examples: {
      bad: "2.  The Secretary found that PCMDPs are essential to the national security ...\n\n2.  The Secretary found that PCMDPs are essential to the United States' defense industrial base ...",
      good: "2.  The Secretary found that PCMDPs are essential to the national security ...\n\n3.  The Secretary found that PCMDPs are essential to the United States' defense industrial base ..."
    }
  },
  check(context) {
    const numbered = context.tree.children.filter(
      (n): n is Finding => n.type === 'finding' && n.label !== null && /^\d+$/.test(n.label)
    )
    let expected = 1
    numbered.forEach((finding, i) => {
      const n = Number(finding.label)
      if (n !== expected) {
        const next = numbered[i + 1]
        // One slip, one problem: a finding numbered wrongly between two in sequence is misnumbered.
        const misnumbered = next !== undefined && Number(next.label) === expected + 1
        context.report({
          message: misnumbered
            ? `Finding ${n} stands where finding ${expected} belongs (the next is ${expected + 1})`
            : n < expected
              ? `Finding ${n} repeats or comes out of order: finding ${expected} was expected`
              : `Finding ${n} follows finding ${expected - 1}: ${expected === n - 1 ? `finding ${expected} is` : `findings ${expected}-${n - 1} are`} missing`,
          place: firstLine(context, finding.position)
        })
        if (misnumbered) {
          expected++
          return
        }
      }
      expected = n + 1
    })
  }
}

export default rule
