/**
 * Hostile input: nesting past any document's depth and front matter that expands without bound are read within
 * bounds and said as diagnostics with a line, never a stack overflow, a hang or a polluted prototype; a real
 * document with such a passage added still yields its provisions.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaultMaxBytes, parseDocument} from '../src/pipeline/parse-document.js'
import {buildCorpus} from '../src/corpus/build.js'
import {lockPath} from '../src/corpus/lock.js'
import {readAndStore} from '../src/corpus/pool.js'
import {maxIdLength} from '../src/parse/document-id.js'
import {flattenDeepNesting, maxDepth} from '../src/parse/nesting.js'
import {maxSentenceLength, sentences, unquoted} from '../src/supersede/text.js'
import {printable, printableLine} from '../src/util/printable.js'
import {corpusDir, root, tempDir} from './helpers.js'

const good = readFileSync(path.join(corpusDir, '2026-01-14-critical-minerals-232.md'), 'utf8')

/** The good document with a passage put in before its enacting formula, and that passage's first line. */
function withPassage(passage: string): {text: string; line: number} {
  const at = good.indexOf('NOW, THEREFORE')
  return {
    text: `${good.slice(0, at)}${passage}\n\n${good.slice(at)}`,
    line: good.slice(0, at).split('\n').length
  }
}

const messagesOf = (text: string) => {
  const result = parseDocument(text, 'hostile.md')
  return {result, messages: result.file.messages.map((m) => [m.ruleId, m.line])}
}

describe('nesting past any document', () => {
  it.each([
    ['5,000 block quotes on a line', `${'>'.repeat(5000)} text`, 0],
    ['2,000 list markers on a line', `${'- '.repeat(2000)}text`, 0],
    ['10,000 emphasis marks around a word', `${'*'.repeat(10_000)}word${'*'.repeat(10_000)}`, 0],
    [
      'lists nested 300 deep by indentation',
      Array.from({length: 300}, (_, i) => `${'  '.repeat(i)}- a`).join('\n'),
      maxDepth + 1
    ]
  ] as const)('%s: read flat, said at its line, the document still read', (_, passage, from) => {
    // Lists nested by indentation are read flat from the first line past the bound.
    const {text, line: start} = withPassage(passage)
    const line = start + from
    const {result, messages} = messagesOf(text)
    expect(messages).toContainEqual(['markdown-too-deep', line])
    expect(result.failed).toBe(false)
    expect(result.json!.provisions.length).toBeGreaterThan(3)
    expect(result.json!.formula?.text).toMatch(/^NOW, THEREFORE/)
  })

  it('leaves every line within the bounds as it is, and keeps the length of those it flattens', () => {
    const nested = `> ${'> '.repeat(maxDepth - 2)}quoted\n${'- '.repeat(maxDepth - 1)}listed\n${'*a* '.repeat(30)}`
    expect(flattenDeepNesting(nested)).toEqual({text: nested, lines: [], depth: 0})
    const deep = `${'>'.repeat(100)} x\nplain`
    const flat = flattenDeepNesting(deep)
    expect(flat.text.length).toBe(deep.length)
    expect(flat.text.startsWith('>'.repeat(maxDepth))).toBe(true)
    expect(flat.lines).toEqual([1])
    // A printer's rule of underscores is no emphasis.
    expect(flattenDeepNesting('_'.repeat(200)).lines).toEqual([])
  })
})

