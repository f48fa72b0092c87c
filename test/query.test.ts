/** The query commands over the bundled corpus, built once: search, show, status and actions, as a newcomer runs them. */
import path from 'node:path'
import {beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {loadCommand, main} from '../src/cli/main.js'
import {buildCorpus} from '../src/corpus/build.js'
import {
  actionsOf,
  ftsQuery,
  openCorpus,
  resolveQuery,
  resolveReference,
  searchCitations,
  QueryError,
  searchText,
  statusInCorpus,
  type Corpus
} from '../src/index.js'
import {corpusDir, tempDir} from './helpers.js'

const buildDate = '2026-11-28'
let out: string
beforeAll(async () => {
  out = path.join(tempDir('query'), 'corpus')
  await buildCorpus([corpusDir], {out, buildDate})
}, 120_000)

/** The built corpus opened for the library's queries, closed after `run`. */
async function withOpened<T>(run: (corpus: Corpus) => T): Promise<T> {
  const corpus = openCorpus(out)
  try {
    return run(corpus)
  } finally {
    corpus.close()
  }
}

/** The CLI run in-process; `lines` and `errors` collect what it prints. */
const lines: string[] = []
const errors: string[] = []
const cli = (...argv: string[]): Promise<number> =>
  main([...argv, '--corpus', out], {out: (l) => lines.push(l), err: (l) => errors.push(l)})
beforeEach(() => {
  lines.length = 0
  errors.length = 0
})

describe('naming a document', () => {
  it('every way of naming one instrument gives the same reference', async () => {
    await withOpened((corpus) => {
      const names = [
        'Executive Order 14148',
        'EO 14148',
        'E.O. 14148',
        'eo/14148',
        '14148',
        '2025-01-20-fr-md-eo-14148-initial-rescissions'
      ]
      // Two printings hold its text (the Federal Register's and the White House's).
      for (const name of [...names, '2025-01-20-initial-rescissions'])
        expect(
          resolveReference(corpus, name)?.documents.map((d) => [d.id, d.number]),
          name
        ).toEqual([
          ['2025-01-20-fr-md-eo-14148-initial-rescissions', '14148'],
          ['2025-01-20-initial-rescissions', '14148']
        ])
      for (const name of names)
        expect(resolveReference(corpus, name), name).toMatchObject({
          id: 'eo/14148',
          instrument: 'eo/14148'
        })
      expect(resolveReference(corpus, 'clause 2 of Proclamation 9704')).toMatchObject({
        id: 'proc/9704/2',
        instrument: 'proc/9704',
        documents: []
      })
      // A document without a number is named by its file id.
      expect(resolveReference(corpus, '2026-01-14-critical-minerals-232')).toMatchObject({
        id: 'doc/2026-01-14-critical-minerals-232',
        documents: [{id: '2026-01-14-critical-minerals-232', number: null}]
      })
      expect(resolveReference(corpus, 'nothing of the kind')).toBeNull()
    })
  })

  it('an order named by date and title is the document signed that day under that title', async () => {
    await withOpened((corpus) => {
      const title =
        'Imposing Duties to Address the Synthetic Opioid Supply Chain in the People’s Republic of China'
      for (const name of [
        `the Executive Order of February 1, 2025 (${title})`,
        'eo/2025-02-01/imposing-duties-to-address-the-synthetic-opioid-supply-chain-in-the-peoples-republic-of-china/2/g'
      ])
        expect(resolveReference(corpus, name), name).toMatchObject({
          instrument: 'eo/14195',
          documents: [{id: '2025-02-01-ieepa-duties-china', number: '14195'}]
        })
    })
  })

  it('show takes a number, an id and a citation, and says what is not in the corpus', async () => {
    const shown: string[][] = []
    for (const name of [
      'Proclamation 10328',
      'proc/10328',
      '10328',
      '2021-12-27-steel-232-eu-trq'
    ]) {
      lines.length = 0
      expect(await cli('show', name), name).toBe(0)
      shown.push([...lines])
    }
    for (const s of shown) expect(s).toEqual(shown[0])
    expect(shown[0]![0]).toBe('A Proclamation on Adjusting Imports of Steel into the United States')
    expect(shown[0]![1]).toMatch(/^ {2}Proclamation 10328 \(proc\/10328\), signed 2021-12-27/)
    expect(await cli('show', 'Proclamation 99999')).toBe(1)
    expect(errors.at(-1)).toMatch(/proc\/99999 is not in the corpus; cited by 0 documents/)
    expect(await cli('show', 'EO 14194')).toBe(1)
    expect(errors.at(-1)).toMatch(/eo\/14194 is not in the corpus; cited by 8 documents/)
  })
})

describe('proclaim status', () => {
  it('says when the corpus neither holds an instrument nor sees it acted on', async () => {
    expect(await cli('status', 'Proclamation 99999')).toBe(1)
    expect(lines[0]).toMatch(
      /^proc\/99999 on \d{4}-\d{2}-\d{2}: not in the corpus; cited by 0 documents$/
    )
    expect(await cli('status', 'EO 12866')).toBe(1)
    expect(lines.at(-1)).toMatch(
      /: not in the corpus; cited by 2 documents, none acting on it by that date$/
    )
    // Not in the corpus, but the corpus sees its duties changed ("shall not be subject to the additional ad valorem
    // rate of duty described in section 2(a) of Executive Order 14194") and ended ("the additional ad valorem
    // duties imposed pursuant to IEEPA in Executive Order 14193 ... shall no longer be in effect"), its emergency not.
    expect(await cli('status', 'EO 14194', '--on', '2026-12-01')).toBe(0)
    expect(lines.find((l) => l.startsWith('eo/14194 on'))).toBe(
      'eo/14194 on 2026-12-01: in force in part, modified 3 times, terminated in part on 2026-02-20 by 2026-02-20-ending-certain-tariff-actions'
    )
  })

  it('says when the date is before the signing', async () => {
    expect(await cli('status', 'eo/13771', '--on', '2016-01-01')).toBe(0)
    expect(lines[0]).toBe('eo/13771 on 2016-01-01: not yet issued on that date (signed 2017-01-30)')
    expect(await cli('status', 'eo/13771', '--on', '2017-01-30')).toBe(0)
    expect(lines.at(-1)).not.toMatch(/not yet issued/)
    lines.length = 0
    // Its text not in the corpus: the date its citations print ("Proclamation 9705 of March 8, 2018").
    expect(await cli('status', 'Proclamation 9705', '--on', '2018-03-07')).toBe(0)
    expect(lines[0]).toBe(
      'proc/9705 on 2018-03-07: not yet issued on that date (signed 2018-03-08, as its citations date it)'
    )
  })

  it('says when the text it holds has no such provision, and exits 1', async () => {
    expect(await cli('status', 'eo/14257/99', '--on', '2026-01-01')).toBe(1)
    expect(lines).toEqual([
      'eo/14257/99 on 2026-01-01: no such provision in the text of eo/14257',
      '  text in 2025-04-02-reciprocal-tariff-eo'
    ])
    lines.length = 0
    // One it has, by any label form ("Sec. 3(a)"), answers.
    expect(await cli('status', 'section 3(a) of Executive Order 14257', '--on', '2026-01-01')).toBe(
      0
    )
    expect(lines[0]).toMatch(/^eo\/14257\/3\/a on 2026-01-01: suspended on 2025-04-10 by /)
  })

  it('the standing first, then each action once in date order', async () => {
    expect(await cli('status', 'Executive Order 13801', '--on', '2021-03-01')).toBe(0)
    expect(lines[0]).toBe(
      'eo/13801 on 2021-03-01: revoked on 2021-02-17 by 2021-02-17-biden-revocation-eo-13801'
    )
    expect(lines[1]).toMatch(/^ {2}text in .*2017-06-15-govinfo-eo-13801-apprenticeships/)
    expect(lines.slice(2)).toEqual([
      'acted on by, in order of effect:',
      '  2021-02-17  revoke    by 2021-02-17-biden-revocation-eo-13801 Sec. 1'
    ])
    lines.length = 0
    // Six amendments of clause 2, each both "acted on" and "amended": listed once each.
    expect(await cli('status', 'clause 2 of Proclamation 9704', '--on', '2026-08-01')).toBe(0)
    expect(lines[0]).toBe('proc/9704/2 on 2026-08-01: in force, amended 6 times')
    expect(lines[2]).toBe('acted on by, in order of effect:')
    // One line per action (a long one goes on, indented further): the six amendments of the clause and the
    // five modifications of the whole proclamation's tariff (its rates and reach: "shall be subject to the
    // additional ad valorem tariffs proclaimed in Proclamation 9704", "the applicable additional ad valorem rate of
    // duty imposed under Proclamation 9704 ... shall be:"), which bear on the clause too.
    const pendingAt = lines.indexOf('signed, not yet in effect on 2026-08-01:')
    const actedOn = lines.slice(0, pendingAt)
    const actions = actedOn.filter((l) => /^ {2}\d{4}-\d{2}-\d{2} {2}(?:amend|modify) /.test(l))
    expect(actedOn.filter((l) => /^ {2}\S/.test(l)).slice(1)).toEqual(actions)
    // The rates set for 2028 (clause (7) of Proclamation 11021, (3)(a) of 11032) are signed, not yet in effect.
    expect(
      lines
        .slice(pendingAt + 1)
        .filter((l) => /^ {2}\d/.test(l))
        .map((l) => l.trim().split(/\s+/).slice(0, 5).join(' '))
    ).toEqual(['2028-01-01 modify by proc/11021 (7)', '2028-01-01 modify by proc/11032 (3)(a)'])
    expect(actions.filter((l) => / amend /.test(l))).toHaveLength(6)
    expect(actions.filter((l) => / modify .*\(on proc\/9704\)/.test(l))).toHaveLength(11)
    // And the findings that modify the whole proclamation's tariff, with no provision of their own to say it on (the
    // quotas of 2021-12-27, 2022-05-31 and 2023-12-28 excluded from it, 2026-07-20's "modify the tariff regime"), and
    // the UK's and Japan's civil aircraft taken out of its tariffs (2025-06-16, 2025-09-04), and articles under the
    // automobile tariffs taken out of them (the non-stacking order, 2025-04-29, retroactive to 2025-03-04), the higher
    // rate for aluminum of Mexico smelted elsewhere (2024-07-10), and the halved rate the trucks proclamation allows for
    // producers in Canada and Mexico (2025-10-17).
    expect(new Set(actions).size).toBe(20)
    expect(actions.map((l) => l.trim().slice(0, 10))).toEqual(
      actions.map((l) => l.trim().slice(0, 10)).sort()
    )
    await withOpened((corpus) => {
      const clause = statusInCorpus(corpus, 'proc/9704/2', '2026-08-01')
      expect(clause.status).toBe('in force')
      expect(clause.amendedBy).toHaveLength(6)
      expect(clause.actions).toHaveLength(20)
      expect(statusInCorpus(corpus, 'eo/13801', '2021-02-16').answer.standing).toBe('in force')
      // Revoked in part: clause 3 of Proclamation 9705.
      const p9705 = statusInCorpus(corpus, 'Proclamation 9705', '2026-08-01')
      // Revoked in part, and its tariffs on Ukrainian steel suspended (for a year: terms are not read).
      expect(p9705.answer).toMatchObject({
        standing: 'in force',
        inPart: [{to: 'proc/9705', action: 'suspend'}, {to: 'proc/9705/3'}]
      })
    })
  })

  it('takes a document by its file id', async () => {
    expect(
      await cli('status', '2017-06-15-govinfo-eo-13801-apprenticeships', '--on', '2021-03-01')
    ).toBe(0)
    expect(lines[0]).toMatch(/^eo\/13801 on 2021-03-01: revoked on 2021-02-17/)
    lines.length = 0
    // A document without a number: general clauses of later documents may reach it, nothing names it.
    expect(await cli('status', '2026-01-14-critical-minerals-232', '--on', buildDate)).toBe(0)
    expect(lines.slice(0, 3)).toEqual([
      `doc/2026-01-14-critical-minerals-232 on ${buildDate}: in force`,
      '  text in 2026-01-14-critical-minerals-232',
      '  possibly superseded, to the extent inconsistent (low confidence), by 7 general'
    ])
    expect(lines[3]).toMatch(
      /^ {2}clauses of later documents on the same statutes \(2026-02-\d\d to /
    )
    expect(lines.at(-1)).toMatch(/--all lists them\)?$/)
    lines.length = 0
    // --all lists each, with the date it takes effect.
    expect(
      await cli('status', '2026-01-14-critical-minerals-232', '--on', buildDate, '--all')
    ).toBe(0)
    expect(lines[2]).toBe('possibly superseded, to the extent inconsistent (low confidence), by:')
    expect(lines.filter((l) => /^ {2}\d{4}-\d\d-\d\d {2}by /.test(l))).toHaveLength(7)
    // The surcharge's clauses take effect four days after its signing.
    expect(lines).toContain(
      '  2026-02-24  by 2026-02-20-section-122-import-surcharge (12)(a), signed'
    )
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80)
  })

  it('one notion of standing: the index, the --in-force filter, show and status agree', async () => {
    await withOpened((corpus) => {
      const rows = corpus.db
        .prepare('select id, status from documents where duplicate_of is null')
        .all() as Array<{id: string; status: string | null}>
      expect(rows).toHaveLength(128)
      for (const row of rows)
        expect(statusInCorpus(corpus, row.id, buildDate).status, row.id).toBe(
          row.status ?? 'in force'
        )
      const revoked = rows.filter((r) => r.status === 'revoked').map((r) => r.id)
      expect(revoked.length).toBeGreaterThan(5)
      const inForce = new Set(
        searchText(corpus, 'the', {inForce: true}).hits.map((h) => h.document)
      )
      for (const id of revoked) expect(inForce.has(id), id).toBe(false)
    })
    expect(await cli('show', '2025-01-20-unleashing-american-energy')).toBe(0)
    expect(lines[1]).toMatch(/status: in force/)
    lines.length = 0
    expect(await cli('show', 'EO 13801')).toBe(0)
    expect(lines[2]).toMatch(
      /^ {2}status: revoked on 2021-02-17 by 2021-02-17-biden-revocation-eo-13801$/
    )
  })

  it('bad values are usage errors (exit 2), a missing corpus an error (exit 2)', async () => {
    expect(await cli('status', 'eo/13801', '--on', '2030-13-45')).toBe(2)
    expect(errors[0]?.split('\n')[0]).toBe(
      'proclaim status: --on `2030-13-45` is not a date: write it YYYY-MM-DD, such as 2025-06-15'
    )
    expect(await cli('status', 'no citation here')).toBe(2)
    expect(await cli('status', 'eo/13801', '--format', 'yaml')).toBe(2)
    expect(
      await main(['status', 'eo/13801', '--corpus', path.join(out, 'missing')], {
        out: () => {},
        err: () => {}
      })
    ).toBe(2)
  })
})

