/** Across the corpus: numbers inferred from citations, the supersession graph, status on a date. */
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {buildGraph, statusOf, type DocumentJson, type Graph} from '../src/index.js'
import {datedResolver, resolveDatedTargets} from '../src/corpus/dated.js'
import {inferNumbers, type GraphDocument} from '../src/supersede/identity.js'
import {corpusDir, corpusFiles, parseCorpusFile, sourcesTable} from './helpers.js'

let docs: DocumentJson[]
let graph: Graph
beforeAll(async () => {
  docs = await Promise.all(corpusFiles().map(parseCorpusFile))
  graph = buildGraph(docs)
}, 120_000)

describe('document numbers', () => {
  it('infers whitehouse.gov numbers from how other documents cite them, in agreement with SOURCES.md', () => {
    const table = sourcesTable()
    const cited = [...graph.numbers.values()].filter((n) => n.source === 'cited')
    expect(cited.length).toBeGreaterThan(30)
    let agree = 0
    for (const n of cited) {
      const expected = table.get(`${n.id}.md`)!.number
      if (expected === '') continue
      expect(n.number, n.id).toBe(expected)
      expect(n.citedBy.length).toBeGreaterThan(0)
      agree++
    }
    expect(agree).toBeGreaterThan(30)
    expect(graph.numbers.get('2025-03-15-alien-enemies-act-tren-de-aragua')).toMatchObject({
      number: '10903',
      source: 'cited'
    })
  })

  it('takes the number another printing of the same document prints (same type, title and date)', () => {
    expect(graph.numbers.get('2025-04-09-reciprocal-tariff-modifying')).toMatchObject({
      number: '14266',
      source: 'printing',
      citedBy: ['2025-04-09-fr-md-eo-14266-modifying-reciprocal']
    })
    // The two printings act once: each action of the order on EO 14257 is one edge.
    const actions = statusOf(graph, 'eo/14257', '2025-06-15').actions.filter(
      (e) => e.from === 'eo/14266'
    )
    expect(actions.map((e) => `${e.action} ${e.to}`).sort()).toEqual([
      'modify eo/14257',
      // Its country headings, suspended.
      'suspend eo/14257',
      'suspend eo/14257/3/a'
    ])
    for (const n of graph.numbers.values())
      if (n.source === 'printing')
        expect(sourcesTable().get(`${n.id}.md`)?.number, n.id).toBe(n.number)
  })

  it('of two numbers the citations give a document as often, takes the one in order with the numbers known', () => {
    // One order cites "Executive Order 14231 of March 2, 2025 (Amendment to Duties ...)", another "Executive Order
    // 14226 of March 2, 2025" under the same title; EO 14228 of March 3 is known: 14231 cannot be of March 2.
    const order = (
      id: string,
      date: string,
      title: string,
      number: string | null,
      cites: Array<[string, string, string]> = []
    ): GraphDocument => ({
      id,
      type: 'executive_order',
      number,
      title,
      date,
      signedDate: date,
      provenance: {number: number ? 'text' : null},
      citations: cites.map(([n, d, t]) => ({id: `eo/${n}`, type: 'eo', date: d, title: t})),
      findings: [],
      formula: null,
      supersessions: []
    })
    const title =
      'Amendment to Duties to Address the Flow of Illicit Drugs Across Our Northern Border'
    const numbers = inferNumbers([
      order('northern', '2025-03-02', title, null),
      order('china', '2025-03-03', 'Further Amendment to Duties', '14228'),
      order('reciprocal', '2025-04-02', 'Reciprocal', '14257', [['14231', '2025-03-02', title]]),
      order('stacking', '2025-04-29', 'Stacking', '14289', [['14226', '2025-03-02', title]])
    ])
    expect(numbers.get('northern')).toMatchObject({
      number: '14226',
      source: 'cited',
      citedBy: ['stacking']
    })
    // Without a number known to order them, neither.
    const alone = inferNumbers([
      order('northern', '2025-03-02', title, null),
      order('reciprocal', '2025-04-02', 'Reciprocal', null, [['14231', '2025-03-02', title]]),
      order('stacking', '2025-04-29', 'Stacking', null, [['14226', '2025-03-02', title]])
    ])
    expect(alone.get('northern')).toBeUndefined()
  })

  it('reports a number given to two documents', () => {
    expect(graph.numbers.get('2025-01-20-initial-rescissions')!.sharedWith).toContain(
      '2025-01-20-fr-md-eo-14148-initial-rescissions'
    )
  })
})

