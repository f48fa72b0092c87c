/** Bad input: a clear diagnostic with file and line, never a stack trace, never evaluated code. */
import {writeFileSync, copyFileSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDocument, parseFile} from '../src/index.js'
import {commandSummaries, loadCommand, main} from '../src/cli/main.js'
import {progressLine} from '../src/cli/progress.js'
import {corpusDir, tempDir} from './helpers.js'

const good = readFileSync(path.join(corpusDir, '2026-01-14-critical-minerals-232.md'), 'utf8')

function ruleIds(value: string | Uint8Array, name = 'doc.md') {
  const result = parseDocument(value, name)
  return {result, rules: result.file.messages.map((m) => m.ruleId), messages: result.file.messages}
}

describe('bad input', () => {
  it('empty file', () => {
    const {result, rules, messages} = ruleIds('')
    expect(result.failed).toBe(true)
    expect(rules).toEqual(['empty-file'])
    expect(messages[0]!.line).toBe(1)
    expect(String(messages[0])).toMatch(/^doc\.md:1:1: File is empty$/)
  })

  it('no front matter: warns and still parses the text', () => {
    const body = good.slice(good.indexOf('\n---\n') + 5)
    const {result, rules} = ruleIds(body)
    expect(rules).toContain('missing-front-matter')
    expect(result.failed).toBe(false)
    expect(result.json!.date).toBeNull()
    expect(result.json!.signedDate).toBe('2026-01-14')
    expect(result.json!.findings).toHaveLength(14)
  })

  it('broken YAML names the line', () => {
    const broken = good.replace('tags: presidential-actions', 'tags: [presidential-actions')
    const {result, messages} = ruleIds(broken)
    expect(result.failed).toBe(true)
    expect(messages[0]!.ruleId).toBe('invalid-yaml')
    expect(messages[0]!.line).toBeGreaterThanOrEqual(6)
    expect(messages[0]!.reason).toMatch(/not valid YAML/)
  })

  it('a ---js front matter is refused and never evaluated', () => {
    const g = globalThis as {pwned?: boolean}
    delete g.pwned
    const evil = `---js\n{title: (globalThis.pwned = true, 'x')}\n---\n${good.slice(good.indexOf('\n---\n') + 5)}`
    const {result, rules, messages} = ruleIds(evil)
    expect(g.pwned).toBeUndefined()
    expect(rules).toEqual(['front-matter-not-data'])
    expect(messages[0]!.line).toBe(1)
    expect(result.failed).toBe(true)
  })

  it('NUL bytes are removed with a warning; a binary file is refused', () => {
    const withNul = good.replace('A PROCLAMATION', 'A PROC\0LAMATION\0')
    const {result, rules, messages} = ruleIds(withNul)
    expect(rules).toContain('nul-bytes')
    expect(messages.find((m) => m.ruleId === 'nul-bytes')!.line).toBe(13)
    expect(result.json!.type).toBe('proclamation')
    const binary = ruleIds(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0, 0]))
    expect(binary.result.failed).toBe(true)
    expect(binary.rules).toEqual(['binary-file'])
  })

  it('a UTF-8 BOM and CRLF line endings parse as the clean file does, positions intact', () => {
    const bytes = new TextEncoder().encode(`\ufeff${good.replace(/\n/g, '\r\n')}`)
    const {result, rules} = ruleIds(bytes)
    expect(rules).toEqual(expect.arrayContaining(['byte-order-mark', 'crlf-line-endings']))
    const clean = parseDocument(good, 'doc.md').json!
    const doc = result.json!
    expect(
      doc.findings.map((f) => [f.label, f.text, f.position.start.line, f.position.start.column])
    ).toEqual(
      clean.findings.map((f) => [f.label, f.text, f.position.start.line, f.position.start.column])
    )
    expect(doc.provisions.map((p) => p.text)).toEqual(clean.provisions.map((p) => p.text))
  })

  it('a file that is not a presidential document', () => {
    const {result, rules} = ruleIds('---\ntitle: Notes\n---\n# Shopping\n\n- eggs\n- milk\n')
    expect(result.failed).toBe(true)
    expect(rules).toEqual(['not-presidential-document'])
  })

  it('an unreadable path is a diagnostic, not an exception', async () => {
    const result = await parseFile('/nonexistent/doc.md')
    expect(result.failed).toBe(true)
    expect(result.file.messages[0]!.ruleId).toBe('unreadable-file')
  })
})