describe('proclaim actions', () => {
  it('what a document does to others: each action, its targets, provision and place', async () => {
    await withOpened((corpus) => {
      const found = actionsOf(corpus, 'EO 14148')!
      expect(found.document.id).toBe('2025-01-20-fr-md-eo-14148-initial-rescissions')
      expect(found.actions).toHaveLength(1)
      const [revoke] = found.actions
      expect(revoke).toMatchObject({
        action: 'revoke',
        scope: 'specific',
        provision: 'Sec. 2',
        line: 53
      })
      expect(revoke!.targets).toHaveLength(77)
      expect(revoke!.targets.slice(0, 3)).toEqual(['eo/13985', 'eo/13986', 'eo/13987'])
      // Every target it revokes is revoked by it, as status sees it.
      expect(statusInCorpus(corpus, 'eo/13985', buildDate).answer).toMatchObject({
        standing: 'revoked',
        by: {from: 'eo/14148'}
      })
      expect(actionsOf(corpus, 'Proclamation 99999')).toBeNull()
    })
    expect(await cli('actions', '2021-02-17-biden-revocation-eo-13801')).toBe(0)
    expect(lines.slice(2, 5)).toEqual([
      '1 action on others:',
      '  revoke  Sec. 1  line 12:49',
      '    -> eo/13801'
    ])
    expect(await cli('actions', 'Proclamation 99999')).toBe(1)
    expect(errors.at(-1)).toBe(
      'proclaim actions: proc/99999 is not in the corpus; cited by 0 documents'
    )
  })

  it('a general clause lists the earlier documents it may reach, at low confidence', async () => {
    await withOpened((corpus) => {
      const general = actionsOf(corpus, '2026-01-14-critical-minerals-232')!.actions.filter(
        (a) => a.scope === 'general'
      )
      expect(general.length).toBeGreaterThan(0)
      expect(general.flatMap((a) => a.possibly).length).toBeGreaterThan(0)
    })
  })
})

