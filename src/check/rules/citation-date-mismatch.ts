import type {CorpusRule} from '../types.js'

/** An order or proclamation cited with a date other than the one the corpus has for it. */
const rule: CorpusRule = {
  meta: {
    id: 'citation-date-mismatch',
    description:
      'An executive order or proclamation cited with its date ("Executive Order 14257 of April 2, 2025") is cited with the date of the document the corpus holds for it.',
    rationale:
      'A wrong date in a citation is the commonest slip in drafting amendments; it makes the citation ambiguous and, where two orders are near in number, points a reader at the wrong one.',
    severity: 'warning',
    fixable: false,
    category: 'citations',
    crossDocument: true,
    examples: {
      bad: 'Executive Order 13801 of June 16, 2017 (Expanding Apprenticeships in America), is hereby revoked.',
      good: 'Executive Order 13801 of June 15, 2017 (Expanding Apprenticeships in America), is hereby revoked.'
    }
  },
  checkCorpus(context) {
    for (const c of context.document.citations) {
      if ((c.type !== 'eo' && c.type !== 'proc') || !c.date) continue
      const held = context.corpus.instruments.get(c.id.split('/').slice(0, 2).join('/'))
      if (!held?.date || held.date === c.date) continue
      context.report({
        message: `${c.text} is dated ${c.date}, but ${held.file} is dated ${held.date}`,
        place: c.position
      })
    }
  }
}

export default rule
