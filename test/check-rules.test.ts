/**
 * Each rule of `proclaim check` against valid and invalid cases shaped on real documents: a bundled document
 * as it is (valid), and the same document broken the way a drafter breaks it (invalid, with the line each
 * problem must be reported at). One small tester runs every list.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkDocument} from '../src/check/check-document.js'
import {corpusContext} from '../src/check/corpus-context.js'
import {checkRules} from '../src/check/registry.js'
import {ruleDocs} from '../src/check/rule-docs.js'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {corpusDir, root} from './helpers.js'

const proclamation = '2026-01-14-critical-minerals-232.md'
const order = '2021-02-17-biden-revocation-eo-13801.md'
const read = (name: string) => readFileSync(path.join(corpusDir, name), 'utf8')

/** A document's text with one piece replaced; the piece must be there (a case never tests nothing). */
function broken(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to)
  if (changed === text) throw new Error(`case: ${String(from)} not found`)
  return changed
}

interface Case {
  name: string
  source: string
  /** For an invalid case: the line of each problem of the rule, in order, and a word its message holds. */
  problems?: Array<[line: number, says: RegExp]>
}

/** Every case of a rule: valid ones report nothing of it, invalid ones exactly their problems. */
function ruleCases(
  ruleId: string,
  cases: {valid: Case[]; invalid: Case[]},
  withCorpus: string[] = []
) {
  describe(ruleId, () => {
    for (const c of [...cases.valid, ...cases.invalid])
      it(`${c.problems ? 'reports' : 'accepts'} ${c.name}`, () => {
        const result = parseDocument(c.source, `case/${c.name}.md`)
        const others = withCorpus.map((f) => parseDocument(read(f), path.join('proclamations', f)))
        const corpus = withCorpus.length > 0 ? corpusContext([result, ...others]) : null
        const found = checkDocument(result, {corpus}).problems.filter((p) => p.ruleId === ruleId)
        expect(
          found.map((p) => p.place.start.line),
          found.map((p) => p.message).join('\n')
        ).toEqual((c.problems ?? []).map(([line]) => line))
        for (const [i, p] of found.entries()) expect(p.message).toMatch(c.problems![i]![1])
      })
  })
}

const valid = [
  {name: 'a section 232 proclamation as printed', source: read(proclamation)},
  {name: 'an executive order as printed', source: read(order)}
]

ruleCases('front-matter-required', {
  valid,
  invalid: [
    {
      name: 'a document without its source_url',
      source: broken(read(proclamation), /^source_url: .*\n/m, ''),
      problems: [[1, /source_url/]]
    },
    {
      name: 'an empty title',
      source: broken(read(order), /^title: .*$/m, "title: ''"),
      problems: [[6, /`title` \(it is empty\)/]]
    }
  ]
})

ruleCases('front-matter-source-url', {
  valid,
  invalid: [
    {
      name: 'a source URL without its scheme',
      source: broken(read(proclamation), 'source_url: https://www.', 'source_url: www.'),
      problems: [[5, /not an absolute http\(s\) URL/]]
    }
  ]
})

ruleCases('front-matter-unknown-key', {
  valid,
  invalid: [
    {
      name: 'a misspelt key',
      source: broken(read(order), 'published_time:', 'publishd_time:'),
      problems: [[5, /`publishd_time` \(did you mean `published_time`\?\)/]]
    }
  ]
})

ruleCases('finding-sequence', {
  valid,
  invalid: [
    {
      name: 'a finding numbered twice',
      source: broken(read(proclamation), /^3\.\s+The Secretary found/m, '2.  The Secretary found'),
      problems: [[38, /Finding 2 stands where finding 3 belongs/]]
    },
    {
      name: 'a finding missing',
      source: broken(
        read(proclamation),
        /^4\\\.\s+The Secretary also/m,
        '5\\.  The Secretary also'
      ),
      problems: [[47, /Finding 5 stands where finding 4 belongs/]]
    }
  ]
})