describe('proclaim search', () => {
  it('--cite: any citation form, subsections rolled up unless --exact, filters', async () => {
    await withOpened((corpus) => {
      expect(resolveQuery(corpus, '19 U.S.C. 1862')).toBe('usc/19/1862')
      expect(resolveQuery(corpus, 'section 232')).toBe('usc/19/1862')
      expect(resolveQuery(corpus, '19 USC 1862(c)')).toBe('usc/19/1862/c')
      expect(resolveQuery(corpus, 'Proclamation 9705')).toBe('proc/9705')
      expect(resolveQuery(corpus, 'eo/14257')).toBe('eo/14257')
      expect(resolveQuery(corpus, 'EO 14148')).toBe('eo/14148')
      const {hits: all, total} = searchCitations(corpus, 'usc/19/1862')
      expect(total).toBe(all.length)
      const exact = searchCitations(corpus, 'usc/19/1862', {exact: true}).hits
      expect(all.length).toBeGreaterThan(exact.length)
      expect(
        all.some(
          (h) =>
            h.cites.includes('usc/19/1862/c/3/A/i') &&
            h.document === '2026-01-14-critical-minerals-232' &&
            h.unit === '(1)'
        )
      ).toBe(true)
      const hit = all.find(
        (h) => h.document === '2026-01-14-critical-minerals-232' && h.unit === 'finding 14'
      )!
      expect(hit).toMatchObject({line: 165, link: 'https://www.govinfo.gov/link/uscode/19/1862'})
      expect(hit.context).toMatch(/^Section 232 authorizes the President to adjust the imports/)
      const orders = searchCitations(corpus, 'usc/19/1862', {
        type: 'executive_order',
        from: '2025-01-01',
        to: '2025-12-31'
      }).hits
      expect(orders.length).toBeGreaterThan(0)
      for (const h of orders) expect(h).toMatchObject({type: 'executive_order'})
      for (const h of orders) expect(h.date! >= '2025-01-01' && h.date! <= '2025-12-31').toBe(true)
      // Listed by date, then document and place; a limit keeps the first of that list and counts all.
      const dates = all.map((h) => h.date ?? '')
      expect(dates).toEqual([...dates].sort())
      expect(searchCitations(corpus, 'usc/19/1862', {limit: 7})).toEqual({
        hits: all.slice(0, 7),
        total: all.length
      })
      // A parallel form is found too ("section 302(a) of the USMCA Implementation Act (19 U.S.C. 4552(a))").
      const usmca = searchCitations(
        corpus,
        'act/united-states-mexico-canada-agreement-implementation-act/302'
      ).hits
      // One unit, citing both subsections: one hit listing both.
      expect(usmca.map((h) => [h.document, h.unit, h.cites])).toEqual([
        [
          '2026-07-31-section-201-quartz-safeguard',
          'finding 12',
          [
            'act/united-states-mexico-canada-agreement-implementation-act/302/a',
            'act/united-states-mexico-canada-agreement-implementation-act/302/b'
          ]
        ]
      ])
      expect(usmca[0]!.link).toBe('https://www.govinfo.gov/link/uscode/19/4552')
      const biden = searchCitations(corpus, 'usc/19/1862', {signer: 'biden'}).hits
      expect(biden.length).toBeGreaterThan(0)
      expect(biden.every((h) => h.date! < '2025-01-20')).toBe(true)
    })
  })

  it('one hit per unit, listing each id it cites, with the sentences around them', async () => {
    await withOpened((corpus) => {
      const {hits} = searchCitations(corpus, 'usc/19/1862')
      const units = hits.map((h) => `${h.document} ${h.unit} ${h.line}`)
      expect(new Set(units).size).toBe(hits.length)
      expect(
        hits.find((h) => h.document === '2025-07-30-copper-232' && h.unit === 'finding 2')?.cites
      ).toEqual(['usc/19/1862/d', 'usc/19/1862'])
      // The sentence holding the citation, not the unit's first.
      const later = hits.find(
        (h) => h.document === '2024-07-10-aluminum-232-mexico' && h.unit === 'finding 8'
      )!
      const unit = corpus.db
        .prepare('select text from units where document = ? and unit = ?')
        .get(later.document, later.unit) as {text: string}
      expect(unit.text.startsWith('The Secretary has informed me')).toBe(true)
      expect(later.context).toMatch(
        /^In the Secretary’s opinion, these developments indicate the need for further action/
      )
      expect(unit.text).toContain(later.context)
      // "76 Stat. 872" ends no sentence: the Public Law and the Code section are one sentence.
      const israel = hits.find(
        (h) => h.document === '2024-12-20-us-israel-agricultural-2024' && h.unit === 'finding 22'
      )!
      expect(israel.context).toMatch(/76 Stat\. 872, 877 \(19 U\.S\.C\. 1862\)\)/)
    })
  })

  it('a short form keeps its subsection', async () => {
    await withOpened((corpus) => {
      expect(resolveQuery(corpus, 'section 232(b)')).toBe('usc/19/1862/b')
      expect(resolveQuery(corpus, 'section 232(c)(3)(A)')).toBe('usc/19/1862/c/3/A')
      const short = searchCitations(corpus, resolveQuery(corpus, 'section 232(b)')!)
      const long = searchCitations(corpus, resolveQuery(corpus, '19 U.S.C. 1862(b)')!)
      expect(short).toEqual(long)
      expect(short.total).toBe(1)
    })
  })

  it('--text: the words as words, never FTS5 syntax errors', async () => {
    expect(ftsQuery('price floors')).toBe('"price" "floors"')
    expect(ftsQuery('tariff"')).toBe('"tariff"')
    expect(ftsQuery('"price floors" OR quota')).toBe('"price floors" OR "quota"')
    expect(ftsQuery('NEAR(a b) * : -')).toBe('"NEAR(a" "b)"')
    expect(ftsQuery('" -- "')).toBeNull()
    await withOpened((corpus) => {
      expect(searchText(corpus, 'price floors').hits.map((h) => [h.document, h.unit])).toEqual([
        ['2026-01-14-critical-minerals-232', '(1)']
      ])
      const tariffs = searchText(corpus, 'national security')
      expect(tariffs.total).toBeGreaterThan(20)
      expect(tariffs.hits.map((h) => h.date ?? '')).toEqual(
        tariffs.hits.map((h) => h.date ?? '').sort()
      )
      expect(searchText(corpus, 'national security', {limit: 5})).toEqual({
        hits: tariffs.hits.slice(0, 5),
        total: tariffs.total
      })
      expect(searchText(corpus, 'tariff"').total).toBe(searchText(corpus, 'tariff').total)
    })
    expect(await cli('search', '--text', 'tariff"')).toBe(0)
  })

  it('--fts: FTS5 syntax on request, bounded, its errors in words', async () => {
    await withOpened((corpus) => {
      const all = searchText(corpus, 'tariff').total
      const notSteel = searchText(corpus, 'tariff NOT steel', {fts: true}).total
      expect(notSteel).toBeGreaterThan(0)
      expect(notSteel).toBeLessThan(all)
      // A prefix reads every word it begins: tariff* finds "tariffs" and "tariff-rate" alike.
      expect(searchText(corpus, 'tarif*', {fts: true}).total).toBeGreaterThanOrEqual(all)
      expect(searchText(corpus, 'NEAR(price floors, 3)', {fts: true}).total).toBe(1)
      // The attack of issue 15: a hundred one-letter prefixes joined by OR.
      const attack = Array.from({length: 100}, () => 's*').join(' OR ')
      expect(() => searchText(corpus, attack, {fts: true})).toThrow(/100 terms; at most 32/)
      expect(() => searchText(corpus, 's* OR tariff', {fts: true})).toThrow(
        /prefix `s\*` is too short/
      )
      expect(() => searchText(corpus, 'NEAR(price', {fts: true})).toThrow(
        /is not an FTS5 query \(.+\); without --fts/
      )
      expect(() => searchText(corpus, '"unbalanced', {fts: true})).toThrow(QueryError)
      // Words too: no more than 32 at once, and no query past 1,000 characters.
      expect(() => searchText(corpus, Array(40).fill('tariff').join(' '))).toThrow(/40 terms/)
      expect(() => searchText(corpus, 'a'.repeat(1001))).toThrow(/1001 characters/)
    })
    expect(await cli('search', '--text', 'NEAR(price', '--fts')).toBe(2)
    expect(errors.join('\n')).toMatch(/not an FTS5 query/)
  })

  it('the table: grouped by document with its number and title, N of TOTAL, 80 columns', async () => {
    expect(await cli('search', '--cite', '19 U.S.C. 1862', '--limit', '5')).toBe(0)
    expect(lines.at(-1)).toMatch(/^5 of 235 hits shown, in 2 documents$/)
    // The name says "Proclamation": the title's "A Proclamation on" is left out.
    expect(lines[0]).toBe(
      '2021-02-01  Proclamation: Adjusting Imports of Aluminum Into the United States'
    )
    expect(lines).toContain(
      '2021-12-27  Proclamation 10327: Adjusting Imports of Aluminum into the United S…'
    )
    lines.length = 0
    expect(await cli('search', '--cite', '19 U.S.C. 1862')).toBe(0)
    expect(lines.at(-1)).toBe('235 hits in 47 documents')
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80)
  })

  it('exit 0 with hits, 1 with none, 2 on an error; bad values one-line usage errors', async () => {
    expect(await cli('search', '--text', 'zzzzqqqq')).toBe(1)
    expect(await cli('search', '--cite', 'nothing citable')).toBe(2)
    const missing = (...a: string[]) =>
      main(['search', ...a, '--corpus', path.join(out, 'missing')], {out: () => {}, err: () => {}})
    expect(await missing('--text', 'x')).toBe(2)
    for (const [flag, value, message] of [
      ['--limit', '0', '--limit `0` is not a whole number of at least 1'],
      ['--limit', 'abc', '--limit `abc` is not a whole number of at least 1'],
      [
        '--from',
        '2025-99-99',
        '--from `2025-99-99` is not a date: write it YYYY-MM-DD, such as 2025-06-15'
      ],
      [
        '--type',
        'proclamations',
        '--type must be one of proclamation, executive_order, memorandum, other, not `proclamations`'
      ],
      ['--format', 'xml', '--format must be one of table, json, csv, not `xml`']
    ] as const) {
      errors.length = 0
      expect(await cli('search', '--text', 'tariff', flag, value), `${flag} ${value}`).toBe(2)
      expect(errors[0]!.split('\n')[0]).toBe(`proclaim search: ${message}`)
    }
  })

  it('json and csv', async () => {
    expect(await cli('search', '--text', 'price floors', '--format', 'json')).toBe(0)
    const hits = JSON.parse(lines.join('\n'))
    expect(
      hits.map((h: {document: string; number: string | null}) => [h.document, h.number])
    ).toEqual([['2026-01-14-critical-minerals-232', null]])
    lines.length = 0
    expect(await cli('search', '--cite', 'Executive Order 14007', '--format', 'csv')).toBe(0)
    expect(lines[0]).toBe('document,date,type,unit,cites,line,context,link')
    expect(
      lines.some((l) =>
        l.startsWith(
          // The section's heading cites the order too ("Amendment to Executive Order 14007").
          '2021-09-13-biden-amending-eo-14007,2021-09-13,executive_order,Sec. 1,eo/14007'
        )
      )
    ).toBe(true)
  })
})

