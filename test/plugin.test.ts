/** The plugin works in anyone's unified pipeline; the small readers it rests on. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  documentId,
  independenceYear,
  remarkProclaim,
  spelledDateToIso,
  wordsToNumber,
  type PresidentialDocument,
  type Provision
} from '../src/index.js'
import {corpusDir} from './helpers.js'

describe('remarkProclaim in a user pipeline', () => {
  it('turns mdast into the document tree, front matter read from the file itself', () => {
    const name = '2025-03-14-additional-rescissions.md'
    const file = new VFile({
      path: path.join(corpusDir, name),
      value: readFileSync(path.join(corpusDir, name), 'utf8')
    })
    const processor = unified().use(remarkParse).use(remarkProclaim)
    const tree = processor.runSync(processor.parse(file), file) as PresidentialDocument
    expect(tree.type).toBe('presidentialDocument')
    expect(tree.data.meta).toMatchObject({
      id: '2025-03-14-additional-rescissions',
      type: 'executive_order',
      title: 'Additional Recissions of Harmful Executive Orders and Actions'
    })
    const labels: string[] = []
    visit(tree, 'provision', (node: Provision) => {
      if (node.label?.startsWith('Sec')) labels.push(node.label)
    })
    expect(labels.slice(0, 3)).toEqual(['Sec. 1', 'Sec. 2', 'Sec. 3'])
    // (The page's own spelling, "Recissions".) Positions are the file's own, front matter lines counted.
    const formula = tree.children.find((c) => c.type === 'enactingFormula')!
    expect(file.value.toString().split('\n')[formula.position!.start.line - 1]).toMatch(
      /^By the authority vested in me/
    )
  })
})

describe('readers', () => {
  it('reads numbers in words', () => {
    expect(wordsToNumber('fourteenth')).toBe(14)
    expect(wordsToNumber('twenty-first')).toBe(21)
    expect(wordsToNumber('two thousand twenty-six')).toBe(2026)
    expect(wordsToNumber('nineteen hundred and ninety-five')).toBe(1995)
    expect(wordsToNumber('two hundred and fiftieth')).toBe(250)
    expect(wordsToNumber('two hundred and forty-ninth')).toBe(249)
    expect(wordsToNumber('banana')).toBeUndefined()
  })

  it('reads spelled-out dates and the year of Independence', () => {
    expect(spelledDateToIso('thirty-first', 'December', 'two thousand twenty-five')).toBe(
      '2025-12-31'
    )
    expect(spelledDateToIso('thirty-first', 'February', 'two thousand twenty-five')).toBeNull()
    expect(independenceYear('2026-01-14')).toBe(250)
    expect(independenceYear('2026-07-03')).toBe(250)
    expect(independenceYear('2026-07-04')).toBe(251)
    expect(independenceYear('1995-03-08')).toBe(219)
  })

  it('makes ids that can never name a path', () => {
    expect(documentId('proclamations/2026-01-14-critical-minerals-232.md')).toBe(
      '2026-01-14-critical-minerals-232'
    )
    expect(documentId('../../etc/passwd')).toBe('passwd')
    expect(documentId('..md')).toBe('document')
    expect(documentId('A File (copy).MD')).toBe('a-file-copy')
    expect(documentId('x/../../..')).toBe('document')
  })
})