ruleCases('provision-sequence', {
  valid,
  invalid: [
    {
      name: 'a clause skipped',
      source: broken(
        read(proclamation),
        /^\(3\)\s+The Secretary shall continue/m,
        '(4)  The Secretary shall continue'
      ),
      problems: [[218, /\(4\) stands where \(3\) belongs \(after \(2\), before \(4\)\)/]]
    },
    {
      name: 'a section numbered twice',
      source: broken(read(order), '**Sec. 3.**', '**Sec. 2.**'),
      problems: [[27, /Sec\. 2 follows Sec\. 2: it repeats/]]
    }
  ]
})

ruleCases('enacting-formula', {
  valid,
  invalid: [
    {
      name: 'an order whose formula is lost',
      source: broken(
        read(order),
        /By the authority vested[\s\S]*?it\sis\shereby ordered that:\n/,
        ''
      ),
      problems: [[10, /No enacting formula/]]
    }
  ]
})

ruleCases('formula-authority', {
  valid,
  invalid: [
    {
      name: 'a proclamation whose formula names no authority',
      source: broken(
        read(proclamation),
        /America, by the authority vested[\s\S]*?United States Code, do/,
        'America, do'
      ),
      problems: [[182, /cites no authority/]]
    }
  ]
})

ruleCases('witness-clause', {
  valid,
  invalid: [
    {
      name: 'a proclamation whose witness clause is cut',
      source: broken(read(proclamation), /IN WITNESS WHEREOF[\s\S]*?fiftieth\.\n/, ''),
      problems: [[235, /no witness clause/]]
    }
  ]
})

