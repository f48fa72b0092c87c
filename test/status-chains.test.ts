/**
 * Status of the much-amended section 232 instruments and the reciprocal tariff order, on dates that tell their
 * history apart: every document of the bundled corpus that amends or modifies them (read by hand from each
 * document's clauses), in order of effect, with what is signed but not yet in effect set apart.
 */
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildCorpus} from '../src/corpus/build.js'
import {openCorpus} from '../src/query/corpus.js'
import {type CorpusStatus, statusInCorpus} from '../src/query/status.js'
import {corpusDir, tempDir} from './helpers.js'

let out: string

beforeAll(async () => {
  out = path.join(tempDir('status-chains'), 'corpus')
  await buildCorpus([corpusDir], {out, buildDate: '2026-12-01'})
}, 120_000)

function status(query: string, on: string): CorpusStatus {
  const corpus = openCorpus(out)
  try {
    return statusInCorpus(corpus, query, on)
  } finally {
    corpus.close()
  }
}

/** The documents acting on it (specific actions), each once. */
const actingDocuments = (s: CorpusStatus) =>
  [...new Set(s.actions.filter((e) => e.scope === 'specific').map((e) => e.fromDocument))].sort()
const pendingDocuments = (s: CorpusStatus) =>
  [...new Set(s.pending.map((e) => e.fromDocument))].sort()

/**
 * The page saved under the steel proclamation's title holds the aluminum one (`proclaim check` reports it): it acts
 * where the aluminum proclamation does, under the number its title gives it.
 */
const mistitled = '2025-02-11-aluminum-232-mistitled-as-steel'

/** Documents amending clause 2 of Proclamation 9705 (steel), or modifying the whole proclamation's duties. */
const steel = {
  '2022-06-30': [
    '2021-12-27-steel-232-eu-trq',
    '2022-03-31-steel-232-japan-trq',
    '2022-05-27-steel-232-ukraine',
    '2022-05-31-steel-232-uk-trq'
  ],
  '2025-03-01': [
    '2023-05-31-steel-232-ukraine-extension',
    '2023-12-28-steel-232-eu-extension',
    '2024-05-31-steel-232-ukraine-2024',
    // The melt-and-pour requirement for steel of Mexico, and a higher rate for the rest ("my determination to adjust
    // the tariff proclaimed in Proclamation 9705 ... as applied to ... imports from Mexico").
    '2024-07-10-steel-232-mexico',
    '2025-02-10-steel-232-restoring-25pct'
  ],
  '2026-12-01': [
    // Articles under the automobile tariffs no longer under its tariffs (the non-stacking order).
    '2025-04-29-tariff-stacking-eo',
    '2025-06-03-aluminum-steel-232-50pct',
    // Civil aircraft of the UK and Japan no longer under its tariffs.
    '2025-06-16-uk-economic-prosperity-deal-eo',
    '2025-09-04-us-japan-agreement-eo',
    // Its tariffs may be cut by half for producers in Canada and Mexico supplying vehicle makers ("I deem it necessary
    // and appropriate to allow modification of tariffs imposed under Proclamation 9704 ... and Proclamation 9705").
    '2025-10-17-trucks-buses-232',
    '2026-04-02-aluminum-steel-copper-232-strengthening',
    '2026-06-01-aluminum-steel-copper-232-further-adjusting'
  ]
}

/** The same for Proclamation 9704 (aluminum). */
const aluminum = {
  '2022-06-30': ['2021-12-27-aluminum-232-eu-trq', '2022-05-31-aluminum-232-uk-trq'],
  '2025-03-01': [
    '2023-02-24-aluminum-232-russia',
    '2023-12-28-aluminum-232-eu-extension',
    '2024-07-10-aluminum-232-mexico',
    '2025-02-11-aluminum-232-restoring-25pct'
  ],
  '2026-12-01': [
    '2025-04-29-tariff-stacking-eo',
    '2025-06-03-aluminum-steel-232-50pct',
    '2025-06-16-uk-economic-prosperity-deal-eo',
    '2025-09-04-us-japan-agreement-eo',
    // Its tariffs may be cut by half for producers in Canada and Mexico supplying vehicle makers ("I deem it necessary
    // and appropriate to allow modification of tariffs imposed under Proclamation 9704 ... and Proclamation 9705").
    '2025-10-17-trucks-buses-232',
    '2026-04-02-aluminum-steel-copper-232-strengthening',
    '2026-06-01-aluminum-steel-copper-232-further-adjusting',
    '2026-07-20-aluminum-232-further-strengthening'
  ]
}

/** Each date's documents: those of the dates before it too. */
function upTo(table: Record<string, string[]>, on: string): string[] {
  return Object.entries(table)
    .filter(([date]) => date <= on)
    .flatMap(([, docs]) => docs)
    .sort()
}

