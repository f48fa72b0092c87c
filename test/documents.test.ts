/** Structure of real documents, one per format, asserted value by value. */
import {describe, expect, it} from 'vitest'
import {flatten, parseCorpusFile} from './helpers.js'

describe('whitehouse.gov proclamation (2026-01-14-critical-minerals-232.md)', async () => {
  const doc = await parseCorpusFile('2026-01-14-critical-minerals-232.md')

  it('is a proclamation with 14 numbered findings, escaped "4\\." and "8\\." included', () => {
    expect(doc.type).toBe('proclamation')
    expect(doc.findings.map((f) => f.label)).toEqual(
      Array.from({length: 14}, (_, i) => String(i + 1))
    )
    expect(doc.findings[3]!.text).toMatch(
      /^The Secretary also found that processed critical minerals are essential/
    )
    expect(doc.findings[3]!.position.start).toMatchObject({line: 47, column: 1})
    // Hard-wrapped lines joined, NBSPs folded, emphasis markers gone.
    expect(doc.findings[0]!.text).toContain(
      'under section 232 of the Trade Expansion Act of 1962, as amended, 19 U.S.C. 1862 (section 232). Based on'
    )
    expect(doc.findings[0]!.text).toContain('factors, see 19 U.S.C. 1862(d), the Secretary')
    expect(doc.findings[3]!.text).toContain('National Security Memorandum 22 of April 30, 2024')
    for (const f of doc.findings) expect(f.text).not.toMatch(/[\u00a0\n*\\]|\s{2}/)
  })

  it('reads the enacting formula', () => {
    expect(doc.formula).toMatchObject({president: 'DONALD J. TRUMP', verb: 'proclaim'})
    expect(doc.formula!.text).toMatch(
      /^NOW, THEREFORE, I, DONALD J\. TRUMP, President of the United States of America, by the authority vested in me/
    )
    expect(doc.formula!.text).toMatch(/do hereby proclaim as follows:$/)
    expect(doc.formula!.authority).toBe(
      'the Constitution and the laws of the United States, including section 232, 19 U.S.C. 1862; and section 301 of title 3, United States Code'
    )
    expect(doc.formula!.position.start.line).toBe(182)
  })

  it('has provisions (1) to (4) and the closing', () => {
    expect(doc.provisions.map((p) => p.label)).toEqual(['(1)', '(2)', '(3)', '(4)'])
    expect(doc.provisions[3]!.text).toMatch(
      /^Any provision of previous proclamations and Executive Orders that is inconsistent/
    )
    expect(doc.provisions[0]!.position.start).toMatchObject({line: 187, column: 1})
    expect(doc.signedDate).toBe('2026-01-14')
    expect(doc.closing.witness).toMatchObject({date: '2026-01-14', independenceYear: 250})
    expect(doc.signer).toBe('DONALD J. TRUMP')
    expect(doc.provenance).toEqual({
      type: 'heading',
      number: null,
      signedDate: 'witness',
      signer: 'signature'
    })
    expect(doc.closing.signature!.position.start).toMatchObject({line: 239, column: 30})
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  })
})

describe('ceremonial proclamation (2025-05-01-loyalty-day-law-day.md)', async () => {
  const doc = await parseCorpusFile('2025-05-01-loyalty-day-law-day.md')

  it('has unnumbered prose findings and an operative paragraph after the formula', () => {
    expect(doc.findings).toHaveLength(6)
    expect(doc.findings.every((f) => f.label === null)).toBe(true)
    expect(doc.findings[0]!.text).toMatch(/^The rule of law is the capstone/)
    expect(doc.formula).toMatchObject({
      president: 'DONALD J. TRUMP',
      verb: 'proclaim',
      authority: null
    })
    expect(doc.formula!.text).toBe(
      'NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, do hereby proclaim'
    )
    expect(doc.provisions).toHaveLength(1)
    expect(doc.provisions[0]).toMatchObject({label: null, heading: null})
    expect(doc.provisions[0]!.text).toMatch(
      /^May 1, 2025, as Loyalty Day, and in accordance with Public Law 87–20/
    )
  })

  it('reads an indented witness clause', () => {
    expect(doc.closing.witness).toMatchObject({date: '2025-05-01', independenceYear: 249})
    expect(doc.closing.witness!.position.start).toMatchObject({line: 78, column: 6})
    expect(doc.signer).toBe('DONALD J. TRUMP')
  })
})

