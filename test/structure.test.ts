/**
 * Where the preamble ends and the provisions begin, on real bundled documents whose formula
 * stands mid-paragraph, after unnumbered paragraphs, or runs on past its first enacting words.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {DocumentJson} from '../src/index.js'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {corpusDir, parseCorpusFile} from './helpers.js'

const labels = (doc: DocumentJson) => doc.provisions.map((p) => p.label)
const sections = (n: number) => Array.from({length: n}, (_, i) => `Sec. ${i + 1}`)

/** The source text a node's position spans. */
function sourceAt(file: string, node: {position: {start: {offset: number}}}, length: number) {
  const source = readFileSync(path.join(corpusDir, file), 'utf8')
  return source.slice(node.position.start.offset, node.position.start.offset + length)
}

/** Findings, formula and provisions follow one another in the source, none overlapping the next. */
function inSourceOrder(doc: DocumentJson): boolean {
  const nodes = [...doc.findings, ...(doc.formula ? [doc.formula] : []), ...doc.provisions]
  return nodes.every(
    (n, i) => i === 0 || n.position.start.offset >= nodes[i - 1]!.position.end.offset
  )
}

describe('a proclamation whose "NOW, THEREFORE" starts mid-paragraph, with underlined sections', async () => {
  const file = '2025-03-15-alien-enemies-act-tren-de-aragua.md'
  const doc = await parseCorpusFile(file)

  it('has its sections (split spans "Section</span> <span>1</span>.") as top-level provisions', () => {
    expect(labels(doc)).toEqual(sections(6))
    expect(doc.provisions[0]!.text).toMatch(/^I find and declare that TdA is perpetrating/)
    // The regulations of section 6 are its subsections.
    expect(doc.provisions[5]!.provisions.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)'])
  })

  it('keeps the findings before the formula, the last one cut where the formula starts', () => {
    expect(doc.findings).toHaveLength(6)
    expect(doc.findings[5]!.text).toMatch(
      /^As President of the United States and Commander in Chief, .* of this invasion\.$/
    )
  })

  it('reads the formula from "NOW, THEREFORE", at its place in the source', () => {
    expect(doc.formula).toMatchObject({president: 'DONALD J. TRUMP', verb: 'direct'})
    expect(doc.formula!.text).toMatch(/^NOW, THEREFORE, I, DONALD J\. TRUMP, President/)
    expect(doc.formula!.text).toMatch(/hereby proclaim and direct as follows:$/)
    expect(doc.formula!.position.start.line).toBe(69)
    expect(sourceAt(file, doc.formula!, 14)).toBe('NOW, THEREFORE')
    expect(inSourceOrder(doc)).toBe(true)
  })
})

describe('a proclamation whose "By the authority ..., I hereby proclaim:" opens unnumbered findings', async () => {
  const file = '2025-01-20-guaranteeing-states-protection-invasion.md'
  const doc = await parseCorpusFile(file)

  it('has no unlabelled provision before Sec. 1', () => {
    expect(labels(doc)).toEqual(sections(6))
  })

  it('reads the paragraphs before "NOW, THEREFORE" as findings, the opening one first', () => {
    expect(doc.findings).toHaveLength(14)
    expect(doc.findings[0]!.text).toMatch(/^By the authority vested in me .* I hereby proclaim:$/)
    expect(doc.findings[13]!.text).toMatch(/^By the power vested in me by the Constitution/)
  })

  it('takes the "NOW, THEREFORE" paragraph as the formula', () => {
    expect(doc.formula).toMatchObject({president: 'Donald J. Trump', verb: 'direct'})
    expect(doc.formula!.text).toMatch(/hereby direct as follows:$/)
    expect(doc.formula!.position.start.line).toBe(161)
    expect(inSourceOrder(doc)).toBe(true)
  })
})

describe('an order whose findings close with "For these reasons, I hereby declare and order:"', async () => {
  const file = '2025-04-02-reciprocal-tariff-eo.md'
  const doc = await parseCorpusFile(file)

  it('has its sections first, no unlabelled provision', () => {
    expect(labels(doc)).toEqual(sections(7))
  })

  it('reads twenty findings, the last cut before the enacting sentence', () => {
    expect(doc.findings).toHaveLength(20)
    expect(doc.findings[0]!.text).toMatch(/^By the authority vested in me as President/)
    expect(doc.findings[1]!.text).toMatch(
      /^I, DONALD J\. TRUMP, .* I hereby declare a national emergency/
    )
    expect(doc.findings[19]!.text).toMatch(/annual agricultural trade deficit\.$/)
  })

  it('makes the enacting sentence the formula, with the president and authority before it', () => {
    expect(doc.formula!.text).toBe('For these reasons, I hereby declare and order:')
    expect(doc.formula).toMatchObject({president: 'DONALD J. TRUMP', verb: 'order'})
    expect(doc.formula!.authority).toMatch(
      /^the Constitution and the laws of the United States of America, including the International Emergency Economic Powers Act/
    )
    expect(doc.formula!.authority).toMatch(/section 301 of title 3, United States Code$/)
    expect(sourceAt(file, doc.formula!, 17)).toBe('For these reasons')
    expect(inSourceOrder(doc)).toBe(true)
  })
})

