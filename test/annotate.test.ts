/** `proclaim annotate`: every linkable citation becomes a link, and nothing else changes. */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {annotateSource} from '../src/cite/annotate.js'
import {main} from '../src/cli/main.js'
import {parseDocument} from '../src/index.js'
import {corpusDir, corpusFiles, tempDir} from './helpers.js'

describe('annotate', () => {
  it.each(corpusFiles())(
    '%s: links added, nothing else changed, same document when parsed again',
    (name) => {
      const source = readFileSync(path.join(corpusDir, name), 'utf8')
      const parsed = parseDocument(source, name)
      const doc = parsed.json!
      const result = annotateSource(source, doc, parsed.file.data.frontMatter!.bodyStart)
      // Remove the links (ours, and any the page already had): the original, byte for byte.
      const links =
        /\[([^\]]*)\]\((https:\/\/(?:www\.govinfo\.gov\/link|www\.federalregister\.gov\/(?:citation|executive-order)|www\.ecfr\.gov\/current|hts\.usitc\.gov\/search|www\.law\.cornell\.edu\/uscode|constitution\.congress\.gov\/browse)[^)\s]*)\)/g
      expect(result.text.replace(links, '$1')).toBe(source.replace(links, '$1'))
      expect(result.linked + result.skipped.length).toBe(doc.citations.length)
      expect([...result.text.matchAll(links)].length - [...source.matchAll(links)].length).toBe(
        result.linked
      )
      // Parsed again, the annotated file is the same document with the same citations.
      const again = parseDocument(result.text, name).json!
      expect(again.findings.map((f) => f.text)).toEqual(doc.findings.map((f) => f.text))
      expect(again.provisions.map((p) => p.text)).toEqual(doc.provisions.map((p) => p.text))
      expect(again.citations.map((c) => c.id)).toEqual(doc.citations.map((c) => c.id))
    }
  )

  it('places links after character references as it does without them', () => {
    const name = '2026-01-14-critical-minerals-232.md'
    const source = readFileSync(path.join(corpusDir, name), 'utf8')
    const bodyStart = parseDocument(source, name).file.data.frontMatter!.bodyStart
    // The same document with every parenthesis and digit 1 of its body written as a character reference.
    const encode = (t: string) =>
      t.slice(0, bodyStart) +
      t.slice(bodyStart).replace(/[()1]/g, (c) => ({'(': '&#40;', ')': '&#x29;', '1': '&#49;'})[c]!)
    const decode = (t: string) =>
      t.replace(/&#40;|&#x29;|&#49;/g, (r) => ({'&#40;': '(', '&#x29;': ')', '&#49;': '1'})[r]!)
    const encoded = encode(source)
    const plain = annotateSource(source, parseDocument(source, name).json!, bodyStart)
    const parsed = parseDocument(encoded, name)
    expect(parsed.json!.citations.map((c) => c.id)).toEqual(
      parseDocument(source, name).json!.citations.map((c) => c.id)
    )
    const result = annotateSource(encoded, parsed.json!, bodyStart)
    expect(result.linked).toBe(plain.linked)
    expect(result.linked).toBeGreaterThan(10)
    // Every link where it was, its brackets outside the references.
    expect(decode(result.text)).toBe(plain.text)
  })

  it('links the critical-minerals citations and writes atomically with -o', async () => {
    const dir = tempDir('annotate')
    const out = path.join(dir, 'annotated.md')
    const err: string[] = []
    const code = await main(
      ['annotate', path.join(corpusDir, '2026-01-14-critical-minerals-232.md'), '-o', out],
      {out: () => {}, err: (l) => err.push(l)}
    )
    expect(code).toBe(0)
    expect(err.join('\n')).toMatch(/16 citations linked, 1 left as text/)
    const text = readFileSync(out, 'utf8')
    expect(text).toContain(
      '[Section 232](https://www.govinfo.gov/link/uscode/19/1862) authorizes the President'
    )
    expect(text).toMatch(
      /\[section 301 of\s+title 3, United States Code\]\(https:\/\/www\.govinfo\.gov\/link\/uscode\/3\/301\)/
    )
  })
})

describe('annotate keeps the line endings', () => {
  it('a CRLF file is written back with CRLF, every line', async () => {
    const dir = tempDir('crlf')
    const lf = readFileSync(path.join(corpusDir, '2026-01-14-critical-minerals-232.md'), 'utf8')
    const input = path.join(dir, 'crlf.md')
    writeFileSync(input, lf.replace(/\n/g, '\r\n'))
    const out = path.join(dir, 'out.md')
    expect(await main(['annotate', input, '-o', out], {out: () => {}, err: () => {}})).toBe(0)
    const written = readFileSync(out, 'utf8')
    expect(written).toContain('](https://')
    expect(written.split('\r\n').length).toBe(lf.split('\n').length)
    expect(written.replace(/\r\n/g, '')).not.toContain('\n')
  })
})
