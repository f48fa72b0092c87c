import type {CorpusRule} from '../types.js'

import {editDistance} from '../../util/edit-distance.js'

/** Titles compared as letters, case and punctuation set aside. */
const titleLetters = (title: string | null) =>
  (title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '')

/** Two titles name one document unless they differ by more than a slip of the keyboard ("Recissions"). */
const sameTitle = (a: string | null, b: string | null) =>
  editDistance(titleLetters(a), titleLetters(b)) <= 2

/**
 * One document, one file: a second posting will drift from the first, and a page holding another document's text
 * under its own title misnames a law.
 */
const rule: CorpusRule = {
  meta: {
    id: 'duplicate-document',
    description:
      'No two files checked together hold the same document: the same instrument number, or the same findings and provisions word for word.',
    rationale:
      "A repository that holds a proclamation twice (a second scrape of the same page, another printing kept beside the first) has two texts that can drift apart and no way to tell which is the law as published; the corpus reads only the first. The same text under two different titles is worse: one page holds another document's body, and its title, number and date name a law it does not contain.",
    severity: 'error',
    fixable: false,
    category: 'structure',
    crossDocument: true,
    examples: {
      bad: 'proclamations/2021-05-14-revocation.md        (Executive Order 14029)\nproclamations/2021-05-14-revocation-older.md  (Executive Order 14029 again)',
      good: 'proclamations/2021-05-14-revocation.md        (Executive Order 14029, once)'
    }
  },
  checkCorpus(context) {
    const copies = context.corpus.copies.get(context.document.file) ?? []
    for (const copy of copies) {
      const retitled = copy.sameText && !sameTitle(copy.title, context.document.title)
      const message = retitled
        ? `the findings and provisions are those of ${copy.file} ("${copy.title}"), under another title ("${context.document.title}"): one of the two holds the other's text`
        : `${copy.instrument ?? 'the same text'} is also held by ${copy.file}: the same document posted twice (keep one)`
      context.report({message, place: {start: {line: 1, column: 1}, end: {line: 1, column: 4}}})
    }
  }
}

export default rule
