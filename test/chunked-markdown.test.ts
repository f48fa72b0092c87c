/** parseChunked: a long text parsed in pieces gives the tree of one parse, positions included. */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseChunked} from '../src/parse/chunked-markdown.js'
import {parseMarkdown} from '../src/parse/markdown.js'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {main} from '../src/cli/main.js'
import {corpusDir, corpusFiles, tempDir} from './helpers.js'

const remark = unified().use(remarkParse)

/** Cut at every place a cut is allowed: pieces of one character grow to the next such place. */
const everywhere = {minLength: 0, chunkLength: 1}

/** remark-parse, counting the pieces it is given. */
function counting(): {parse: (text: string) => Root; pieces: number} {
  const parser = {
    pieces: 0,
    parse: (text: string): Root => {
      parser.pieces++
      return remark.parse(text)
    }
  }
  return parser
}

/** A generator of whole numbers below n, the same sequence for the same seed (a linear congruential one). */
function seededRandom(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
}

describe('parseChunked', () => {
  it('gives the tree of one parse on every bundled document, cut wherever a cut is allowed', () => {
    let pieces = 0
    let cut = 0
    for (const name of corpusFiles()) {
      const text = readFileSync(path.join(corpusDir, name), 'utf8')
      const parser = counting()
      const chunked = parseChunked(parser, text, everywhere)
      expect(isDeepStrictEqual(chunked, remark.parse(text)), name).toBe(true)
      pieces += parser.pieces
      if (parser.pieces > 1) cut++
    }
    // Nearly every document is cut (none holds a link reference definition; a Federal Register text indented
    // throughout has no place to cut).
    expect(cut).toBeGreaterThanOrEqual(corpusFiles().length * 0.9)
    expect(pieces).toBeGreaterThan(corpusFiles().length * 20)
  })

  it('gives parseMarkdown the same tree, its fast paths and the pieces together', () => {
    for (const name of corpusFiles()) {
      const text = readFileSync(path.join(corpusDir, name), 'utf8')
      expect(
        isDeepStrictEqual(parseMarkdown(text, {chunks: everywhere}), parseMarkdown(text)),
        name
      ).toBe(true)
    }
  })

  const cases: Record<string, string> = {
    'a list parted by a blank line': '- a\n\n- b\n\n- c\n',
    'a tight list then a loose one': '- a\n- b\n\n- c\n- d',
    'an ordered list parted, numbers going on': '1. one\n\n2. two\n\n\n7. seven\n',
    'lists of other markers, not joined': '- a\n\n* b\n\n+ c\n\n1. d\n\n1) e\n\n2) f',
    'an ordered list after a bullet list': '- a\n\n1. b\n',
    'a loose item, then one after a cut': '- a\n\n  more of a\n\n- b\n',
    'list items holding fences': '- ```\n  x\n\n- ```\n  y\n\nafter',
    'a fence in an item, then a paragraph': '- ```\n  x\n\nb\n',
    'nested lists parted': '- a\n  - b\n\n  - c\n\n- d\n\nend',
    'an empty list item': '-\n\n- b\n\n-\n\ntext',
    'fenced code with blank lines':
      '```\ncode\n\nmore code\n\n```\n\nafter\n\n~~~js\n\nx\n\n~~~~\n\nend',
    'a fence never closed': 'before\n\n```\n\ninside\n\nstill inside\n',
    'a fence that starts the text, never closed': '```\n\ninside\n\nstill inside\n',
    'a fence closed by a longer one': '````\n\n```\n\nno\n\n`````\n\nout',
    'an indented fence': '  ```\n\ninside\n\n   ```\n\nout',
    'backticks that are no fence (a backtick in the info)': '``` a ` b\n\ntext\n\nmore',
    'a fence after a paragraph': 'para\n```\n\ncode\n```\n\nend',
    'HTML blocks ended by their tag':
      '<pre>\n\ntext\n\n</pre>\n\n<script>\n\nx\n\n</script>\n\nend',
    'HTML comments over blank lines':
      '<!--\n\ncomment\n\n-->\n\nafter\n\n<!-- one line -->\n\nlast',
    'HTML blocks ended by a blank line': '<div>\n\ntext\n\n</div>\n\n<custom-tag>\n\nx',
    'processing instructions and declarations':
      '<?php\n\nx\n\n?>\n\n<!DOCTYPE\n\nhtml>\n\n<![CDATA[\n\nx\n\n]]>\n\nend',
    'an HTML block never closed': 'a\n\n<style>\n\nb\n\nc',
    'block quotes': '> a\n\n> b\n>\n> c\n\nlazy\n> d\ne\n\nend',
    'indented code': 'a\n\n    code\n\n    more code\n\nb\n\n    last\n',
    'setext headings': 'Title\n=====\n\nSub\n---\n\n===\n\n---\n\ntext',
    'ATX headings and thematic breaks': '# One\n\n***\n\n## Two ##\n\n* * *\n\n- - -\n\nend',
    'tables (no GFM: paragraphs)': '| a | b |\n| - | - |\n| 1 | 2 |\n\n| c |\n| - |\n\nend',
    'tabs in indents': '-\ta\n\n\tcode\n\n-\tb\n\n\t- c\n\nend',
    'CRLF line endings': '- a\r\n\r\n- b\r\n\r\n```\r\n\r\nx\r\n```\r\n\r\ntext\r\n',
    'lone carriage returns': 'a\r\rb\r\r- c\r\r- d',
    'blank lines of spaces': 'a\n   \nb\n\t\n- c\n  \n- d',
    'emphasis and links across blank lines': '*a\n\nb*\n\n[x\n\n](y)\n\n<http://a.b>',
    'a text that ends without a line ending': 'a\n\nb',
    'a text that ends in blank lines': 'a\n\nb\n\n\n',
    'entities and escapes': '&amp;\n\n\\- not a list\n\n&#x2D; neither\n\n- a list',
    'a definition: parsed whole': '[a]\n\ntext\n\n[a]: /url\n'
  }

  for (const [name, text] of Object.entries(cases))
    it(`gives the tree of one parse: ${name}`, () => {
      expect(parseChunked(remark, text, everywhere)).toEqual(remark.parse(text))
    })

  it('gives the tree of one parse on random texts of blocks', () => {
    const random = seededRandom(15)
    const blocks = [
      'text',
      'more text\nover two lines',
      '- item',
      '* star item',
      '1. first',
      '3) third',
      '  - indented item',
      '  continuation',
      '    code',
      '> quote',
      '```',
      '~~~',
      '````',
      '<pre>',
      '</pre>',
      '<!--',
      '-->',
      '<div>',
      '# heading',
      '===',
      '---',
      '',
      '',
      '',
      '   ',
      '\t',
      '-',
      '*emph',
      'close*'
    ]
    for (let run = 0; run < 400; run++) {
      const lines: string[] = []
      const count = 5 + random(40)
      for (let i = 0; i < count; i++) lines.push(blocks[random(blocks.length)]!)
      const text = lines.join('\n')
      expect(parseChunked(remark, text, everywhere), JSON.stringify(text)).toEqual(
        remark.parse(text)
      )
    }
  })

  it('parses a text shorter than its threshold in one piece', () => {
    const parser = counting()
    parseChunked(parser, 'a\n\nb\n\nc', {minLength: 100, chunkLength: 1})
    expect(parser.pieces).toBe(1)
  })

  it('reads a long fence that starts a piece a bounded number of times', () => {
    const parser = counting()
    const text = `\`\`\`\n${'line\n\nnext\n\n'.repeat(1000)}`
    expect(parseChunked(parser, text, {minLength: 0, chunkLength: 100})).toEqual(remark.parse(text))
    // Pieces double: about log2(12,000 / 100) of them, not one for each of the 2,000 places to cut.
    expect(parser.pieces).toBeLessThan(12)
  })
})

