/**
 * `proclaim fmt`: one canonical form, idempotent, and never a change to what a document says, over every
 * bundled document; the forms it rewrites, each on a real document; the command's outcomes and exit codes.
 */
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {formatDocument} from '../src/format/format-document.js'
import {formatText} from '../src/format/format-files.js'
import {corpusDir, corpusFiles, tempDir} from './helpers.js'

const read = (name: string) => readFileSync(path.join(corpusDir, name), 'utf8')

async function fmt(...argv: string[]): Promise<{code: number; out: string[]; err: string[]}> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['fmt', ...argv], {out: (l) => out.push(l), err: (l) => err.push(l)})
  return {code, out, err}
}

describe('fmt over the bundled corpus', () => {
  it.each(corpusFiles())('%s: same meaning, and formatting twice changes nothing', (name) => {
    const result = formatText(read(name), name)
    expect(result.reason).toBeUndefined()
    expect(['formatted', 'unchanged']).toContain(result.outcome)
    expect(formatDocument(result.formatted!)).toBe(result.formatted)
  })
})

describe('the forms fmt rewrites', () => {
  it('keeps the front matter byte for byte', () => {
    const text = read('2021-12-27-aluminum-232-eu-trq.md')
    const head = text.slice(0, text.indexOf('\n---\n', 4) + 5)
    expect(formatDocument(text).startsWith(head)).toBe(true)
  })

  it('makes a line indented into a code block a paragraph again', () => {
    // A signature indented 35 spaces: Markdown shows it as code.
    const text = read('2025-03-19-state-local-preparedness-slug-test.md')
    expect(text).toMatch(/^ {35}DONALD J\. TRUMP$/m)
    const out = formatDocument(text)
    expect(out).toMatch(/^DONALD J\. TRUMP$/m)
    expect(out).not.toMatch(/^ {4}/m)
  })

  it('indents the lines of a list item by its marker', () => {
    const out = formatDocument(read('2021-02-01-aluminum-232-uae.md'))
    expect(out).toMatch(
      /^1\. Proclamation 10139 of January 19, 2021 \(Adjusting Imports of\n {3}Aluminum/m
    )
  })

  it("writes the Federal Register's plain text as paragraphs, its printer's notes apart", () => {
    const out = formatDocument(read('2017-01-30-govinfo-eo-13771-reducing-regulation.md'))
    expect(out).not.toMatch(/^ {4}|^```/m)
    expect(out).toMatch(/^By the authority vested in me as President by the$/m)
    expect(out).toMatch(/\n\n\\<GRAPHIC\(S\) NOT AVAILABLE IN TIFF FORMAT>\n\n/)
  })

  it('keeps a no-break space binding a number, and drops those that only space', () => {
    const text = read('2021-12-27-aluminum-232-eu-trq.md')
    expect(text).toContain('(19\u00a0U.S.C. 1862).\u00a0 The Secretary')
    const out = formatDocument(text)
    expect(out).toContain('(19\u00a0U.S.C. 1862). The Secretary')
    // A finding number followed by a no-break space stays an escaped number, not a list.
    expect(text).toMatch(/^1\.\u00a0 On January 19, 2018/m)
    expect(out).toMatch(/^1\\\. On January 19, 2018/m)
    // Runs of no-break spaces (spacer lines, indentation) are gone.
    expect(out).not.toMatch(/\u00a0\u00a0/)
  })

  it('keeps escaped finding numbers escaped and unescapes what needs no escape', () => {
    const out = formatDocument(read('2022-05-31-steel-232-uk-trq.md'))
    expect(out).toMatch(/^4\\\. {1,2}The United States will implement/m)
    expect(read('2026-04-02-aluminum-steel-copper-232-strengthening.md')).toMatch(/^\\\(1\\\) /m)
    expect(formatDocument(read('2026-04-02-aluminum-steel-copper-232-strengthening.md'))).toMatch(
      /^\(1\) Effective with respect to goods entered/m
    )
  })
})

describe('proclaim fmt', () => {
  it('--check lists what would change (exit 1), fmt writes it, and then --check passes', async () => {
    const dir = tempDir('fmt')
    for (const name of ['2021-02-01-aluminum-232-uae.md', '2022-05-31-steel-232-uk-trq.md'])
      copyFileSync(path.join(corpusDir, name), path.join(dir, name))
    const before = readFileSync(path.join(dir, '2022-05-31-steel-232-uk-trq.md'), 'utf8')
    const check = await fmt('--check', dir)
    expect(check.code).toBe(1)
    expect(check.out.at(-1)).toBe('2 files: 2 would be formatted, 0 unchanged')
    expect(readFileSync(path.join(dir, '2022-05-31-steel-232-uk-trq.md'), 'utf8')).toBe(before)
    const write = await fmt(dir)
    expect(write.code).toBe(0)
    expect(write.out).toContain(`${path.join(dir, '2022-05-31-steel-232-uk-trq.md')}: formatted`)
    expect(readFileSync(path.join(dir, '2022-05-31-steel-232-uk-trq.md'), 'utf8')).toBe(
      formatDocument(before)
    )
    const again = await fmt('--check', dir)
    expect(again.code).toBe(0)
    expect(again.out.at(-1)).toBe('2 files: 0 would be formatted, 2 unchanged')
  })

  it('leaves a file it cannot parse as it is and exits 2; a missing path is named', async () => {
    const dir = tempDir('fmt-bad')
    writeFileSync(path.join(dir, 'empty.md'), '')
    const run = await fmt(dir, path.join(dir, 'absent.md'))
    expect(run.code).toBe(2)
    expect(run.err[0]).toMatch(/^proclaim fmt: no such file or folder '.*absent\.md'$/)
    expect(run.err[1]).toMatch(/empty\.md: not formatted: /)
    expect(readFileSync(path.join(dir, 'empty.md'), 'utf8')).toBe('')
  })

  it('formats standard input to standard output', async () => {
    const text = read('2022-05-31-steel-232-uk-trq.md')
    const out: string[] = []
    const code = await main(['fmt', '-'], {
      out: (l) => out.push(l),
      err: () => {},
      stdin: async () => new TextEncoder().encode(text)
    })
    expect(code).toBe(0)
    expect(`${out.join('\n')}\n`).toBe(formatDocument(text))
  })
})
