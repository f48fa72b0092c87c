/**
 * Properties over random and mutated input (fast-check): no exception escapes the parser, the citation
 * extractor, `check` or `fmt`; every problem is a diagnostic with a line; fmt's output is a fixed point. A
 * bounded run here; `npm run fuzz` runs each property many more times (FUZZ_RUNS).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkDocument} from '../src/check/check-document.js'
import {extractCitations} from '../src/cite/extract.js'
import {formatDocument} from '../src/format/format-document.js'
import {formatText} from '../src/format/format-files.js'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {corpusDir, corpusFiles} from './helpers.js'

const runs = Number(process.env.FUZZ_RUNS ?? 40)
const timeout = Math.max(60_000, runs * 2_000)

/** A handful of bundled documents of each source's shape. */
const samples = [
  '2026-01-14-critical-minerals-232.md',
  '2017-01-30-govinfo-eo-13771-reducing-regulation.md',
  '2025-03-19-state-local-preparedness-slug-test.md',
  '2021-12-27-steel-232-eu-trq.md',
  '2025-01-20-initial-rescissions.md'
].filter((name) => corpusFiles().includes(name))
const texts = samples.map((name) => readFileSync(path.join(corpusDir, name), 'utf8'))

/** Ways a document is broken in transit or by hand, each a function of the text and a random number. */
const mutations: Record<string, (text: string, n: number) => string | Uint8Array> = {
  'lines cut': (t, n) =>
    t
      .split('\n')
      .filter((_, i) => (i + n) % 7 !== 0)
      .join('\n'),
  'a line duplicated': (t, n) => {
    const lines = t.split('\n')
    const i = n % lines.length
    return [...lines.slice(0, i), lines[i]!, ...lines.slice(i)].join('\n')
  },
  'lines shuffled': (t, n) => {
    const lines = t.split('\n')
    for (let i = lines.length - 1; i > 0; i--) {
      const j = (n * (i + 7)) % (i + 1)
      ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
    }
    return lines.join('\n')
  },
  'NUL bytes': (t, n) => t.replace(/ /g, (s, at: number) => ((at + n) % 50 === 0 ? '\0' : s)),
  'invalid UTF-8': (t, n) => {
    const bytes = new TextEncoder().encode(t)
    bytes[n % bytes.length] = 0xff
    return bytes
  },
  'CR-only line ends': (t) => t.replace(/\n/g, '\r'),
  'right-to-left marks in citations': (t) => t.replace(/U\.S\.C\. (\d)/g, 'U.S.C.\u200f $1'),
  'confusable digits': (t) => t.replace(/1862/g, '１8６2'),
  'a truncated front matter': (t, n) => t.slice(0, 3 + (n % 200)),
  'a long line': (t, n) => t.replace('\n\n', `\n\n${'word '.repeat(20_000 + (n % 1000))}\n\n`)
}

/** Every problem the parse reports is a diagnostic with a rule and a line. */
function expectDiagnosed(result: ReturnType<typeof parseDocument>): void {
  for (const m of result.file.messages) {
    expect(m.ruleId).toBeTruthy()
    expect(m.line === undefined || m.line >= 1).toBe(true)
  }
  if (result.failed) expect(result.file.messages.some((m) => m.fatal)).toBe(true)
}

describe('the parser and what reads its trees', () => {
  it(
    'never throws on random text, and reports with lines',
    () => {
      fc.assert(
        fc.property(fc.string({maxLength: 2000, unit: 'binary'}), (text) => {
          const result = parseDocument(`---\ntitle: T\n---\n${text}`, 'random.md')
          expectDiagnosed(result)
          checkDocument(result)
        }),
        {numRuns: runs}
      )
    },
    timeout
  )

  it(
    'never throws on random bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({maxLength: 2000}), (bytes) => {
          expectDiagnosed(parseDocument(bytes, 'bytes.md'))
        }),
        {numRuns: runs}
      )
    },
    timeout
  )

  it(
    'never throws on random Markdown made of the forms documents use',
    () => {
      const piece = fc.constantFrom(
        '\n\n',
        '\n',
        'Sec. 2. ',
        '(a) ',
        '4\\. ',
        '> ',
        '- ',
        '1. ',
        '    ',
        '*',
        '_',
        '<u>',
        '</u>',
        '[x](y)',
        'Executive Order 14257 is revoked. ',
        '19 U.S.C. 1862(c)(3',
        'section 232 ',
        'NOW, THEREFORE, I ',
        'IN WITNESS WHEREOF, ',
        '\u00a0',
        '`',
        '---\n'
      )
      fc.assert(
        fc.property(fc.array(piece, {maxLength: 300}), (pieces) => {
          const result = parseDocument(
            `---\ntitle: T\ndate: 2025-01-01\n---\n${pieces.join('')}`,
            'md.md'
          )
          expectDiagnosed(result)
          checkDocument(result)
        }),
        {numRuns: runs}
      )
    },
    timeout
  )

  it.each(Object.keys(mutations))(
    'never throws on real documents with %s, and check and fmt neither',
    (name) => {
      fc.assert(
        fc.property(fc.nat(), fc.constantFrom(...texts), (n, text) => {
          const mutated = mutations[name]!(text, n)
          const result = parseDocument(mutated, 'mutated.md')
          expectDiagnosed(result)
          checkDocument(result)
          if (typeof mutated === 'string') {
            const formatted = formatText(mutated, 'mutated.md')
            if (formatted.formatted !== undefined && formatted.outcome !== 'failed')
              expect(formatDocument(formatted.formatted)).toBe(formatted.formatted)
          }
        }),
        {numRuns: Math.max(3, Math.ceil(runs / 8))}
      )
    },
    timeout
  )
})

describe('the citation extractor', () => {
  it(
    'never throws, and every citation it finds lies within the text',
    () => {
      const words = fc.constantFrom(
        '19 U.S.C. ',
        '1862',
        '(c)',
        '(3',
        ' through ',
        '-',
        'section ',
        'sections ',
        ', ',
        ' and ',
        'Pub. L. ',
        '115-232',
        ' Stat. ',
        '90 FR 9115',
        'Proclamation ',
        '9705',
        'Executive Order ',
        'of March 8, 2018 ',
        '(Adjusting Imports)',
        'heading 9903.81.90',
        'chapter 99 of the HTSUS',
        '§ ',
        'note',
        'et seq.',
        'App.',
        '\n'
      )
      fc.assert(
        fc.property(fc.array(words, {maxLength: 200}), (parts) => {
          const text = parts.join('')
          for (const c of extractCitations(text)) {
            expect(c.start).toBeGreaterThanOrEqual(0)
            expect(c.end).toBeLessThanOrEqual(text.length)
            expect(c.start).toBeLessThanOrEqual(c.end)
          }
        }),
        {numRuns: runs * 5}
      )
    },
    timeout
  )
})
