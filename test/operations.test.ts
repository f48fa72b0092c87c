/**
 * Amending instructions as operations (src/supersede/operations.ts): the forms, one case a line
 * (test/fixtures/cases/operation-forms.tsv), and the operations of real documents of proclamations/.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import type {DocumentJson, OperationJson} from '../src/document/types.js'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {operationKinds} from '../src/supersede/operations.js'
import {caseTable, parseCorpusFile, root} from './helpers.js'

const schema = JSON.parse(readFileSync(path.join(root, 'schema/document.schema.json'), 'utf8'))
const validate = new Ajv({allErrors: true, strict: false}).compile(schema)

/** An order of one section whose paragraphs (` ¶ ` between them) are the case's. */
const parseCase = (paragraphs: string): DocumentJson =>
  parseDocument(
    [
      '---',
      'title: "A Case"',
      'document_type: executive_order',
      '---',
      'By the authority vested in me as President, it is hereby ordered as follows:',
      '',
      ...paragraphs.split(' ¶ ').flatMap((p, i) => [i === 0 ? `Sec. 1. ${p}` : p, ''])
    ].join('\n'),
    'case.md'
  ).json!

/** An operation as a case writes it: `op:target`, `>as` after it, `@relation:anchor` after that (` ; ` between). */
const written = (o: OperationJson): string =>
  `${o.operation}:${o.target}${o.as ? `>${o.as}` : ''}${o.position ? `@${o.position.relation}:${o.position.anchor}` : ''}`

const operationsOf = (doc: DocumentJson): OperationJson[] =>
  doc.supersessions.flatMap((s) => s.operations ?? [])

describe('operation forms, one case a line (test/fixtures/cases/operation-forms.tsv)', () => {
  const cases = caseTable('operation-forms.tsv').map(([paragraphs, operations, texts]) => {
    return {
      paragraphs: paragraphs!,
      operations: operations === '-' ? [] : operations!.split(' ; '),
      // Each operation's struck and inserted text, `struck/inserted`, ` ; ` between operations.
      texts: texts === '-' ? null : texts!.replaceAll('\\n', '\n').split(' ; ')
    }
  })
  it.each(cases.map((c) => [c.paragraphs.slice(0, 100), c] as const))('%s', (_, c) => {
    const doc = parseCase(c.paragraphs)
    const operations = operationsOf(doc)
    expect(operations.map(written)).toEqual(c.operations)
    if (c.texts)
      expect(operations.map((o) => `${o.struck ?? ''}/${o.inserted ?? ''}`)).toEqual(c.texts)
    // Every target of an amendment is a provision an operation names (old and new designation both), or its instrument.
    for (const s of doc.supersessions.filter((e) => e.operations))
      expect(new Set(s.targets)).toEqual(
        new Set(s.operations!.flatMap((o) => (o.as ? [o.target, o.as] : [o.target])))
      )
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
  })
})

describe('provisions named inside an amending instruction are cited', () => {
  it('a range after a plural name runs through its ends; a hyphenated section number stays one', () => {
    const doc = parseCase(
      'Executive Order 14144 of January 16, 2025, is hereby amended by: ¶ (a) striking subsections 2(a)-(b); and ¶ (b) striking section 5 and redesignating sections 6-8 as sections 5-7.'
    )
    const cited = doc.citations.map((c) => (c.through ? `${c.id}..${c.through}` : c.id))
    expect(cited).toEqual([
      'eo/14144',
      'eo/14144/2/a..eo/14144/2/b',
      'eo/14144/2/b',
      'eo/14144/5',
      'eo/14144/6..eo/14144/8',
      'eo/14144/8',
      'eo/14144/5..eo/14144/7',
      'eo/14144/7'
    ])
    // "are replaced with new subsections 1(a)(iv)(B) through 1(a)(vi)": the new ones are the amended order's.
    const replaced = parseCase(
      'Subsections 1(a)(iv)(B) through 1(a)(v) of Executive Order 13851 are replaced with new subsections 1(a)(iv)(B) through 1(a)(vi), to read as follows: ¶ “(B) new text;”'
    )
    expect(replaced.citations.map((c) => (c.through ? `${c.id}..${c.through}` : c.id))).toEqual([
      'eo/13851/1/a/iv/B..eo/13851/1/a/v',
      'eo/13851/1/a/v',
      'eo/13851/1/a/iv/B..eo/13851/1/a/vi',
      'eo/13851/1/a/vi'
    ])
    const parts = parseCase(
      'Executive Order 12131 is amended by: ¶ (a) striking section 1-102(a); and ¶ (b) revising sections 3-3 and 4-4 to read as follows: “Sec. 3-3. New text.”'
    )
    expect(parts.citations.map((c) => c.id)).toEqual(
      expect.arrayContaining(['eo/12131/1-102/a', 'eo/12131/3-3', 'eo/12131/4-4'])
    )
  })
})

