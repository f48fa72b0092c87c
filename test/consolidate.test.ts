/**
 * Point-in-time text: hand-checked provisions whose original and amending documents are both in proclamations/ (or
 * copied, public domain, into test/fixtures/consolidation/documents/ from the whitehouse.gov pages), each against
 * the text written out by hand from the documents in test/fixtures/consolidation/expected/. Exact match after
 * whitespace normalisation; every operation not applied explained.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import {beforeAll, describe, expect, it} from 'vitest'
import {consolidateDocuments} from '../src/consolidate/consolidate.js'
import type {Consolidation} from '../src/consolidate/model.js'
import {annotatedTextOf, diffBetween, plainText, textOn} from '../src/consolidate/on-date.js'
import {refusals} from '../src/consolidate/reasons.js'
import {normalizeSpace} from '../src/consolidate/tree.js'
import {resolveDatedTargets} from '../src/corpus/dated.js'
import type {DocumentJson} from '../src/document/types.js'
import {parseFile} from '../src/pipeline/parse-document.js'
import {buildGraph} from '../src/supersede/graph.js'
import {corpusDir, root} from './helpers.js'

const fixtures = path.join(root, 'test/fixtures/consolidation')

/** id, date, expected file, and what the case shows. */
const cases: ReadonlyArray<readonly [string, string, string, string]> = [
  [
    'eo/14324/2',
    '2026-03-01',
    'eo-14324-2.txt',
    'read-as of a section; the quotation running on is cut'
  ],
  ['eo/14324/3', '2026-03-01', 'eo-14324-3.txt', 'read-as of a section'],
  ['eo/14324/5', '2026-03-01', 'eo-14324-5.txt', 'section 5 struck, section 6 renumbered 5'],
  ['eo/14324/6', '2026-03-01', 'eo-14324-6.txt', 'section 7 renumbered 6'],
  ['eo/14324/5', '2025-09-01', 'eo-14324-5-original.txt', 'before the amendment: the original'],
  [
    'eo/14193/2/h',
    '2025-03-05',
    'eo-14193-2-h.txt',
    'read-as, a sentence broken over two paragraphs'
  ],
  ['eo/14195/2/g', '2025-02-06', 'eo-14195-2-g.txt', 'read-as of an order named by date and title'],
  ['eo/14195/2/a', '2025-03-05', 'eo-14195-2-a.txt', 'strike-and-insert of words ("10 percent")'],
  ['eo/14289/3/a/ii', '2025-06-05', 'eo-14289-3-a-ii.txt', 'read-as of a clause four deep'],
  ['proc/10925/1', '2025-10-20', 'proc-10925-1.txt', 'read-as of a clause with subclauses'],
  ['proc/10976/5', '2026-01-02', 'proc-10976-5.txt', 'read-as of a proclamation clause'],
  ['eo/14241/6/d', '2025-04-09', 'eo-14241-6-d.txt', 'a mistyped citation replaced'],
  [
    'eo/14031/2/b',
    '2023-10-01',
    'eo-14031-2-b.txt',
    '"and" struck at the end, a period replaced, (viii) added'
  ],
  [
    'eo/14031/2',
    '2023-10-01',
    'eo-14031-2.txt',
    '(d) and (e) redesignated (e) and (f), a new (d) after (c)'
  ],
  ['eo/14031/3/f', '2023-10-01', 'eo-14031-3-f.txt', 'a subsection struck and replaced'],
  ['eo/14084/2/b/i', '2023-10-01', 'eo-14084-2-b-i.txt', '"25" struck, "30" inserted'],
  ['eo/14084/2/f', '2023-10-01', 'eo-14084-2-f.txt', 'a new (f) after (e)'],
  ['eo/14084/2/j', '2023-10-01', 'eo-14084-2-j.txt', '(i) redesignated (j)']
]

let consolidations: Map<string, Consolidation>

async function parseAll(dir: string): Promise<DocumentJson[]> {
  const docs: DocumentJson[] = []
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.md') && n !== 'SOURCES.md')
    .sort()) {
    const r = await parseFile(path.join(dir, f))
    if (r.json) docs.push(r.json)
  }
  return docs
}

beforeAll(async () => {
  const docs = [
    ...(await parseAll(corpusDir)),
    ...(await parseAll(path.join(fixtures, 'documents')))
  ]
  const resolved = resolveDatedTargets(docs)
  const {keys} = buildGraph(resolved)
  consolidations = consolidateDocuments(
    resolved.map((d) => ({...d, key: keys.get(d.id)!, date: d.signedDate ?? d.date}))
  )
}, 120_000)