describe('proclaim show', () => {
  it('a document or one provision, with citations and status; ids never name paths', async () => {
    expect(await cli('show', '2017-06-15-govinfo-eo-13801-apprenticeships#Sec. 3(a)')).toBe(0)
    expect(lines[1]).toBe(
      '  Executive Order 13801 (eo/13801), signed 2017-06-15 by DONALD J. TRUMP;'
    )
    expect(lines[2]).toBe('  status: revoked on 2021-02-17 by 2021-02-17-biden-revocation-eo-13801')
    expect(lines[5]).toMatch(/^\(a\) /)
    expect(await cli('show', '../../etc/passwd')).toBe(1)
    expect(await cli('show', '2017-06-15-govinfo-eo-13801-apprenticeships#Sec. 99')).toBe(1)
  })

  it('wraps paragraphs at 80 columns when not on a terminal', async () => {
    expect(await cli('show', '2026-01-14-critical-minerals-232')).toBe(0)
    expect(lines.length).toBeGreaterThan(100)
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80)
    // Wrapping keeps every word: the first finding, joined again, is the document's.
    const first = lines.slice(
      lines.indexOf('') + 1,
      lines.findIndex((l, i) => i > 5 && /^2\. /.test(l))
    )
    expect(first.join(' ').replace(/\s+/g, ' ')).toMatch(/^1\. /)
  })
})