describe('whitehouse.gov executive order with underlined headings (2025-03-19-state-local-preparedness-slug-test.md)', async () => {
  const doc = await parseCorpusFile('2025-03-19-state-local-preparedness-slug-test.md')

  it('reads sections split over <span> lines, with headings', () => {
    expect(doc.type).toBe('executive_order')
    expect(doc.formula).toMatchObject({verb: 'order', president: null})
    const sections = doc.provisions.map((p) => [p.label, p.heading])
    expect(sections.slice(0, 3)).toEqual([
      ['Sec. 1', 'Purpose'],
      ['Sec. 2', 'Policy'],
      ['Sec. 3', 'Updating Federal Policy to Save Lives and End the Subsidization of Mismanagement']
    ])
    expect(doc.provisions[0]!.text).toMatch(/^Commonsense approaches/)
    // Unlabelled paragraphs that follow a section belong to it.
    expect(doc.provisions[0]!.text).toContain(
      '\n\nThis order empowers State, local, and individual preparedness'
    )
  })

  it('nests subsections with their own headings and escaped labels', () => {
    const sec3 = doc.provisions[2]!
    expect(sec3.provisions.map((p) => [p.label, p.heading])).toEqual([
      ['(a)', 'National Resilience Strategy'],
      ['(b)', 'National Critical Infrastructure Policy'],
      ['(c)', 'National Continuity Policy'],
      ['(d)', 'Preparedness and Response Policies'],
      ['(e)', 'National Risk Register'],
      ['(f)', 'Federal National Functions Constructs']
    ])
    expect(sec3.provisions[1]!.provisions.map((p) => p.label)).toEqual([
      '(i)',
      '(ii)',
      '(iii)',
      '(iv)'
    ])
    const last = doc.provisions[doc.provisions.length - 1]!
    expect(last.provisions.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)'])
    expect(last.provisions[0]!.provisions.map((p) => p.label)).toEqual(['(i)', '(ii)'])
  })

  it('reads the dateline and signature', () => {
    expect(doc.closing.dateline).toMatchObject({date: '2025-03-18'})
    expect(doc.signedDate).toBe('2025-03-18')
    expect(doc.signer).toBe('DONALD J. TRUMP')
  })
})

describe('memorandum (2025-02-04-nspm-2-iran.md)', async () => {
  const doc = await parseCorpusFile('2025-02-04-nspm-2-iran.md')

  it('reads addressees, subject, number, preamble and sections', () => {
    expect(doc.type).toBe('memorandum')
    expect(doc.number).toBe('NSPM-2')
    expect(doc.provenance.number).toBe('title')
    expect(doc.formula).toBeNull()
    expect(doc.findings).toHaveLength(6)
    expect(doc.findings[0]!.text).toMatch(/^As President, my highest priority/)
    expect(doc.provisions.map((p) => [p.label, p.heading]).slice(0, 2)).toEqual([
      ['Sec. 1', 'Policy'],
      ['Sec. 2', 'Enacting Maximum Pressure on the Islamic Republic of Iran']
    ])
    const sec2 = doc.provisions[1]!
    expect(sec2.provisions.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)'])
    expect(sec2.provisions[0]!.provisions.map((p) => p.label)).toEqual([
      '(i)',
      '(ii)',
      '(iii)',
      '(iv)',
      '(v)'
    ])
  })

  it('has no signature line: the signer is the president in office, and says so', () => {
    expect(doc.closing.signature).toBeNull()
    expect(doc.signer).toBe('DONALD J. TRUMP')
    expect(doc.provenance.signer).toBe('term')
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('missing-signature')
  })
})