describe('front matter that expands without bound', () => {
  it('a billion laughs (nine levels of nine aliases) is refused at once', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)]
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const {result, messages} = messagesOf(
      `---\n${levels.join('\n')}\ntitle: T\n---\n${good.slice(good.indexOf('\n---\n') + 5)}`
    )
    expect(messages[0]).toEqual(['invalid-yaml', 2])
    expect(String(result.file.messages[0])).toMatch(/expands to more than 10000 values/)
  })

  it('an alias holding itself is refused', () => {
    const {messages, result} = messagesOf('---\na: &a [*a]\ntitle: T\n---\ntext\n')
    expect(messages[0]).toEqual(['invalid-yaml', 2])
    expect(String(result.file.messages[0])).toMatch(/refers to a value that holds it/)
  })

  it('"__proto__" and "constructor" keys are data, and pollute nothing', () => {
    const text = `---\n__proto__:\n  polluted: true\nconstructor: x\ntitle: T\ndate: 2025-01-01\n---\n${good.slice(good.indexOf('\n---\n') + 5)}`
    const result = parseDocument(text, 'proto.md')
    const data = result.file.data.frontMatter as {data: Record<string, unknown>}
    expect(Object.getOwnPropertyNames(data.data)).toContain('__proto__')
    expect(Object.getPrototypeOf(data.data)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('one bad file name never stops a batch', () => {
  it('"A.md", "a.md" and "a-2.md" together, and a name of 254 characters: each document built, ids distinct', async () => {
    const dir = tempDir('names')
    const source = path.join(corpusDir, '2026-01-14-critical-minerals-232.md')
    const long = `${'y'.repeat(251)}.md`
    for (const name of ['A.md', 'a.md', 'a-2.md', long]) copyFileSync(source, path.join(dir, name))
    copyFileSync(
      path.join(corpusDir, '2021-02-17-biden-revocation-eo-13801.md'),
      path.join(dir, 'good.md')
    )
    const out = path.join(tempDir('names-out'), 'corpus')
    const summary = await buildCorpus([dir], {out, buildDate: '2026-12-01'})
    expect(summary.failures).toEqual([])
    const ids = readdirSync(path.join(out, 'documents')).map((f) => f.replace(/\.json$/, ''))
    expect(ids).toHaveLength(5)
    expect(new Set(ids).size).toBe(5)
    expect(ids).toEqual(expect.arrayContaining(['a', 'a-2', 'a-3', 'good']))
    const cut = ids.find((id) => id.startsWith('yyy'))!
    expect(cut.length).toBeLessThanOrEqual(maxIdLength)
    expect(cut).toMatch(/^y+-[0-9a-f]{12}$/)
  })
})

describe('what is printed is shown, never obeyed', () => {
  it('control characters are shown as escapes; our colours and line breaks pass', () => {
    expect(printable('a\x1b]0;title\x07b\x1b[2Jc\rd')).toBe('a\\x1b]0;title\\x07b\\x1b[2Jc\\x0dd')
    expect(printable('\x1b[31merror\x1b[39m\nnext')).toBe('\x1b[31merror\x1b[39m\nnext')
    expect(printableLine('evil\n::error::x')).toBe('evil\\x0a::error::x')
  })

  it('a file name with a line break and escape sequences in a document print as text, in every format', () => {
    const dir = tempDir('printed')
    const name = 'evil\n::error::injected.md'
    writeFileSync(path.join(dir, name), '---\ntitle: x\n---\n\x1b[2J\x1b]0;pwned\x07 text\n')
    const cli = path.join(root, 'dist/src/cli/main.js')
    for (const args of [
      ['parse', dir],
      ['check', dir],
      ['check', '--format', 'github', dir]
    ]) {
      const run = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', cwd: dir})
      const output = run.stdout + run.stderr
      expect(output).toMatch(/evil\\x0a(?:::error::|%3A%3Aerror%3A%3A)injected\.md/)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no raw escape may be printed
      expect(output).not.toMatch(/\x1b(?!\[[0-9;]*m)|\x07/)
      for (const line of output.split('\n')) expect(line).not.toMatch(/^::error::injected/)
    }
  })
})

describe('links come only from web addresses', () => {
  it.each([
    ['javascript:alert(document.cookie)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['www.whitehouse.gov/presidential-actions/', null],
    [
      'https://www.whitehouse.gov/presidential-actions/',
      'https://www.whitehouse.gov/presidential-actions/'
    ]
  ])('source_url %s', (url, link) => {
    const text = good.replace(/^source_url: .*$/m, `source_url: "${url}"`)
    expect(parseDocument(text, 'link.md').json!.sourceUrl).toBe(link)
  })
})

describe('a build replaces only a folder it wrote', () => {
  it("a folder with an index.json among the user's files is refused, and nothing in it is touched", async () => {
    const out = path.join(tempDir('users-folder'), 'mine')
    mkdirSync(out)
    writeFileSync(path.join(out, 'index.json'), '{}')
    writeFileSync(path.join(out, 'notes.txt'), 'my notes')
    await expect(buildCorpus([corpusDir], {out, buildDate: '2026-12-01'})).rejects.toMatchObject({
      code: 'out-not-a-corpus',
      foreign: ['notes.txt']
    })
    expect(readdirSync(out).sort()).toEqual(['index.json', 'notes.txt'])
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('my notes')
  })
})

describe('front matter kept as written', () => {
  it('a date that is no day (2025-02-30) and a number with a leading zero (0755) are not changed silently', () => {
    const text = good
      .replace(/^date: .*$/m, 'date: 2025-02-30')
      .replace(/^title: /m, 'number: 0755\ntitle: ')
    const result = parseDocument(text, 'as-written.md')
    const said = result.file.messages.map((m) => [m.ruleId, String(m.reason)])
    expect(said).toContainEqual([
      'front-matter-as-written',
      '`date: 2025-02-30` would be read as "2025-03-02"; kept as written'
    ])
    expect(said).toContainEqual([
      'front-matter-as-written',
      '`number: 0755` would be read as 493; kept as written'
    ])
    expect(said.map(([id]) => id)).toContain('invalid-front-matter-date')
    expect(result.json!.date).toBeNull()
    const data = (result.file.data.frontMatter as {data: Record<string, unknown>}).data
    expect([data.date, data.number]).toEqual(['2025-02-30', '0755'])
  })
})

describe('one build at a time on one corpus folder', () => {
  it('a second build started meanwhile is refused at once, and the first leaves its corpus whole', async () => {
    const out = path.join(tempDir('locked'), 'corpus')
    const results = await Promise.allSettled([
      buildCorpus([corpusDir], {out, buildDate: '2026-12-01'}),
      buildCorpus([corpusDir], {out, buildDate: '2026-12-01'})
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toMatchObject({code: 'corpus-locked', holder: process.pid})
    expect(String(refused.reason.message)).toMatch(
      /^Another build \(process \d+\) is writing the corpus folder /
    )
    expect(readdirSync(path.join(out, 'documents')).length).toBeGreaterThan(100)
    // The lock is given back: the next build runs.
    expect(
      (await buildCorpus([corpusDir], {out, buildDate: '2026-12-01'})).documents
    ).toBeGreaterThan(100)
  }, 120_000)

  it('a lock left by a killed build (its process gone) is taken over', async () => {
    const out = path.join(tempDir('stale-lock'), 'corpus')
    writeFileSync(lockPath(out), '999999999\n')
    const summary = await buildCorpus(
      [path.join(corpusDir, '2021-02-17-biden-revocation-eo-13801.md')],
      {
        out,
        buildDate: '2026-12-01'
      }
    )
    expect(summary.documents).toBe(1)
    expect(readdirSync(path.dirname(out))).not.toContain('.corpus.lock')
  })
})

describe('a failed write never poisons the cache', () => {
  it('a document parsed but not stored is a transient outcome, which no later build takes from the cache', () => {
    const file = path.join(corpusDir, '2021-02-17-biden-revocation-eo-13801.md')
    const read = readAndStore(file, {
      code: 'test',
      documents: path.join(tempDir('no-store'), 'missing', 'documents'),
      known: new Set()
    })
    expect(read.outcome).toMatchObject({summary: null, transient: true})
    expect(read.outcome!.errors[0]!.message).toMatch(
      /^Cannot store the parsed document \(it is parsed again next time\): ENOENT/
    )
  })
})

describe('a file larger than any document', () => {
  it('is refused before it is read, with a diagnostic at its first line', () => {
    const result = parseDocument(good, 'big.md', {maxBytes: 1000})
    expect(result.failed).toBe(true)
    expect(result.file.messages.map((m) => [m.ruleId, m.line])).toEqual([['file-too-large', 1]])
    expect(parseDocument(good, 'fits.md').failed).toBe(false)
  })

  it('is one over the default limit (64 MiB), measured before the bytes are decoded', () => {
    expect(defaultMaxBytes).toBe(64 * 1024 * 1024)
    const over = new Uint8Array(defaultMaxBytes + 1).fill(0x61)
    const result = parseDocument(over, 'over.md')
    expect(result.file.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['file-too-large', 'The file is 64.0 MB, more than the 64 MB a document may be']
    ])
  })
})

describe('Markdown that would be read whole past its bound', () => {
  const head = '---\ntitle: Long\ndate: 2025-01-01\n---\n'
  const chunks = {minLength: 100, chunkLength: 64, maxPieceLength: 2000}
  const messages = (text: string) =>
    parseDocument(text, 'long.md', {chunks}).file.messages.map((m) => [m.ruleId, m.line])

  it('is refused, not parsed at 45 times its size: a fence left open, a long text with a link definition', () => {
    expect(messages(`${head}\`\`\`\n${'line\n\nline\n'.repeat(400)}`)).toEqual([
      ['document-too-complex', 1]
    ])
    expect(messages(`${head}[a]: https://example.com\n\n${'- item\n'.repeat(400)}`)).toEqual([
      ['document-too-complex', 1]
    ])
    const [message] = parseDocument(
      `${head}[a]: https://example.com\n\n${'- item\n'.repeat(400)}`,
      'long.md',
      {
        chunks
      }
    ).file.messages
    expect(message!.reason).toMatch(
      /^The document is too large to read: 0\.0 MB of the document has no place/
    )
  })

  it('is read in pieces where it can be cut, whatever its length', () => {
    const result = parseDocument(
      `${head}${'- item\n\nParagraph *one*.\n\n'.repeat(400)}`,
      'long.md',
      {chunks}
    )
    expect(result.file.messages.filter((m) => m.ruleId === 'document-too-complex')).toEqual([])
  })
})

describe('a flood of tiny blocks is refused by their number, before it is parsed', () => {
  const head = '---\ntitle: Flood\ndate: 2025-01-01\n---\n\n'
  const refused = (text: string, limits: Partial<Record<string, number>>) =>
    parseDocument(text, 'flood.md', {limits}).file.messages.map((m) => [m.ruleId, m.line, m.reason])

  it('counts paragraphs, list items, fenced lines and lines, each against its limit', () => {
    expect(refused(`${head}${'Word.\n\n'.repeat(60)}`, {blocks: 50})).toEqual([
      [
        'document-too-complex',
        5,
        'The document has 60 blocks (paragraphs, list items, quotations, headings), more than the 50 a document may have'
      ]
    ])
    expect(refused(`${head}${'- a\n'.repeat(30)}`, {listItems: 20})[0]?.[2]).toMatch(
      /^The document has 30 list items/
    )
    expect(refused(`${head}\`\`\`\n${'x\n'.repeat(30)}`, {fencedLines: 20})[0]?.[2]).toMatch(
      /^The document has 31 lines in code fences/
    )
    expect(refused(`${head}${'x\n'.repeat(30)}`, {lines: 20})[0]?.[2]).toMatch(
      /^The document has 3\d lines,/
    )
  })

  it('at the default limits: 4 million one-word paragraphs are refused at once; every bundled document is read', async () => {
    const started = performance.now()
    const flood = parseDocument(`${head}${'a\n\n'.repeat(4_000_000)}`, 'flood.md')
    expect(flood.failed).toBe(true)
    expect(flood.file.messages.map((m) => m.ruleId)).toEqual(['document-too-complex'])
    // Counted, not parsed: far less than the minutes and gigabytes a parse of them took.
    expect(performance.now() - started).toBeLessThan(20_000)
    for (const name of readdirSync('proclamations').filter(
      (f) => f.endsWith('.md') && f !== 'SOURCES.md'
    )) {
      const result = parseDocument(readFileSync(path.join('proclamations', name)), name)
      expect(
        result.file.messages.filter((m) => m.ruleId === 'document-too-complex'),
        name
      ).toEqual([])
    }
  })
})

describe('no expression meets more text at once than a real sentence', () => {
  it('a run without a full stop is read in pieces of at most maxSentenceLength, covering it all', () => {
    const text = `${'word '.repeat(5000)}end. ${'x'.repeat(20_000)} tail`
    const ranges = sentences(text)
    expect(ranges[0]![0]).toBe(0)
    expect(ranges.at(-1)![1]).toBe(text.length)
    for (const [i, [start, end]] of ranges.entries()) {
      expect(end - start).toBeLessThanOrEqual(maxSentenceLength)
      if (i > 0) expect(start).toBe(ranges[i - 1]![1])
    }
    // Cut at a space where there is one; a run without spaces at the limit.
    expect(text[ranges[0]![1] - 1]).toBe(' ')
    expect(ranges.length).toBeGreaterThan(4)
  })

  it('every sentence of the bundled documents is read whole', () => {
    for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.md'))) {
      const doc = parseDocument(readFileSync(path.join(corpusDir, name), 'utf8'), name).json
      for (const unit of [...(doc?.findings ?? []), ...(doc?.provisions ?? [])])
        for (const [start, end] of sentences(unquoted(unit.text)))
          expect(end - start, name).toBeLessThan(maxSentenceLength)
    }
  })
})