describe('status', () => {
  it('EO 13801 is in force until EO 14016 (2021-02-17) revokes it', () => {
    expect(statusOf(graph, 'eo/13801', '2021-02-16').status).toBe('in force')
    const after = statusOf(graph, 'eo/13801', '2021-03-01')
    expect(after.status).toBe('revoked')
    expect(after.chain.map((e) => [e.date, e.action, e.fromDocument])).toEqual([
      ['2021-02-17', 'revoke', '2021-02-17-biden-revocation-eo-13801']
    ])
  })

  it('a revoked order revokes its provisions; revoking a clause leaves the proclamation in force in part', () => {
    expect(statusOf(graph, 'eo/13985/2', '2025-02-01').status).toBe('revoked')
    const p9705 = statusOf(graph, 'proc/9705', '2026-08-01')
    expect(p9705.status).toBe('in force')
    expect(p9705.inPart.map((e) => e.to)).toContain('proc/9705/3')
    expect(statusOf(graph, 'proc/9705/3', '2026-08-01').status).toBe('revoked')
  })

  it('the amendment chain of clause 2 of Proclamation 9704 (aluminum), in order of effect', () => {
    const s = statusOf(graph, 'proc/9704/2', '2026-08-01')
    expect(s.status).toBe('in force')
    const dates = s.amendedBy.map((e) => e.date!)
    expect(dates.length).toBeGreaterThanOrEqual(5)
    expect([...dates].sort()).toEqual(dates)
    expect(s.amendedBy[0]).toMatchObject({
      from: 'proc/10327',
      fromProvision: '(2)',
      // The EU's tariff-rate quota took effect on January 1, 2022, days after its signing.
      date: '2022-01-01',
      signed: '2021-12-27'
    })
  })

  it('an order named by date and title is the document signed that day under that title (EO 14195)', () => {
    // "Regarding the Executive Order of February 1, 2025 (Imposing Duties ... China), the following shall replace
    // subsection (g) of section 2": the text's id keeps the title; the build's graph lands on EO 14195.
    const amendment = docs.find((d) => d.id === '2025-02-05-ieepa-duties-china-amendment')!
    expect(amendment.supersessions.map((s) => [s.action, s.targets])).toEqual([
      [
        'amend',
        [
          'eo/2025-02-01/imposing-duties-to-address-the-synthetic-opioid-supply-chain-in-the-peoples-republic-of-china/2/g'
        ]
      ]
    ])
    expect(graph.numbers.get('2025-02-01-ieepa-duties-china')?.number).toBe('14195')
    const resolved = buildGraph(resolveDatedTargets(docs))
    const edges = statusOf(resolved, 'eo/14195/2/g', '2025-03-01').amendedBy
    expect(edges.map((e) => [e.fromDocument, e.to])).toContainEqual([
      '2025-02-05-ieepa-duties-china-amendment',
      'eo/14195/2/g'
    ])
  })

  it('an order named by a title printed wrong is the one document of that day holding most of its words, never a tie', () => {
    // EO 14197 names EO 14193 "Imposing Duties to Address the Situation at Our Northern Border" (its title is "... the
    // Flow of Illicit Drugs Across Our Northern Border"); the other order of that day bundled is China's.
    const printed =
      'eo/2025-02-01/imposing-duties-to-address-the-situation-at-our-northern-border/2/a'
    expect(datedResolver(docs)(printed)).toBe('eo/14193/2/a')
    // Mexico's order of that day ("... the Situation at Our Southern Border") shares six words too, but says the
    // opposite of "Northern": it is not the one meant.
    const canada = docs.find((d) => d.id === '2025-02-01-ieepa-duties-canada')!
    const mexico = {
      ...canada,
      id: '2025-02-01-ieepa-duties-mexico',
      number: '14194',
      title: 'Imposing Duties to Address the Situation at Our Southern Border'
    }
    expect(datedResolver([...docs, mexico])(printed)).toBe('eo/14193/2/a')
    // One agreeing as well and saying nothing opposite is a tie: the id stays as printed.
    const other = {...mexico, title: 'Imposing Duties to Address the Situation at Our Border'}
    expect(datedResolver([...docs, other])(printed)).toBe(printed)
    // A title sharing too few words with any document of the day is no one's.
    expect(datedResolver(docs)('eo/2025-02-01/establishing-the-northern-border-task-force')).toBe(
      'eo/2025-02-01/establishing-the-northern-border-task-force'
    )
  })

  it('a general supersession clause links earlier documents on the same statute, with low confidence', () => {
    const general = graph.edges.filter(
      (e) => e.scope === 'general' && e.fromDocument === '2026-01-14-critical-minerals-232'
    )
    expect(general.length).toBeGreaterThan(0)
    for (const e of general) expect(e).toMatchObject({confidence: 'low', action: 'supersede'})
    expect(general.every((e) => e.date === '2026-01-14')).toBe(true)
  })
})

describe('proclaim status (CLI)', () => {
  it('answers for a citation as printed', async () => {
    const out: string[] = []
    const code = await main(
      ['status', 'Executive Order 13801', '--on', '2021-03-01', '--corpus', corpusDir],
      {out: (l) => out.push(l), err: () => {}}
    )
    expect(code).toBe(0)
    expect(out[0]).toMatch(/^eo\/13801 on 2021-03-01: revoked/)
    expect(out.join('\n')).toContain('2021-02-17  revoke')
  })

  it('answers for an order named by date and title', async () => {
    const out: string[] = []
    const code = await main(
      [
        'status',
        'the Executive Order of February 1, 2025 (Imposing Duties to Address the Synthetic Opioid Supply Chain in the People’s Republic of China)',
        '--on',
        '2025-03-01',
        '--corpus',
        corpusDir
      ],
      {out: (l) => out.push(l), err: () => {}}
    )
    expect(code).toBe(0)
    expect(out[0]).toMatch(/^eo\/14195 on 2025-03-01: in force, amended once/)
  })

  it('exits 2 on bad usage', async () => {
    const run = (...a: string[]) => main(['status', ...a], {out: () => {}, err: () => {}})
    expect(await run()).toBe(2)
    expect(await run('eo/13801', '--on', 'yesterday')).toBe(2)
    expect(await run('no citation here')).toBe(2)
    expect(await run('eo/13801', '--corpus', path.join(corpusDir, 'missing'))).toBe(2)
  })
})