describe('a formula that finds, then proclaims: "hereby find that ... I therefore hereby proclaim the following:"', () => {
  it.each([
    ['2021-02-24-revoking-proclamation-10014.md', 1, sections(3)],
    ['2021-05-14-revoking-proclamation-9945.md', 1, sections(3)],
    ['2024-09-30-amending-proclamation-10773.md', 5, sections(5)]
  ])('%s: the determination is part of the formula', async (file, findings, expected) => {
    const doc = await parseCorpusFile(file)
    expect(labels(doc)).toEqual(expected)
    expect(doc.findings).toHaveLength(findings)
    expect(doc.formula!.text).toMatch(/^NOW, THEREFORE, I, JOSEPH R\. BIDEN JR\., President/)
    expect(doc.formula!.text).toMatch(
      /hereby find that\b.* I therefore hereby proclaim the following:$/
    )
    expect(doc.formula!.verb).toBe('proclaim')
    expect(doc.formula!.authority).toMatch(/^the Constitution and the laws of the United States/)
    expect(inSourceOrder(doc)).toBe(true)
  })
})

describe('a formula whose operative text follows its verb stays short of it', () => {
  it('"do hereby proclaim that certain stationary sources ... are exempt": the exemption is a provision', async () => {
    const doc = await parseCorpusFile('2025-07-17-caa-exemption-sterile-medical.md')
    expect(doc.formula!.text).toMatch(/do hereby proclaim$/)
    expect(doc.provisions[0]!.text).toMatch(
      /^that certain stationary sources subject to the EtO Rule/
    )
  })

  it('"do hereby declare an emergency ... Pursuant to this declaration, I hereby direct as follows:"', async () => {
    const doc = await parseCorpusFile('2026-06-29-phosphate-fertilizer-duty-free.md')
    expect(doc.formula!.text).toMatch(/I hereby direct as follows:$/)
    expect(doc.formula!.verb).toBe('direct')
    expect(labels(doc)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])
  })

  it('"do hereby further proclaim as follows:" enacts with proclaim', async () => {
    const doc = await parseCorpusFile('2026-05-19-implement-consolidated-appropriations-act.md')
    expect(doc.formula!.verb).toBe('proclaim')
    expect(labels(doc)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'])
  })
})

/** Roman numerals from 1 to n, lower case. */
function romans(n: number): string[] {
  const digits: Array<[number, string]> = [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i']
  ]
  return Array.from({length: n}, (_, i) => {
    let v = i + 1
    let out = ''
    for (const [value, numeral] of digits) for (; v >= value; v -= value) out += numeral
    return `(${out})`
  })
}

describe('labels that read as letters or roman numerals', () => {
  it('"(i)" and "(l)" after "(h)" and "(k)" are letters, though a roman list under them is open', async () => {
    const doc = await parseCorpusFile('2025-06-04-restricting-entry-foreign-nationals.md')
    const section2 = doc.provisions[1]!
    expect(section2.provisions.map((p) => p.label)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((l) => `(${l})`)
    )
    expect(section2.provisions.map((p) => p.heading)).toContain('Iran')
    // "(h) Iran." has no text of its own: the "(i)" after it opens its list.
    for (const country of section2.provisions)
      expect(country.provisions.map((p) => p.label)).toEqual(['(i)', '(ii)'])
  })

  it('roman numerals of five letters and more are labels: "(xviii)", "(xxviii)"', async () => {
    const doc = await parseCorpusFile('2026-01-07-withdrawing-international-organizations.md')
    const list = doc.provisions[1]!.provisions[0]!
    expect(list.provisions.map((p) => p.label)).toEqual(romans(35))
  })
})

describe('section headings the page breaks over lines or after a blank line of no-break spaces', () => {
  it('"SUBJECT: ..." / a line of no-break spaces / "Section 1. Purpose.": the section is a provision of its own', async () => {
    const doc = await parseCorpusFile('2025-02-21-defending-american-companies-301.md')
    expect(labels(doc)).toEqual(sections(4))
    expect(doc.provisions[0]!.heading).toBe('Purpose')
    expect(doc.provisions[0]!.text).toMatch(/^In recent years, the gross domestic product/)
  })
})