describe('Federal Register plain text (2017-01-30-govinfo-eo-13771-reducing-regulation.md)', async () => {
  const doc = await parseCorpusFile('2017-01-30-govinfo-eo-13771-reducing-regulation.md')

  it('reads number, title and date from the GPO heading', () => {
    expect(doc.type).toBe('executive_order')
    expect(doc.number).toBe('13771')
    expect(doc.provenance.number).toBe('text')
    expect(doc.formula!.text).toMatch(
      /^By the authority vested in me as President by the Constitution and the laws of the United States of America, including the Budget and Accounting Act of 1921/
    )
    expect(doc.formula!.text).toMatch(/it is hereby ordered as follows:$/)
  })

  it('splits sections and subsections out of 16-space indented blocks and across page markers', () => {
    expect(doc.provisions.map((p) => [p.label, p.heading])).toEqual([
      ['Sec. 1', 'Purpose'],
      ['Sec. 2', 'Regulatory Cap for Fiscal Year 2017'],
      ['Sec. 3', 'Annual Regulatory Cost Submissions to the Office of Management and Budget'],
      ['Sec. 4', 'Definition'],
      ['Sec. 5', 'General Provisions']
    ])
    expect(doc.provisions[1]!.provisions.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)'])
    // "subsection\n(a) of this section" is a reference, not a new paragraph.
    expect(doc.provisions[1]!.provisions[2]!.text).toMatch(
      /^In furtherance of the requirement of subsection \(a\) of this section/
    )
    const sec3 = doc.provisions[2]!.provisions
    expect(sec3.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)'])
    expect(sec3[1]!.position.start.line).toBe(114)
    expect(doc.provisions[4]!.provisions[0]!.provisions.map((p) => p.label)).toEqual([
      '(i)',
      '(ii)'
    ])
    for (const p of flatten(doc.provisions)) expect(p.text).not.toContain('[[Page')
  })

  it('reads the dateline and names the signer of a "(Presidential Sig.)" placeholder from the term of office', () => {
    expect(doc.closing.dateline).toMatchObject({
      date: '2017-01-30',
      text: 'THE WHITE HOUSE, January 30, 2017.'
    })
    expect(doc.signer).toBe('DONALD J. TRUMP')
    expect(doc.provenance).toMatchObject({signedDate: 'dateline', signer: 'term'})
  })
})

describe('Federal Register-derived Markdown (2025-01-20-fr-md-eo-14148-initial-rescissions.md)', async () => {
  const doc = await parseCorpusFile('2025-01-20-fr-md-eo-14148-initial-rescissions.md')

  it('takes headings and bold leads as section labels and headings', () => {
    expect(doc.number).toBe('14148')
    expect(doc.findings).toEqual([])
    expect(doc.provisions.map((p) => p.label)).toEqual(['Sec. 1', 'Sec. 2', 'Sec. 3', 'Sec. 4'])
    expect(doc.provisions[0]!.heading).toBe('Purpose')
    expect(doc.provisions[1]!.heading).toBe('Revocation')
    expect(doc.provisions[1]!.text).toBe('The following executive actions are hereby revoked:')
    const revoked = doc.provisions[1]!.provisions
    expect(revoked[0]!.text).toBe(
      'Executive Order 13985 of January 20, 2021 (Advancing Racial Equity and Support for Underserved Communities Through the Federal Government).'
    )
    // (a) to (zz), then (aaa) to (zzz): doubled "(ii)" and "(vv)" are letters here, not numerals.
    expect(revoked).toHaveLength(78)
    expect(revoked.map((p) => p.label).slice(33, 36)).toEqual(['(hh)', '(ii)', '(jj)'])
    expect(revoked.every((p) => p.provisions.length === 0)).toBe(true)
  })

  it('reads the "Trump.EPS" signature placeholder', () => {
    expect(doc.signer).toBe('DONALD J. TRUMP')
    expect(doc.provenance.signer).toBe('placeholder')
    expect(doc.signedDate).toBe('2025-01-20')
  })
})

describe('Biden-era proclamation with Markdown list findings (2021-02-01-aluminum-232-uae.md)', async () => {
  const doc = await parseCorpusFile('2021-02-01-aluminum-232-uae.md')

  it('reads list-item findings and a mixed-case formula inside the last item', () => {
    expect(doc.findings.map((f) => f.label)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(doc.formula).toMatchObject({president: 'Joseph R. Biden Jr.', verb: 'proclaim'})
    expect(doc.provisions[0]!.text).toBe(
      'that Proclamation 10139, including the Annex, is revoked.'
    )
    expect(doc.closing.witness).toMatchObject({date: '2021-02-01', independenceYear: 245})
    expect(doc.signer).toBe('JOSEPH R. BIDEN JR.')
  })
})
