import {visit} from 'unist-util-visit'
import type {Rule} from '../types.js'

/** Four spaces or a tab of indent: CommonMark's indented code block. */
const indent = /^(?: {4,}|\t)/

/** A paragraph indented four spaces or more renders as a code block, in a grey box, unwrapped. */
const rule: Rule = {
  meta: {
    id: 'markdown-indented-code',
    description:
      'No paragraph is indented four spaces or more (Markdown renders such a paragraph as a code block).',
    rationale:
      'whitehouse.gov pages indent their paragraphs five spaces; on GitHub and in any Markdown renderer that turns the text into a monospaced, unwrapped code block, and a reader of the rendered page sees no paragraphs, emphasis or links. The toolkit reads the text either way; readers do not.',
    severity: 'warning',
    fixable: true,
    category: 'markdown',
    examples: {
      bad: '     By the authority vested in me as President by the Constitution and the\nlaws of the United States of America, it is hereby ordered:',
      good: 'By the authority vested in me as President by the Constitution and the\nlaws of the United States of America, it is hereby ordered:'
    }
  },
  check(context) {
    visit(context.markdown(), 'code', (node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (node.lang || start === undefined || end === undefined) return
      // The node starts after its indent: read the whole first line.
      const lineStart = context.source.lastIndexOf('\n', start - 1) + 1
      const block = context.source.slice(lineStart, end)
      if (!indent.test(block)) return
      context.report({
        message:
          'This paragraph is indented four spaces or more: Markdown renders it as a code block',
        place: context.at(
          lineStart,
          context.source.indexOf('\n', lineStart) === -1
            ? end
            : Math.min(end, context.source.indexOf('\n', lineStart))
        ),
        fix: {
          range: [lineStart, end],
          text: block
            .split('\n')
            .map((line) => line.trimStart())
            .join('\n')
        }
      })
    })
  }
}

export default rule
