import type {ListItem} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Rule} from '../types.js'

/** The number a list item's marker prints: "4." -> 4. */
const marker = /^[ \t]*(\d{1,9})[.)]/

/**
 * A numbered finding written as a Markdown list item renders with the number the list gives it, not the one
 * written: a list numbers its items from its first item's number on ("1. 1. 1." renders 1, 2, 3; "3." after
 * "1." renders 2). The reader of the rendered page then sees other numbers than the text says.
 */
const rule: Rule = {
  meta: {
    id: 'markdown-list-numbering',
    description:
      "Each item of a numbered Markdown list is written with the number it renders with (its list's first number, plus one an item).",
    rationale:
      'Markdown ignores every list number but the first: findings written "1.", "1.", "1." render as 1, 2, 3, and a finding "5." that follows "3." in one list renders as 4. The toolkit reads the numbers as written, a reader of the rendered page sees others, and a citation of "finding 5" points at different text for each. Number the items in order, or escape the number ("5\\.") so it is text.',
    severity: 'warning',
    fixable: false,
    category: 'markdown',
    examples: {
      bad: "1.  On January 19, 2018, the Secretary of Commerce transmitted to me a report ...\n\n1.  In Proclamation 9705 of March 8, 2018, I concurred in the Secretary's finding ...",
      good: "1.  On January 19, 2018, the Secretary of Commerce transmitted to me a report ...\n\n2.  In Proclamation 9705 of March 8, 2018, I concurred in the Secretary's finding ..."
    }
  },
  check(context) {
    visit(context.markdown(), 'list', (list) => {
      if (!list.ordered) return
      const first = list.start ?? 1
      list.children.forEach((item: ListItem, i) => {
        const start = item.position?.start.offset
        if (start === undefined) return
        const written = marker.exec(context.source.slice(start, start + 12))
        if (!written) return
        const rendered = first + i
        if (Number(written[1]) === rendered) return
        context.report({
          message: `Item written "${written[1]}" renders as ${rendered} (a Markdown list numbers its items from its first): number it ${rendered}, or escape the number ("${written[1]}\\.") to keep it as written`,
          place: context.at(start, start + written[0].length)
        })
      })
    })
  }
}

export default rule
