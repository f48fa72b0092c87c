/** jsonPieces: JSON.stringify(value, null, 2) in pieces of whole lines, the same text joined. */
import {describe, expect, it} from 'vitest'
import {jsonPieces, jsonUtf8Pieces} from '../src/util/json-pieces.js'
import {corpusFiles, parseCorpusFile} from './helpers.js'

describe('jsonPieces', () => {
  it('joined by line breaks, is JSON.stringify(document, null, 2) of every bundled document', async () => {
    for (const name of corpusFiles()) {
      const doc = await parseCorpusFile(name)
      const whole = JSON.stringify(doc, null, 2)
      const pieces = jsonPieces(doc, {pieceLength: 1})
      expect(pieces.join('\n'), name).toBe(whole)
      // One line a piece when pieces are short: as many pieces as lines down to the depth taken apart.
      expect(pieces.length, name).toBeGreaterThan(10)
      expect(jsonPieces(doc, {indent: '  '}).join('\n')).toBe(`  ${whole.replaceAll('\n', '\n  ')}`)
    }
  })

  it('writes what JSON.stringify writes of empty, missing and odd values', () => {
    const values: unknown[] = [
      {},
      [],
      null,
      'text "quoted"\n',
      3.5,
      {a: undefined, b: () => 1, c: [undefined, () => 1], d: {}, e: [], f: [[], {}]},
      {date: new Date(0), nested: {deeper: {deepest: {bottom: [1, {x: 'y'}]}}}},
      [1, [2, [3, [4, [5, [6]]]]]]
    ]
    for (const value of values)
      for (const depth of [0, 1, 2, 8])
        expect(jsonPieces(value, {depth, pieceLength: 1}).join('\n')).toBe(
          JSON.stringify(value, null, 2)
        )
  })

  it('joins lines into pieces of about the length asked', () => {
    const value = {list: Array.from({length: 1000}, (_, i) => ({i, text: 'x'.repeat(50)}))}
    const pieces = jsonPieces(value, {pieceLength: 4096})
    expect(pieces.join('\n')).toBe(JSON.stringify(value, null, 2))
    expect(pieces.length).toBeGreaterThan(10)
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeLessThan(4096 + 200)
  })
})

describe('jsonUtf8Pieces', () => {
  const text = (pieces: Uint8Array[]): string =>
    pieces.map((p) => new TextDecoder().decode(p)).join('')

  it('joined, is the UTF-8 of JSON.stringify(value), whatever the depth taken apart', () => {
    const values: unknown[] = [
      {},
      [],
      null,
      'text "quoted" \u2019 \u{1f600}\n',
      3.5,
      {a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: {}, e: [], f: [[], {}]},
      {date: new Date(0), nested: {deeper: {deepest: {bottom: [1, {x: 'y\u2014'}]}}}},
      [1, [2, [3, [4, [5, [6]]]]]]
    ]
    for (const value of values)
      for (const depth of [0, 1, 2, 8])
        expect(text(jsonUtf8Pieces(value, 1, depth))).toBe(JSON.stringify(value))
  })

  it('of a bundled document, in pieces of about the length asked, each a buffer of its own', async () => {
    const doc = await parseCorpusFile(corpusFiles()[0]!)
    const pieces = jsonUtf8Pieces(doc, 4096)
    expect(text(pieces)).toBe(JSON.stringify(doc))
    expect(pieces.length).toBeGreaterThan(3)
    for (const piece of pieces) {
      expect(piece.byteOffset).toBe(0)
      expect(piece.buffer.byteLength).toBe(piece.byteLength)
    }
  })
})
