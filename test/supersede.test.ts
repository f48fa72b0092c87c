/** Supersession: what each document revokes, amends, supersedes, from its operative text. */
import {describe, expect, it} from 'vitest'
import {parseCorpusFile} from './helpers.js'

describe('supersessions within a document', () => {
  it('EO 14148 revokes every listed target, in both printings', async () => {
    for (const name of ['2025-01-20-fr-md-eo-14148-initial-rescissions.md', '2025-01-20-initial-rescissions.md']) {
      const doc = await parseCorpusFile(name)
      expect(doc.supersessions).toHaveLength(1)
      const [entry] = doc.supersessions
      expect(entry).toMatchObject({provision: 'Sec. 2', action: 'revoke', scope: 'specific', text: 'The following executive actions are hereby revoked:'})
      // 78 items; two January 6, 2025 memoranda print the same title.
      expect(entry!.targets).toHaveLength(77)
      expect(entry!.targets.slice(0, 3)).toEqual(['eo/13985', 'eo/13986', 'eo/13987'])
      expect(entry!.targets).toEqual(expect.arrayContaining([
        'eo/13990',
        'pm/2023-03-13/withdrawal-of-certain-areas-off-the-united-states-arctic-coast-of-the-outer-continental-shelf-from-oil-or-gas-leasing',
        'pm/2025-01-14/revocation-of-national-security-presidential-memorandum-5'
      ]))
      expect(entry!.position.start.line).toBeGreaterThan(30)
    }
  })

  it('EO 14236 revokes every listed target, memoranda and determinations included', async () => {
    const doc = await parseCorpusFile('2025-03-14-fr-md-eo-14236-additional-rescissions.md')
    const entry = doc.supersessions.find((s) => s.action === 'revoke')!
    expect(entry.provision).toBe('Sec. 2')
    expect(entry.targets).toEqual(expect.arrayContaining(['eo/13994', 'nsm/3', 'pm/2021-02-04/advancing-the-human-rights-of-lesbian-gay-bisexual-transgender-queer-and-intersex-persons-around-the-world', 'eo/14026', 'pd/2022-13', 'pd/2022-18', 'nsm/18']))
    const whitehouse = await parseCorpusFile('2025-03-14-additional-rescissions.md')
    expect(whitehouse.supersessions.find((s) => s.action === 'revoke')!.targets).toEqual(entry.targets)
  })

  it('amendments name the provision amended', async () => {
    const doc = await parseCorpusFile('2021-09-13-biden-amending-eo-14007.md')
    expect(doc.supersessions).toEqual([expect.objectContaining({provision: 'Sec. 1', action: 'amend', scope: 'specific', targets: ['eo/14007/2/b']})])
    const tariffs = await parseCorpusFile('2025-06-03-aluminum-steel-232-50pct.md')
    expect(tariffs.supersessions.find((s) => s.action === 'amend')).toMatchObject({provision: '(5)', targets: ['eo/14289'], effective: '2025-06-04'})
  })

  it('revocations of proclamations and of their clauses', async () => {
    const doc = await parseCorpusFile('2021-02-24-revoking-proclamation-10014.md')
    expect(doc.supersessions.map((s) => [s.action, s.targets])).toEqual([['revoke', ['proc/10014', 'proc/10052/1', 'proc/10131/1']]])
    const steel = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    expect(steel.supersessions.find((s) => s.action === 'revoke')).toMatchObject({provision: '(7)', targets: ['proc/9705/3', 'proc/9777/1', 'proc/9980/2']})
  })

  it('the general clause supersedes to the extent of inconsistency, with no target', async () => {
    const doc = await parseCorpusFile('2026-01-14-critical-minerals-232.md')
    expect(doc.supersessions).toEqual([
      expect.objectContaining({provision: '(4)', action: 'supersede', scope: 'general', targets: []})
    ])
    expect(doc.supersessions[0]!.text).toMatch(/^Any provision of previous proclamations and Executive Orders that is inconsistent/)
  })

  it('a merely cited instrument is no target', async () => {
    const doc = await parseCorpusFile('2026-01-14-critical-minerals-232.md')
    expect(doc.supersessions.flatMap((s) => s.targets)).toEqual([])
    const reciprocal = await parseCorpusFile('2025-04-09-reciprocal-tariff-modifying.md')
    for (const s of reciprocal.supersessions) expect(s.text).not.toMatch(/^[^.]*as amended by Executive Order 14266[^.]*$/)
  })
})
