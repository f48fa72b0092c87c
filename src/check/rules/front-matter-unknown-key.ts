import {knownFrontMatterKeys} from '../../data/front-matter-keys.js'
import {frontMatterKeyPlace} from '../places.js'
import type {Rule} from '../types.js'

/** A key no reader of the corpus knows: often a misspelt one (`sorce_url`, `Date`). */
const rule: Rule = {
  meta: {
    id: 'front-matter-unknown-key',
    description:
      'The front matter holds only keys the toolkit knows, or those the `allow` option lists.',
    rationale:
      'A misspelt key (`sorce_url`, `Date`) is silently ignored: the document then has no source or date although its author gave one.',
    severity: 'warning',
    fixable: false,
    category: 'front-matter',
    examples: {
      bad: 'sorce_url: https://www.whitehouse.gov/presidential-actions/2025/02/adjusting-imports-of-steel/',
      good: 'source_url: https://www.whitehouse.gov/presidential-actions/2025/02/adjusting-imports-of-steel/'
    },
    options: {
      allow:
        'Further keys to accept (an array of names): `{"rules": {"front-matter-unknown-key": ["warning", {"allow": ["permalink"]}]}}`.'
    }
  },
  check(context) {
    const allowed = Array.isArray(context.options.allow) ? context.options.allow.map(String) : []
    for (const key of Object.keys(context.frontMatter.data)) {
      if (knownFrontMatterKeys.has(key) || allowed.includes(key)) continue
      const near = [...knownFrontMatterKeys].find(
        (k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key.toLowerCase()) <= 2
      )
      context.report({
        message: `Unknown front matter key \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}`,
        place: frontMatterKeyPlace(context, key)
      })
    }
  }
}

/** Levenshtein distance, for short keys. */
function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    row = next
  }
  return row[b.length]!
}

export default rule
