import {instrumentOf, splitId} from '../../util/instrument-id.js'
import type {CorpusRule} from '../types.js'

/**
 * What an action names must be there: an instrument among the documents checked, a provision its text has, a
 * provision not already revoked by an earlier document.
 */
const rule: CorpusRule = {
  meta: {
    id: 'supersession-target',
    description:
      'Each instrument a document revokes, amends or supersedes is among the documents checked with it; a provision it names is one the instrument has, and not one an earlier document revoked.',
    rationale:
      'An action on a missing instrument cannot be followed by `proclaim status`, and an amendment of a provision the instrument lacks, or that was revoked before, is a wrong designation: the amended order ends up saying something no one enacted.',
    severity: 'warning',
    fixable: false,
    category: 'supersession',
    crossDocument: true,
    examples: {
      bad: 'Sec. 1.  Executive Order 13990 of January 20, 2021, is hereby revoked.\n\n(with no document of Executive Order 13990 among those checked)',
      good: 'Sec. 1.  Executive Order 13990 of January 20, 2021, is hereby revoked.\n\n(checked together with the document of Executive Order 13990)'
    }
  },
  checkCorpus(context) {
    const {corpus, document} = context
    const date = document.signedDate ?? document.date
    for (const s of document.supersessions) {
      if (s.scope !== 'specific') continue
      for (const printed of s.targets) {
        // "the Executive Order of February 1, 2025 (...)": the document signed that day under that title.
        const target = corpus.resolve(printed)
        const instrument = corpus.instruments.get(instrumentOf(target))
        if (!instrument) {
          context.report({
            message: `${s.action} of ${target}: ${instrumentOf(target)} is not among the documents checked`,
            place: s.position
          })
          continue
        }
        const provision = splitId(target).path.join('/')
        if (
          provision &&
          instrument.provisions.size > 0 &&
          s.action !== 'amend' &&
          ![...instrument.provisions].some((p) => p === provision || p.startsWith(`${provision}/`))
        )
          context.report({
            message: `${s.action} of ${target}: the text of ${instrumentOf(target)} (${instrument.file}) has no such provision`,
            place: s.position
          })
        const revoked = corpus.revoked.get(target)
        if (revoked && s.action === 'amend' && revoked.date && date && revoked.date < date)
          context.report({
            message: `amends ${target}, which ${revoked.file} revoked on ${revoked.date}`,
            place: s.position
          })
      }
    }
  }
}

export default rule