describe('parseDocument in pieces', () => {
  const name = '2026-01-14-critical-minerals-232.md'
  const text = readFileSync(path.join(corpusDir, name), 'utf8')

  it('gives the document the whole parse gives, and tells its progress stage by stage', () => {
    const heard: Array<[string, number, number]> = []
    const pieces = parseDocument(text, name, {
      chunks: {minLength: 0, chunkLength: 1000},
      onProgress: (stage, done, total) => heard.push([stage, done, total])
    })
    expect(pieces.file.messages.map(String)).toEqual([])
    expect(pieces.json).toEqual(parseDocument(text, name).json)
    const stages = heard.map(([stage]) => stage).filter((s, i, all) => s !== all[i - 1])
    expect(stages).toEqual(['markdown', 'structure', 'citations', 'supersessions', 'json', 'done'])
    // The Markdown read piece by piece: the characters read grow, up to less than the whole body.
    const read = heard.filter(([stage]) => stage === 'markdown').map(([, done]) => done)
    expect(read.length).toBeGreaterThan(5)
    expect(read).toEqual([...read].sort((a, b) => a - b))
    expect(read[read.length - 1]).toBeLessThan(text.length)
  })

  it('tells a refused file is done', () => {
    const heard: string[] = []
    parseDocument(text, name, {maxBytes: 100, onProgress: (stage) => heard.push(stage)})
    expect(heard).toEqual(['done'])
  })
})

describe('proclaim build, a large document', () => {
  it('draws how its parse goes beside the bar, and clears it when it is done', async () => {
    const work = tempDir('large')
    const real = readFileSync(path.join(corpusDir, '2026-01-14-critical-minerals-232.md'), 'utf8')
    // The findings repeated before the operative words: one document of more than 1 MiB, read in pieces.
    const operative = real.indexOf('\nNOW, THEREFORE')
    const findings = real.slice(real.search(/\n1\.\s/) + 1, operative + 1)
    const large =
      real.slice(0, operative + 1).replace(findings, findings.repeat(110)) +
      real.slice(operative + 1)
    expect(large.length).toBeGreaterThan(1024 * 1024)
    writeFileSync(path.join(work, 'large.md'), large)
    const drawn: string[] = []
    const code = await main(['build', work, '--out', path.join(work, 'corpus')], {
      out: () => {},
      err: () => {},
      progress: (line) => drawn.push(line)
    })
    expect(code).toBe(0)
    const told = drawn.filter((l) => l.includes('large.md: '))
    expect(told.some((l) => /large\.md: Markdown \d+%/.test(l))).toBe(true)
    for (const stage of ['structure', 'citations', 'supersessions', 'json'])
      expect(told.some((l) => l.endsWith(`large.md: ${stage}`))).toBe(true)
    // The bar at its end, the file gone from it, then cleared for the summary.
    expect(drawn.at(-2)).toMatch(/^\[#+\] 1\/1 100% /)
    expect(drawn.at(-1)).toBe('')
  })
})