describe('operations of real documents', () => {
  it('EO 14144 amended by the 2025-06-06 order: strikes and redesignations at every provision named', async () => {
    const doc = await parseCorpusFile('2025-06-06-cybersecurity-amending-eo-13694-14144.md')
    const [first, second, third] = doc.supersessions
    expect(first!.targets).toEqual([
      'eo/14144/2/a',
      'eo/14144/2/b',
      'eo/14144/2/c',
      'eo/14144/2/d',
      'eo/14144/2/e',
      'eo/14144/3/a',
      'eo/14144/3/b',
      'eo/14144/3/c',
      'eo/14144/3/d',
      'eo/14144/3/e',
      'eo/14144/3/c/i/A',
      'eo/14144/4/b/iv',
      'eo/14144/4/d/ii',
      'eo/14144/4/d/iii',
      'eo/14144/5',
      'eo/14144/6',
      'eo/14144/7',
      'eo/14144/8',
      'eo/14144/9',
      'eo/14144/10',
      'eo/14144/11',
      'eo/14144/8/c'
    ])
    expect(first!.operations!.slice(0, 3)).toMatchObject([
      {operation: 'strike', target: 'eo/14144/2/a', text: 'striking subsections 2(a)-(b)'},
      {operation: 'strike', target: 'eo/14144/2/b'},
      {operation: 'redesignate', target: 'eo/14144/2/c', as: 'eo/14144/2/a'}
    ])
    expect(first!.operations!.find((o) => o.target === 'eo/14144/3/c/i/A')).toMatchObject({
      operation: 'strike',
      struck: 'novel',
      // Where the instruction stands: line 39 of the file, after the item's label.
      source: {start: {line: 39, column: 6}}
    })
    // "striking former section 6 (newly designated section 5) and inserting, in lieu thereof, the following:"
    // and the quotation after it, over its three paragraphs.
    const former = second!.operations!.find((o) => o.target === 'eo/14144/6')!
    expect(former).toMatchObject({operation: 'strike-insert', as: 'eo/14144/5'})
    expect(former.inserted).toMatch(/^Sec\. 5\. Promoting Security with and in Artificial/)
    expect(former.inserted!.split('\n\n')).toHaveLength(3)
    expect(third!.operations).toMatchObject([
      {
        operation: 'strike-insert',
        target: 'eo/13694/1/a/ii',
        struck: 'any person',
        inserted: 'any foreign person'
      },
      {operation: 'strike-insert', target: 'eo/13694/1/a/iii'}
    ])
  })

  it('clause 2 of Proclamation 9705 revised to read, the new clause quoted over its paragraphs', async () => {
    const doc = await parseCorpusFile('2021-12-27-steel-232-eu-trq.md')
    const [clause2, clause1] = doc.supersessions.filter((s) => s.action === 'amend')
    expect(clause2).toMatchObject({
      targets: ['proc/9705/2'],
      operations: [
        {operation: 'read-as', target: 'proc/9705/2', text: 'is revised to read as follows'}
      ]
    })
    const inserted = clause2!.operations![0]!.inserted!
    expect(inserted).toMatch(/^\(2\)\(a\) In order to establish certain modifications/)
    // The quoted clause's own paragraph (b), with its label.
    expect(inserted).toMatch(/\n\n\(b\) Except as otherwise provided in this proclamation/)
    expect(clause1!.operations).toMatchObject([{operation: 'read-as', target: 'proc/9980/1'}])
  })

  it('clause 2 of Proclamation 9704: a deletion and an insertion before the period at the end', async () => {
    const doc = await parseCorpusFile('2022-05-31-aluminum-232-uk-trq.md')
    const amend = doc.supersessions.find((s) => s.action === 'amend')!
    expect(amend.operations).toMatchObject([
      {
        operation: 'strike-insert',
        target: 'proc/9704/2',
        struck: 'and',
        position: {relation: 'before', anchor: 'the period at the end'}
      }
    ])
    expect(amend.operations![0]!.inserted).toMatch(/^, and \(i\) on or after 12:01 a\.m\./)
  })

  it('an order of 2006 amending four orders, items scoped by "in subsection 1(f):"', async () => {
    const doc = await parseCorpusFile('2006-05-12-fr-md-eo-13403-amendments-revocation.md')
    const [eo11030, , , eo13389] = doc.supersessions
    expect(eo11030!.operations!.map((o) => [o.operation, o.target, o.struck, o.inserted])).toEqual([
      ['strike-insert', 'eo/11030/1/f', 'typewritten', 'prepared'],
      ['strike-insert', 'eo/11030/1/f', '8 x 13', '85 x 14'],
      ['strike-insert', 'eo/11030/1/f', '1 1/2', '1'],
      ['strike', 'eo/11030/2/a', ', with seven copies thereof,', undefined],
      ['strike', 'eo/11030/2/c', undefined, undefined],
      ['strike', 'eo/11030/2/d', undefined, undefined],
      ['redesignate', 'eo/11030/2/e', undefined, undefined],
      [
        'strike-insert',
        'eo/11030/5',
        'Section 12 of the Federal Register Act',
        'section 1511 of title 44, United States Code'
      ],
      [
        'strike-insert',
        'eo/11030/6',
        'Section 5(a) of the Federal Register Act',
        'subsection 1505(a) of title 44, United States Code'
      ]
    ])
    // "Section 3 of Executive Order 13389 ... is amended: (a) ... subsection (a); ... (c) by striking subsection (c)".
    expect(eo13389!.targets).toEqual(['eo/13389/3/a', 'eo/13389/3/b', 'eo/13389/3/c'])
  })

  it('amending items that read "Amending section 1 to read as follows:"', async () => {
    const doc = await parseCorpusFile('2024-12-20-biden-amendments-certificates-badges.md')
    expect(doc.supersessions.map((s) => s.targets)).toEqual([
      ['eo/12793/1', 'eo/12793/2'],
      ['eo/11926/1', 'eo/11926/2', 'eo/11926/4', 'eo/11926/6']
    ])
    expect(operationsOf(doc).every((o) => o.operation === 'read-as')).toBe(true)
    expect(operationsOf(doc)[0]!.inserted).toMatch(/^Section 1\. Presidential Service Certificate/)
  })

  it('a phrase "amended to read" wherever it appears: struck and inserted in each proclamation', async () => {
    const doc = await parseCorpusFile('2025-01-02-amending-proclamations-8336-9173.md')
    const phrase = doc.supersessions.find((s) => s.provision === 'Sec. 3')!
    expect(phrase.operations!.map((o) => [o.operation, o.target, o.struck, o.inserted])).toEqual([
      [
        'strike-insert',
        'proc/8336',
        'Pacific Remote Islands Marine National Monument',
        'Pacific Islands Heritage Marine National Monument,'
      ],
      [
        'strike-insert',
        'proc/9173',
        'Pacific Remote Islands Marine National Monument',
        'Pacific Islands Heritage Marine National Monument,'
      ]
    ])
    // The titles "amended to read": the whole instrument, nothing narrower named.
    expect(doc.supersessions[0]).toMatchObject({
      targets: ['proc/8336'],
      operations: [{operation: 'read-as', target: 'proc/8336'}]
    })
  })

  it('revocations and other actions carry no operations', async () => {
    const doc = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    for (const s of doc.supersessions.filter((e) => e.action !== 'amend'))
      expect(s.operations).toBeUndefined()
  })
})