describe('proclaim parse (CLI)', () => {
  it('draws a progress bar with an estimate of the time left', () => {
    expect(progressLine(0, 200, 0)).toBe(`[${'.'.repeat(30)}] 0/200 0% 0:00`)
    expect(progressLine(50, 200, 10)).toBe(
      `[${'#'.repeat(8)}${'.'.repeat(22)}] 50/200 25% 0:10 ~0:30 left`
    )
    expect(progressLine(200, 200, 75)).toBe(`[${'#'.repeat(30)}] 200/200 100% 1:15`)
  })

  it('lists each command with the first line of its own help (commands load only when called)', async () => {
    for (const [name, summary] of Object.entries(commandSummaries)) {
      const command = await loadCommand(name)
      expect(command!.help.split('\n')[2], name).toBe(summary)
    }
    expect(await loadCommand('nope')).toBeNull()
  })

  const run = async (...argv: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await main(argv, {out: (l) => out.push(l), err: (l) => err.push(l)})
    return {code, out: out.join('\n'), err: err.join('\n')}
  }

  it('exits 0 and prints one line per document and a summary', async () => {
    const {code, out} = await run(
      'parse',
      path.join(corpusDir, '2026-01-14-critical-minerals-232.md')
    )
    expect(code).toBe(0)
    const lines = out.split('\n')
    expect(lines[0]).toMatch(
      /^2026-01-14-critical-minerals-232 +proclamation +- +2026-01-14 +findings 14 +provisions 4 +citations 17$/
    )
    expect(lines[1]).toMatch(
      /^1 documents parsed \(1 proclamation\); 14 findings, 4 provisions, 17 citations; 0 failed;/
    )
  })

  it('goes on past a bad file, reports it with file and line, and exits 1', async () => {
    const dir = tempDir('input')
    copyFileSync(path.join(corpusDir, '2025-05-01-loyalty-day-law-day.md'), path.join(dir, 'a.md'))
    writeFileSync(path.join(dir, 'b.md'), '---\ntitle: [broken\n---\ntext\n')
    copyFileSync(
      path.join(corpusDir, '2026-01-14-critical-minerals-232.md'),
      path.join(dir, 'c.md')
    )
    const {code, out, err} = await run('parse', dir)
    expect(code).toBe(1)
    expect(out).toMatch(/^a +proclamation/m)
    expect(out).toMatch(/^c +proclamation/m)
    expect(out).toMatch(/2 documents parsed .* 1 failed/)
    expect(err).toMatch(
      new RegExp(
        `${path.join(dir, 'b.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:1  error  Front matter is not valid YAML.*  invalid-yaml`
      )
    )
    expect(err).not.toMatch(/\n\s+at /)
  })

  it('prints the JSON contract with --format json', async () => {
    const {code, out} = await run(
      'parse',
      '--format',
      'json',
      path.join(corpusDir, '2017-01-30-govinfo-eo-13771-reducing-regulation.md')
    )
    expect(code).toBe(0)
    const docs = JSON.parse(out)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      type: 'executive_order',
      number: '13771',
      signedDate: '2017-01-30',
      supersessions: []
    })
    expect(docs[0].citations.map((c: {id: string}) => c.id)).toEqual([
      'usc/31/1101',
      'usc/31/1105',
      'usc/3/301',
      'usc/5/551',
      'eo/12866',
      'eo/12866',
      'eo/12866'
    ])
  })

  it('exits 2 on bad usage', async () => {
    expect((await run('parse')).code).toBe(2)
    expect((await run('parse', '--format', 'xml', 'x.md')).code).toBe(2)
    expect((await run('parse', '--bogus', 'x.md')).code).toBe(2)
    expect((await run('frobnicate')).code).toBe(2)
  })
})