describe('a formula inside a paragraph begins with its own sentence', () => {
  it('"Immediate action is required ... I hereby determine and order:": the sentences before it are a finding', async () => {
    const doc = await parseCorpusFile('2025-02-01-ieepa-duties-china.md')
    expect(doc.formula!.text).toBe('I hereby determine and order:')
    expect(doc.formula).toMatchObject({president: 'DONALD J. TRUMP', verb: 'order'})
    expect(doc.findings[doc.findings.length - 1]!.text).toMatch(/^Immediate action is required/)
    expect(labels(doc)).toEqual(sections(6))
    expect(inSourceOrder(doc)).toBe(true)
  })
})

describe('a stray emphasis mark after a full stop still ends the sentence', () => {
  it('"... foreign trade zone*. *" then "(f) No drawback ...": (f) is its own subsection', async () => {
    const doc = await parseCorpusFile('2025-02-01-ieepa-duties-china.md')
    const sec2 = doc.provisions.find((p) => p.label === 'Sec. 2')!
    expect(sec2.provisions.map((p) => p.label)).toEqual([
      '(a)',
      '(b)',
      '(c)',
      '(d)',
      '(e)',
      '(f)',
      '(g)',
      '(h)',
      '(i)'
    ])
    expect(sec2.provisions[5]!.text).toMatch(/^No drawback shall be available/)
    expect(sec2.provisions[4]!.text).toMatch(/foreign trade zone\*?\.\s*\*?$/)
  })
})

describe("a page's breadcrumb trail left in the saved text", () => {
  it('"1. [Parent]()" / "2. Current" is navigation, not findings: numbered findings run from 1', async () => {
    for (const file of [
      '2026-02-06-affordable-beef-trq.md',
      '2026-02-06-russia-duties-modifying.md'
    ]) {
      const doc = await parseCorpusFile(file)
      const numbered = doc.findings.filter((f) => f.label !== null).map((f) => Number(f.label))
      expect(numbered, file).toEqual(numbered.map((_, i) => i + 1))
      expect(
        doc.findings.some((f) => /\bCurrent\b|\[Parent\]/.test(f.text)),
        file
      ).toBe(false)
    }
  })
})

describe('a quotation printed over paragraphs, its sections and clauses quoted text', () => {
  const order = (paragraphs: string[]) =>
    parseDocument(
      ['---', 'title: "A Case"', 'document_type: executive_order', '---', '']
        .concat(paragraphs.flatMap((p) => [p, '']))
        .join('\n'),
      'case.md'
    ).json!
  const doc = order([
    'By the authority vested in me as President, it is hereby ordered as follows:',
    'Sec. 5. Executive Order 12382 of September 13, 1982, as amended, is further amended as follows:',
    '(a) by striking sections 2 and 3, and inserting in lieu thereof the following new sections 2 and 3:',
    '“Sec. 2. Functions. (a) The Committee shall provide advice.',
    '(b) The Committee shall report.',
    'Sec. 3. Administration. (a) The heads of agencies shall assist the Committee.”',
    '(b) by striking section 4 and inserting the following:',
    '“Sec. 4. General. The functions shall be performed by the Secretary.',
    'Sec. 5. Appointment. The President shall appoint the members.“',
    'Sec. 6. This order shall be effective September 30, 2021.'
  ])

  it('reads the quoted paragraphs into the item that inserts them, not as the document’s provisions', () => {
    expect(labels(doc)).toEqual(['Sec. 5', 'Sec. 6'])
    expect(doc.provisions[0]!.provisions.map((p) => p.label)).toEqual(['(a)', '(b)'])
    const [a, b] = doc.provisions[0]!.provisions
    expect(a!.text).toMatch(/\n\n\(b\) The Committee shall report\.\n\nSec\. 3\. Administration\./)
    // A closing mark misprinted as an opening one at a paragraph's end closes the quotation.
    expect(b!.text).toMatch(/Sec\. 5\. Appointment\. The President shall appoint the members\.“$/)
  })
})

describe('a finding that opens with an instrument is no number line', () => {
  it('"Proclamation 10918 previously modified the monument." stays a finding', async () => {
    const {parseDocument} = await import('../src/pipeline/parse-document.js')
    const doc = parseDocument(
      [
        '---',
        'title: "Restoring"',
        'date: 2026-06-11',
        'document_type: proclamation',
        '---',
        '',
        'Proclamation 10918 previously modified the monument.  It did more.',
        '',
        'NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, do proclaim that the Secretary shall manage the area.',
        ''
      ].join('\n'),
      'case.md'
    ).json!
    expect(doc.number).toBeNull()
    expect(doc.findings.map((f) => f.text)).toEqual([
      'Proclamation 10918 previously modified the monument. It did more.'
    ])
    expect(doc.citations.map((c) => c.id)).toEqual(['proc/10918'])
  })
})
