/** Every bundled document parses, validates against the published schema and agrees with SOURCES.md. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import type {DocumentJson, PositionJson} from '../src/index.js'
import {corpusDir, corpusFiles, flatten, parseCorpusFile, root, sourcesTable} from './helpers.js'

const schema = JSON.parse(readFileSync(path.join(root, 'schema/document.schema.json'), 'utf8'))
const validate = new Ajv({allErrors: true, strict: true}).compile<DocumentJson>(schema)
const files = corpusFiles()
const table = sourcesTable()

describe('bundled corpus', () => {
  it('holds the 129 documents of the shared corpus, each listed in SOURCES.md', () => {
    expect(files).toHaveLength(129)
    for (const f of files) expect(table.has(f), f).toBe(true)
  })

  it.each(files)('%s parses, validates and agrees with SOURCES.md', async (name) => {
    const doc = await parseCorpusFile(name)
    const valid = validate(doc)
    expect(validate.errors ?? [], name).toEqual([])
    expect(valid).toBe(true)
    const expected = table.get(name)!
    expect(doc.type).toBe(expected.type)
    expect(doc.date).toBe(expected.date)
    // Where the document's text prints its number (Federal Register printings), it is read.
    if (doc.provenance.number === 'text') expect(doc.number).toBe(expected.number)
    // Every document names its signer; proclamations and orders state their date.
    expect(doc.signer).toMatch(/^[A-Z][A-Z. ,]+$/)
    // Where the text states a date (witness clause, dateline), it is read; some pages print none.
    const stated = doc.closing.witness ?? doc.closing.dateline
    if (stated) expect(doc.signedDate, 'signed date').toBe(stated.date)
    if (doc.type === 'proclamation')
      expect(doc.closing.witness?.date, 'witness date').toMatch(/^\d{4}-\d{2}-\d{2}$/)
    if (doc.signedDate) {
      // A posting date may trail the signing by a few days, never precede it by much.
      const days = (Date.parse(doc.date!) - Date.parse(doc.signedDate!)) / 86_400_000
      expect(days).toBeGreaterThanOrEqual(-1)
      expect(days).toBeLessThanOrEqual(7)
    }
    expect(flatten(doc.provisions).length + doc.findings.length).toBeGreaterThan(0)
  })

  it.each(files)('%s: every node points at its own text in the original file', async (name) => {
    const doc = await parseCorpusFile(name)
    const source = readFileSync(path.join(corpusDir, name), 'utf8')
    const lines = source.split('\n')
    const check = (what: string, position: PositionJson, expectedStart: string) => {
      const {line, column, offset} = position.start
      // line/column and offset agree with each other ...
      expect(
        lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1,
        `${what} offset`
      ).toBe(offset)
      // ... and the file holds, there, what the node starts with (escapes aside).
      expect(source.slice(offset, offset + 1), `${what} at ${line}:${column}`).toBe(expectedStart)
      expect(position.end.offset).toBeGreaterThanOrEqual(offset)
    }
    for (const f of doc.findings)
      check(`finding ${f.label}`, f.position, f.label ? f.label[0]! : f.text[0]!)
    for (const p of flatten(doc.provisions)) {
      // "(3)" may be printed "3." in a scraped page.
      const first = p.label
        ? p.label.startsWith('Sec')
          ? 'S'
          : source[p.position.start.offset] === '('
            ? '('
            : p.label[1]!
        : p.text[0]!
      check(`provision ${p.label}`, p.position, first)
    }
    if (doc.formula) check('formula', doc.formula.position, doc.formula.text[0]!)
    if (doc.closing.witness) check('witness', doc.closing.witness.position, 'I')
  })
})