ruleCases('citation-malformed', {
  valid,
  invalid: [
    {
      name: 'a U.S.C. without its last full stop, a title that does not exist, an unclosed subdivision',
      source: broken(
        broken(
          read(proclamation),
          /as amended, 19 U\.S\.C\.\s1862\s\(section/,
          'as amended, 19 U.S.C 1862 (section'
        ),
        /including section 232, 19 U\.S\.C\.\s1862; and/,
        'including section 232, 90 U.S.C. 1862(c)(3; and'
      ),
      problems: [
        [19, /lacks its last full stop/],
        [184, /no title 90/],
        [184, /Unbalanced parenthesis/]
      ]
    }
  ]
})

ruleCases('markdown-indented-code', {
  valid,
  invalid: [
    {
      name: 'a paragraph indented five spaces',
      source: broken(
        read(proclamation),
        /^\(3\)\s+The Secretary shall continue/m,
        '     (3)  The Secretary shall continue'
      ),
      problems: [[218, /renders it as a code block/]]
    }
  ]
})

ruleCases('markdown-stray-html', {
  valid,
  invalid: [
    {
      name: 'a div left from the page',
      source: broken(read(order), '**Sec. 2.**', '<div class="body-content">\n\n**Sec. 2.**'),
      problems: [[15, /Stray HTML tag <div>/]]
    }
  ]
})

ruleCases(
  'supersession-target',
  {
    valid: [{name: 'a revocation of an order among those checked', source: read(order)}],
    invalid: [
      {
        name: 'a revocation of an order not among those checked',
        source: broken(
          read(order),
          /Executive\sOrder\s13801 of\nJune 15, 2017 \(Expanding Apprenticeships in America\)/,
          'Executive Order 13990 of\nJanuary 20, 2021'
        ),
        problems: [[12, /eo\/13990 is not among the documents checked/]]
      }
    ]
  },
  ['2017-06-15-govinfo-eo-13801-apprenticeships.md']
)

ruleCases(
  'citation-date-mismatch',
  {
    valid: [{name: 'an order cited with its date', source: read(order)}],
    invalid: [
      {
        name: 'an order cited with a wrong date',
        source: broken(
          read(order),
          /Executive\sOrder\s13801 of\nJune 15/,
          'Executive Order 13801 of\nJune 16'
        ),
        problems: [[12, /dated 2017-06-16, but .* is dated 2017-06-15/]]
      }
    ]
  },
  ['2017-06-15-govinfo-eo-13801-apprenticeships.md']
)

ruleCases(
  'duplicate-document',
  {
    valid: [
      {
        name: 'an order checked beside another of the same day',
        source: read('2021-05-14-revoking-proclamation-9945.md')
      }
    ],
    invalid: [
      {
        name: 'a second scrape of the same page',
        source: read('2021-05-14-biden-revocation-technical-amendment-legacy-frontmatter.md'),
        problems: [
          [
            1,
            /^(?:eo\/14029|the same text) is also held by .*2021-05-14-biden-revocation-technical-amendment\.md: the same document posted twice/
          ]
        ]
      },
      {
        name: "a page holding another document's text under its own title",
        source: broken(
          read('2025-02-11-aluminum-232-restoring-25pct.md'),
          /^title: .*$/m,
          'title: Adjusting Imports of Copper into The United States'
        ),
        problems: [
          [
            1,
            /are those of .*2025-02-11-aluminum-232-restoring-25pct\.md \("Adjusting Imports of Aluminum into The United States"\), under another title \("Adjusting Imports of Copper/
          ]
        ]
      }
    ]
  },
  [
    '2021-05-14-biden-revocation-technical-amendment.md',
    '2025-02-11-aluminum-232-restoring-25pct.md'
  ]
)

/** The coal order's amendment of another order, made an amendment of section 2 of EO 13801 (which is checked with it). */
const amendingEo13801 = (struck: string) =>
  broken(
    broken(
      read('2025-04-08-coal-amending-eo-14241.md'),
      /Further, Executive Order 14241\nis hereby amended by deleting the reference to “4332\(d\)\(1\)\(B\)” in\nsection 6\(d\)/,
      `Further, Executive Order 13801\nis hereby amended by deleting the reference to “${struck}” in\nsection 2`
    ),
    /replacing it with a reference to\n“4532\(d\)\(1\)\(B\)”/,
    'replacing it with a reference to\n“the policy of the United States”'
  )

ruleCases(
  'amendment-struck-text',
  {
    valid: [
      {
        name: 'striking words the provision holds',
        source: amendingEo13801('policy of the Federal Government')
      }
    ],
    invalid: [
      {
        name: 'striking words the provision does not hold',
        source: amendingEo13801('policy of the State governments'),
        problems: [
          [
            53,
            /strikes "policy of the State governments" from eo\/13801\/2, but the text of eo\/13801 .* has no such words there/
          ]
        ]
      }
    ]
  },
  ['2017-06-15-govinfo-eo-13801-apprenticeships.md']
)

ruleCases('citation-short-form-first', {
  valid,
  invalid: [
    {
      name: 'a short form used in a finding before the one that defines it',
      source: broken(
        read(proclamation),
        'transmitted to me a report on his investigation',
        'transmitted to me under section 232(b) a report on his investigation'
      ),
      problems: [[16, /^"section 232" is used before the document defines it/]]
    }
  ]
})

ruleCases('markdown-list-numbering', {
  valid: [
    ...valid,
    {
      name: 'findings written as a list numbered in order',
      source: read('2021-02-01-aluminum-232-uae.md')
    }
  ],
  invalid: [
    {
      name: 'a finding numbered as the one before it, in one list',
      source: broken(
        read('2021-02-01-aluminum-232-uae.md'),
        /^3\. {2}Proclamation 9704 applied/m,
        '2.  Proclamation 9704 applied'
      ),
      problems: [[29, /^Item written "2" renders as 3/]]
    }
  ]
})

ruleCases(
  'citation-title-mismatch',
  {
    valid: [{name: 'an order cited with its title', source: read(order)}],
    invalid: [
      {
        name: "an order cited with another order's title",
        source: broken(
          read(order),
          /\(Expanding Apprenticeships in America\)/,
          '(Reducing Regulation and Controlling Regulatory Costs)'
        ),
        problems: [
          [
            12,
            /is titled "Reducing Regulation and Controlling Regulatory Costs", but .* is titled "Expanding Apprenticeships in America"/
          ]
        ]
      }
    ]
  },
  ['2017-06-15-govinfo-eo-13801-apprenticeships.md']
)

describe('the rules', () => {
  it('each has a doc page, made from its metadata and current, that shows a bad and a good example', () => {
    const docs = ruleDocs()
    for (const [name, text] of docs)
      expect(
        readFileSync(path.join(root, 'docs', 'rules', name), 'utf8'),
        `${name}: npm run docs:rules`
      ).toBe(text)
    for (const rule of checkRules) {
      const page = docs.get(`${rule.meta.id}.md`)!
      expect(page, rule.meta.id).toMatch(/\n## Bad\n/)
      expect(page, rule.meta.id).toMatch(/\n## Good\n/)
    }
  })
})