const expected = (file: string) => readFileSync(path.join(fixtures, 'expected', file), 'utf8')
const consolidationOf = (id: string) => consolidations.get(id.split('/').slice(0, 2).join('/'))!

describe('text on a date, hand-checked', () => {
  it.each(cases)('%s on %s (%s: %s)', (id, on, file) => {
    const text = textOn(consolidationOf(id), id, on)
    expect(text.found).toBe(true)
    expect(normalizeSpace(plainText(text))).toBe(normalizeSpace(expected(file)))
  })
})

describe('operations not applied are explained', () => {
  it('gives every refusal a reason and a diagnostic at the instruction, with the target', () => {
    for (const c of consolidations.values())
      for (const [i, op] of c.operations.entries()) {
        if (op.outcome !== 'refused') continue
        expect(refusals).toContain(op.reason)
        const d = c.diagnostics.find((x) => x.operation === i)
        expect(d, `${c.id} ${i}`).toBeDefined()
        expect(d!.file).toBe(op.source.file)
        expect(d!.line).toBe(op.source.position.start.line)
        expect(d!.target.id).toBe(op.target)
      }
  })

  it('knows a provision an amendment gave whole where the original is not in the corpus, and says so', () => {
    // Proclamation 9705 is not in proclamations/: clause 2 is known from the proclamations revising it to read.
    const c = consolidationOf('proc/9705/2')
    expect(c.original).toBeNull()
    const text = textOn(c, 'proc/9705/2', '2025-06-01')
    expect(text.unknown).toMatch(/original text of proc\/9705 is not in the corpus/)
    // Before any amendment gives it, its text is not known.
    expect(textOn(c, 'proc/9705/2', '2019-01-01').found).toBe(false)
  })

  it('refuses words struck from a text it does not hold, and marks the provision uncertain', () => {
    // Clause 2 of Proclamation 9704 is amended word by word; its text is not in the corpus.
    const c = consolidationOf('proc/9704/2')
    const refused = c.operations.filter((o) => o.outcome === 'refused')
    expect(refused.length).toBeGreaterThan(0)
    expect(new Set(refused.map((o) => o.reason))).toEqual(new Set(['text-unknown']))
    expect(textOn(c, 'proc/9704/2', '2026-01-01').uncertain.length).toBeGreaterThan(0)
  })

  it('does not put an annex amendment into the provisions', () => {
    // "the chapeau of Annex II of each of Proclamations 11046, 11047, and 11048, is amended by deleting ...".
    const c = consolidationOf('proc/11046')
    expect(c.operations.map((o) => o.reason)).toEqual(['annex'])
    expect(plainText(textOn(c, 'proc/11046/1', '2026-09-01'))).toMatch(/August 19, 2026/)
  })
})

describe('annotations and diffs', () => {
  it('marks each changed passage with the operation that made it', () => {
    const text = annotatedTextOf(
      textOn(consolidationOf('eo/14084/2/b/i'), 'eo/14084/2/b/i', '2023-10-01')
    )
    expect(text).toMatch(/\[-25-\]\[1\]\{\+30\+\}\[1\]|\{\+30\+\}\[1\]/)
    expect(text).toMatch(
      /\[1\] 2023-09-30 strike-insert eo\/14084\/2\/b\/i by 2023-09-29-eo-advisory/
    )
  })

  it('shows what changed between two dates as a unified diff', () => {
    const diff = diffBetween(consolidationOf('eo/14324'), 'eo/14324/5', '2025-09-01', '2026-03-01')
    expect(diff).toMatch(/^--- eo\/14324\/5 on 2025-09-01\n\+\+\+ eo\/14324\/5 on 2026-03-01\n@@ /)
    expect(diff).toMatch(/^-Sec\. 5\. Definition\./m)
    expect(diff).toMatch(/^\+Sec\. 5\. Severability\./m)
    expect(diffBetween(consolidationOf('eo/14324'), 'eo/14324/4', '2025-09-01', '2026-03-01')).toBe(
      ''
    )
  })
})

describe('consolidated/<id>.json', () => {
  it('is valid against its schema, and its refusals are the reasons table', () => {
    const schema = JSON.parse(
      readFileSync(path.join(root, 'schema/consolidated.schema.json'), 'utf8')
    )
    const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
    for (const c of consolidations.values())
      expect(
        validate(JSON.parse(JSON.stringify(c))),
        `${c.id}: ${JSON.stringify(validate.errors?.slice(0, 2))}`
      ).toBe(true)
    expect(schema.$defs.refusal.enum).toEqual(refusals)
  })
})