describe('the operation kinds', () => {
  it('are the schema enum', () => {
    expect(schema.definitions.operation.properties.operation.enum).toEqual([...operationKinds])
  })
})

describe('adversarial instructions', () => {
  // Every expression is anchored or bounded (blanked quotations are long runs of spaces): each must finish (the
  // timeout guards).
  const inputs = [
    '“                                ”; ',
    '(a) striking subsections 2(a)-(b) and redesignating subsections 2(c)-(e) as 2(a)-(c); ',
    ': (a)         ',
    'striking “and” after “(h)” in section 2(b), and in section 3, by ',
    'section 1-2-3-4-5-6 (a)(b)(c)(d) '
  ]
  it.each(inputs)('128 KB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(2 ** 17 / unit.length)).slice(0, 2 ** 17)
    const doc = parseCase(`Executive Order 14144 is hereby amended by: ${text}`)
    for (const o of operationsOf(doc)) expect(o.target).toMatch(/^eo\/14144\b/)
  })
})

describe('an amending item naming hundreds of provisions', () => {
  it('gives one operation for each, with the clause words once read, and the next item after them', () => {
    const list = Array.from({length: 300}, (_, i) => i + 1).join(', ')
    const doc = parseCase(
      `Executive Order 14000 is amended by: (a) striking sections ${list}; and (b) adding at the end the following: “Sec. 301. x.”`
    )
    const operations = operationsOf(doc)
    expect(operations.map(written)).toEqual([
      ...Array.from({length: 300}, (_, i) => `strike:eo/14000/${i + 1}`),
      'add:eo/14000/301@at the end:'
    ])
    // Each strike's words are the item's, its joining "; and" off them.
    expect(new Set(operations.slice(0, 300).map((o) => o.text))).toEqual(
      new Set([`striking sections ${list}`])
    )
  })
})
