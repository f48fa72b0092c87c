import {instrumentOf, splitId} from '../../util/instrument-id.js'
import type {CorpusRule} from '../types.js'

/** Text compared as a reader compares it: case, quotes, dashes and spacing set aside. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/[‐‑‒–—-]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}

/**
 * What an instruction strikes must be there to strike: "striking 'March 1, 2025' and inserting ..." where the
 * provision says "March 4, 2025" leaves the amended order meaning nothing anyone enacted.
 */
const rule: CorpusRule = {
  meta: {
    id: 'amendment-struck-text',
    description:
      'The words an amending instruction strikes are in the provision it names, where the corpus holds the amended text.',
    rationale:
      'An instruction to strike words the provision does not hold cannot be carried out (the Office of the Federal Register returns such drafts): the drafter quoted another version, another provision, or made a slip. Text an earlier amendment inserted counts as there.',
    severity: 'warning',
    fixable: false,
    category: 'supersession',
    crossDocument: true,
    examples: {
      bad: 'Section 2(a) of Executive Order 14193 is amended by striking "March 1, 2025" and inserting "April 2, 2025".\n\n(where section 2(a) of the order reads "March 4, 2025")',
      good: 'Section 2(a) of Executive Order 14193 is amended by striking "March 4, 2025" and inserting "April 2, 2025".'
    }
  },
  checkCorpus(context) {
    const {corpus, document} = context
    for (const s of document.supersessions)
      for (const op of s.operations ?? []) {
        if (!op.struck) continue
        const target = corpus.resolve(op.target)
        const instrument = corpus.instruments.get(instrumentOf(target))
        if (!instrument || instrument.texts.size === 0) continue
        const provision = splitId(target).path.join('/')
        const texts = [...instrument.texts]
          .filter(([path]) => !provision || path === provision || path.startsWith(`${provision}/`))
          .map(([, text]) => text)
        // A provision the text lacks is supersession-target's to report.
        if (provision && texts.length === 0) continue
        const struck = comparable(op.struck)
        const there = [...texts, ...(corpus.inserted.get(instrumentOf(target)) ?? [])].some(
          (text) => comparable(text).includes(struck)
        )
        if (!there)
          context.report({
            message: `strikes "${op.struck}" from ${op.target}, but the text of ${instrumentOf(target)} (${instrument.file}) has no such words there`,
            place: s.position
          })
      }
  }
}

export default rule
