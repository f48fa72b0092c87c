/**
 * Hostile input: nesting past any document's depth and front matter that expands without bound are read within
 * bounds and said as diagnostics with a line, never a stack overflow, a hang or a polluted prototype; a real
 * document with such a passage added still yields its provisions.
 */
import {copyFileSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {buildCorpus} from '../src/corpus/build.js'
import {maxIdLength} from '../src/parse/document-id.js'
import {flattenDeepNesting, maxDepth} from '../src/parse/nesting.js'
import {corpusDir, tempDir} from './helpers.js'

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
