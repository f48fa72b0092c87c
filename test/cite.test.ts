/** The citation engine: peer vectors, presidential probes, complete lists on real documents, nothing spurious. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {extractCitations} from '../src/cite/extract.js'
import type {CitationJson, DocumentJson} from '../src/index.js'
import {loadProbes, loadVectors, oursFor, scoreVector} from '../scripts/peer-score.js'
import {caseTable, corpusDir, corpusFiles, flatten, parseCorpusFile, root} from './helpers.js'

// The peer vectors, copied into the repository (test/fixtures/peer/README.md): the tests need nothing beside it.
const peerDir = path.join(root, 'test/fixtures/peer')
const ids = (doc: DocumentJson) => doc.citations.map((c) => c.id)
const unique = (list: string[]) => [...new Set(list)].sort()

describe('peer vectors (unitedstates/citation and reporters-db)', () => {
  const scored = loadVectors(peerDir)
    .filter((v) => !v.options?.parents)
    .map(scoreVector)

  it.each(scored.filter((s) => s.peerPass).map((s) => [s.vector.id, s] as const))(
    '%s: we pass what the peer passes',
    (_, s) => {
      expect(s.ours.slice().sort(), s.vector.text).toEqual(
        s.vector.ambiguous_range
          ? expect.arrayContaining([s.expected[0]])
          : s.vector.note
            ? expect.arrayContaining(s.expected)
            : unique(s.expected)
      )
      if (s.vector.ambiguous_range) for (const id of s.ours) expect(s.expected).toContain(id)
    }
  )

  it('passes more vectors than the peer', () => {
    const plain = scored.filter((s) => !s.vector.ambiguous_range)
    expect(plain.filter((s) => s.oursPass).length).toBeGreaterThan(
      plain.filter((s) => s.peerPass).length
    )
  })
})

describe('presidential probes', () => {
  const probes = loadProbes(
    peerDir,
    path.join(root, 'test/fixtures/presidential-probes.expected.json')
  )
  it.each(probes.map((p) => [p.id, p] as const))('%s', (_, p) => {
    expect(p.expected.length).toBeGreaterThan(0)
    expect(unique(oursFor(p.text))).toEqual(unique(p.expected))
  })
})

describe('citations of real documents', () => {
  it('critical minerals: exactly the statutes and memorandum it cites, short forms resolved', async () => {
    const doc = await parseCorpusFile('2026-01-14-critical-minerals-232.md')
    expect(unique(ids(doc))).toEqual([
      'nsm/22',
      'usc/19/1862',
      'usc/19/1862/c/3/A',
      'usc/19/1862/c/3/A/i',
      'usc/19/1862/d',
      'usc/3/301'
    ])
    const first = doc.findings[0]!.citations[0]!
    expect(first).toMatchObject({
      id: 'usc/19/1862',
      text: 'section 232 of the Trade Expansion Act of 1962, as amended, 19 U.S.C. 1862',
      url: 'https://www.govinfo.gov/link/uscode/19/1862',
      position: {start: {line: 18, column: 62}}
    })
    // "section 232(d) (19 U.S.C. 1862(d))" is one citation, through the short form defined in finding 1.
    const pinpoint = doc.findings[12]!.citations[0]!
    expect(pinpoint).toMatchObject({
      id: 'usc/19/1862/d',
      resolvedFrom: 'section 232',
      text: 'section 232(d) (19 U.S.C. 1862(d))'
    })
    expect(doc.findings[12]!.citations.map((c) => c.id)).toEqual([
      'usc/19/1862/d',
      'usc/19/1862/d',
      'usc/19/1862/c/3/A/i'
    ])
    expect(doc.formula!.citations.map((c) => c.id)).toEqual(['usc/19/1862', 'usc/3/301'])
    expect(doc.provisions[0]!.citations.map((c) => [c.id, c.resolvedFrom])).toEqual([
      ['usc/19/1862/c/3/A/i', 'section 232']
    ])
    expect(doc.findings[3]!.citations[0]).toMatchObject({
      id: 'nsm/22',
      // Its date and title are its words, as an order's are.
      text: 'National Security Memorandum 22 of April 30, 2024 (Critical Infrastructure Security and Resilience)'
    })
  })

  it('sequestration order: "the Act" as the document defined it', async () => {
    const doc = await parseCorpusFile('2025-05-30-sequestration-order-fy2026.md')
    expect(doc.citations.map((c) => [c.id, c.resolvedFrom ?? null])).toEqual([
      ['usc/2/901a', null],
      ['usc/2/901a', 'the Act'],
      ['usc/2/901a/9', 'the Act']
    ])
    expect(doc.citations[0]!.text).toBe(
      'section 251A of the Balanced Budget and Emergency Deficit Control Act (the “Act”), as amended, 2 U.S.C. 901a'
    )
  })

  it('items of an instruction ending in a colon or semicolon cite the amended order, under its section', async () => {
    // "Executive Order 11030 ..., as amended, is further amended;" then "(a) in subsection 1(f):", "(b) in subsection
    // 2(a), by striking ..."; "Section 3 of Executive Order 13389 ... is amended:" then "(c) by striking subsection (c)".
    const doc = await parseCorpusFile('2006-05-12-fr-md-eo-13403-amendments-revocation.md')
    const ids = doc.citations.map((c) => c.id)
    for (const id of [
      'eo/11030/1/f',
      'eo/11030/2/a',
      'eo/11030/5',
      'eo/11030/6',
      'eo/13389/3/a',
      'eo/13389/3/c'
    ])
      expect(ids).toContain(id)
  })

  it('CFIUS order: section 721 defined, then pinpointed', async () => {
    const doc = await parseCorpusFile('2025-06-13-order-us-steel-nippon-2025.md')
    const list = doc.citations.map((c) => [c.id, c.resolvedFrom ?? null])
    expect(list.slice(0, 3)).toEqual([
      ['usc/50/4565', null],
      ['usc/50/4565/d', 'section 721'],
      ['usc/50/4565/d/1', 'section 721']
    ])
    expect(list).toContainEqual(['usc/50/4565/d/1', null])
    // "On January 3, 2025, ... issued an order titled “...” (January 3 Order)": named by its day and title, then by
    // the short name the order gave it ("Section 2(a) of the January 3 Order").
    const january3 =
      'eo/2025-01-03/regarding-the-proposed-acquisition-of-united-states-steel-corporation-by-nippon-steel-corporation'
    const ids = doc.citations.map((c) => c.id)
    for (const id of [
      january3,
      `${january3}/3`,
      `${january3}/2/a`,
      `${january3}/2/b`,
      `${january3}/2/c`
    ])
      expect(ids).toContain(id)
    expect(ids).toContain(
      'pm/2025-04-07/review-of-proposed-united-states-steel-corporation-acquisition'
    )
    expect(doc.citations.find((c) => c.id === 'usc/50/1701')).toMatchObject({
      etSeq: true,
      text: 'International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.)'
    })
  })

  it('Federal Register text: an act and its parallel in parentheses are one citation', async () => {
    const doc = await parseCorpusFile('2017-01-30-govinfo-eo-13771-reducing-regulation.md')
    expect(doc.formula!.citations.map((c) => [c.id, c.text])).toEqual([
      ['usc/31/1101', 'Budget and Accounting Act of 1921, as amended (31 U.S.C. 1101 et seq.)'],
      ['usc/31/1105', 'section 1105 of title 31, United States Code'],
      ['usc/3/301', 'section 301 of title 3, United States Code']
    ])
    // Wrapped over lines in the source, positions point at the start in the original file.
    expect(doc.formula!.citations[2]!.position.start).toMatchObject({line: 42, column: 54})
    expect(doc.citations.filter((c) => c.id === 'eo/12866')).toHaveLength(3)
    expect(doc.citations.find((c) => c.id === 'eo/12866')).toMatchObject({
      date: '1993-09-30',
      url: 'https://www.federalregister.gov/executive-order/12866'
    })
  })

  it('EO 14148 cites every order it revokes', async () => {
    const doc = await parseCorpusFile('2025-01-20-fr-md-eo-14148-initial-rescissions.md')
    const revoked = doc.provisions[1]!.provisions
    expect(revoked).toHaveLength(78)
    for (const p of revoked) {
      const printed =
        /^(Executive Order|National Security Memorandum|Presidential Memorandum|Proclamation)\s+(\d+)/.exec(
          p.text
        )
      if (printed?.[1] === 'Executive Order')
        expect(p.citations[0], p.text).toMatchObject({id: `eo/${printed[2]}`})
      if (printed?.[1] === 'National Security Memorandum')
        expect(p.citations[0]).toMatchObject({id: `nsm/${printed[2]}`})
    }
    expect(revoked[0]!.citations[0]).toMatchObject({
      id: 'eo/13985',
      date: '2021-01-20',
      title:
        'Advancing Racial Equity and Support for Underserved Communities Through the Federal Government'
    })
  })

  it('complete lists: every citation of short documents, in order', async () => {
    const revoking = await parseCorpusFile('2021-02-24-revoking-proclamation-10014.md')
    expect(ids(revoking)).toEqual([
      'proc/10014',
      'proc/10052/1',
      'proc/10131/1',
      'proc/10014',
      // "sections 212(f) and 215(a) of the Immigration and Nationality Act, 8 U.S.C. 1182(f) and 1185(a)"
      'usc/8/1182/f',
      'usc/8/1185/a',
      'usc/8/1182/f',
      'usc/8/1185/a',
      'proc/10014/1',
      'proc/10014',
      'proc/10052/1',
      'proc/10131/1',
      'proc/10014'
    ])
    expect(revoking.citations[0]).toMatchObject({
      date: '2020-04-22',
      title: expect.stringMatching(/^Suspension of Entry of Immigrants Who Present a Risk/)
    })
    expect(ids(await parseCorpusFile('2025-05-01-loyalty-day-law-day.md'))).toEqual(['pl/87/20'])
    // The heading "Amendment to Executive Order 14007." cites too (listed after the provision's text).
    const amending = await parseCorpusFile('2021-09-13-biden-amending-eo-14007.md')
    expect(ids(amending)).toEqual(['eo/14007/2/b', 'eo/14007'])
    expect(amending.citations[1]!.position.start.line).toBe(15)
    expect(ids(await parseCorpusFile('2025-08-13-revocation-eo-on-competition.md'))).toEqual([
      'eo/14036'
    ])
  })

  it("records the document's references to itself apart from citations", async () => {
    const doc = await parseCorpusFile('2017-01-30-govinfo-eo-13771-reducing-regulation.md')
    expect(
      doc.crossReferences.map((r) => [r.from, r.target, r.text, r.position.start.line])
    ).toEqual([
      [['Sec. 2', '(c)'], ['Sec. 2', '(a)'], 'subsection (a) of this section', 75],
      [['Sec. 3', '(a)'], ['Sec. 2', '(c)'], 'section 2(c) of this order', 107]
    ])
    expect(doc.citations.some((c) => /of this (?:order|section)/.test(c.text))).toBe(false)
  })

  it('provision-level references to orders and proclamations', async () => {
    const amending = await parseCorpusFile('2021-09-13-biden-amending-eo-14007.md')
    expect(ids(amending)).toContain('eo/14007/2/b')
    const steel = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    expect(ids(steel)).toEqual(expect.arrayContaining(['proc/9705', 'proc/9705/2', 'htsus/ch/99']))
  })

  it('every provision of a printed list before an order or proclamation, ranges of sections spelled out', () => {
    // As Federal Register orders print them (EO 13761, 13415, 13138, 13603) and the clauses of a proclamation.
    const cases: Array<[string, string[]]> = [
      [
        'sections 1 and 2 of Executive Order 13067 of November 3, 1997',
        ['eo/13067/1', 'eo/13067/2']
      ],
      ['Sections 4, 5, and 9 of Executive Order 12748', ['eo/12748/4', 'eo/12748/5', 'eo/12748/9']],
      [
        'Sections 1 through 4 of Executive Order 13062',
        ['eo/13062/1', 'eo/13062/2', 'eo/13062/3', 'eo/13062/4']
      ],
      ['sections 401(3)-(4) of Executive Order 12656', ['eo/12656/401/3', 'eo/12656/401/4']],
      ['sections 2(a) and 3 of Executive Order 14007', ['eo/14007/2/a', 'eo/14007/3']],
      ['clauses 2 and 3 of Proclamation 9705', ['proc/9705/2', 'proc/9705/3']],
      ['Part 1-4 of Executive Order 12656', ['eo/12656/1-4']]
    ]
    for (const [text, expected] of cases) {
      const found = extractCitations(`${text} is cited.`)
      expect(found.map((c) => c.id)).toEqual(expected)
      // One printed span, shared by the members of the list.
      expect(new Set(found.map((c) => text.slice(c.start, c.end))).size).toBe(1)
    }
  })

  it('a name the document gives an act ("the “1988 Act”") is read as that act', async () => {
    const doc = await parseCorpusFile('2021-12-23-modify-htsus.md')
    expect(doc.citations.filter((c) => c.id.startsWith('act/1988-act'))).toEqual([])
    const later = doc.citations.find((c) => c.text === 'section 1206(a) of the 1988 Act')
    expect(later).toMatchObject({id: 'usc/19/3006/a', resolvedFrom: '1988 Act'})
  })

  it('lists printed side by side are not paired end to start', () => {
    // As the 2025-09-19 H-1B proclamation prints it, with an act section the table does not know (INA 299).
    const text =
      'consistent with sections 101, 212, and 299 of the INA, 8 U.S.C. 1101, 1182, and 1184.'
    expect(
      extractCitations(text).map((c) => [c.id, text.slice(c.start, c.end), c.parallel])
    ).toEqual([
      ['usc/8/1101', 'sections 101', undefined],
      ['usc/8/1182', '212', undefined],
      ['act/immigration-and-nationality-act/299', '299 of the INA', undefined],
      ['usc/8/1101', '8 U.S.C. 1101', undefined],
      ['usc/8/1182', '1182', undefined],
      ['usc/8/1184', '1184', undefined]
    ])
  })

  it('a dated memorandum followed by its series number is one citation of that number, at the section named', () => {
    // EO 14020 of March 8, 2021, as printed on whitehouse.gov.
    const text =
      'The Working Group created by section 2 of the Presidential Memorandum of February 7, 2019 (Promoting Women’s Global Development and Prosperity) (NSPM-16), is terminated.'
    const found = extractCitations(text)
    expect(found.map((c) => [c.id, c.parallel, text.slice(c.start, c.end)])).toEqual([
      [
        'nspm/16/2',
        ['pm/2019-02-07/promoting-womens-global-development-and-prosperity/2'],
        'section 2 of the Presidential Memorandum of February 7, 2019 (Promoting Women’s Global Development and Prosperity) (NSPM-16)'
      ]
    ])
  })

  it('HTSUS headings, ranges and chapters', async () => {
    const doc = await parseCorpusFile('2025-07-31-reciprocal-tariff-further-modifying.md')
    const htsus = doc.citations.filter((c) => c.type === 'htsus')
    // "headings 9903.01.43 through 9903.01.62 and 9903.01.64 through 9903.01.76": both ends of each range.
    expect(htsus.slice(0, 4).map((c) => c.id)).toEqual([
      'htsus/9903.01.43',
      'htsus/9903.01.62',
      'htsus/9903.01.64',
      'htsus/9903.01.76'
    ])
    // The first end of each range carries the other's id; "and" joins two ranges, not one.
    expect(htsus.slice(0, 4).map((c) => c.through)).toEqual([
      'htsus/9903.01.62',
      undefined,
      'htsus/9903.01.76',
      undefined
    ])
    expect(htsus[0]!.url).toBe('https://hts.usitc.gov/search?query=9903.01.43')
    const steel = await parseCorpusFile('2022-05-27-steel-232-ukraine.md')
    expect(steel.citations.find((c) => c.type === 'htsus')).toMatchObject({
      id: 'htsus/ch/99',
      text: 'chapter 99 of the HTSUS'
    })
  })
})

describe('every bundled document', () => {
  const files = corpusFiles()
  const idShape: Record<string, RegExp> = {
    usc: /^usc\/\d+(?:\/app)?\/(?:ch\/\d+[A-Z]?|[\dA-Za-z-]+)(?:\/[0-9A-Za-z]+)*$/,
    act: /^act\/[a-z0-9-]+\/[\dA-Za-z-]+(?:\/[0-9A-Za-z]+)*$/,
    cfr: /^cfr\/\d+\/[\dA-Za-z.()-]+(?:\/[0-9A-Za-z]+)*$/,
    pl: /^(?:pl|privl)\/\d+\/\d+(?:\/[0-9A-Za-z]+)*$/,
    stat: /^stat\/\d+\/\d+$/,
    fr: /^fr\/\d+\/\d+$/,
    // Known by number, or (no number printed) by date and title; a provision's path after either.
    eo: /^eo\/(?:\d{3,5}|\d{4}-\d{2}-\d{2}\/[a-z0-9-]+)(?:\/[0-9A-Za-z]+)*$/,
    proc: /^proc\/(?:\d{3,5}|\d{4}-\d{2}-\d{2}\/[a-z0-9-]+)(?:\/[0-9A-Za-z]+)*$/,
    memo: /^(?:(?:nsm|nspm|ppd|nspd|hspd|pdd|nsd|nsdd|nssm|psd)\/\d+|pm\/\d{4}-\d{2}-\d{2}(?:\/[a-z0-9-]+(?:\/[0-9A-Za-z]+)*)?|pd\/\d{2,4}-\d{1,3})$/,
    htsus:
      /^htsus\/(?:ch\/\d{1,2}|gn\/\d{1,2}(?:\/[a-z0-9]{1,4})*|\d{4}(?:\.\d{2}(?:\.\d{2,4})?)?)$/,
    const: /^const\/(?:art\/\d+(?:\/sec\/\d+)?(?:\/cl\/\d+)?|amend\/\d+)$/
  }

  it.each(files)(
    '%s: well-formed ids, nothing spurious, positions on the printed text',
    async (name) => {
      const doc = await parseCorpusFile(name)
      const source = readFileSync(path.join(corpusDir, name), 'utf8')
      const all: CitationJson[] = [
        ...doc.findings.flatMap((f) => f.citations),
        ...(doc.formula?.citations ?? []),
        ...flatten(doc.provisions).flatMap((p) => p.citations)
      ]
      expect(all).toHaveLength(doc.citations.length)
      for (const c of all) {
        expect(c.id, c.text).toMatch(idShape[c.type]!)
        // A date, an amount, a rate or a page count is never a citation.
        expect(c.text).not.toMatch(
          /^(?:\$|\d+(?:\.\d+)?\s*(?:percent|%)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)/
        )
        // The source holds the citation where it says (escapes and markup aside).
        const at = source.slice(c.position.start.offset, c.position.start.offset + 1)
        expect(at, `${c.id} at ${c.position.start.line}:${c.position.start.column}`).toBe(c.text[0])
        expect(c.position.end.offset).toBeGreaterThan(c.position.start.offset)
        if (
          ['usc', 'cfr', 'pl', 'stat', 'fr', 'htsus'].includes(c.type) ||
          /^eo\/\d{3,5}(?:\/|$)/.test(c.id)
        )
          expect(c.url).toMatch(/^https:\/\//)
      }
    }
  )
})

describe('adversarial input', () => {
  // Every expression is anchored or bounded: a megabyte of any of these must finish (the timeout guards).
  const inputs = [
    '(a)',
    '1234567890',
    'U.S.C. ',
    ' ',
    '19 U.S.C. 1862(a)(b) ',
    'sections 1, 2 and 3 of ',
    'Act ',
    'Executive Order 1234, ',
    '(a)(b) 19 U.S.C. 1(a)(b) section 2 of title 3 of the Act '
  ]
  it.each(inputs)('1 MB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20)
    const found = extractCitations(text)
    for (const c of found) expect(c.end).toBeGreaterThan(c.start)
  })
})

describe('instruments named by date and title', () => {
  it('a provision named before one is its provision: "clause (12) of the Proclamation of October 17, 2025 (...)"', async () => {
    const doc = await parseCorpusFile('2025-10-17-trucks-buses-232.md')
    expect(doc.citations.map((c) => c.id)).toContain(
      'proc/2025-10-17/adjusting-imports-of-medium-and-heavy-duty-vehicles-medium-and-heavy-duty-vehicle-parts-and-buses-into-the-united-states/12'
    )
  })
})

describe('citation forms, one case a line (test/fixtures/cases/citation-forms.tsv)', () => {
  it.each(caseTable('citation-forms.tsv') as Array<[string, string]>)('%s', (text, ids) => {
    expect(extractCitations(text).map((c) => c.id)).toEqual(ids === '-' ? [] : ids.split(' '))
  })
})
