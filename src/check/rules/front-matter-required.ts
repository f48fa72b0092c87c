import {requiredFrontMatterKeys} from '../../data/front-matter-keys.js'
import {frontMatterKeyPlace} from '../places.js'
import type {Rule} from '../types.js'

/** title, date and source_url in the front matter, each a non-empty value. */
const rule: Rule = {
  meta: {
    id: 'front-matter-required',
    description: 'The front matter gives a title, a date and a source_url, none empty.',
    rationale:
      '1 CFR 19.1 requires a suitable title; the date orders the document among those that amend it, and the source URL is where a reader checks the text. Without them the corpus cannot place or cite the document.',
    severity: 'error',
    fixable: false,
    category: 'front-matter',
    examples: {
      bad: "---\ntitle: Adjusting Imports of Steel Into the United States\ndate: '2025-02-10'\n---",
      good: "---\ntitle: Adjusting Imports of Steel Into the United States\ndate: '2025-02-10'\nsource_url: https://www.whitehouse.gov/presidential-actions/2025/02/adjusting-imports-of-steel-into-the-united-states/\n---"
    }
  },
  check(context) {
    // A file without front matter is reported once, by the parser (missing-front-matter).
    if (!context.frontMatter.present) return
    for (const key of requiredFrontMatterKeys) {
      const value = context.frontMatter.data[key]
      if (value === undefined || value === null || String(value).trim() === '')
        context.report({
          message: `The front matter gives no \`${key}\`${value === undefined ? '' : ' (it is empty)'}`,
          place: frontMatterKeyPlace(context, key)
        })
    }
  }
}

export default rule
