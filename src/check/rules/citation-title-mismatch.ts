import {titleKey} from '../../supersede/identity.js'
import {editDistance} from '../../util/edit-distance.js'
import {instrumentOf} from '../../util/instrument-id.js'
import type {CorpusRule} from '../types.js'

/** A title as letters and digits: case, punctuation and spacing set aside. */
const letters = (title: string) => titleKey(title).replace(/[^a-z0-9]+/g, '')

/** Titles that differ by more than this share of their letters name different documents, not a slip. */
const slipShare = 0.15

/** An order or proclamation cited with a title other than the one the corpus has for it. */
const rule: CorpusRule = {
  meta: {
    id: 'citation-title-mismatch',
    description:
      'An executive order or proclamation cited with its title ("Executive Order 13801 of June 15, 2017 (Expanding Apprenticeships in America)") is cited with the title of the document the corpus holds for it.',
    rationale:
      'The title in a citation is how a reader checks the number: a title belonging to another order means the number or the title is wrong, and an amendment may be aimed at the wrong instrument.',
    severity: 'warning',
    fixable: false,
    category: 'citations',
    crossDocument: true,
    examples: {
      bad: 'Executive Order 13801 of June 15, 2017 (Reducing Regulation and Controlling Regulatory Costs), is hereby revoked.',
      good: 'Executive Order 13801 of June 15, 2017 (Expanding Apprenticeships in America), is hereby revoked.'
    }
  },
  checkCorpus(context) {
    for (const c of context.document.citations) {
      // The full form ("Executive Order N of DATE (TITLE)"): without a date the parenthesis may name
      // something else ("Executive Order 14008 (Environmental Protection Agency)" in a list of committees).
      if ((c.type !== 'eo' && c.type !== 'proc') || !c.title || !c.date) continue
      const held = context.corpus.instruments.get(instrumentOf(context.corpus.resolve(c.id)))
      if (!held?.title) continue
      const [cited, has] = [letters(c.title), letters(held.title)]
      if (cited.includes(has) || has.includes(cited)) continue
      if (editDistance(cited, has) <= slipShare * Math.max(cited.length, has.length)) continue
      context.report({
        message: `${c.text} is titled "${c.title}", but ${held.file} is titled "${held.title}"`,
        place: c.position
      })
    }
  }
}

export default rule