describe('help', () => {
  /** A help example's words, as a shell splits them ("..." and '...' quoted, adjacent parts joined). */
  const words = (line: string): string[] =>
    [...line.matchAll(/(?:"[^"]*"|'[^']*'|[^\s"']+)+/g)].map((m) =>
      m[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2')
    )

  it('every example of search, show, status and actions answers on the bundled corpus', async () => {
    for (const name of ['search', 'show', 'status', 'actions']) {
      const {help} = (await loadCommand(name))!
      const examples = help.slice(help.indexOf('\nExamples:\n') + 11).split('\n')
      expect(examples.length, name).toBeGreaterThanOrEqual(3)
      for (const example of examples) {
        const [command, ...args] = words(example.trim())
        expect(command).toBe('proclaim')
        expect(await cli(...args), example).toBe(0)
      }
    }
  })
})

describe('proclaim text', () => {
  it('prints a provision as in force on a date, before and after its amendment', async () => {
    expect(await cli('text', 'section 5 of Executive Order 14324', '--on', '2025-09-01')).toBe(0)
    expect(lines.join('\n')).toMatch(/^Sec\. 5\. Definition\. As used in this order/m)
    lines.length = 0
    // Section 5 struck and section 6 renumbered 5 by the order of February 20, 2026, in effect February 24.
    expect(await cli('text', 'section 5 of Executive Order 14324', '--on', '2026-03-01')).toBe(0)
    expect(lines[0]).toBe('eo/14324/5 on 2026-03-01 (this version since 2026-02-24)')
    expect(lines.join('\n')).toMatch(/^Sec\. 5\. Severability\.$/m)
  })

  it('annotates each changed passage with the operation that made it, and diffs two dates', async () => {
    expect(await cli('text', 'eo/14324/5', '--on', '2026-03-01', '--annotate')).toBe(0)
    expect(lines.join('\n')).toMatch(/^Sec\. 5\.\[\d+\] Severability\./m)
    // The note, wrapped to the terminal.
    expect(lines.join(' ').replace(/\s+/g, ' ')).toMatch(
      / \[\d+\] 2026-02-24 redesignate eo\/14324\/6 as eo\/14324\/5 by 2026-02-20-de-minimis-continuing \(Sec\. 4\)/
    )
    lines.length = 0
    expect(await cli('text', 'eo/14324/5', '--on', '2026-03-01', '--diff', '2025-09-01')).toBe(0)
    expect(lines.join('\n')).toMatch(
      /^--- eo\/14324\/5 on 2025-09-01\n\+\+\+ eo\/14324\/5 on 2026-03-01$/m
    )
  })

  it('says what is not known where the original is not in the corpus, and lists what was not applied', async () => {
    expect(await cli('text', 'clause 2 of Proclamation 9704', '--on', '2026-08-01')).toBe(1)
    const printed = lines.join(' ').replace(/\s+/g, ' ')
    expect(printed).toMatch(/the original text of proc\/9704 is not in the corpus/)
    expect(printed).toMatch(/NOT APPLIED \(text-unknown\)/)
    lines.length = 0
    // Clause 2 of Proclamation 9705 was revised to read anew: known from then, though the original is not held.
    expect(await cli('text', 'clause 2 of Proclamation 9705', '--on', '2025-06-01')).toBe(0)
    expect(lines.join(' ').replace(/\s+/g, ' ')).toMatch(/as given whole by an amendment/)
    // Its rates were raised by modifications of the whole proclamation, which change no words of the clause.
    expect(lines.join(' ').replace(/\s+/g, ' ')).toMatch(
      /what it imposes \(rates, scope\) modified (?:once|\d+ times) by then/
    )
  })

  it('gives an instrument nothing amends as its document reads, and nothing before it was signed', async () => {
    expect(await cli('text', 'eo/14324', '--on', '2025-07-01')).toBe(1)
    expect(lines[0]).toMatch(/not yet issued \(signed 2025-07-30\)/)
    lines.length = 0
    expect(await cli('text', '2026-01-14-critical-minerals-232', '--on', '2026-06-01')).toBe(0)
    expect(lines.join('\n')).toMatch(/^\(1\) /m)
  })

  it('answers in JSON, and takes bad input as usage errors', async () => {
    expect(await cli('text', 'eo/14324/3', '--on', '2026-03-01', '--format', 'json')).toBe(0)
    const json = JSON.parse(lines.join('\n'))
    expect(json.found).toBe(true)
    expect(json.provisions[0].label).toBe('Sec. 3')
    expect(json.original.document).toBe('2025-07-30-de-minimis-suspension')
    expect(await cli('text', 'eo/14324', '--on', '2026-13-45')).toBe(2)
    expect(await cli('text', 'nothing at all here')).toBe(2)
  })
})