describe.each([
  ['Proclamation 9705', steel, []],
  ['clause 2 of Proclamation 9705', steel, []],
  ['Proclamation 9704', aluminum, [mistitled]],
  ['clause 2 of Proclamation 9704', aluminum, [mistitled]]
] as const)('%s', (query, table, alsoActing) => {
  it.each(Object.keys(table))('on %s lists every document amending or modifying it', (on) => {
    const s = status(query, on)
    expect(s.answer.standing).toBe('in force')
    const acting = actingDocuments(s).filter((d) => !alsoActing.includes(d as never))
    expect(acting).toEqual(upTo(table, on))
    // In order of effect.
    const dates = s.actions.map((e) => e.date ?? '')
    expect(dates).toEqual([...dates].sort())
  })
})

describe('what is signed and takes effect later', () => {
  it('on 2025-03-01: the 25 percent rates of February 2025 take effect on March 12', () => {
    const s = status('Proclamation 9705', '2025-03-01')
    expect(s.pending.map((e) => [e.fromDocument, e.date, e.signed])).toEqual([
      ['2025-02-10-steel-232-restoring-25pct', '2025-03-12', '2025-02-10']
    ])
    expect(pendingDocuments(status('Proclamation 9704', '2025-03-01'))).toContain(
      '2025-02-11-aluminum-232-restoring-25pct'
    )
  })

  it('on 2026-12-01: the rates set for January 1, 2028, by two proclamations of 2026', () => {
    for (const query of ['Proclamation 9705', 'Proclamation 9704']) {
      const s = status(query, '2026-12-01')
      expect(s.pending.map((e) => [e.fromDocument, e.fromProvision, e.date])).toEqual([
        ['2026-04-02-aluminum-steel-copper-232-strengthening', '(7)', '2028-01-01'],
        ['2026-06-01-aluminum-steel-copper-232-further-adjusting', '(3)(a)', '2028-01-01']
      ])
    }
  })

  it('clause 3 of Proclamation 9705 (its exclusions) was revoked on 2025-02-10', () => {
    const s = status('Proclamation 9705', '2025-03-01')
    expect(s.inPart.map((e) => [e.to, e.action, e.date, e.fromDocument])).toEqual([
      // Its tariffs on Ukrainian steel suspended ("I have determined to suspend the tariffs set forth in
      // Proclamation 9705"): a part of what it imposes.
      ['proc/9705', 'suspend', '2022-05-27', '2022-05-27-steel-232-ukraine'],
      ['proc/9705/3', 'revoke', '2025-02-10', '2025-02-10-steel-232-restoring-25pct']
    ])
    expect(status('clause 3 of Proclamation 9705', '2025-03-01').answer.standing).toBe('revoked')
    // Before any document of the corpus had acted on it or on the whole proclamation (the first, signed 2021-12-27,
    // took EU steel within a quota out of its tariff from 2022-01-01): it is not said to be revoked (nor, without its
    // text, to be in force).
    expect(status('clause 3 of Proclamation 9705', '2021-12-26').answer.standing).toBe(
      'not in the corpus'
    )
    // The day before its revocation, the proclamation it is part of seen acted on: in force.
    expect(status('clause 3 of Proclamation 9705', '2025-02-09').answer.standing).toBe('in force')
  })
})

describe('Executive Order 14257 (reciprocal tariffs)', () => {
  it('on 2025-06-15: in force, its section 3(a) suspended by EO 14266, modified', () => {
    const s = status('EO 14257', '2025-06-15')
    expect(s.answer.standing).toBe('in force')
    expect(s.inPart.map((e) => [e.to, e.action, e.date])).toEqual([
      // Its country headings suspended ("headings 9903.01.43-9903.01.62 ... are hereby suspended"), and the
      // enforcement of section 3(a).
      ['eo/14257', 'suspend', '2025-04-10'],
      ['eo/14257/3/a', 'suspend', '2025-04-10']
    ])
    expect(actingDocuments(s)).toEqual([
      '2025-04-09-fr-md-eo-14266-modifying-reciprocal',
      // The tariff schedule modified for the products excepted from its duties.
      '2025-04-11-reciprocal-tariff-exceptions-memo',
      '2025-06-03-aluminum-steel-232-50pct'
    ])
  })

  it('on 2026-12-01: its duties terminated on 2026-02-20, after modifications by later orders', () => {
    const s = status('EO 14257', '2026-12-01')
    const ended = s.inPart.filter((e) => e.action === 'terminate')
    expect(ended.map((e) => [e.fromDocument, e.date, e.partial])).toEqual([
      ['2026-02-20-ending-certain-tariff-actions', '2026-02-20', true]
    ])
    const acting = actingDocuments(s)
    for (const doc of [
      '2025-04-09-fr-md-eo-14266-modifying-reciprocal',
      '2025-07-31-reciprocal-tariff-further-modifying',
      '2025-09-05-reciprocal-tariff-scope',
      '2026-02-20-ending-certain-tariff-actions'
    ])
      expect(acting).toContain(doc)
    expect(s.possiblySupersededBy.length).toBeGreaterThan(0)
  })
})
