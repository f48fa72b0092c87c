import {frontMatterKeyPlace} from '../places.js'
import type {Rule} from '../types.js'

/** source_url is an absolute http(s) URL. */
const rule: Rule = {
  meta: {
    id: 'front-matter-source-url',
    description: 'The front matter `source_url` is an absolute http or https URL.',
    rationale:
      'Every link the corpus and the reading room print to the source starts from it; a relative path, a typo in the scheme or a bare host name is a dead link.',
    severity: 'error',
    fixable: false,
    category: 'front-matter',
    examples: {
      bad: 'source_url: www.whitehouse.gov/presidential-actions/2025/02/adjusting-imports-of-steel/',
      good: 'source_url: https://www.whitehouse.gov/presidential-actions/2025/02/adjusting-imports-of-steel/'
    }
  },
  check(context) {
    const value = context.frontMatter.data.source_url
    if (value === undefined || value === null || String(value).trim() === '') return
    let url: URL | null = null
    try {
      url = new URL(String(value))
    } catch {
      url = null
    }
    if (
      !url ||
      (url.protocol !== 'https:' && url.protocol !== 'http:') ||
      !url.hostname.includes('.')
    )
      context.report({
        message: `\`source_url\` is not an absolute http(s) URL: ${JSON.stringify(String(value))}`,
        place: frontMatterKeyPlace(context, 'source_url')
      })
  }
}

export default rule
