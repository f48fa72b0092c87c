import type {Rule} from '../types.js'

/** A proclamation closes with "IN WITNESS WHEREOF, I have hereunto set my hand ...". */
const rule: Rule = {
  meta: {
    id: 'witness-clause',
    description:
      'A proclamation concludes with a witness clause: "IN WITNESS WHEREOF, I have hereunto set my hand this ... day of ..., in the year of our Lord ..., and of the Independence of the United States of America the ...".',
    rationale:
      'The witness clause is the form proclamations are signed in, and the date it spells out is the signing date the corpus orders actions by; without it the document is dated only by its front matter. (Its date and year of Independence are checked when the document is parsed: unparsed-witness-date, independence-year-mismatch, signed-date-far-from-date.)',
    severity: 'error',
    fixable: false,
    category: 'structure',
    examples: {
      bad: '(4)  Any provision of previous proclamations ... shall not be affected.\n\n                             DONALD J. TRUMP',
      good: '(4)  Any provision of previous proclamations ... shall not be affected.\n\nIN WITNESS WHEREOF, I have hereunto set my hand this fourteenth day of January, in the year of our Lord two thousand twenty-six, and of the Independence of the United States of America the two hundred and fiftieth.\n\n                             DONALD J. TRUMP'
    }
  },
  check(context) {
    if (context.tree.data.meta.type !== 'proclamation') return
    if (context.tree.children.some((n) => n.type === 'witnessClause')) return
    const last = context.tree.children[context.tree.children.length - 1]
    context.report({
      message:
        'The proclamation has no witness clause ("IN WITNESS WHEREOF, I have hereunto set my hand ...")',
      place: last ? last.position : context.at(context.frontMatter.bodyStart)
    })
  }
}

export default rule
